/// A value a sentence states: a duration, an amount of money, a rate of spend, a percentage, a
/// count of something, or "24/7". Equal values written differently have equal `low`/`high`, so
/// "a day", "24 hours" and "twenty-four hours" compare equal.
public struct Quantity: Hashable, Sendable, Codable {
    public enum Dimension: String, Hashable, Sendable, Codable {
        /// Calendar time in minutes, or business days counted in days (see `isBusinessDays`).
        case duration
        /// An amount in `currency`.
        case money
        /// An amount in `currency` per year ("$2k/month" is 24,000 a year).
        case moneyRate
        case percent
        /// A plain count of `unit` ("5 seats").
        case count
        /// A count of `unit` per year ("100 emails/day" is 36,500 a year).
        case countRate
        /// "24/7": always available.
        case always
        /// How often something happens, as the interval in minutes: "monthly", "every 2 weeks",
        /// "twice a year" (every 6 months).
        case period
        /// A version of what the promise names ("Node.js 20+"), as the range of versions written:
        /// "20" is every 20.x.y (`VersionReader` encodes and describes it).
        case version
        /// A time of day, in minutes after midnight: "by 12:00", "before 3:30PM", "3pm". A deadline
        /// in the day ("cancel before 15:00 on the day"), compared only with another time of day.
        case timeOfDay
        /// A day of the calendar, as year × 10,000 + month × 100 + day, the year 0 when it is not
        /// written ("April 20"): a deadline or a date something happens, compared only with
        /// another date, and only by a promise that has one.
        case date
    }

    /// Whether the value is a floor, a ceiling or the value itself: "at least 2 months" is met by
    /// 3 months, "at most 24 hours" by 4 hours.
    public enum Bound: String, Hashable, Sendable, Codable {
        case exact
        case atLeast
        case atMost
    }

    public var dimension: Dimension
    /// Lowest and highest value in the base unit (minutes, business days, currency units, per cent,
    /// items); equal for a single value.
    public var low: Double
    public var high: Double
    /// Business or working days: not calendar days, so never equal to any number of hours.
    public var isBusinessDays: Bool
    /// Written in months or years, whose length varies: compared with a small tolerance.
    public var isCalendarApproximate: Bool
    /// ISO code for money ("USD", "EUR", "GBP").
    public var currency: String?
    /// What is counted ("seat"), or what money is per ("user" in "$10 per user").
    public var unit: String?
    /// The text as written in the document.
    public var text: String
    /// Written as a floor or a ceiling ("at least", "up to", "or more").
    public var bound: Bound

    public init(
        dimension: Dimension, low: Double, high: Double, isBusinessDays: Bool = false,
        isCalendarApproximate: Bool = false, currency: String? = nil, unit: String? = nil, text: String,
        bound: Bound = .exact
    ) {
        self.dimension = dimension
        self.low = min(low, high)
        self.high = max(low, high)
        self.isBusinessDays = isBusinessDays
        self.isCalendarApproximate = isCalendarApproximate
        self.currency = currency
        self.unit = unit
        self.text = text
        self.bound = bound
    }

    /// "indefinitely", "forever": a duration no number of days reaches.
    public static func indefinite(text: String) -> Quantity {
        Quantity(dimension: .duration, low: .infinity, high: .infinity, text: text)
    }

    public var isIndefinite: Bool { dimension == .duration && low.isInfinite }

    /// A count of something, in total or per year.
    public var isCounted: Bool { dimension == .count || dimension == .countRate }

    /// What "N times" counts: how often something is done.
    public static let timesUnit = "time"
    /// Counts of how often something is done, which compare with a count of times.
    static let repeatedUnits: Set<String?> = [timesUnit, "retry", "attempt", "try", "resend", "redelivery"]

    /// Business hours in a business day: "4 business hours" is half a business day.
    public static let businessHoursPerDay = 8.0

    /// Minutes in a calendar day: the base unit of calendar durations.
    public static let minutesPerDay = QuantityFormat.minutesPerDay

    /// Whether `self` and `other` measure the same kind of thing, so that comparing them means
    /// something: money in the same currency, counts of the same unit. Business and calendar days
    /// are comparable (and never agree), so a claim can be told that they differ.
    /// A rate and a total of the same thing are comparable, and never agree, only as one figure
    /// with its period added or dropped: "40,000 emails/day" is not "40,000 emails". Other
    /// figures measure two things ("3,000 messages per second" and a batch of 10 messages).
    public func isComparable(with other: Quantity) -> Bool {
        guard dimension == other.dimension else {
            guard isCounted, other.isCounted, unit == other.unit else { return false }
            let (rate, total) = dimension == .countRate ? (self, other) : (other, self)
            return total.high > 0 && QuantityLexicon.periodsPerYear.contains { abs(rate.high - total.high * $0) <= rate.high * 1e-9 }
        }
        switch dimension {
        case .money, .moneyRate: return currency == other.currency && unit == other.unit
        // "retries up to 10 times" counts what "up to 12 retries" counts.
        case .count: return unit == other.unit || (Self.repeatedUnits.contains(unit) && Self.repeatedUnits.contains(other.unit))
        // A rate written without its noun ("5 per second") is a rate of what the promise counts.
        case .countRate: return unit == other.unit || unit == nil || other.unit == nil
        case .duration, .percent, .always, .period, .version, .timeOfDay, .date: return true
        }
    }

    /// Bounded by a comparison that leaves the number out ("less than", "under", "more than"): a
    /// whole count goes by whole ones, so "less than 63 characters" is at most 62.
    mutating func bound(excluding bound: Bound) {
        self.bound = bound
        guard dimension == .count, unit != "byte", low == high, low.rounded() == low else { return }
        let step: Double = bound == .atMost ? -1 : 1
        low += step
        high += step
    }

    /// Whether `self` keeps `canonical`: all of it lies within a single value or a range; it is
    /// no less than a minimum ("3 months" keeps "at least 2 months", "up to 3 months" does not);
    /// no more than a maximum. Against a single value or a range, a claim's own bound does not
    /// count: "within 24 hours" and "up to 24 hours" name 24 hours. Business and calendar days
    /// never agree, however far apart; "indefinitely" agrees only with itself.
    public func agrees(with canonical: Quantity) -> Bool {
        guard isComparable(with: canonical), dimension == canonical.dimension, isBusinessDays == canonical.isBusinessDays else { return false }
        if dimension == .always { return true }
        // "before 15:00" and "by 15:00" name one deadline: a time of day agrees only with itself.
        if dimension == .timeOfDay { return abs(low - canonical.low) < 0.5 && abs(high - canonical.high) < 0.5 }
        if dimension == .version { return agreesAsVersion(with: canonical) }
        if dimension == .date { return Self.isSameDay(low, canonical.low) }
        // "64KB" and "64 KiB" are one size written in two conventions (1,000 or 1,024 to the kilo),
        // which pages mix: the same number under the same prefix agrees.
        if unit == "byte", let scale = Self.sizeConventionScale(of: self, against: canonical) {
            var rescaled = self
            rescaled.low *= scale
            rescaled.high *= scale
            rescaled.unit = nil
            var plain = canonical
            plain.unit = nil
            return rescaled.agrees(with: plain)
        }
        if isIndefinite || canonical.isIndefinite { return isIndefinite && canonical.isIndefinite }
        let tolerance = tolerance(against: canonical)
        switch canonical.bound {
        case .exact:
            // "between 2 and 20 characters" against "between 2 and 58": a range of counts that
            // keeps one end of the promised range and moves the other states another limit. A
            // range of time is an estimate within it ("4 or 5 business days" within 3 to 5).
            if dimension == .count, low < high, canonical.low < canonical.high,
               (abs(low - canonical.low) <= tolerance) != (abs(high - canonical.high) <= tolerance) { return false }
            return low >= canonical.low - tolerance && high <= canonical.high + tolerance
        case .atLeast: return bound != .atMost && low >= canonical.low - tolerance
        case .atMost: return bound != .atLeast && high <= canonical.high + tolerance
        }
    }

    /// How far apart two figures may be and still be one: months and years vary in length.
    private func tolerance(against canonical: Quantity) -> Double {
        let approximate = isCalendarApproximate || canonical.isCalendarApproximate
        return approximate ? canonical.high * 0.035 : max(abs(canonical.high), 1) * 1e-9
    }

    /// Whether `self` keeps `canonical` and reaches its limit, the figure the customer is held
    /// to: "within 48 hours", "up to 48 hours" and "24-48 hours" state a 48-hour promise, and "5
    /// business days" one of 3-5 business days; "1 hour" keeps a 12-hour promise without stating it.
    public func states(_ canonical: Quantity) -> Bool {
        guard agrees(with: canonical) else { return false }
        switch dimension {
        case .always, .version, .timeOfDay, .date: return true
        case .duration, .money, .moneyRate, .percent, .count, .countRate, .period:
            // Sizes in two conventions agree without being the same number of bytes.
            if unit == "byte" || isIndefinite { return true }
            let tolerance = tolerance(against: canonical)
            return canonical.bound == .atLeast ? abs(low - canonical.low) <= tolerance : abs(high - canonical.high) <= tolerance
        }
    }

    /// Whether two dates name one day: the same month and day, in the same year when both write one
    /// ("April 20" is "April 20, 2025").
    static func isSameDay(_ one: Double, _ other: Double) -> Bool {
        let (a, b) = (Int(one), Int(other))
        guard a % 10_000 == b % 10_000 else { return false }
        return a / 10_000 == 0 || b / 10_000 == 0 || a / 10_000 == b / 10_000
    }

    /// Versions agree at the precision written: "Node 20" and "20.x.0" name one major version, and
    /// "3.3" holds 3.3.3. A floor is kept by any version that meets it ("3.2 and later" allows
    /// 3.3.3), and keeps a floor only as high ("10.13.0 or higher" does not keep "20+").
    private func agreesAsVersion(with canonical: Quantity) -> Bool {
        switch (bound, canonical.bound) {
        case (.atLeast, .atLeast), (.exact, .atLeast): return high >= canonical.low && (bound == .exact || low >= canonical.low)
        case (.atMost, .atMost), (.exact, .atMost): return low <= canonical.high && (bound == .exact || high <= canonical.high)
        case (.atLeast, .exact): return canonical.high >= low
        case (.atMost, .exact): return canonical.low <= high
        case (.exact, .exact): return low <= canonical.high && canonical.low <= high
        case (.atLeast, .atMost), (.atMost, .atLeast): return false
        }
    }

    /// The factor (1.024 to a power of up to 4, or its inverse) that takes `size` to the other
    /// convention of `canonical`'s prefix, when that makes their lower ends equal; nil otherwise.
    static func sizeConventionScale(of size: Quantity, against canonical: Quantity) -> Double? {
        guard size.low > 0, canonical.low > 0, abs(size.low - canonical.low) > canonical.low * 1e-9 else { return nil }
        var scale = 1.0
        for _ in 1...4 {
            scale *= 1.024
            for factor in [scale, 1 / scale] where abs(size.low * factor - canonical.low) <= canonical.low * 1e-9 { return factor }
        }
        return nil
    }

    /// A canonical description: equal values have equal descriptions ("two weeks" → "14 days",
    /// "$2k/month" → "$24,000 a year"). Used to group claims and parsed back by `QuantityReader.parse`.
    public var canonical: String {
        switch bound {
        case .exact: return amount
        case .atLeast: return "at least " + amount
        case .atMost: return "at most " + amount
        }
    }

    /// The canonical description without its bound.
    private var amount: String {
        if isIndefinite { return "indefinitely" }
        switch dimension {
        case .always:
            return "24/7"
        case .percent:
            return QuantityFormat.range(low, high) + "%"
        case .countRate where unit == nil:
            // A rate written without its noun reads back as one: "157788000 per year".
            return QuantityFormat.range(low, high) + " per year"
        case .count, .countRate:
            let noun = unit ?? "item"
            return QuantityFormat.range(low, high) + " " + (high == 1 ? noun : noun + "s") + (dimension == .countRate ? " a year" : "")
        case .money, .moneyRate:
            var text = QuantityFormat.money(low, currency: currency)
            if low != high { text += "-" + QuantityFormat.money(high, currency: currency) }
            if let unit { text += " per " + unit }
            if dimension == .moneyRate { text += " a year" }
            return text
        case .duration:
            if isBusinessDays {
                if high < 1 {
                    let hours = Quantity.businessHoursPerDay
                    return QuantityFormat.range(low * hours, high * hours) + (high * hours == 1 ? " business hour" : " business hours")
                }
                return QuantityFormat.range(low, high) + (high == 1 ? " business day" : " business days")
            }
            return QuantityFormat.duration(low, high, approximate: isCalendarApproximate)
        case .period:
            return "every " + QuantityFormat.duration(low, high, approximate: isCalendarApproximate)
        case .version:
            return "version " + VersionReader.description(low: low, high: high)
        case .timeOfDay:
            return QuantityFormat.clock(low)
        case .date:
            return QuantityFormat.date(low)
        }
    }
}

/// Number formatting for canonical descriptions.
enum QuantityFormat {
    static let minutesPerDay = 1_440.0
    static let minutesPerMonth = 30.4375 * 1_440
    static let minutesPerYear = 365.25 * 1_440

    /// Beyond this, values print in Swift's own notation: no integer conversion can overflow.
    static let largest = 1e12

    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < largest else { return "\(value)" }
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format3(value))
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Three decimals, without Foundation.
    private static func format3(_ value: Double) -> String {
        let scaled = Int((value * 1_000).rounded())
        let whole = scaled / 1_000
        let fraction = abs(scaled % 1_000)
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// Minutes after midnight as a 24-hour clock reads them: "15:00", "09:30".
    static func clock(_ minutes: Double) -> String {
        let whole = Int(minutes.rounded())
        let (hours, rest) = (whole / 60, whole % 60)
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }

    /// "April 20, 2025", or "April 20" for a date written without its year.
    static func date(_ key: Double) -> String {
        guard key.isFinite, key >= 0, key < largest else { return "\(key)" }
        let whole = Int(key)
        let (year, month, day) = (whole / 10_000, whole / 100 % 100, whole % 100)
        let name = (1...12).contains(month) ? monthNames[month - 1] : String(month)
        return name + " " + String(day) + (year == 0 ? "" : ", " + String(year))
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func range(_ low: Double, _ high: Double) -> String {
        low == high ? number(low) : number(low) + "-" + number(high)
    }

    static func grouped(_ value: Double) -> String {
        guard value.isFinite, abs(value) < largest else { return "\(value)" }
        guard value == value.rounded() else {
            let cents = (value * 100).rounded() / 100
            let whole = grouped(cents.rounded(.towardZero))
            let fraction = Int((abs(cents - cents.rounded(.towardZero)) * 100).rounded())
            return whole + "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        // Grouped as bytes: appending Characters costs more than the claim it describes.
        let digits = Array(String(Int(abs(value))).utf8)
        var out: [UInt8] = value < 0 ? [0x2D] : []
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(0x2C) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func money(_ value: Double, currency: String?) -> String {
        switch currency {
        case "USD": return "$" + grouped(value)
        case "EUR": return "€" + grouped(value)
        case "GBP": return "£" + grouped(value)
        case let code?: return grouped(value) + " " + code
        case nil: return grouped(value)
        }
    }

    /// Whole units where both ends divide evenly: under three days in hours, then days; months and
    /// years for values written in them.
    static func duration(_ low: Double, _ high: Double, approximate: Bool) -> String {
        if approximate {
            let lowMonths = (low / minutesPerMonth * 100).rounded() / 100
            let highMonths = (high / minutesPerMonth * 100).rounded() / 100
            if lowMonths.truncatingRemainder(dividingBy: 12) == 0, highMonths.truncatingRemainder(dividingBy: 12) == 0 {
                return range(lowMonths / 12, highMonths / 12) + (highMonths == 12 ? " year" : " years")
            }
            return range(lowMonths, highMonths) + (highMonths == 1 ? " month" : " months")
        }
        func fits(_ unit: Double) -> Bool {
            low.truncatingRemainder(dividingBy: unit) == 0 && high.truncatingRemainder(dividingBy: unit) == 0
        }
        if high >= 3 * minutesPerDay, fits(minutesPerDay) {
            return range(low / minutesPerDay, high / minutesPerDay) + " days"
        }
        if fits(60) {
            return range(low / 60, high / 60) + (high == 60 ? " hour" : " hours")
        }
        return range(low, high) + (high == 1 ? " minute" : " minutes")
    }
}
