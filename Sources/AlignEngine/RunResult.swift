import AlignModel
import AlignRules

/// The result of checking a tree, ready for any reporter.
public struct RunResult: Sendable {
    public var documents: [(path: String, channel: Channel)]
    /// Documents that matched no channel glob and were read as `customer`.
    public var unplaced: [String]
    /// PATH arguments that lie outside the checked tree and were not read.
    public var outside: [String]
    /// Per-document facts: whole for the audit (`keepAllFacts`), else what the rules across
    /// documents read.
    public var facts: [DocumentFacts]
    /// The findings, a file at a time, in report order, suppressions and settings applied,
    /// fingerprints assigned.
    public var order: ReportOrder
    /// Files read this run, and how many of them `.align/cache` answered for.
    public var filesRead = 0
    public var filesReused = 0

    /// Every finding at once, in report order: for the audit and tests. A check streams them.
    public var findings: [Finding] {
        var all: [Finding] = []
        order.forEachFile { all.append(contentsOf: $0) }
        return all
    }
}
