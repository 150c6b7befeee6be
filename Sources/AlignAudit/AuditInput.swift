import AlignConfig
import AlignModel

/// What an audit is computed from: one run of the engine over a corpus. Nothing else is read, so
/// an audit can be computed from hand-built values, from today's tree or from an old commit's.
public struct AuditInput: Sendable {
    public var expectation: Expectation
    public var findings: [Finding]
    public var facts: [DocumentFacts]
    public var documents: [(path: String, channel: Channel)]

    public init(expectation: Expectation, findings: [Finding], facts: [DocumentFacts], documents: [(path: String, channel: Channel)]) {
        self.expectation = expectation
        self.findings = findings
        self.facts = facts
        self.documents = documents
    }
}

/// The core rule ids the audit reads: part of the product's contract, so they do not change.
enum AuditRule {
    static let claimConflict = "claim-conflict"
    static let claimDrift = "claim-drift"
    static let promiseHedged = "promise-hedged"
    static let promiseMissing = "promise-missing"
    static let terminology = "terminology"
    static let avoidPhrase = "avoid-phrase"
    static let greeting = "impersonal-greeting"
    static let parity = "audience-parity"

    static let conflicts: Set<String> = [claimConflict, claimDrift]
    /// Wording findings: each costs a point of score, up to the cap.
    static let wording: Set<String> = [terminology, avoidPhrase, greeting, parity]
}
