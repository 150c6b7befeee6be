/// Units after a number: percentages, durations (with frequencies and histories left out),
/// currencies, data sizes (counted in bytes) and plain counts.
extension QuantityScanner {
    func readUnit(start: Int, low: NumberRead, high: Double, at end: Int) -> Outcome? {
        var j = end
        // "60-day", "24-hour", "5-business-day"
        let hyphenated = symbol(j) == .hyphen && attached(j) && attached(j + 1) && word(j + 1) != nil
        if hyphenated {
            // "25 4-hour days", "four 8-hour days": a count of things, each so long; the length
            // alone is no value of what is counted.
            if isCounted(start) { return .skip(next: j + 2) }
            j += 1
        }
        guard let unitWord = word(j) else {
            if symbol(j) == .percent, !low.isArticle { return percent(start, low.value, high, j + 1) }
            // "70 €", "75$": a currency sign after the amount.
            if !low.isArticle, !hyphenated, let sign = symbol(j) {
                let code: String? = sign == .euro ? "EUR" : sign == .dollar ? "USD" : sign == .pound ? "GBP" : nil
                if let code, number(j + 1) == nil { return moneyTail(start: start, low: low.value, high: high, currency: code, at: j + 1) }
            }
            return low.isArticle ? nil : .skip(next: j)
        }
        if (unitWord == "percent" || unitWord == "pct") && !low.isArticle { return percent(start, low.value, high, j + 1) }
        if unitWord == "per", word(j + 1) == "cent", !low.isArticle { return percent(start, low.value, high, j + 2) }
        // "5 per second" in a column headed "Rate Limit": a rate of what the sentence is about.
        if unitWord == "per", !low.isArticle, let rate = countPeriod(at: j) {
            let (written, range) = text(start, rate.end)
            let quantity = Quantity(dimension: .countRate, low: low.value * rate.perYear, high: high * rate.perYear, text: written)
            return .quantity(ReadQuantity(quantity: quantity, range: range), next: rate.end)
        }

        // Business days and calendar days.
        var business = false
        var k = j
        if unitWord == "business" || unitWord == "working" {
            var next = k + 1
            if symbol(next) == .hyphen { next += 1 }
            if let hour = word(next), hour == "hour" || hour == "hours" || hour == "hrs" {
                // Business hours count in business days of eight hours: never in calendar hours.
                let (written, range) = text(start, next + 1)
                let perDay = Quantity.businessHoursPerDay
                let quantity = Quantity(dimension: .duration, low: low.value / perDay, high: high / perDay, isBusinessDays: true, text: written)
                return .quantity(ReadQuantity(quantity: quantity, range: range), next: next + 1)
            }
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
        if unitWord == "times" || unitWord == "x" { return timesPer(start: start, low: low.value, high: high, at: j) }
        if let bytes = Lexicon.dataSizes[unitWord] {
            let (written, range) = text(start, j + 1)
            let quantity = Quantity(dimension: .count, low: low.value * bytes, high: high * bytes, unit: "byte", text: written)
            return .quantity(ReadQuantity(quantity: quantity, range: range), next: j + 1)
        }
        // A plain count: "5 seats". A year-like number or a spelt "one" counts nothing by itself;
        // a year is never written with a thousands separator ("2,000 contacts" is a count).
        let yearLike = low.digitCount == 4 && tokens[start].range.count == 4 && low.value >= 1900 && low.value <= 2100
        guard !yearLike, !Lexicon.notCountable.contains(unitWord),
              unitWord.utf8.count >= 2, unitWord.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              Lexicon.monthNames.contains(unitWord) == false else { return .skip(next: j) }
        // "100 emails/day", "2,000 emails per month", "3 backups a day": a rate, kept per year.
        let rate = countPeriod(at: j + 1)
        let (written, range) = text(start, rate?.end ?? j + 1)
        let perYear = rate?.perYear ?? 1
        let quantity = Quantity(dimension: rate == nil ? .count : .countRate, low: low.value * perYear, high: high * perYear,
                                unit: singular(unitWord), text: written)
        return .quantity(ReadQuantity(quantity: quantity, range: range), next: rate?.end ?? j + 1)
    }

    /// The period of a count: "/day", "per month", "a week", "each year", "per second", "per 5
    /// seconds", "every 5s". Not an adverb: "5 seats monthly" is as often when they are billed as how many.
    func countPeriod(at j: Int) -> (perYear: Double, end: Int)? {
        guard isPer(j) else { return nil }
        if let period = periodAfterPer(at: j) { return period }
        // "3,000 messages per second", "one request per 5 seconds": a rate, however short its
        // period, and never a plain count of the same things.
        var k = j + 1
        var length = 1.0
        var counted = false
        if let number = readNumber(at: k), number.value > 0 {
            length = number.value
            k = number.end
            counted = true
        }
        if let w = word(k), let unit = Lexicon.timeUnits[w] { return (unit.perYear / length, k + 1) }
        if let w = word(k), Lexicon.secondWords.contains(w) { return (Lexicon.secondsPerYear / length, k + 1) }
        // "one request every 5s": seconds written as a letter on the number.
        if counted, word(k) == "s", attached(k) { return (Lexicon.secondsPerYear / length, k + 1) }
        return nil
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
        // "a day or two": a range written after the unit. Not "5 minutes or 200 traces", where the
        // second number counts something of its own.
        var high = high
        var end = unitEnd
        if low.isArticle || low.value == high, word(end) == "or", let second = readNumber(at: end + 1), !second.isArticle,
           word(second.end).flatMap({ Lexicon.timeUnits[$0] }) == nil, second.value > low.value,
           word(second.end).map(Lexicon.notCountable.contains) ?? true {
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
        if let shareEnd = shareOfPeriod(unit: unit, unitEnd: unitEnd) { return .skip(next: shareEnd) }
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

    /// "for 20 years" (after "have"), "over the past 5 years", "20 years ago", "20 years of", and
    /// an age ("a profile created between 1 and 4 years").
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
        // "a profile created between 1 and 4 years": the age of something, a condition.
        var k = start - 1
        while k >= 1, let before = word(k), Lexicon.ageBounds.contains(before) { k -= 1 }
        if k < start - 1, let before = word(k), Lexicon.madeWords.contains(before) { return true }
        if unit == .year || unit == .month, speaksOfPast, let before = word(start - 1) {
            if ["for", "over", "than", "nearly", "almost", "about", "in"].contains(before) { return true }
        }
        return false
    }

    /// "a four-day work week", "a 40-hour week", "an 8-hour working day": how much of a longer
    /// period is worked or open, a schedule rather than a time anything takes. Returns the
    /// period's end.
    func shareOfPeriod(unit: QuantityLexicon.TimeUnit, unitEnd: Int) -> Int? {
        var k = unitEnd
        if let w = word(k), Lexicon.scheduleWords.contains(w) { k += 1 }
        guard let w = word(k), let period = Lexicon.timeUnits[w], period.minutes > unit.minutes else { return nil }
        return k + 1
    }

    /// "three times a year", "6x/week", "4 to 5 times per week": how many times in a unit, a
    /// period (of four months, a week's sixth). "5x" with no unit after it is a multiplier, no value.
    func timesPer(start: Int, low: Double, high: Double, at times: Int) -> Outcome? {
        let tail = skipFrequencyTail(times + 1)
        guard tail == times + 3, low > 0, let unit = word(tail - 1).flatMap({ Lexicon.timeUnits[$0] }) else {
            if tail == times + 1, let count = repetitions(start: start, low: low, high: high, at: times) { return count }
            return .skip(next: tail)
        }
        // The more times, the shorter the period: "4 to 5 times" is every fifth to every fourth.
        return period(start, tail, count: 1, highCount: high / low, unit: unit, per: high)
    }

    /// "retries up to 10 times", "fails three times in a row": how often something is done, a
    /// count of times. Not "3 times faster" nor "2 times the price", which multiply what follows.
    func repetitions(start: Int, low: Double, high: Double, at times: Int) -> Outcome? {
        guard word(times) == "times", low >= 2 else { return nil }
        if let next = word(times + 1) {
            let comparative = next.hasSuffix("er") && !Lexicon.notComparatives.contains(next)
            guard !comparative, !Lexicon.multiplied.contains(next) else { return nil }
        }
        let (written, range) = text(start, times + 1)
        let quantity = Quantity(dimension: .count, low: low, high: high, unit: Quantity.timesUnit, text: written)
        return .quantity(ReadQuantity(quantity: quantity, range: range), next: times + 1)
    }

    /// Whether the number at token `start` comes right after a count of its own, apart from it
    /// by a space: "25" of "25 4-hour days". A year counts nothing ("in 2024 30-day returns").
    func isCounted(_ start: Int) -> Bool {
        guard start > 0, !attached(start), let count = (max(0, start - 3)..<start).lazy.compactMap({ self.readNumber(at: $0) }).first(where: { $0.end == start }),
              !count.isArticle else { return false }
        return !(count.digitCount == 4 && count.value >= 1900 && count.value <= 2100)
    }
}
