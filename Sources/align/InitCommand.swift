import AlignEngine
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter align.yml and expect.yml, guessed from this folder.",
        discussion: """
            Guesses which documents speak to customers, to employees and to management from the \
            folder names here (site, docs, blog, help, emails, templates; support, macros, \
            handbook, operations, people, scripts; plans, strategy, okrs, board, finance), then \
            from what the documents say of themselves (front matter, emails, scripts), and says \
            what it guessed and which folders it could not place. Adds .align/ to .gitignore. \
            It never overwrites an existing file.

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
        let guess = StarterGuess(folders: StarterScan.folders(in: folder.path))
        do {
            try Data(StarterFiles.config(guess).utf8).write(to: configURL)
            try Data(StarterFiles.expectation.utf8).write(to: expectURL)
        } catch {
            throw UsageFailure(message: "\(folder.path): error: cannot write the starter files: \(error.localizedDescription)")
        }
        print("wrote \(configURL.path) and \(expectURL.path)")
        for line in StarterFiles.summary(guess) { print(line) }
        let gitignore = folder.appendingPathComponent(".gitignore")
        switch GitIgnore.addAlignFolder(to: gitignore.path) {
        case .added: print("added .align/ (align's cache and history) to \(gitignore.path)")
        case .present: break
        case .failed(let problem): Terminal.error("\(gitignore.path): warning: cannot add .align/: \(problem)")
        }
        print("next: write your promises in expect.yml (each section has a worked example), then run `align check`")
    }
}
