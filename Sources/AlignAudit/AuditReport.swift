import AlignModel
import Foundation

/// One quarter's point of the trend: the last recorded run of that quarter.
public struct TrendPoint: Hashable, Sendable, Codable {
    public var quarter: Quarter
    public var overall: Int
    /// Per channel; absent for a channel that had no score.
    public var channels: [String: Int]

    public init(quarter: Quarter, overall: Int, channels: [String: Int]) {
        self.quarter = quarter
        self.overall = overall
        self.channels = channels
    }

    public init(_ audit: Audit) {
        quarter = audit.quarter
        overall = audit.overall.score ?? 0
        channels = Dictionary(uniqueKeysWithValues: audit.channels.compactMap { entry in
            entry.score.score.map { (entry.channel.rawValue, $0) }
        })
    }
}

/// The audit against the last run of the quarter before.
public struct QuarterComparison: Hashable, Sendable, Codable {
    public var quarter: Quarter
    public var overall: Int
    /// This audit's overall score minus the earlier one.
    public var overallChange: Int
    /// Per channel scored in both.
    public var channelChanges: [String: Int]

    public init(current: Audit, previous: Audit) {
        quarter = previous.quarter
        overall = previous.overall.score ?? 0
        overallChange = (current.overall.score ?? 0) - overall
        var changes: [String: Int] = [:]
        for entry in current.channels {
            guard let now = entry.score.score,
                  let then = previous.channels.first(where: { $0.channel == entry.channel })?.score.score else { continue }
            changes[entry.channel.rawValue] = now - then
        }
        channelChanges = changes
    }
}

public struct AuditTool: Hashable, Sendable, Codable {
    public var name: String
    public var version: String
}

/// Everything a renderer prints: the audit, how it compares, and the history behind it.
/// Renderers format this; they never recompute a number.
public struct AuditReport: Hashable, Sendable, Codable {
    public var tool: AuditTool
    public var audit: Audit
    public var previous: QuarterComparison?
    /// Oldest first, one point per quarter, this audit's quarter included.
    public var trend: [TrendPoint]
    public var formula: String

    /// `history` is the last recorded run of each quarter; this audit replaces its own quarter's
    /// point (it is that quarter's latest run), and is compared with the quarter before it.
    public init(audit: Audit, history: [Audit] = [], toolVersion: String) {
        tool = AuditTool(name: "align", version: toolVersion)
        self.audit = audit
        previous = history.first { $0.quarter == audit.quarter.previous }.map { QuarterComparison(current: audit, previous: $0) }
        var points = history.filter { $0.quarter != audit.quarter && $0.quarter < audit.quarter }.map(TrendPoint.init)
        points.append(TrendPoint(audit))
        trend = points.sorted { $0.quarter < $1.quarter }
        formula = AuditScoring.formula
    }
}
