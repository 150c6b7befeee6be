import AlignModel

/// Everything a reporter prints. Reporters format this; they never recompute a finding.
public struct Report: Sendable {
    public var toolVersion: String
    /// Sorted in report order.
    public var findings: [Finding]
    /// The catalogue of every rule that was enabled in the run.
    public var rules: [RuleDescription]
    public var documentsChecked: Int
    /// The channel of every checked document, for per-document formats (JUnit) and summaries.
    public var documents: [(path: String, channel: Channel)]

    public init(toolVersion: String, findings: [Finding], rules: [RuleDescription], documentsChecked: Int, documents: [(path: String, channel: Channel)]) {
        self.toolVersion = toolVersion
        self.findings = findings
        self.rules = rules
        self.documentsChecked = documentsChecked
        self.documents = documents
    }
}

/// One output format.
public protocol Reporter: Sendable {
    /// The whole report as the bytes to write.
    func render(_ report: Report) -> String
}
