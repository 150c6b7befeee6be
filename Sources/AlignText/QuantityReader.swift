/// A quantity found in a text, with its UTF-8 range in that text.
public struct ReadQuantity: Hashable, Sendable, Codable {
    public var quantity: Quantity
    public var range: Range<Int>
    /// Written as a saving: money or a percentage "off", time "free" ("2 months free").
    public var isDiscount: Bool
    /// A difference, not a level: "spend $50 more".
    public var isDifference: Bool

    public init(quantity: Quantity, range: Range<Int>, isDiscount: Bool = false, isDifference: Bool = false) {
        self.quantity = quantity
        self.range = range
        self.isDiscount = isDiscount
        self.isDifference = isDifference
    }
}

/// Reads quantities as a careful reader would. A hand-written scanner over the sentence's bytes:
/// it runs on every sentence that names a promise's topic, so it builds no expression and
/// allocates little.
///
/// What it does not read as a claim value, by design: frequencies ("7 days a week", "three times
/// a year", "once a month", "every day"), histories ("for 20 years" after "have", "since 2004",
/// "over 20 years of", "20+ years"), dates ("June 30", "30 June", "3/4", a bare "2024"), times of
/// day ("9am-5pm", "17:00": a schedule, not a duration or an amount), ordinals ("1st"), phone
/// numbers, versions ("2.0.1", "version 3"), and model numbers ("X200", "5G"). "a"/"an" are a
/// number only before a unit ("a day"); "a couple of", "a few" are not numbers.
public enum QuantityReader {
    public static func quantities(in text: String) -> [ReadQuantity] {
        var scanner = QuantityScanner(bytes: Array(text.utf8))
        return scanner.read()
    }

    /// A canonical value as written in `expect.yml` ("24 hours", "$75", "3-5 business days").
    /// Nil when the text holds no quantity, or more than one.
    public static func parse(_ value: String) -> Quantity? {
        let found = quantities(in: value)
        guard found.count == 1 else { return nil }
        return found[0].quantity
    }
}

struct QuantityScanner {
    typealias Lexicon = QuantityLexicon
    let bytes: [UInt8]
    let tokens: [QuantityToken]
    /// Whether the sentence speaks in the perfect or of the past ("have", "been", "since"):
    /// then "for 20 years" is a history.
    let speaksOfPast: Bool

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.tokens = QuantityTokenizer.tokens(bytes)
        self.speaksOfPast = tokens.contains { token in
            guard let word = token.word else { return false }
            return Lexicon.perfectMarkers.contains(word) || word.hasSuffix("'ve")
        }
    }

    /// A number read from one or more tokens.
    struct NumberRead {
        var value: Double
        /// Token index just after the number.
        var end: Int
        /// "a"/"an": one, but only before a unit.
        var isArticle = false
        var isWords = false
        var digitCount = 0
        var scaled = false
    }

    enum Outcome {
        case quantity(ReadQuantity, next: Int)
        /// Not a value: continue after these tokens.
        case skip(next: Int)
    }

    mutating func read() -> [ReadQuantity] {
        var found: [ReadQuantity] = []
        var i = 0
        while i < tokens.count {
            switch readAt(i) {
            case .quantity(let quantity, let next)?:
                found.append(quantity)
                i = max(next, i + 1)
            case .skip(let next)?:
                i = max(next, i + 1)
            case nil:
                i += 1
            }
        }
        return found
    }

    // MARK: - Token helpers

    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].word : nil }
    func symbol(_ i: Int) -> QuantityToken.Symbol? { i >= 0 && i < tokens.count ? tokens[i].symbol : nil }
    func number(_ i: Int) -> Double? { i >= 0 && i < tokens.count ? tokens[i].number : nil }
    func attached(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].spaceBefore }

    func text(_ from: Int, _ to: Int) -> (String, Range<Int>) {
        let range = tokens[from].range.lowerBound..<tokens[to - 1].range.upperBound
        return (String(decoding: bytes[range], as: UTF8.self), range)
    }

    // MARK: - Reading one quantity

    func readAt(_ i: Int) -> Outcome? {
        let token = tokens[i]
        if let currency = currencyPrefix(at: i) {
            return readMoney(start: i, numberAt: currency.numberAt, currency: currency.code)
        }
        guard let first = readNumber(at: i) else { return nil }
        if let reason = identifierBefore(i, first) { return reason }
        var end = first.end
        // Digits glued to letters that are not a unit or scale: a model number ("200X", "5G").
        if token.number != nil, attached(end), let glued = word(end) {
            if Lexicon.ordinalSuffixes.contains(glued) { return .skip(next: end + 1) }
            if glued == "am" || glued == "pm" { return skipTimeRange(from: end + 1) }
            if glued == "x", first.value == 24, number(end + 1) == 7, attached(end + 1) {
                return always(i, end + 2)
            }
            if glued == "x" { return .skip(next: skipFrequencyTail(end + 1)) }
            if Lexicon.timeUnits[glued] == nil, glued != "business" { return .skip(next: end + 1) }
        }
        if symbol(end) == .slash, attached(end), let next = number(end + 1), attached(end + 1) {
            if first.value == 24, next == 7 { return always(i, end + 2) }
            return .skip(next: end + 2) // a date or a fraction
        }
        if symbol(end) == .colon, attached(end), number(end + 1) != nil, attached(end + 1) {
            return skipTimeRange(from: end + 2)
        }
        if isClockSuffix(end) { return skipTimeRange(from: end + (word(end) == "am" || word(end) == "pm" ? 1 : 4)) }
        if symbol(end) == .plus, attached(end) { return .skip(next: skipUnit(end + 1)) }
        if let month = word(end), Lexicon.monthNames.contains(month), !first.isArticle, month != "may" { return .skip(next: end + 1) }
        if isPhone(from: i) { return .skip(next: phoneEnd(from: i)) }
        if first.value == 24, !first.isWords, [.hyphen, .times].contains(symbol(end)) ?? false,
           number(end + 1) == 7, attached(end), attached(end + 1) {
            return always(i, end + 2)
        }
        if first.value == 24, word(end) == "x", number(end + 1) == 7 { return always(i, end + 2) }

        // A range: "3-5", "3 to 5", "2 or 3", "between 2 and 4".
        var high = first.value
        if let second = readRangeEnd(after: first, start: i) {
            if isClockSuffix(second.end) { return skipTimeRange(from: second.end) }
            high = second.value
            end = second.end
        }
        return readUnit(start: i, low: first, high: high, at: end)
    }

    /// "$", "€", "£", "US$", "USD " before a number.
    func currencyPrefix(at i: Int) -> (code: String, numberAt: Int)? {
        switch symbol(i) {
        case .dollar?: return number(i + 1) != nil ? ("USD", i + 1) : nil
        case .euro?: return number(i + 1) != nil ? ("EUR", i + 1) : nil
        case .pound?: return number(i + 1) != nil ? ("GBP", i + 1) : nil
        default: break
        }
        guard let w = word(i) else { return nil }
        if w == "us", symbol(i + 1) == .dollar, attached(i + 1), number(i + 2) != nil { return ("USD", i + 2) }
        if let code = Lexicon.currencyCodes[w], number(i + 1) != nil { return (code, i + 1) }
        return nil
    }

    func always(_ from: Int, _ to: Int) -> Outcome {
        let (written, range) = text(from, to)
        return .quantity(ReadQuantity(quantity: Quantity(dimension: .always, low: 1, high: 1, text: written), range: range), next: to)
    }

    /// Digits (with "k"/"M" glued on, or "thousand" after), number words ("twenty-four"), or an
    /// article.
    func readNumber(at i: Int) -> NumberRead? {
        let token = tokens[i]
        if let value = token.number {
            // "2.0.1" is a version; sixteen digits and more are an identifier, not a value.
            if token.isDotted || token.digitCount > 15 { return nil }
            var read = NumberRead(value: value, end: i + 1, digitCount: token.digitCount)
            if let glued = word(i + 1), attached(i + 1), let scale = Lexicon.suffixScales[glued] {
                read.value *= scale
                read.end = i + 2
                read.scaled = true
            } else if let scaleWord = word(i + 1), let scale = Lexicon.scales[scaleWord], scale >= 1_000 {
                read.value *= scale
                read.end = i + 2
                read.scaled = true
            }
            return read
        }
        guard let w = token.word else { return nil }
        if w == "a" || w == "an" {
            if let next = word(i + 1), let scale = Lexicon.scales[next] {
                return NumberRead(value: scale, end: i + 2, isWords: true)
            }
            return NumberRead(value: 1, end: i + 1, isArticle: true, isWords: true)
        }
        if w == "half", let article = word(i + 1), article == "a" || article == "an" {
            return NumberRead(value: 0.5, end: i + 2, isWords: true)
        }
        var value: Double
        var end = i + 1
        if let one = Lexicon.ones[w] {
            value = one
        } else if let ten = Lexicon.tens[w] {
            value = ten
            if symbol(end) == .hyphen, attached(end), let unit = word(end + 1), attached(end + 1), let one = Lexicon.ones[unit], one < 10 {
                value += one
                end += 2
            } else if let unit = word(end), let one = Lexicon.ones[unit], one > 0, one < 10 {
                value += one
                end += 1
            }
        } else {
            return nil
        }
        // "two hundred thousand": at most two scales.
        var scales = 0
        while scales < 2, let next = word(end), let scale = Lexicon.scales[next] {
            value *= scale
            end += 1
            scales += 1
        }
        return NumberRead(value: value, end: end, isWords: true)
    }

    /// Reasons before a number that make it an identifier, a date or a frequency.
    func identifierBefore(_ i: Int, _ number: NumberRead) -> Outcome? {
        let isDigits = tokens[i].number != nil
        // "a day" is a value after "within", "in", "takes"...; after anything else ("tickets a
        // week", "hours a day", "twice a month") it is a frequency or not a value at all.
        if number.isArticle, i > 0 {
            if let before = word(i - 1), !Lexicon.articleValueLead.contains(before) { return .skip(next: skipUnit(number.end)) }
            if tokens[i - 1].number != nil { return .skip(next: skipUnit(number.end)) }
        }
        if isDigits, attached(i), i > 0 {
            if word(i - 1) != nil { return .skip(next: number.end) } // "X200", "v2"
            if symbol(i - 1) == .hash || symbol(i - 1) == .plus { return .skip(next: phoneEnd(from: i)) }
        }
        if isDigits, symbol(i - 1) == .openParen, symbol(number.end) == .closeParen, number.digitCount == 3 {
            return .skip(next: phoneEnd(from: number.end + 1))
        }
        if let before = word(i - 1) {
            if isDigits {
                let year = number.digitCount == 4 && number.value >= 1900 && number.value <= 2100
                if before == "since" || Lexicon.monthNames.contains(before) && before != "may" {
                    return .skip(next: number.end)
                }
                if Lexicon.identifierWords.contains(before), !Lexicon.yearOnlyWords.contains(before) || year {
                    return .skip(next: skipFrequencyTail(skipUnit(number.end)))
                }
            }
            if Lexicon.frequencyLead.contains(before) { return .skip(next: skipUnit(number.end)) }
        }
        return nil
    }

    /// "9am", "9 pm", "9 a.m."
    func isClockSuffix(_ i: Int) -> Bool {
        if let w = word(i), w == "am" || w == "pm" { return true }
        if let w = word(i), w == "a" || w == "p", symbol(i + 1) == .period, attached(i + 1), word(i + 2) == "m", attached(i + 2) {
            return symbol(i + 3) == .period
        }
        return false
    }

    /// After a time of day, skip a "-5pm" or "to 5 pm" that closes its range.
    func skipTimeRange(from i: Int) -> Outcome {
        var j = i
        if symbol(j) == .period { j += 1 }
        if symbol(j) == .hyphen || symbol(j) == .dash || word(j) == "to", number(j + 1) != nil {
            j += 2
            if symbol(j) == .colon, number(j + 1) != nil { j += 2 }
            if let w = word(j), w == "am" || w == "pm" { j += 1 } else if isClockSuffix(j) { j += 4 }
        }
        return .skip(next: j)
    }

    /// Three or more digit groups joined by hyphens, dots or spaces-with-brackets: a phone number.
    func isPhone(from i: Int) -> Bool {
        var groups = 1
        var j = i + 1
        while j + 1 < tokens.count, symbol(j) == .hyphen || symbol(j) == .period, attached(j), number(j + 1) != nil, attached(j + 1) {
            groups += 1
            j += 2
        }
        return groups >= 3
    }

    func phoneEnd(from i: Int) -> Int {
        var j = i
        while j < tokens.count, number(j) != nil || ((symbol(j) == .hyphen || symbol(j) == .period || symbol(j) == .closeParen) && number(j + 1) != nil) {
            j += 1
        }
        return max(j, i + 1)
    }

    /// A unit word and what hangs off it, so that "20+ years" or "every 3 days" are skipped whole.
    func skipUnit(_ i: Int) -> Int {
        var j = i
        if symbol(j) == .hyphen { j += 1 }
        if let w = word(j), w == "business" || w == "working" || w == "calendar" { j += 1 }
        if let w = word(j), Lexicon.timeUnits[w] != nil { return j + 1 }
        return i
    }

    /// "a week", "per month", "/day" after a duration or "times".
    func skipFrequencyTail(_ i: Int) -> Int {
        if let w = word(i), Lexicon.frequencyJoin.contains(w), let unit = word(i + 1), Lexicon.timeUnits[unit] != nil { return i + 2 }
        if symbol(i) == .slash, let unit = word(i + 1), Lexicon.timeUnits[unit] != nil { return i + 2 }
        return i
    }

    func readRangeEnd(after first: NumberRead, start: Int) -> NumberRead? {
        guard !first.isArticle else {
            return nil
        }
        let j = first.end
        let connector: Bool
        switch (symbol(j), word(j)) {
        case (.hyphen?, _), (.dash?, _): connector = true
        case (_, "to"?): connector = true
        case (_, "or"?): connector = true
        case (_, "and"?): connector = word(start - 1) == "between"
        default: connector = false
        }
        guard connector else { return nil }
        var k = j + 1
        if symbol(k) == .dollar || symbol(k) == .euro || symbol(k) == .pound { k += 1 }
        guard k < tokens.count, var second = readNumber(at: k), !second.isArticle else { return nil }
        // "60-day" is an adjective, not a range; "1-800-555" is a phone number.
        if symbol(second.end) == .hyphen, attached(second.end), number(second.end + 1) != nil { return nil }
        if first.scaled, !second.scaled, second.value < first.value { second.value *= first.value / tokenValue(first) }
        return second
    }

    /// The number of a read before its scale ("50" of "$50k").
    func tokenValue(_ read: NumberRead) -> Double {
        var i = read.end - 1
        while i >= 0, tokens[i].number == nil { i -= 1 }
        return i >= 0 ? (tokens[i].number ?? 1) : 1
    }

    // MARK: - Units

    func readUnit(start: Int, low: NumberRead, high: Double, at end: Int) -> Outcome? {
        var j = end
        // "60-day", "24-hour", "5-business-day"
        let hyphenated = symbol(j) == .hyphen && attached(j) && attached(j + 1) && word(j + 1) != nil
        if hyphenated { j += 1 }
        guard let unitWord = word(j) else {
            if symbol(j) == .percent, !low.isArticle { return percent(start, low.value, high, j + 1) }
            return low.isArticle ? nil : .skip(next: j)
        }
        if (unitWord == "percent" || unitWord == "pct") && !low.isArticle { return percent(start, low.value, high, j + 1) }
        if unitWord == "per", word(j + 1) == "cent", !low.isArticle { return percent(start, low.value, high, j + 2) }

        // Business days and calendar days.
        var business = false
        var k = j
        if unitWord == "business" || unitWord == "working" {
            var next = k + 1
            if symbol(next) == .hyphen { next += 1 }
            guard let day = word(next), day == "day" || day == "days" else { return low.isArticle ? nil : .skip(next: k + 1) }
            business = true
            k = next
        } else if unitWord == "calendar", let day = word(k + 1), day == "day" || day == "days" {
            k += 1
        }
        if let unitName = word(k), let unit = Lexicon.timeUnits[unitName] {
            if Lexicon.attachedOnlyUnits.contains(unitName), !(attached(k) && tokens[k - 1].number != nil) {
                return low.isArticle ? nil : .skip(next: k)
            }
            return duration(start: start, low: low, high: high, unit: unit, business: business, unitEnd: k + 1)
        }
        if low.isArticle { return nil }
        if let code = Lexicon.currencyCodes[unitWord] ?? Lexicon.currencyNames[unitWord] {
            return moneyTail(start: start, low: low.value, high: high, currency: code, at: j + 1)
        }
        if unitWord == "times" || unitWord == "x" { return .skip(next: skipFrequencyTail(j + 1)) }
        // A plain count: "5 seats". A year-like number or a spelt "one" counts nothing by itself.
        let yearLike = low.digitCount == 4 && low.value >= 1900 && low.value <= 2100
        guard !yearLike, !Lexicon.notCountable.contains(unitWord),
              unitWord.utf8.count >= 2, unitWord.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              Lexicon.monthNames.contains(unitWord) == false else { return .skip(next: j) }
        let (written, range) = text(start, j + 1)
        let quantity = Quantity(dimension: .count, low: low.value, high: high, unit: singular(unitWord), text: written)
        return .quantity(ReadQuantity(quantity: quantity, range: range), next: j + 1)
    }

    func singular(_ noun: String) -> String {
        if noun.hasSuffix("ies"), noun.count > 4 { return String(noun.dropLast(3)) + "y" }
        if noun.hasSuffix("s"), !noun.hasSuffix("ss"), noun.count > 3 { return String(noun.dropLast()) }
        return noun
    }

    func percent(_ start: Int, _ low: Double, _ high: Double, _ end: Int) -> Outcome {
        let (written, range) = text(start, end)
        let discount = word(end) == "off"
        return .quantity(ReadQuantity(quantity: Quantity(dimension: .percent, low: low, high: high, text: written), range: range, isDiscount: discount), next: end)
    }

    func duration(start: Int, low: NumberRead, high: Double, unit: QuantityLexicon.TimeUnit, business: Bool, unitEnd: Int) -> Outcome {
        // "a day or two": a range written after the unit.
        var high = high
        var end = unitEnd
        if low.isArticle || low.value == high, word(end) == "or", let second = readNumber(at: end + 1), !second.isArticle,
           word(second.end).flatMap({ Lexicon.timeUnits[$0] }) == nil, second.value > low.value {
            high = second.value
            end = second.end
        }
        // Frequencies: "7 days a week", "24 hours/day". "24 hours a day" (", 7 days a week") is
        // round the clock: the same claim as "24/7".
        let tail = skipFrequencyTail(unitEnd)
        if tail != unitEnd {
            if unit == .hour, low.value == 24, high == 24, !business, word(tail - 1) == "day" {
                var last = tail
                var k = tail
                if symbol(k) == .comma { k += 1 }
                if word(k) == "and" { k += 1 }
                if number(k) == 7 || word(k) == "seven", word(k + 1) == "days" {
                    let weekly = skipFrequencyTail(k + 2)
                    if weekly != k + 2, word(weekly - 1) == "week" { last = weekly }
                }
                return always(start, last)
            }
            return .skip(next: tail)
        }
        if isHistory(start: start, unit: unit, unitEnd: unitEnd, business: business) { return .skip(next: unitEnd) }
        let (written, range) = text(start, end)
        // "2 months free": an offer of free time, not a window or a delay.
        let offered = word(end) == "free" || word(end) == "off"
        let quantity: Quantity
        if business {
            quantity = Quantity(dimension: .duration, low: low.value, high: high, isBusinessDays: true, text: written)
        } else {
            quantity = Quantity(dimension: .duration, low: low.value * unit.minutes, high: high * unit.minutes,
                                isCalendarApproximate: unit == .month || unit == .year, text: written)
        }
        return .quantity(ReadQuantity(quantity: quantity, range: range, isDiscount: offered), next: end)
    }

    /// "for 20 years" (after "have"), "over the past 5 years", "20 years ago", "20 years of".
    func isHistory(start: Int, unit: QuantityLexicon.TimeUnit, unitEnd: Int, business: Bool) -> Bool {
        guard !business else { return false }
        if let after = word(unitEnd) {
            if Lexicon.historyTail.contains(after) { return true }
            if after == "of", unit == .year { return true }
            if after == "and", word(unitEnd + 1) == "counting" { return true }
        }
        // "the past 10 years", "over the last decade"; not "returns last one month".
        var i = start - 1
        var looked = 0
        while i >= 1, looked < 3, let before = word(i) {
            if Lexicon.historyLead.contains(before), let article = word(i - 1), article == "the" || article == "these" { return true }
            i -= 1
            looked += 1
        }
        if unit == .year || unit == .month, speaksOfPast, let before = word(start - 1) {
            if ["for", "over", "than", "nearly", "almost", "about", "in"].contains(before) { return true }
        }
        return false
    }

    // MARK: - Money

    func readMoney(start: Int, numberAt: Int, currency: String) -> Outcome? {
        guard let first = readNumber(at: numberAt) else { return nil }
        var high = first.value
        var end = first.end
        if let second = readRangeEnd(after: first, start: start) {
            high = second.value
            end = second.end
        }
        return moneyTail(start: start, low: first.value, high: high, currency: currency, at: end)
    }

    /// What follows money: a period ("/month", "a year", "annually", "in annual spend"), a per-unit
    /// ("per user"), or "off".
    func moneyTail(start: Int, low: Double, high: Double, currency: String, at end: Int) -> Outcome {
        var j = end
        var perYear: Double?
        var unit: String?
        for _ in 0..<2 {
            if let period = period(at: j) {
                perYear = period.perYear
                j = period.end
            } else if symbol(j) == .slash || word(j) == "per", let noun = word(j + 1),
                      !Lexicon.notCountable.contains(noun), unit == nil {
                unit = singular(noun)
                j += 2
            }
        }
        let discount = word(j) == "off"
        let difference = word(j) == "more" || word(j) == "extra" || word(j) == "away"
        // "annual spend above $20,000": the period is written before the amount.
        if perYear == nil, unit == nil {
            var k = start - 1
            while k >= max(0, start - 4), let before = word(k) {
                if let period = Lexicon.periodAdverbs[before] {
                    perYear = period.perYear
                    break
                }
                k -= 1
            }
        }
        let (written, range) = text(start, j)
        let quantity = Quantity(
            dimension: perYear == nil ? .money : .moneyRate,
            low: low * (perYear ?? 1), high: high * (perYear ?? 1), currency: currency, unit: unit, text: written)
        return .quantity(ReadQuantity(quantity: quantity, range: range, isDiscount: discount, isDifference: difference), next: j)
    }

    func period(at j: Int) -> (perYear: Double, end: Int)? {
        if symbol(j) == .slash || word(j) == "per" || word(j) == "a" || word(j) == "an" || word(j) == "each" || word(j) == "every" {
            if let w = word(j + 1), let unit = Lexicon.timeUnits[w] { return (unit.perYear, j + 2) }
            if word(j + 1) == "annum" { return (1, j + 2) }
            return nil
        }
        if let w = word(j), let unit = Lexicon.periodAdverbs[w] {
            return (unit.perYear, j + 1 + (word(j + 1) == "spend" || word(j + 1) == "spending" ? 1 : 0))
        }
        if word(j) == "in", let w = word(j + 1), let unit = Lexicon.periodAdverbs[w] {
            return (unit.perYear, j + 2 + (word(j + 2) == "spend" || word(j + 2) == "spending" ? 1 : 0))
        }
        return nil
    }
}
