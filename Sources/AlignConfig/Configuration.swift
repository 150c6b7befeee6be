import AlignModel

/// A severity, or `off`, as a rule's setting in `align.yml` or a pack.
public enum RuleLevel: Hashable, Sendable, Codable {
    case off
    case severity(Severity)
}

/// `rules:` in `align.yml`: one rule's severity and channel scope.
public struct RuleSetting: Hashable, Sendable, Codable {
    public var level: RuleLevel?
    public var channels: [Channel]?

    public init(level: RuleLevel? = nil, channels: [Channel]? = nil) {
        self.level = level
        self.channels = channels
    }
}

/// Resource bounds for hostile input; every one can be set under `limits:` in `align.yml`.
public struct Limits: Hashable, Sendable, Codable {
    public var maxFileBytes: Int = 10 * 1024 * 1024
    public var maxNestingDepth: Int = 256
    public var maxMimeParts: Int = 500
    public var maxSentenceBytes: Int = 4_000
    public var maxSecondsPerDocument: Double = 10

    public init() {}
}

/// A validated `align.yml`.
public struct Configuration: Sendable {
    /// Absolute path of the folder holding `align.yml`; every output path is relative to it.
    public var root: String
    /// Path of `align.yml` as shown in messages (relative to the working directory when possible).
    public var file: String
    /// Absolute path of the expectation statement.
    public var expectPath: String
    /// In order; the first matching glob wins.
    public var channels: [(channel: Channel, globs: [Glob])]
    public var audiences: [(audience: Audience, globs: [Glob])]
    public var packs: [String]
    public var rules: [String: RuleSetting]
    public var ignore: [Glob]
    public var failOn: Severity?
    /// Speakers whose turns in a script are the other party's words.
    public var customerSpeakers: [String]
    public var limits: Limits

    public init(
        root: String, file: String, expectPath: String,
        channels: [(channel: Channel, globs: [Glob])] = [], audiences: [(audience: Audience, globs: [Glob])] = [],
        packs: [String] = [], rules: [String: RuleSetting] = [:], ignore: [Glob] = [],
        failOn: Severity? = nil, customerSpeakers: [String] = [], limits: Limits = Limits()
    ) {
        self.root = root
        self.file = file
        self.expectPath = expectPath
        self.channels = channels
        self.audiences = audiences
        self.packs = packs
        self.rules = rules
        self.ignore = ignore
        self.failOn = failOn
        self.customerSpeakers = customerSpeakers
        self.limits = limits
    }
}
