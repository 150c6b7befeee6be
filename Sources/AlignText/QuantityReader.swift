/// A quantity found in a text, with its UTF-8 range in that text.
public struct ReadQuantity: Hashable, Sendable, Codable {
    public var quantity: Quantity
    public var range: Range<Int>
    /// Written as a saving: money or a percentage "off", time "free" ("2 months free").
    public var isDiscount: Bool
    /// A difference, not a level: "spend $50 more".
    public var isDifference: Bool
    /// Compared with, not stated: "more than 80 hours", "over 512KB" (a floor), "80 hours or less"
    /// (a ceiling). Such a value is usually the condition of what follows ("payloads over 512KB
    /// are kept in object storage"); a floor or ceiling stated as such ("at least", "up to", "no
    /// more than") and a deadline ("in less than an hour") are not thresholds. Nil for the rest.
    public var threshold: Quantity.Bound?

    public init(quantity: Quantity, range: Range<Int>, isDiscount: Bool = false, isDifference: Bool = false, threshold: Quantity.Bound? = nil) {
        self.quantity = quantity
        self.range = range
        self.isDiscount = isDiscount
        self.isDifference = isDifference
        self.threshold = threshold
    }

    /// The quantity with the comparison that makes it a threshold: "over 10,000 users" is at
    /// least 10,001 users, as `expect.yml` reads it, where `quantity` keeps the number alone.
    public var bounded: Quantity {
        var bounded = quantity
        // "under 5 seats" is at most 4, as "less than 5 seats" is.
        if bounded.bound == .exact, let threshold { bounded.bound(excluding: threshold) }
        return bounded
    }
}

/// Reads quantities as a careful reader would. A hand-written scanner over the sentence's bytes:
/// it runs on every sentence that names a promise's topic, so it builds no expression and
/// allocates little.
///
/// What it does not read as a claim value, by design: frequencies ("7 days a week", "three times
/// a year", "once a month", "every day"), histories ("for 20 years" after "have", "since 2004",
/// "over 20 years of", "20+ years"), dates ("June 30", "30 June", "3/4", a bare "2024"), ranges of
/// times of day ("9am-5pm": a schedule, not a duration or an amount), ordinals ("1st"), phone
/// numbers, versions ("2.0.1", "version 3"), and model numbers ("X200", "5G"). "a"/"an" are a
/// number only before a unit ("a day"); "a couple of", "a few" are not numbers. A single time of
/// day ("17:00", "3:30PM", "noon") is read, as a `timeOfDay` that only a promise with a time of
/// day for its value compares.
public enum QuantityReader {
    /// `dates`: whether a date ("April 20, 2025") is a value, for a caller whose promises have
    /// one; else dates are passed over.
    public static func quantities(in text: String, dates: Bool = false) -> [ReadQuantity] {
        quantities(in: Array(text.utf8), dates: dates)
    }

    /// The same, on a text's UTF-8 bytes: for a caller that holds them already.
    public static func quantities(in bytes: [UInt8], dates: Bool = false) -> [ReadQuantity] {
        var scanner = QuantityScanner(bytes: bytes, readsDates: dates)
        return scanner.read()
    }

    /// A canonical value as written in `expect.yml` ("24 hours", "$75", "3-5 business days").
    /// Nil when the text holds no quantity, or more than one. A value written alone states its
    /// comparison: "under 600 ms" is a ceiling, where the same words in a sentence are usually
    /// the condition of what follows.
    public static func parse(_ value: String) -> Quantity? {
        if let version = VersionReader.canonical(Array(value.utf8)) { return version.quantity }
        let found = quantities(in: value, dates: true)
        guard found.count == 1 else { return nil }
        return found[0].bounded
    }

    /// A `value:` of `expect.yml` read strictly: one quantity and nothing else but the words of
    /// its bound ("at least 2 months", "24 hours or less"). "two months-ish" or "about 24 hours"
    /// throw, naming what is left over, where `parse` would read a value and drop the rest.
    public static func parseCanonical(_ value: String) throws(QuantityValueError) -> Quantity {
        let bytes = Array(value.utf8)
        let found = VersionReader.canonical(bytes).map { [$0] } ?? quantities(in: bytes, dates: true)
        guard var first = found.first else {
            throw QuantityValueError(value: value, message: "it holds no value")
        }
        first.quantity = first.bounded
        guard found.count == 1 else {
            throw QuantityValueError(value: value, message: "it holds \(found.count) values; write one")
        }
        let rest = String(decoding: bytes[..<first.range.lowerBound], as: UTF8.self) + " "
            + String(decoding: bytes[first.range.upperBound...], as: UTF8.self)
        // "between 1 and 4 years" is the range "1-4 years", as prose reads it.
        let allowed: Set<Substring> = first.quantity.bound != .exact ? boundWords
            : first.quantity.dimension == .timeOfDay || first.quantity.dimension == .date ? deadlineLeads
            : first.quantity.low < first.quantity.high ? ["between"] : []
        let words = rest.split { $0 == " " || $0 == "\t" || $0 == "\n" }
        if let stray = words.first(where: { !allowed.contains($0.lowercased()[...]) }) {
            throw QuantityValueError(value: value, message: "'\(stray)' is not part of a value")
        }
        return first.quantity
    }

    /// Words that may stand before a time of day or a date in a canonical value: "by 12:00",
    /// "before 3pm", "on April 20".
    static let deadlineLeads: Set<Substring> = ["by", "before", "at", "on", "until", "no", "later", "than"]

    /// Words that may stand around a floor or a ceiling in a canonical value.
    static let boundWords: Set<Substring> = [
        "at", "least", "most", "up", "to", "no", "not", "more", "less", "than", "fewer", "longer", "shorter", "greater",
        "minimum", "maximum", "min", "max", "of", "a", "or", "above", "below", "under", "over", "sooner",
    ]
}

/// Why a `value:` is not a value, for the configuration's error.
public struct QuantityValueError: Error, Hashable, Sendable {
    public var value: String
    public var message: String

    public init(value: String, message: String) {
        self.value = value
        self.message = message
    }
}
