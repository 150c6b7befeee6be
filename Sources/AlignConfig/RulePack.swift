import AlignModel
import AlignText

/// One rule of a pack, as written in YAML and validated by the loader; `AlignRules` compiles it
/// into the rule kind it names. Fields that a kind does not use stay empty.
public struct PackRuleDefinition: Hashable, Sendable {
    /// `pack/name`.
    public var id: String
    /// `existence`, `substitution`, `required`, `greeting`, `parity`.
    public var kind: String
    public var message: String
    public var why: String
    public var level: RuleLevel
    /// Empty: every channel.
    public var channels: [Channel]
    /// Empty: every audience.
    public var audiences: [Audience]
    /// Phrases, matched after stemming.
    public var phrases: [String]
    /// PCRE2 patterns, compiled as the pack is read, each with where it is written (to report a
    /// runaway pattern).
    public var patterns: [(pattern: Pattern, position: SourcePosition)]
    /// `substitution`: the preferred term and what it replaces.
    public var use: String?
    public var insteadOf: [String]
    /// `substitution` and `existence`: phrases where a match inside them is right.
    public var except: [String] = []
    /// `required`: `each` document of the scope, or `any` one of them.
    public var scope: String?
    /// `required`: promise ids, any of which stated satisfies the rule.
    public var promises: [String]
    /// Empty: every kind of document (`kinds: [email]`).
    public var documentKinds: [DocumentKind] = []
    /// `when:` — only documents that mention one of these phrases are checked.
    public var when: [String] = []
    /// `when_also:` — and that also mention one of these (`when: [loyalty]`, `when_also: [points]`).
    public var whenAlso: [String] = []
    /// `when_sender:` — an email is also in scope when its sender's address contains one of
    /// these (`no-reply`): what it says of itself is not all it says.
    public var whenSender: [String] = []
    /// `only_with:` — a match counts only in a sentence that also has one of these phrases.
    public var onlyWith: [String] = []
    /// `only_with_on_pages:` — outside an email, a match counts only in a sentence that also has
    /// one of these; an email is written to the customer, so any match in it counts.
    public var onlyWithOnPages: [String] = []
    /// `unless:` — a match in a sentence that also has one of these phrases does not count.
    public var unless: [String] = []
    /// `unless_anywhere:` — no match counts in a document that mentions one of these anywhere
    /// (a thank-you in an email that also announces a sale).
    public var unlessAnywhere: [String] = []
    /// `unless_promise: true` — a match in a sentence about a promise's topic does not count
    /// (the core `promise-hedged` rule speaks about those).
    public var unlessPromise: Bool = false
    /// `unless_defined: true` — a match that is the term its sentence defines ("Churn: the
    /// share of customers who leave", a glossary entry) does not count.
    public var unlessDefined: Bool = false
    /// `unless_specified: true` — a match followed at once by the specifics it stands for, in
    /// parentheses ("state-of-the-art cryptography (ChaCha20, Curve25519)"), does not count: the
    /// reader can check them.
    public var unlessSpecified: Bool = false
    /// `greeting`: what the opening of an email must have, `salutation` or `name`.
    public var require: String?
    public var examples: RuleExamples
    /// The pack file as shown in messages, and where the rule's `id:` is.
    public var file: String
    public var position: SourcePosition

    public init(
        id: String, kind: String, message: String, why: String = "", level: RuleLevel = .severity(.warning),
        channels: [Channel] = [], audiences: [Audience] = [], phrases: [String] = [],
        patterns: [(pattern: Pattern, position: SourcePosition)] = [], use: String? = nil, insteadOf: [String] = [],
        scope: String? = nil, promises: [String] = [], examples: RuleExamples = RuleExamples(),
        file: String, position: SourcePosition
    ) {
        self.id = id
        self.kind = kind
        self.message = message
        self.why = why
        self.level = level
        self.channels = channels
        self.audiences = audiences
        self.phrases = phrases
        self.patterns = patterns
        self.use = use
        self.insteadOf = insteadOf
        self.scope = scope
        self.promises = promises
        self.examples = examples
        self.file = file
        self.position = position
    }

    public static func == (a: PackRuleDefinition, b: PackRuleDefinition) -> Bool {
        a.id == b.id && a.file == b.file && a.position == b.position
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(file)
        hasher.combine(position)
    }
}

/// A loaded pack: its name and rules. A user pack may also change built-in rules' levels.
public struct RulePack: Sendable {
    public var name: String
    public var file: String
    public var rules: [PackRuleDefinition]
    /// `overrides:` — rule id to a new level (`off` switches a built-in rule off).
    public var overrides: [String: RuleLevel]
    /// Where each override's key is written, to report one that names no rule.
    public var overridePositions: [String: SourcePosition] = [:]

    public init(name: String, file: String, rules: [PackRuleDefinition], overrides: [String: RuleLevel] = [:]) {
        self.name = name
        self.file = file
        self.rules = rules
        self.overrides = overrides
    }
}
