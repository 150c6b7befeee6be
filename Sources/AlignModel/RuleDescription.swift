/// What `align rules` and `align explain` show, and what reports put in their rule catalogue.
public struct RuleDescription: Hashable, Sendable, Codable {
    public var id: String
    /// `core` for the rules built into the engine, else the pack's name.
    public var pack: String
    public var kind: String
    public var summary: String
    public var why: String
    public var severity: Severity
    /// Empty: every channel.
    public var channels: [Channel]
    public var examples: RuleExamples

    public init(
        id: String, pack: String, kind: String, summary: String, why: String,
        severity: Severity, channels: [Channel] = [], examples: RuleExamples = RuleExamples()
    ) {
        self.id = id
        self.pack = pack
        self.kind = kind
        self.summary = summary
        self.why = why
        self.severity = severity
        self.channels = channels
        self.examples = examples
    }
}

/// Text a rule must flag (a `↓` marks where the finding must point) and text it must leave alone.
public struct RuleExamples: Hashable, Sendable, Codable {
    public var flags: [String]
    public var passes: [String]

    public init(flags: [String] = [], passes: [String] = []) {
        self.flags = flags
        self.passes = passes
    }
}
