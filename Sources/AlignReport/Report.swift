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
    /// Absolute path of the folder every finding's path is relative to (the folder of
    /// `align.yml`). SARIF states it as `SRCROOT`; nil leaves the base unresolved.
    public var root: String?

    public init(
        toolVersion: String, findings: [Finding], rules: [RuleDescription], documentsChecked: Int,
        documents: [(path: String, channel: Channel)], root: String? = nil
    ) {
        self.toolVersion = toolVersion
        self.findings = findings
        self.rules = rules
        self.documentsChecked = documentsChecked
        self.documents = documents
        self.root = root
    }
}

/// One output format. A report is written as it goes: `stream` starts it from the report's
/// header (its `findings` are not read), each `add` returns the text for the next findings in
/// report order, `finish` the rest. A run of a million findings never holds its report at once.
public protocol Reporter: Sendable {
    func stream(_ report: Report) -> any ReportStream
}

/// One report being written.
public protocol ReportStream {
    mutating func add(_ findings: [Finding]) -> String
    mutating func finish() -> String
}

extension Reporter {
    /// The whole report as the bytes to write.
    public func render(_ report: Report) -> String {
        var stream = stream(report)
        let body = stream.add(report.findings)
        return body + stream.finish()
    }
}
