import Foundation

/// One quarter's tree, extracted from git for the audit to be computed there.
public struct BackfillTree: Sendable {
    public var quarter: Quarter
    public var commit: String
    public var commitDate: Date
    /// The folder inside the extracted tree that corresponds to the configuration's folder.
    public var root: String
}

/// What happened to one quarter of a backfill.
public enum BackfillOutcome: Hashable, Sendable {
    case recorded(Quarter, commit: String)
    case alreadyRecorded(Quarter, commit: String)
    /// The repository has no commit before the quarter's end.
    case noCommit(Quarter)
    /// The audit could not be computed in that tree (no align.yml there yet, say).
    case skipped(Quarter, reason: String)
}

/// Computes past quarters from the repository's own history: for each quarter, the last commit
/// before its end, checked out into a temporary folder through a separate index (the user's
/// working tree and index are never touched), audited there, and recorded.
public struct Backfill: Sendable {
    public var git: GitRunner

    /// `folder`: the configuration's folder, inside a git repository.
    public init(folder: String) {
        git = GitRunner(folder: folder)
    }

    /// The `count` completed quarters before the one holding `now`, oldest first.
    public static func quarters(last count: Int, before now: Date) -> [Quarter] {
        var quarters: [Quarter] = []
        var quarter = Quarter(containing: now)
        for _ in 0..<max(0, count) {
            quarter = quarter.previous
            quarters.append(quarter)
        }
        return quarters.reversed()
    }

    /// The last commit (reachable from HEAD) committed before `date`, with its commit time.
    public func commit(before date: Date) throws -> (sha: String, date: Date)? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        // --before is inclusive: one second before the next quarter starts is still this quarter.
        let limit = formatter.string(from: date.addingTimeInterval(-1))
        let sha = try git.run(["rev-list", "-1", "--before=\(limit)", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !sha.isEmpty else { return nil }
        let seconds = try git.run(["show", "-s", "--format=%ct", sha]).trimmingCharacters(in: .whitespacesAndNewlines)
        return (sha, Date(timeIntervalSince1970: TimeInterval(seconds) ?? 0))
    }

    /// Extracts `commit` into a fresh temporary folder, runs `body` with the folder matching the
    /// configuration's, and removes everything afterwards.
    public func withTree<T: Sendable>(of commit: String, _ body: (String) async throws -> T) async throws -> T {
        let (_, prefix) = try git.location()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("align-backfill-\(UUID().uuidString)")
        let tree = scratch.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // A separate index file: `checkout COMMIT -- .` fills it and the temporary work tree,
        // and leaves the user's own index, HEAD and files as they were.
        let index = scratch.appendingPathComponent("index").path
        try git.run(["--work-tree=\(tree.path)", "checkout", commit, "--", ":/"], environment: ["GIT_INDEX_FILE": index])
        let root = prefix.isEmpty ? tree.path : tree.appendingPathComponent(prefix).path
        return try await body(root)
    }

    /// Backfills the `count` quarters before `now`: each one's audit is computed by `audit` in
    /// that quarter's tree and recorded in `history`. A quarter already recorded from the same
    /// commit is left as it is.
    public func run(
        last count: Int, now: Date = Date(), history: AuditHistory,
        progress: (@Sendable (_ done: Int, _ total: Int, _ quarter: Quarter) -> Void)? = nil,
        audit: (BackfillTree) async throws -> AuditInput?
    ) async throws -> [BackfillOutcome] {
        let quarters = Backfill.quarters(last: count, before: now)
        var outcomes: [BackfillOutcome] = []
        for (index, quarter) in quarters.enumerated() {
            progress?(index, quarters.count, quarter)
            guard let (sha, date) = try commit(before: quarter.end) else {
                outcomes.append(.noCommit(quarter))
                continue
            }
            if try history.hasRun(quarter: quarter, commit: sha) {
                outcomes.append(.alreadyRecorded(quarter, commit: sha))
                continue
            }
            let input = try await withTree(of: sha) { root in
                try await audit(BackfillTree(quarter: quarter, commit: sha, commitDate: date, root: root))
            }
            guard let input else {
                outcomes.append(.skipped(quarter, reason: "no audit could be computed at commit \(sha.prefix(10))"))
                continue
            }
            // The corpus is as of the commit; it stands for its quarter even when older than it.
            let computed = Audit.compute(input, quarter: quarter, asOf: date, commit: sha)
            try history.record(computed, source: .backfill)
            outcomes.append(.recorded(quarter, commit: sha))
        }
        progress?(quarters.count, quarters.count, quarters.last ?? Quarter(containing: now))
        return outcomes
    }
}
