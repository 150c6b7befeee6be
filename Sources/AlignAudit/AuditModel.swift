import AlignModel
import Foundation

/// How one channel carries one promise.
public enum CellState: String, CaseIterable, Hashable, Sendable, Codable {
    /// Some document of the channel states the promise, none contradicts it, none hedges it.
    case consistent
    /// Stated, but with a hedge ("usually", "we try to"), and nowhere contradicted.
    case hedged
    /// A document of the channel states another value (claim-conflict or claim-drift).
    case conflicting
    /// No document of the channel states the promise.
    case missing
    /// The channel is not in the promise's `required_in`: shown, never scored.
    case notRequired = "not-required"

    /// The cell's share of a point in the score; nil for cells that are not scored.
    public var credit: Double? {
        switch self {
        case .consistent: 1
        case .hedged: 0.5
        case .conflicting, .missing: 0
        case .notRequired: nil
        }
    }

    /// A mark that reads without colour.
    public var symbol: String {
        switch self {
        case .consistent: "✓"
        case .hedged: "~"
        case .conflicting: "✗"
        case .missing: "∅"
        case .notRequired: "–"
        }
    }

    public var label: String {
        switch self {
        case .consistent: "stated"
        case .hedged: "hedged"
        case .conflicting: "conflicting"
        case .missing: "missing"
        case .notRequired: "not required"
        }
    }
}

public struct AuditCell: Hashable, Sendable, Codable {
    public var promise: String
    public var channel: Channel
    public var state: CellState
}

/// One row of the promise × channel matrix.
public struct PromiseRow: Hashable, Sendable, Codable {
    public var promise: String
    public var statement: String
    public var value: String?
    /// One per channel, in channel order.
    public var cells: [AuditCell]
}

/// How many cells of each state.
public struct StateCounts: Hashable, Sendable, Codable {
    public var consistent = 0
    public var hedged = 0
    public var conflicting = 0
    public var missing = 0

    public init() {}

    mutating func add(_ state: CellState) {
        switch state {
        case .consistent: consistent += 1
        case .hedged: hedged += 1
        case .conflicting: conflicting += 1
        case .missing: missing += 1
        case .notRequired: break
        }
    }

    public var scored: Int { consistent + hedged + conflicting + missing }
}

/// Wording findings, counted by kind.
public struct WordingCounts: Hashable, Sendable, Codable {
    public var terminology = 0
    public var avoidPhrase = 0
    public var greeting = 0
    public var parity = 0

    public init() {}

    public var total: Int { terminology + avoidPhrase + greeting + parity }

    mutating func add(rule: String) {
        switch rule {
        case AuditRule.terminology: terminology += 1
        case AuditRule.avoidPhrase: avoidPhrase += 1
        case AuditRule.greeting: greeting += 1
        case AuditRule.parity: parity += 1
        default: break
        }
    }
}

/// A score with the parts it was made of, so every number in the report can be re-derived.
public struct AuditScore: Hashable, Sendable, Codable {
    /// 0...100, rounded; nil when nothing was scored (a channel no promise is required in).
    public var score: Int?
    /// 100 × the mean credit of the scored cells, before the deduction.
    public var base: Double?
    /// Points taken off for wording findings (one each, capped).
    public var deduction: Int
    public var cells: StateCounts
    public var wording: WordingCounts
}

public struct AuditChannelScore: Hashable, Sendable, Codable {
    public var channel: Channel
    public var documents: Int
    public var score: AuditScore
}

/// One side of a conflict: where it is and what it says.
public struct AuditConflictSide: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var value: String?
    public var quote: String

    public init(file: String, line: Int, column: Int, value: String?, quote: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.quote = quote
    }
}

/// A claim that contradicts the canonical value or another document.
public struct AuditConflict: Hashable, Sendable, Codable {
    public var rule: String
    public var promise: String
    public var channel: Channel?
    public var message: String
    public var claim: AuditConflictSide
    public var other: AuditConflictSide
}

/// A place in the corpus.
public struct AuditPlace: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

/// One non-preferred term used in one channel.
public struct TermUse: Hashable, Sendable, Codable {
    public var term: String
    public var preferred: String?
    public var count: Int
    public var places: [AuditPlace]

    public init(term: String, preferred: String?, count: Int, places: [AuditPlace]) {
        self.term = term
        self.preferred = preferred
        self.count = count
        self.places = places
    }
}

public struct ChannelTerminology: Hashable, Sendable, Codable {
    /// A channel name, or "unplaced" for findings without one.
    public var channel: String
    public var total: Int
    public var terms: [TermUse]
}

public struct OfferEntry: Hashable, Sendable, Codable {
    public var kind: String
    public var channel: Channel
    public var file: String
    public var line: Int
    public var sentence: String
}

public struct AudienceOffers: Hashable, Sendable, Codable {
    /// "prospect", "existing", or "unspecified".
    public var audience: String
    public var offers: [OfferEntry]
}

/// A finding worth listing as is (parity gaps, greetings, avoided phrases).
public struct ListedFinding: Hashable, Sendable, Codable {
    public var rule: String
    public var file: String
    public var line: Int
    public var channel: Channel?
    public var message: String
}

/// One audit: every number and list of the report, as of one moment of the corpus.
public struct Audit: Hashable, Sendable, Codable {
    public var organization: String?
    public var quarter: Quarter
    /// The moment the corpus is from: now for a live run, the commit's time for a backfill.
    public var asOf: Date
    public var commit: String?
    public var documents: Int
    public var overall: AuditScore
    public var verdict: String
    public var channels: [AuditChannelScore]
    public var promises: [PromiseRow]
    public var conflicts: [AuditConflict]
    public var terminology: [ChannelTerminology]
    public var offers: [AudienceOffers]
    public var parityGaps: [ListedFinding]
    public var avoidedPhrases: [ListedFinding]
    public var greetings: [ListedFinding]
}
