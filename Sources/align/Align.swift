import AlignEngine
import ArgumentParser
import Foundation

struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Check that every document a company writes makes the same promises.",
        discussion: """
            align reads your website, emails, call scripts, playbooks and plans, compares each \
            against the expectation statement (expect.yml) and against each other, and reports \
            every place where the message drifts.

            Start with `align init` in your content repository, then run `align check`.
            """,
        version: AlignVersion.current,
        subcommands: [CheckCommand.self, MergeCommand.self, AuditCommand.self, BaselineCommand.self, InitCommand.self, RulesCommand.self, ExplainCommand.self, LSPCommand.self, MCPCommand.self],
        defaultSubcommand: nil
    )
}

/// Exit codes are part of the contract: 0 clean, 1 findings, 2 bad usage or config, 3 a bug.
@main
enum AlignMain {
    static func main() async {
        do {
            var command = try Align.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UsageFailure {
            Terminal.error(error.message)
            exit(2)
        } catch {
            let code = Align.exitCode(for: error)
            if code == .validationFailure {
                Terminal.error(Align.fullMessage(for: error))
                exit(2)
            }
            if code == .success || error is ExitCode {
                Align.exit(withError: error)
            }
            Terminal.error("internal error (a bug in align, please report it): \(error)")
            exit(3)
        }
    }
}

/// A problem the user can fix (a bad config, a bad flag value): printed as is, exit 2.
struct UsageFailure: Error {
    var message: String
}
