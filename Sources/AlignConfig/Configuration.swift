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
    /// In the order written; the first matching glob wins.
    public var channels: [(channel: Channel, globs: [Glob])]
    public var audiences: [(audience: Audience, globs: [Glob])]
    public var packs: [PackReference]
    public var rules: [String: RuleSetting]
    /// Where each key of `rules:` is written, to report an id no rule has (`unknownRuleError`).
    public var rulePositions: [String: SourcePosition]
    public var ignore: [Glob]
    /// `emails:` — documents that are customer emails whatever their format (HTML templates).
    public var emails: [Glob] = []
    /// `data:`: JSON content files whose string values are read as text.
    public var data: [Glob] = []
    /// Default for `--fail-on`: `.error` when `fail_on:` is not written.
    public var failThreshold: FailThreshold
    /// Labels of someone else's words (`other_party:`, and its alias `scripts.customer_speakers`):
    /// a script turn, or a block opening with the label ("**Customer:**"), is never checked.
    public var otherParty: [String]
    /// `markdown.code_blocks`: which fenced blocks are prose.
    public var codeBlocks: CodeBlockReading = .auto
    public var limits: Limits

    /// Every glob align.yml writes for a set of files (channels, audiences, emails, data, ignore): each
    /// should match some file, or it is a mistake.
    public var fileGlobs: [Glob] {
        channels.flatMap(\.globs) + audiences.flatMap(\.globs) + emails + data + ignore
    }

    public init(
        root: String, file: String, expectPath: String,
        channels: [(channel: Channel, globs: [Glob])] = [], audiences: [(audience: Audience, globs: [Glob])] = [],
        packs: [PackReference] = [], rules: [String: RuleSetting] = [:], rulePositions: [String: SourcePosition] = [:],
        ignore: [Glob] = [], failThreshold: FailThreshold = .error, otherParty: [String] = [],
        limits: Limits = Limits()
    ) {
        self.root = root
        self.file = file
        self.expectPath = expectPath
        self.channels = channels
        self.audiences = audiences
        self.packs = packs
        self.rules = rules
        self.rulePositions = rulePositions
        self.ignore = ignore
        self.failThreshold = failThreshold
        self.otherParty = otherParty
        self.limits = limits
    }

    /// The lowest failing severity, or nil for `fail_on: never`.
    public var failOn: Severity? { failThreshold.severity }

    /// The channel whose globs first match `relativePath` (relative to `root`, `/`-separated);
    /// nil when none does (the caller reads the document as `customer`).
    public func channel(for relativePath: String) -> Channel? {
        let path = Glob.Path(relativePath)
        return channels.first { entry in entry.globs.contains { $0.matches(path) } }?.channel
    }

    public func audience(for relativePath: String) -> Audience? {
        let path = Glob.Path(relativePath)
        return audiences.first { entry in entry.globs.contains { $0.matches(path) } }?.audience
    }

    public func isIgnored(_ relativePath: String) -> Bool {
        let path = Glob.Path(relativePath)
        return ignore.contains { $0.matches(path) }
    }

    /// Throws at the first key of `rules:` that names no known rule (core or pack), once every
    /// rule is known. Checked in the order the keys are written.
    public func checkRuleIDs(known: Set<String>) throws(ConfigError) {
        let written = rulePositions.sorted { $0.value < $1.value }
        for (id, position) in written where !known.contains(id) {
            throw unknownRuleError(id, known: known, at: position)
        }
    }

    func unknownRuleError(_ id: String, known: Set<String>, at position: SourcePosition) -> ConfigError {
        ConfigError(file: file, line: position.line, column: position.column,
                    message: "unknown rule '\(id)' in rules" + didYouMean(id, among: known.sorted()))
    }
}

/// "; did you mean 'customer'?" when one of `candidates` is within two edits of `word` (a pack
/// rule's id also by its name after the pack, so `greet-by-name` finds `loyalty/greet-by-name`),
/// else `otherwise`: the one way every message suggests a name.
public func didYouMean(_ word: String, among candidates: [String], otherwise: String = "") -> String {
    func distance(_ candidate: String) -> Int {
        let whole = editDistance(candidate, word)
        guard let slash = candidate.lastIndex(of: "/") else { return whole }
        return min(whole, editDistance(String(candidate[candidate.index(after: slash)...]), word))
    }
    let scored = candidates.map { (candidate: $0, distance: distance($0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2, best.candidate != word else { return otherwise }
    return "; did you mean '\(best.candidate)'?"
}
