import AlignEngine
import ArgumentParser
import Foundation

struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so that `align check --baseline` reports only new ones.",
        discussion: """
            A baseline stores one fingerprint per finding: the rule, the file and the normalised \
            text of the flagged sentence, not its line number, so edits elsewhere in a file keep \
            it, while rewording the flagged sentence brings the finding back.

            Example:
              align baseline --output .align/baseline.json
              align check --baseline .align/baseline.json
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to check (default: the folder of align.yml).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var shared: SharedOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the baseline (default: standard output).", valueName: "file"))
    var output: String?

    func run() async throws {
        let session = try shared.loadSession(paths: paths)
        let result = await shared.run(session, paths: paths)
        let text = Baseline(findings: result.findings).encoded()
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            Terminal.error("\(output): error: cannot write the baseline: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        if !shared.quiet { Terminal.note("wrote \(result.findings.count) fingerprints to \(output)") }
    }
}
