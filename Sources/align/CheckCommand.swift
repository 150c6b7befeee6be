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

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: ArgumentHelp("Check only shard I of N (documents chosen by a hash of their path) and write it to --save-shard for `align merge`.", valueName: "I/N"))
    var shard: ShardSpec?

    @Option(name: .customLong("save-shard"), help: ArgumentHelp("With --shard: the shard file to write (no report is printed).", valueName: "file"))
    var saveShard: String?

    @Flag(name: .long, help: "Rewrite terminology findings in place with the preferred term.")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print a unified diff instead of writing files.")
    var dryRun = false

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
        if (shard == nil) != (saveShard == nil) { throw ValidationError("--shard and --save-shard go together") }
        if shard != nil && (fix || !paths.isEmpty) { throw ValidationError("--shard checks the whole tree and reports nothing: no PATH, no --fix") }
    }

    func run() async throws {
        let session = try shared.loadSession(paths: paths)
        if let shard, let saveShard {
            do {
                let count = try await session.engine.runShard(shard, to: saveShard, jobs: shared.jobCount)
                if !shared.quiet { Terminal.note("shard \(shard.index)/\(shard.count): \(count) files checked, written to \(saveShard); run `align merge` on all \(shard.count)") }
            } catch {
                throw UsageFailure(message: error.description)
            }
            return
        }
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
        let accepted = try report.accepted()
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
        try report.write(result, session: session, shared: shared, accepted: accepted, fixed: fixed)
    }

    private func exitForFindings(_ order: ReportOrder, accepted: Set<String>, session: AlignSession) throws {
        var summary = ReportSummary()
        order.forEachFile { findings in
            for finding in findings where !accepted.contains(finding.fingerprint) { summary.add(finding) }
        }
        try report.failIfFindings(summary, session: session)
    }
}

extension ShardSpec: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
