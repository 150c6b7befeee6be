import AlignModel

/// How many findings a report holds, by severity, rule and channel. Counting only: no finding is
/// judged again here.
public struct ReportSummary: Hashable, Sendable {
    public var bySeverity: [Severity: Int]
    public var byRule: [String: Int]
    /// Findings without a channel (in `expect.yml`, say) are not counted here.
    public var byChannel: [Channel: [Severity: Int]]

    public init() {
        bySeverity = [:]
        byRule = [:]
        byChannel = [:]
    }

    public mutating func add(_ finding: Finding) {
        bySeverity[finding.severity, default: 0] += 1
        byRule[finding.rule, default: 0] += 1
        if let channel = finding.channel {
            byChannel[channel, default: [:]][finding.severity, default: 0] += 1
        }
    }

    public var errors: Int { bySeverity[.error] ?? 0 }
    public var warnings: Int { bySeverity[.warning] ?? 0 }
    public var infos: Int { bySeverity[.info] ?? 0 }
    public var total: Int { errors + warnings + infos }

    /// Findings of `channel`, every severity.
    public func count(in channel: Channel) -> Int {
        byChannel[channel]?.values.reduce(0, +) ?? 0
    }
}
