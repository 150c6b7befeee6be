/// Another place that explains a finding: the canonical promise, or the document that disagrees.
public struct RelatedLocation: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// One flagged place.
public struct Finding: Hashable, Sendable, Codable {
    public var rule: String
    public var severity: Severity
    public var file: String
    public var span: SourceSpan
    public var channel: Channel?
    public var message: String
    /// For claim rules: the promise, the value read and the value expected.
    public var promise: String?
    public var value: String?
    public var expected: String?
    public var related: [RelatedLocation]
    /// The full text of the source line the finding starts on, for the text reporter's caret.
    public var sourceLine: String?
    /// The normalised sentence the finding is in (the baseline fingerprint is built from it).
    public var context: String
    /// A replacement for the flagged span, when the rule can fix it.
    public var fix: String?
    public var fingerprint: String

    public init(
        rule: String, severity: Severity, file: String, span: SourceSpan, channel: Channel?,
        message: String, promise: String? = nil, value: String? = nil, expected: String? = nil,
        related: [RelatedLocation] = [], sourceLine: String? = nil, context: String = "",
        fix: String? = nil, fingerprint: String = ""
    ) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.span = span
        self.channel = channel
        self.message = message
        self.promise = promise
        self.value = value
        self.expected = expected
        self.related = related
        self.sourceLine = sourceLine
        self.context = context
        self.fix = fix
        self.fingerprint = fingerprint
    }

    /// Reports are sorted by path, line, column, then rule.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.span.start != b.span.start { return a.span.start < b.span.start }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
