/// A sentence that speaks about a promise's topic and states a value.
public struct Claim: Hashable, Sendable, Codable {
    public var promise: String
    /// The value as written in the document ("two weeks").
    public var valueText: String
    /// A canonical form for grouping equal values written differently ("14 days").
    public var valueKey: String
    public var file: String
    public var span: SourceSpan
    public var channel: Channel
    public var sentence: String
    /// The condition the claim is said under ("priority 1", "enterprise"); nil: none.
    public var condition: String?
    /// Whether the claim says what its promise's statement says: its sentence quotes the statement
    /// (the owner page saying it), or its value is one the statement itself states.
    public var agreesWithStatement = false

    public init(promise: String, valueText: String, valueKey: String, file: String, span: SourceSpan, channel: Channel, sentence: String) {
        self.promise = promise
        self.valueText = valueText
        self.valueKey = valueKey
        self.file = file
        self.span = span
        self.channel = channel
        self.sentence = sentence
    }
}

/// An offer (a discount, a free extra, a gift, a trial) made in a document.
public struct Offer: Hashable, Sendable, Codable {
    public var kind: String
    public var file: String
    public var span: SourceSpan
    public var channel: Channel
    public var audience: Audience?
    public var sentence: String

    public init(kind: String, file: String, span: SourceSpan, channel: Channel, audience: Audience?, sentence: String) {
        self.kind = kind
        self.file = file
        self.span = span
        self.channel = channel
        self.audience = audience
        self.sentence = sentence
    }
}

/// What rules that look across documents need from one document.
public struct DocumentFacts: Hashable, Sendable, Codable {
    public var file: String = ""
    public var channel: Channel = .customer
    public var audience: Audience?
    public var claims: [Claim] = []
    /// Promises the document states (with or without a value), with where.
    public var stated: [String: SourceSpan] = [:]
    public var offers: [Offer] = []
    /// Ids of rules across documents whose requirement this document meets: a `required` pack
    /// rule's, or `impersonal-greeting`'s (an email that greets its reader by name).
    public var satisfied: Set<String> = []
    /// Findings that a rule across documents raises only if the other documents say so: an
    /// email that greets no one ("Hello,") is reported where other emails greet by name.
    public var pending: [Finding] = []
    /// Promises the document states with a hedge, for the audit matrix.
    public var hedged: Set<String> = []
    /// Ids of pack rules looking across documents (`required` with scope any, `parity`) whose
    /// scope includes this document: "none of the emails to existing customers" needs to know which.
    public var considered: Set<String> = []
    /// Where a pack rule that looks across documents first matched in this document, by rule id.
    public var matches: [String: SourceSpan] = [:]

    public init() {}
}
