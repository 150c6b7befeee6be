/// Money: a currency before or after the number, a range, and what follows (a period, a
/// per-unit, "off", "more").
extension QuantityScanner {
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
        // "$10k+": or more.
        if symbol(j) == .plus, attached(j) { j += 1 }
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
        // "$130 per GB of memory reserved per month": the period after what the unit is of.
        if perYear == nil, unit != nil, word(j) == "of" {
            for k in (j + 2)...(j + 4) where word(k - 1) != nil {
                guard isPer(k), word(k) == "per" || symbol(k) == .slash, let period = periodAfterPer(at: k) else { continue }
                perYear = period.perYear
                j = period.end
                break
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
        if isPer(j) { return periodAfterPer(at: j) }
        if let w = word(j), let unit = Lexicon.periodAdverbs[w] {
            return (unit.perYear, j + 1 + (word(j + 1) == "spend" || word(j + 1) == "spending" ? 1 : 0))
        }
        if word(j) == "in", let w = word(j + 1), let unit = Lexicon.periodAdverbs[w] {
            return (unit.perYear, j + 2 + (word(j + 2) == "spend" || word(j + 2) == "spending" ? 1 : 0))
        }
        return nil
    }

    /// Whether token `j` says "per": "/", "per", "a", "an", "each", "every".
    func isPer(_ j: Int) -> Bool {
        symbol(j) == .slash || word(j) == "per" || word(j) == "a" || word(j) == "an" || word(j) == "each" || word(j) == "every"
    }

    /// The time unit after the "per" at token `j` ("/day", "per annum"), as times a year.
    func periodAfterPer(at j: Int) -> (perYear: Double, end: Int)? {
        if let w = word(j + 1), let unit = Lexicon.timeUnits[w] { return (unit.perYear, j + 2) }
        if word(j + 1) == "annum" { return (1, j + 2) }
        return nil
    }
}
