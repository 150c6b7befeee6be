import AlignModel

/// `fail_on:` in `align.yml` and `--fail-on`: the lowest severity that makes a run exit 1, or
/// `never`. An enum rather than `Severity?` so that "never fail" is a value a user wrote, not an
/// absence that could be mistaken for "not set".
public enum FailThreshold: String, CaseIterable, Hashable, Sendable, Codable {
    case error
    case warning
    case info
    case never

    /// The lowest failing severity; nil for `never`.
    public var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }

    public func fails(_ severity: Severity) -> Bool {
        guard let threshold = self.severity else { return false }
        return severity >= threshold
    }

    /// Whether a run with these findings exits 1.
    public func fails(_ findings: [Finding]) -> Bool {
        findings.contains { fails($0.severity) }
    }
}
