import AlignEngine
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter align.yml and expect.yml, guessed from this folder.",
        discussion: """
            Looks at the folder names here (site, web, emails, scripts, playbooks, plans...) to \
            guess which documents speak to customers, to employees and to management. It never \
            overwrites an existing file.

            Example:
              cd my-content-repo && align init && align check
            """
    )

    @Option(name: .long, help: ArgumentHelp("Write the files into this folder (default: the working directory).", valueName: "folder"))
    var directory: String = "."

    func run() throws {
        let folder = URL(fileURLWithPath: directory)
        let configURL = folder.appendingPathComponent("align.yml")
        let expectURL = folder.appendingPathComponent("expect.yml")
        for url in [configURL, expectURL] where FileManager.default.fileExists(atPath: url.path) {
            throw UsageFailure(message: "\(url.path): error: already exists; align init never overwrites a file")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let folders = names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }
        let guess = StarterFiles.guess(folders: folders.sorted())
        do {
            try Data(StarterFiles.config(guess).utf8).write(to: configURL)
            try Data(StarterFiles.expectation.utf8).write(to: expectURL)
        } catch {
            throw UsageFailure(message: "\(folder.path): error: cannot write the starter files: \(error.localizedDescription)")
        }
        print("wrote \(configURL.path) and \(expectURL.path)")
        print("next: describe your promises in expect.yml, then run `align check`")
    }
}
