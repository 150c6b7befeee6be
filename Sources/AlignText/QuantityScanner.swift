struct QuantityScanner {
    typealias Lexicon = QuantityLexicon
    let bytes: [UInt8]
    let tokens: [QuantityToken]
    /// Whether the sentence speaks in the perfect or of the past ("have", "been", "since"):
    /// then "for 20 years" is a history.
    /// Asked only of a duration in months or years, so looked for only then.
    var speaksOfPast: Bool {
        tokens.contains { token in
            guard let word = token.word else { return false }
            return Lexicon.perfectMarkers.contains(word) || word.hasSuffix("'ve")
        }
    }

    /// Whether dates are values ("April 20, 2025"); else they are passed over as any date was.
    let readsDates: Bool

    init(bytes: [UInt8], readsDates: Bool = false) {
        self.bytes = bytes
        self.tokens = QuantityTokenizer.tokens(bytes)
        self.readsDates = readsDates
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
        // Most sentences have no number: say so in one pass, without the per-token lookups.
        guard tokens.contains(where: Self.mayBeginQuantity) else { return found }
        var i = 0
        while i < tokens.count {
            // Most tokens cannot begin a value (`readAt` would find nothing): passed over unread.
            guard Self.mayStartQuantity(tokens[i]) || readsDates && namesMonthBeforeNumber(i) else {
                i += 1
                continue
            }
            switch readAt(i) {
            case .quantity(var quantity, var next)?:
                // "an extra 5%", "another 2 days": an increment, not a level.
                if let before = word(i - 1), Lexicon.incrementWords.contains(before) { quantity.isDifference = true }
                if isChangedBy(before: i) { quantity.isDifference = true }
                if let bound = boundBefore(i) {
                    if isStrictComparison(before: i) { quantity.quantity.bound(excluding: bound) } else { quantity.quantity.bound = bound }
                    quantity.quantity.text = text(boundStart(before: i), next).0
                }
                // "between 2 and 32 characters" is quoted whole: "2 and 32" alone reads as two values.
                if word(i - 1) == "between", quantity.quantity.low < quantity.quantity.high {
                    quantity.quantity.text = text(i - 1, next).0
                }
                quantity.threshold = threshold(before: i)
                if let (bound, end) = boundAfter(next) {
                    quantity.quantity.bound = bound
                    quantity.quantity.text += String(decoding: bytes[tokens[next - 1].range.upperBound..<tokens[end - 1].range.upperBound], as: UTF8.self)
                    // "24 hours or less" after "in" or "within" is a deadline.
                    if !Lexicon.deadlineBefore.contains(word(i - 1) ?? "") { quantity.threshold = bound }
                    next = end
                }
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

    /// Whether a value can be read with this token: every value has digits, a number word, or
    /// (after "a", "an", "next") a unit of time.
    static func mayBeginQuantity(_ token: QuantityToken) -> Bool {
        if token.number != nil { return true }
        guard let word = token.word else { return false }
        return Lexicon.quantityWords.contains(word)
    }

    /// Whether `readAt` can find a value starting at this token: digits, a currency sign or code
    /// before them, a number word, an article or "half" ("a day", "half a day"), or "next".
    static func mayStartQuantity(_ token: QuantityToken) -> Bool {
        switch token.kind {
        case .number: true
        case .symbol(let symbol): symbol == .dollar || symbol == .euro || symbol == .pound
        case .word(let word): Lexicon.startWords.contains(word)
        }
    }

    /// "extend their timeout by up to 60 minutes", "increased by 10%": after "by" (or "by up
    /// to"), with a verb of change a few words before, a value is how much something changes.
    func isChangedBy(before i: Int) -> Bool {
        guard let before = word(i - 1), before == "to" || before == "by" else { return false }
        var by = i - 1
        if before == "to" {
            guard word(by - 1) == "up", word(by - 2) == "by" else { return false }
            by -= 2
        }
        // Brackets between are passed over: "extend it (by up to an hour)".
        return (1...5).contains { back in word(by - back).map(Lexicon.changeVerbs.contains) ?? false }
    }

    /// "at least", "a minimum of", "more than" (a floor); "at most", "up to", "no more than", "a
    /// maximum of" (a ceiling), just before the number at `i`.
    func boundBefore(_ i: Int) -> Quantity.Bound? {
        if let sign = comparisonSign(before: i) { return sign }
        guard let before = word(i - 1) else { return nil }
        switch before {
        case "least": return word(i - 2) == "at" ? .atLeast : nil
        case "most": return word(i - 2) == "at" ? .atMost : nil
        case "to": return word(i - 2) == "up" ? .atMost : nil
        case "minimum", "min": return .atLeast
        case "maximum", "max": return .atMost
        case "of":
            if word(i - 2) == "minimum" { return .atLeast }
            return word(i - 2) == "maximum" ? .atMost : nil
        case "than":
            guard let comparison = word(i - 2) else { return nil }
            // "no more than", "not more than", "cannot be more than", "must not be longer than".
            let negated = isNegatedComparison(before: i - 2)
            if Lexicon.floorAfter.contains(comparison) { return negated ? .atMost : .atLeast }
            if Lexicon.ceilingAfter.contains(comparison) { return negated ? .atLeast : .atMost }
            return nil
        case "exceed":
            // "must not exceed 3MB", "cannot exceed 30 days": a ceiling.
            return isNegation(word(i - 2)) ? .atMost : nil
        default: return nil
        }
    }

    /// Where the words of a bound before the number at `i` begin ("a minimum of", "no more
    /// than", "<"), so that a finding quotes the value as the sentence bounds it.
    func boundStart(before i: Int) -> Int {
        var start = i
        while start > max(0, i - 4), word(start - 1).map(Lexicon.boundWords.contains) ?? (comparisonSign(before: start) != nil) {
            start -= 1
        }
        return start
    }

    /// The threshold a comparison just before the number at `i` makes of it: "more than", "over",
    /// "above" (a floor); "less than", "under", "below" (a ceiling). Not a negated one ("no more
    /// than" states a ceiling) nor a deadline ("in less than an hour", "in under a day").
    func threshold(before i: Int) -> Quantity.Bound? {
        if let sign = comparisonSign(before: i) { return sign }
        guard let before = word(i - 1) else { return nil }
        var comparison = before, lead = i - 2
        if before == "than" {
            guard let compared = word(i - 2) else { return nil }
            comparison = compared
            lead = i - 3
            if isNegatedComparison(before: i - 2) { return nil }
            // "runs backups more often than once per day": a frequency compared.
            if Lexicon.oftenWords.contains(compared), let degree = word(i - 3), !isNegation(word(i - 4)) {
                if degree == "more" { return .atLeast }
                if degree == "less" { return .atMost }
            }
        }
        if Lexicon.deadlineBefore.contains(word(lead) ?? "") { return nil }
        // "Burstable concurrencies are available starting from 10 concurrencies": where something begins.
        if (comparison == "from" || comparison == "at"), word(lead) == "starting" { return .atLeast }
        // "When the job logs exceed 100MB, they are compressed"; "must not exceed" is a ceiling (`bound`).
        if Lexicon.floorAfter.contains(comparison) || Lexicon.exceedWords.contains(comparison) && !isNegation(word(lead)) { return .atLeast }
        if Lexicon.ceilingAfter.contains(comparison) { return .atMost }
        return nil
    }

    /// The bound a sign just before the number at `i` gives it, as "less than" and "more than"
    /// do: "< 99.9%", ">= 99.0%" (a credit table's tiers).
    private func comparisonSign(before i: Int) -> Quantity.Bound? {
        switch symbol(i - 1) {
        case .lessThan?: .atMost
        case .greaterThan?: .atLeast
        default: nil
        }
    }

    /// Whether the bound before the number at `i` leaves the number out: "less than", "fewer
    /// than", "more than", "greater than", not negated ("no more than" keeps it).
    private func isStrictComparison(before i: Int) -> Bool {
        guard word(i - 1) == "than", let comparison = word(i - 2), !isNegatedComparison(before: i - 2) else { return false }
        return ["less", "fewer", "more", "greater"].contains(comparison)
    }

    /// Whether the comparison word at `i` ("more" of "more than") is negated: "no more than",
    /// "cannot be more than", "cannot accrue more than" (a verb between).
    private func isNegatedComparison(before i: Int) -> Bool {
        isNegation(word(i - 1)) || (word(i - 1) != nil && isNegation(word(i - 2)))
    }

    private func isNegation(_ word: String?) -> Bool {
        guard let word else { return false }
        return ["no", "not", "never", "cannot", "can't", "won't", "mustn't", "shouldn't", "don't", "doesn't"].contains(word)
    }

    /// "or more", "or less", "minimum" just after a value ending before token `next`, and the
    /// token after them.
    func boundAfter(_ next: Int) -> (Quantity.Bound, Int)? {
        guard let after = word(next) else { return nil }
        if after == "or", let comparison = word(next + 1) {
            if Lexicon.floorAfter.contains(comparison) { return (.atLeast, next + 2) }
            if Lexicon.ceilingAfter.contains(comparison) { return (.atMost, next + 2) }
            return nil
        }
        if after == "minimum" { return (.atLeast, next + 1) }
        if after == "maximum" || after == "max" { return (.atMost, next + 1) }
        return nil
    }

    /// A period: "monthly", "every 3 months", "every other week", "once a month", "twice a
    /// year"; and "indefinitely", "forever".
    func readPeriod(at i: Int) -> Outcome? {
        guard let w = word(i) else { return nil }
        if let named = Lexicon.periodWords[w] {
            // "bi-weekly", "semi-annual": a prefix the hyphen writes apart changes the period.
            // "bi-monthly" and "bi-annually" each mean two things (every two, twice every): none.
            if symbol(i - 1) == .hyphen, attached(i - 1), attached(i), let prefix = word(i - 2) {
                if prefix == "semi" { return period(i - 2, i + 1, count: named.count, unit: named.unit, per: 2) }
                if prefix == "bi" {
                    return named.unit == .week ? period(i - 2, i + 1, count: 2, unit: .week, per: 1) : .skip(next: i + 1)
                }
            }
            return period(i, i + 1, count: named.count, unit: named.unit, per: 1)
        }
        if Lexicon.indefiniteWords.contains(w) {
            // "takes forever to synchronize": a long time, said as a complaint, not a duration.
            if w == "forever", let before = word(i - 1), Lexicon.takeWords.contains(before) { return .skip(next: i + 1) }
            // "a Free Forever Developer plan": a word of a name. "does not retain event data
            // forever": a limited time, not an indefinite one.
            if isCapitalised(i), i > 0, isCapitalised(i - 1) { return .skip(next: i + 1) }
            if isDenied(before: i) { return .skip(next: i + 1) }
            let (written, range) = text(i, i + 1)
            return .quantity(ReadQuantity(quantity: .indefinite(text: written), range: range), next: i + 1)
        }
        if w == "every" || w == "each" {
            var j = i + 1
            var count = 1.0
            var highCount: Double?
            if word(j) == "other" {
                count = 2
                j += 1
            } else if tokens.indices.contains(j), let number = readNumber(at: j), !number.isArticle {
                count = number.value
                j = number.end
                // "every 3-6 months": a period between two.
                if let second = readRangeEnd(after: number, start: i + 1) {
                    highCount = second.value
                    j = second.end
                }
            }
            guard let unitName = word(j), let unit = Lexicon.timeUnits[unitName], !Lexicon.attachedOnlyUnits.contains(unitName) else { return nil }
            return period(i, j + 1, count: count, highCount: highCount, unit: unit, per: 1)
        }
        if let times = Lexicon.timesWords[w], let join = word(i + 1), Lexicon.frequencyJoin.contains(join),
           let unitName = word(i + 2), let unit = Lexicon.timeUnits[unitName] {
            return period(i, i + 3, count: 1, unit: unit, per: times)
        }
        // "twice daily", "once weekly": the adverb names the unit.
        if let times = Lexicon.timesWords[w], let adverb = word(i + 1), let unit = Lexicon.periodAdverbs[adverb] {
            return period(i, i + 2, count: 1, unit: unit, per: times)
        }
        return nil
    }

    /// A period of `count` `unit`s shared among `per` times, written from token `from` to `to`.
    func period(_ from: Int, _ to: Int, count: Double, highCount: Double? = nil, unit: QuantityLexicon.TimeUnit, per: Double) -> Outcome? {
        guard count > 0, per > 0 else { return .skip(next: to) }
        let (written, range) = text(from, to)
        let minutes = count * unit.minutes / per
        let quantity = Quantity(dimension: .period, low: minutes, high: (highCount ?? count) * unit.minutes / per,
                                isCalendarApproximate: unit == .month || unit == .year, text: written)
        return .quantity(ReadQuantity(quantity: quantity, range: range), next: to)
    }

    /// "the next business day" is one business day; "the next day" is one calendar day.
    func readNextDay(at i: Int) -> Outcome? {
        guard word(i) == "next" else { return nil }
        let business = word(i + 1) == "business" || word(i + 1) == "working"
        let dayAt = business ? i + 2 : i + 1
        guard let day = word(dayAt), day == "day" else { return nil }
        let (written, range) = text(i, dayAt + 1)
        let quantity = business
            ? Quantity(dimension: .duration, low: 1, high: 1, isBusinessDays: true, text: written)
            : Quantity(dimension: .duration, low: Quantity.minutesPerDay, high: Quantity.minutesPerDay, text: written)
        return .quantity(ReadQuantity(quantity: quantity, range: range), next: dayAt + 1)
    }

    // MARK: - Token helpers

    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].word : nil }
    func symbol(_ i: Int) -> QuantityToken.Symbol? { i >= 0 && i < tokens.count ? tokens[i].symbol : nil }
    func number(_ i: Int) -> Double? { i >= 0 && i < tokens.count ? tokens[i].number : nil }
    func attached(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// Whether token `i` is a word written with a capital.
    func isCapitalised(_ i: Int) -> Bool {
        guard word(i) != nil, tokens[i].range.lowerBound < bytes.count else { return false }
        let first = bytes[tokens[i].range.lowerBound]
        return first >= 0x41 && first <= 0x5A
    }

    /// Whether a negation stands among the few words before token `i`, with no punctuation between.
    func isDenied(before i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 6), let w = word(k) {
            if Lexicon.negations.contains(w) { return true }
            k -= 1
        }
        return false
    }

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
        if let nextDay = readNextDay(at: i) { return nextDay }
        if readsDates, let date = readMonthFirstDate(at: i) { return date }
        if token.word != nil, let period = readPeriod(at: i) { return period }
        if token.number != nil, let clock = readClock(at: i) { return clock }
        if let w = token.word, Lexicon.noonWords.contains(w) { return timeOfDay(12 * 60, from: i, to: i + 1) }
        guard let first = readNumber(at: i) else { return nil }
        if let reason = identifierBefore(i, first) { return reason }
        var end = first.end
        if readsDates, token.number != nil, let date = readISODate(start: i, year: first.value, at: end) { return date }
        let isDay = readsDates && token.number != nil && tokens[i].digitCount <= 2 && !first.isArticle
        // Digits glued to letters that are not a unit or scale: a model number ("200X", "5G").
        if token.number != nil, attached(end), let glued = word(end) {
            if Lexicon.ordinalSuffixes.contains(glued) {
                if isDay, let date = readDayFirstDate(start: i, day: Int(first.value), monthAt: end + 1) { return date }
                return .skip(next: end + 1)
            }
            if glued == "am" || glued == "pm" { return skipTimeRange(from: end + 1) }
            if glued == "x", first.value == 24, number(end + 1) == 7, attached(end + 1) {
                return always(i, end + 2)
            }
            if glued == "x" { return timesPer(start: i, low: first.value, high: first.value, at: end) }
            if Lexicon.timeUnits[glued] == nil, Lexicon.dataSizes[glued] == nil, glued != "business" { return .skip(next: end + 1) }
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
        if isDay, let date = readDayFirstDate(start: i, day: Int(first.value), monthAt: end) { return date }
        if let month = word(end), Lexicon.monthNames.contains(month), !first.isArticle, month != "may" { return .skip(next: end + 1) }
        if isPhone(from: i) { return .skip(next: phoneEnd(from: i)) }
        if first.value == 24, !first.isWords, symbol(end) == .hyphen || symbol(end) == .times,
           number(end + 1) == 7, attached(end), attached(end + 1) {
            return always(i, end + 2)
        }
        if first.value == 24, word(end) == "x", number(end + 1) == 7 { return always(i, end + 2) }
        // "zero-day vulnerabilities", "a 0-day exploit": a kind of flaw, not a duration.
        if first.value == 0, let day = [end, end + 1].first(where: { word($0) == "day" && ($0 == end || symbol(end) == .hyphen) }),
           let kind = word(day + 1), Lexicon.zeroDayNouns.contains(kind) {
            return .skip(next: day + 1)
        }
        // "24 hour online support", "a 24-hour helpline": the hours a service is open, as "24/7" says.
        if first.value == 24, !first.isWords, let hour = [end, end + 1].first(where: { word($0) == "hour" && ($0 == end || symbol(end) == .hyphen) }),
           isCoverage(after: hour) {
            return always(i, hour + 1)
        }

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

    /// Whether a service that is open (support, a helpline) is named within three words after
    /// token `hour`, with only words between.
    func isCoverage(after hour: Int) -> Bool {
        for k in (hour + 1)...(hour + 3) {
            guard let w = word(k) else { return false }
            if Lexicon.coverageNouns.contains(w) { return true }
        }
        return false
    }

    func always(_ from: Int, _ to: Int) -> Outcome {
        let (written, range) = text(from, to)
        return .quantity(ReadQuantity(quantity: Quantity(dimension: .always, low: 1, high: 1, text: written), range: range), next: to)
    }

    /// Digits (with "k"/"M" glued on, or "thousand" after), number words ("twenty-four"), or an
    /// article.
    func readNumber(at i: Int) -> NumberRead? {
        // Callers look one token past a unit ("24h or" ends the text): no number there.
        guard i >= 0 && i < tokens.count else { return nil }
        let token = tokens[i]
        if let value = token.number {
            // "2.0.1" is a version; sixteen digits and more, or a leading zero ("0100"), make an
            // identifier, not a value.
            if token.isDotted || token.digitCount > 15 { return nil }
            if token.digitCount > 1, bytes[token.range.lowerBound] == 0x30, value >= 1 { return nil }
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

    /// A time of day: "15:00", "3:30PM", "3pm", "9 a.m."; nil for any other shape. A range of
    /// them ("9am-5pm", "9:00 to 17:00") is a schedule, not a time: passed over.
    func readClock(at i: Int) -> Outcome? {
        guard let hour = tokens[i].number, tokens[i].digitCount <= 2, !tokens[i].isDotted else { return nil }
        var j = i + 1
        var minute = 0.0
        var hasMinutes = false
        if symbol(j) == .colon, attached(j), tokens.indices.contains(j + 1), let value = tokens[j + 1].number, attached(j + 1) {
            guard tokens[j + 1].digitCount == 2, value < 60 else { return nil }
            (minute, hasMinutes) = (value, true)
            j += 2
        }
        var isAfternoon: Bool?
        if let w = word(j), w == "am" || w == "pm" {
            isAfternoon = w == "pm"
            j += 1
        } else if isClockSuffix(j) {
            isAfternoon = word(j) == "p"
            j += 4
        }
        guard hasMinutes || isAfternoon != nil else { return nil }
        if isTimeRange(from: j) { return skipTimeRange(from: j) }
        let minutes: Double
        if let isAfternoon {
            guard hour >= 1, hour <= 12 else { return .skip(next: j) }
            minutes = (hour.truncatingRemainder(dividingBy: 12) + (isAfternoon ? 12 : 0)) * 60 + minute
        } else {
            guard hour <= 23 else { return .skip(next: j) }
            minutes = hour * 60 + minute
        }
        return timeOfDay(minutes, from: i, to: j)
    }

    /// The time `minutes` after midnight, written from token `from` to `to`.
    func timeOfDay(_ minutes: Double, from: Int, to: Int) -> Outcome {
        let (written, range) = text(from, to)
        return .quantity(ReadQuantity(quantity: Quantity(dimension: .timeOfDay, low: minutes, high: minutes, text: written), range: range), next: to)
    }

    /// Whether a time of day that ends before token `i` opens a range: "-5pm", "to 17:00".
    func isTimeRange(from i: Int) -> Bool {
        let j = symbol(i) == .period ? i + 1 : i
        return (symbol(j) == .hyphen || symbol(j) == .dash || word(j) == "to") && number(j + 1) != nil
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
        var j = symbol(i) == .period ? i + 1 : i
        if isTimeRange(from: i) {
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
        // "555-100" runs backwards: a reference, not a range.
        if second.value < first.value { return nil }
        return second
    }

    /// The number of a read before its scale ("50" of "$50k").
    func tokenValue(_ read: NumberRead) -> Double {
        var i = read.end - 1
        while i >= 0, tokens[i].number == nil { i -= 1 }
        return i >= 0 ? (tokens[i].number ?? 1) : 1
    }
}
