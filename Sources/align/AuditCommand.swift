import AlignConfig
import AlignAudit
import AlignEngine
import ArgumentParser
import Foundation

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Write the quarterly alignment audit: scores, the promise × channel matrix, conflicts and the trend.",
        discussion: """
            Scores every promise in every channel of its required_in (stated 1, hedged 0.5, \
            conflicting or missing 0), takes off a point per wording finding (at most 10), and \
            writes one self-contained report. --record keeps the run in the history database; \
            --backfill N first computes the N quarters before this one from git history.

            Examples:
              align audit --output audit.html
              align audit --record --format md --output AUDIT.md
              align audit --backfill 4 --record --output audit.html
              align audit --quarter 2026Q2 --format json
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to audit (default: the folder of align.yml).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var shared: SharedOptions

    @Option(name: .long, help: ArgumentHelp("Report format: html, md or json.", valueName: "format"))
    var format: AuditFormat = .html

    @Option(name: .long, help: ArgumentHelp("Write the report to this file (default: standard output).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Add this run to the history database.")
    var record = false

    @Option(name: .long, help: ArgumentHelp("History database (default: .align/history.sqlite beside align.yml).", valueName: "file"))
    var history: String?

    @Option(name: .long, help: ArgumentHelp("Report the last recorded run of this quarter (e.g. 2026Q3) instead of today's corpus.", valueName: "quarter"))
    var quarter: String?

    @Option(name: .customLong("from-shards"), parsing: .upToNextOption, help: ArgumentHelp("Build the audit from these shard files of `align check --shard` instead of reading the tree again.", valueName: "shard"))
    var fromShards: [String] = []

    @Option(name: .long, help: ArgumentHelp("First compute and record the N quarters before this one from git history.", valueName: "n"))
    var backfill: Int?

    func validate() throws {
        if let quarter, Quarter(quarter) == nil { throw ValidationError("--quarter takes a quarter like 2026Q3, not '\(quarter)'") }
        if let backfill, backfill < 1 { throw ValidationError("--backfill must be at least 1") }
        if !fromShards.isEmpty && (quarter != nil || !paths.isEmpty) { throw ValidationError("--from-shards audits the whole tree of the shards: no PATH, no --quarter") }
        if quarter != nil && record { throw ValidationError("--quarter reports a recorded run; it cannot be recorded again with --record") }
    }

    func run() async throws {
        let session = try shared.loadSession(paths: paths)
        let root = session.configuration.root
        let historyPath = history.map { FilePaths.absolute($0) } ?? root + "/.align/history.sqlite"
        let store = try openHistory(historyPath, create: record || backfill != nil)
        if let backfill, let store { try await runBackfill(backfill, root: root, history: store) }

        let audit: Audit
        if let quarter = quarter.flatMap(Quarter.init) {
            guard let stored = try store?.lastAudit(in: quarter) else {
                throw UsageFailure(message: "\(historyPath): error: no run recorded in \(quarter)")
            }
            audit = stored
        } else {
            shared.warnOfUnmatchedGlobs(session, paths: paths)
            let line = Terminal.progressAllowed && !shared.quiet ? ProgressLine(label: "auditing") : nil
            var progress: (@Sendable (Int, Int) -> Void)?
            if let line { progress = { done, total in line.update(done, total) } }
            let result: RunResult
            if fromShards.isEmpty {
                result = await session.engine.run(paths: paths, jobs: shared.jobCount, useCache: !shared.noCache, keepAllFacts: true, progress: progress)
            } else {
                do {
                    result = try session.engine.merge(shards: fromShards, keepAllFacts: true)
                } catch {
                    throw UsageFailure(message: error.description)
                }
            }
            line?.finish()
            guard !result.documents.isEmpty else {
                // A score of 0/100 would say the documents break every promise; there are none.
                Terminal.note("nothing to score: \(shared.emptyRunReason(session, paths: paths)); no audit written")
                return
            }
            let input = AuditInput(expectation: session.expectation, findings: result.findings, facts: result.facts, documents: result.documents)
            let now = Date()
            audit = Audit.compute(input, quarter: Quarter(containing: now), asOf: now, commit: GitRunner(folder: root).head())
            if record, let store {
                try store.record(audit)
                if !shared.quiet { Terminal.note("recorded the \(audit.quarter) run in \(historyPath)") }
            }
        }
        let report = AuditReport(audit: audit, history: try store?.lastAuditPerQuarter() ?? [], toolVersion: AlignVersion.current)
        try write(report, root: root)
    }

    /// Computes each past quarter in its own extracted tree, with that tree's align.yml.
    private func runBackfill(_ count: Int, root: String, history: AuditHistory) async throws {
        let configName = shared.config.map { FileLink.relativePath(from: root, to: FilePaths.absolute($0)) } ?? "align.yml"
        let showProgress = Terminal.progressAllowed && !shared.quiet
        let jobs = shared.jobCount
        let progress: @Sendable (Int, Int, Quarter) -> Void = { done, total, quarter in
            guard showProgress else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[Kbackfilling \(quarter) (\(min(done + 1, total))/\(total) quarters)".utf8))
        }
        let auditTree: (BackfillTree) async throws -> AuditInput? = { tree in
            guard let session = try? AlignSession.load(configPath: FilePaths.absolute(configName, against: tree.root), startingAt: tree.root) else { return nil }
            let result = await session.engine.run(paths: [], jobs: jobs, useCache: false, keepAllFacts: true, progress: nil)
            return AuditInput(expectation: session.expectation, findings: result.findings, facts: result.facts, documents: result.documents)
        }
        let outcomes: [BackfillOutcome]
        do {
            outcomes = try await Backfill(folder: root).run(last: count, history: history, progress: progress, audit: auditTree)
        } catch let failure as GitRunner.Failure {
            throw UsageFailure(message: "\(root): error: --backfill needs the git history of this folder: \(failure)")
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        guard !shared.quiet else { return }
        for outcome in outcomes {
            switch outcome {
            case .recorded(let quarter, let commit): Terminal.note("backfilled \(quarter) from commit \(commit.prefix(10))")
            case .alreadyRecorded(let quarter, let commit): Terminal.note("\(quarter): commit \(commit.prefix(10)) already recorded")
            case .noCommit(let quarter): Terminal.note("\(quarter): no commit before its end; skipped")
            case .skipped(let quarter, let reason): Terminal.note("\(quarter): \(reason) (no readable \(configName)); skipped")
            }
        }
    }

    private func openHistory(_ path: String, create: Bool) throws -> AuditHistory? {
        guard create || FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try AuditHistory(path: path)
        } catch {
            throw UsageFailure(message: "\(path): error: cannot open the history database: \(error)")
        }
    }

    private func write(_ report: AuditReport, root: String) throws {
        let folder = output.map { (FilePaths.absolute($0) as NSString).deletingLastPathComponent } ?? FileManager.default.currentDirectoryPath
        let rendered: String
        switch format {
        case .html: rendered = HTMLAuditRenderer(linkBase: FileLink.relativePath(from: folder, to: root)).render(report)
        case .md: rendered = MarkdownAuditRenderer.render(report)
        case .json: rendered = JSONAuditRenderer.render(report)
        }
        guard let output else {
            print(rendered, terminator: "")
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: URL(fileURLWithPath: FilePaths.absolute(output)))
        } catch {
            throw UsageFailure(message: "\(output): error: cannot write the audit: \(error.localizedDescription)")
        }
        if !shared.quiet { Terminal.note("audit \(report.audit.quarter): \(report.audit.overall.score ?? 0)/100, \(report.audit.verdict); wrote \(output)") }
    }
}

enum AuditFormat: String, CaseIterable, ExpressibleByArgument {
    case html
    case md
    case json
}
