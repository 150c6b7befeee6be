import AlignModel
import AlignText

/// Whether hedged wording of a promise is flagged.
public enum PromiseStrength: String, Hashable, Sendable, Codable {
    case firm
    case soft
}

/// One thing customers can expect, as `expect.yml` states it.
public struct Promise: Hashable, Sendable {
    public var id: String
    public var statement: String
    /// Words or phrases that signal the promise's topic; matched after stemming.
    public var topics: [String]
    /// The canonical value as written ("24 hours", "$75"), if the promise has one.
    public var value: String?
    public var strength: PromiseStrength
    public var requiredIn: [Channel]
    /// Where the promise's `id:` is in `expect.yml`.
    public var position: SourcePosition
    /// Where its `value:` is, or the promise's position when it has none.
    public var valuePosition: SourcePosition
    /// A value per condition (`values:` with `when:`), beside or instead of `value`.
    public var values: [ConditionalValue]
    /// Where the promise can be stated (`scope:`); nil: anywhere.
    public var scope: PromiseScope?
    /// Subjects a sentence can share a topic word with and still not be about the promise
    /// (`not_about:`: "snapshots", "logs" for a chat-retention promise); matched after stemming.
    public var notAbout: [String]

    public init(
        id: String, statement: String, topics: [String], value: String?, strength: PromiseStrength,
        requiredIn: [Channel], position: SourcePosition, valuePosition: SourcePosition? = nil,
        values: [ConditionalValue] = [], scope: PromiseScope? = nil, notAbout: [String] = []
    ) {
        self.id = id
        self.statement = statement
        self.topics = topics
        self.value = value
        self.strength = strength
        self.requiredIn = requiredIn
        self.position = position
        self.valuePosition = valuePosition ?? position
        self.values = values
        self.scope = scope
        self.notAbout = notAbout
    }
}

/// One entry of a promise's `values:`: the value that holds when a claim names one of `when`
/// ("priority 1", "P1", "Enterprise"), in its clause or its context.
public struct ConditionalValue: Hashable, Sendable {
    /// Words or phrases naming the condition; matched after stemming.
    public var when: [String]
    public var value: String
    /// Where its `value:` is in `expect.yml`.
    public var position: SourcePosition

    public init(when: [String], value: String, position: SourcePosition) {
        self.when = when
        self.value = value
        self.position = position
    }
}

/// Where a promise can be stated: documents matching `paths` (globs relative to align.yml), and
/// only where the sentence's block or its context names one of `context` (after stemming).
public struct PromiseScope: Hashable, Sendable {
    public var paths: [String]
    public var context: [String]

    public init(paths: [String] = [], context: [String] = []) {
        self.paths = paths
        self.context = context
    }
}

/// `terminology:` — use one word, not its alternatives.
public struct TermPreference: Hashable, Sendable {
    public var use: String
    public var insteadOf: [String]
    /// Phrases where a term of `insteadOf` is right ("desktop client", "client-side").
    public var except: [String]
    /// Empty: every channel.
    public var channels: [Channel]
    public var position: SourcePosition

    public init(use: String, insteadOf: [String], except: [String] = [], channels: [Channel], position: SourcePosition) {
        self.use = use
        self.insteadOf = insteadOf
        self.except = except
        self.channels = channels
        self.position = position
    }
}

/// `avoid:` — a phrase or a regular expression that must not appear.
public struct AvoidEntry: Hashable, Sendable {
    public enum Match: Hashable, Sendable {
        case phrase(String)
        /// Compiled as the statement is read.
        case pattern(Pattern)
    }

    public var match: Match
    public var because: String?
    public var channels: [Channel]
    public var position: SourcePosition

    public init(match: Match, because: String?, channels: [Channel], position: SourcePosition) {
        self.match = match
        self.because = because
        self.channels = channels
        self.position = position
    }
}

/// A validated `expect.yml`.
public struct Expectation: Sendable {
    /// Path as shown in findings (relative to the configuration's folder).
    public var file: String
    public var organization: String?
    public var statement: String?
    public var promises: [Promise]
    public var terminology: [TermPreference]
    public var avoid: [AvoidEntry]

    public init(
        file: String, organization: String? = nil, statement: String? = nil,
        promises: [Promise] = [], terminology: [TermPreference] = [], avoid: [AvoidEntry] = []
    ) {
        self.file = file
        self.organization = organization
        self.statement = statement
        self.promises = promises
        self.terminology = terminology
        self.avoid = avoid
    }
}
