import AlignConfig
import AlignEngine
import AlignModel
import AlignReport
import ArgumentParser
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check documents against the expectation statement and each other.",
        discussion: """
            Reads every document under PATH (default: the folder of align.yml), runs the rules \
            and prints what drifts. Exit code: 0 nothing at or above --fail-on, 1 findings, \
            2 bad usage or configuration, 3 internal error.

            Examples:
              align check
              align check site/ emails/welcome.eml --format sarif --output align.sarif
              align check --baseline .align/baseline.json --fail-on warning
              align check --fix --dry-run
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to check (default: the folder of align.yml).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var shared: SharedOptions

    @Option(name: .long, help: ArgumentHelp("Output format: text, json, sarif, github or junit.", valueName: "format"))
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to this file; the summary still goes to the terminal.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding is at least this severe: error, warning, info or never (default: fail_on in align.yml, else error).", valueName: "level"))
    var failOn: FailThreshold?

    @Option(name: .long, help: ArgumentHelp("Report only findings that are not in this baseline (see `align baseline`).", valueName: "file"))
    var baseline: String?

    @Flag(name: .long, help: "Rewrite terminology findings in place with the preferred term.")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print a unified diff instead of writing files.")
    var dryRun = false

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
    }

    func run() async throws {
        let session = try shared.loadSession(paths: paths)
        shared.warnOfUnmatchedGlobs(session, paths: paths)
        let result = await shared.run(session, paths: paths)
        for path in result.outside {
            Terminal.error("\(path): error: outside the checked tree (\(session.configuration.root)) or missing; not read")
        }
        if !result.outside.isEmpty && result.documents.isEmpty { throw ExitCode(2) }
        if result.documents.isEmpty, !shared.quiet { Terminal.note(shared.emptyRunReason(session, paths: paths)) }
        if shared.verbose {
            for path in result.unplaced { Terminal.note("\(path): matched no channel in align.yml; read as customer") }
            Terminal.note("\(result.filesRead - result.filesReused) of \(result.filesRead) files checked; the rest unchanged since the last run (.align/cache)")
        }
        var accepted: Set<String> = []
        if let baseline {
            do {
                accepted = try Baseline.load(path: baseline).fingerprints
            } catch let error as Baseline.LoadError {
                throw UsageFailure(message: error.description)
            }
        }
        var fixed: Set<String> = []
        if fix {
            let outcome = Fixer(root: session.configuration.root).apply(result.findings.filter { !accepted.contains($0.fingerprint) }, dryRun: dryRun)
            for note in outcome.notes { Terminal.note(note) }
            if dryRun {
                print(outcome.diff, terminator: "")
                // Nothing was written: every finding stands, and decides the exit code as a check does.
                if !shared.quiet { Terminal.note("--dry-run: would make \(outcome.summary); no file written") }
                try exitForFindings(result.order, accepted: accepted, session: session)
                return
            }
            if !shared.quiet { Terminal.note("fixed: \(outcome.summary)") }
            fixed = outcome.fixed
        }
        let output = try ReportOutput(path: output)
        let color = self.output == nil && Terminal.colorAllowed(noColorFlag: shared.noColor)
        let header = session.report(result)
        var stream = format.reporter(color: color, quiet: shared.quiet).stream(header)
        var summary = ReportSummary()
        // The report is written a file at a time, as the engine reads each file's findings back.
        result.order.forEachFile { findings in
            let shown = findings.filter { !accepted.contains($0.fingerprint) && !fixed.contains($0.fingerprint) }
            for finding in shown { summary.add(finding) }
            output.write(stream.add(shown))
        }
        output.write(stream.finish())
        if let problem = output.close() {
            Terminal.error("\(self.output ?? "standard output"): error: cannot write the report: \(problem)")
            throw ExitCode(2)
        }
        if self.output != nil || (format != .text && Terminal.stdoutIsTerminal == false && Terminal.stderrIsTerminal), !shared.quiet {
            Terminal.note(TextReporter.summary(summary, documentsChecked: header.documentsChecked))
        }
        try failIfFindings(summary, session: session)
    }

    /// Exit 1 when a finding is at or above --fail-on (or align.yml's fail_on).
    private func failIfFindings(_ summary: ReportSummary, session: AlignSession) throws {
        let threshold = failOn ?? session.configuration.failThreshold
        if Severity.allCases.contains(where: { threshold.fails($0) && summary.bySeverity[$0, default: 0] > 0 }) { throw ExitCode(1) }
    }

    private func exitForFindings(_ order: ReportOrder, accepted: Set<String>, session: AlignSession) throws {
        var summary = ReportSummary()
        order.forEachFile { findings in
            for finding in findings where !accepted.contains(finding.fingerprint) { summary.add(finding) }
        }
        try failIfFindings(summary, session: session)
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}
