import AlignConfig
import AlignEngine
import AlignModel
import AlignReport
import ArgumentParser
import Foundation

/// The flags that shape a report and its exit code: `check` and `merge` share them, so a merged
/// report is written exactly as one run's.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: text, json, sarif, github or junit.", valueName: "format"))
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to this file; the summary still goes to the terminal.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding is at least this severe: error, warning, info or never (default: fail_on in align.yml, else error).", valueName: "level"))
    var failOn: FailThreshold?

    @Option(name: .long, help: ArgumentHelp("Report only findings that are not in this baseline (see `align baseline`).", valueName: "file"))
    var baseline: String?

    /// The fingerprints of the baseline, if one is given.
    func accepted() throws -> Set<String> {
        guard let baseline else { return [] }
        do {
            return try Baseline.load(path: baseline).fingerprints
        } catch let error as Baseline.LoadError {
            throw UsageFailure(message: error.description)
        }
    }

    /// Writes the report a file at a time, as the engine reads each file's findings back, then
    /// exits 1 when a finding shown is at or above the threshold.
    func write(_ result: RunResult, session: AlignSession, shared: SharedOptions, accepted: Set<String>, fixed: Set<String> = []) throws {
        let output = try ReportOutput(path: self.output)
        let color = self.output == nil && Terminal.colorAllowed(noColorFlag: shared.noColor)
        let header = session.report(result)
        var stream = format.reporter(color: color, quiet: shared.quiet).stream(header)
        var summary = ReportSummary()
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
    func failIfFindings(_ summary: ReportSummary, session: AlignSession) throws {
        let threshold = failOn ?? session.configuration.failThreshold
        if Severity.allCases.contains(where: { threshold.fails($0) && summary.bySeverity[$0, default: 0] > 0 }) { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}
