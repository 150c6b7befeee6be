/// Dates, read only when the caller asks (`readsDates`): "April 20", "April 15, 2025", "Thursday,
/// July 31", "Nov 6th, 2017", "15 April 2025", "1st of October", "2026-06-26". A day of a month,
/// its year when written; a month alone ("in June", "March 2025") is no date, and a range of days
/// ("April 17 - 19") is passed over.
extension QuantityScanner {
    /// Whether token `i` names a month and a number follows it: a date may open there.
    func namesMonthBeforeNumber(_ i: Int) -> Bool {
        guard number(i + 1) != nil, let name = word(i) else { return false }
        return Lexicon.monthNumbers[name] != nil
    }

    /// The date whose month is named at token `i` ("April 20, 2025"); a month is a proper noun, so
    /// "may 5 users" is none.
    func readMonthFirstDate(at i: Int) -> Outcome? {
        guard let name = word(i), let month = Lexicon.monthNumbers[name], isCapitalised(i),
              let day = dayOfMonth(at: i + 1) else { return nil }
        if isDayRange(after: day.end) { return .skip(next: day.end + 2) }
        return date(month: month, day: day.value, from: i, yearAt: day.end)
    }

    /// The date whose day is the number at `start` and whose month is named at `monthAt` ("15
    /// April 2025", "1st of October"); nil when no month is named there.
    func readDayFirstDate(start: Int, day: Int, monthAt: Int) -> Outcome? {
        let at = word(monthAt) == "of" ? monthAt + 1 : monthAt
        guard (1...31).contains(day), let name = word(at), let month = Lexicon.monthNumbers[name], isCapitalised(at) else { return nil }
        return date(month: month, day: day, from: start, yearAt: at + 1)
    }

    /// "2026-06-26": a year, a month and a day joined by hyphens.
    func readISODate(start: Int, year: Double, at end: Int) -> Outcome? {
        guard tokens[start].digitCount == 4, symbol(end) == .hyphen, attached(end), attached(end + 1),
              let month = number(end + 1), tokens[end + 1].digitCount == 2, symbol(end + 2) == .hyphen, attached(end + 2), attached(end + 3),
              let day = number(end + 3), tokens[end + 3].digitCount == 2,
              (1...12).contains(Int(month)), (1...31).contains(Int(day)), (1900...2100).contains(Int(year)) else { return nil }
        let key = Double(Int(year) * 10_000 + Int(month) * 100 + Int(day))
        let (written, range) = text(start, end + 4)
        return .quantity(ReadQuantity(quantity: Quantity(dimension: .date, low: key, high: key, text: written), range: range), next: end + 4)
    }

    /// A day of a month at token `j`: one or two digits, 1 to 31, an ordinal's ending glued on.
    private func dayOfMonth(at j: Int) -> (value: Int, end: Int)? {
        guard let value = number(j), tokens[j].digitCount <= 2, !tokens[j].isDotted, value == value.rounded(),
              (1...31).contains(Int(value)) else { return nil }
        if let suffix = word(j + 1), attached(j + 1), Lexicon.ordinalSuffixes.contains(suffix) { return (Int(value), j + 2) }
        return (Int(value), j + 1)
    }

    /// Whether a range of days follows a day: "- 19", "to 19", "–19".
    private func isDayRange(after j: Int) -> Bool {
        (symbol(j) == .hyphen || symbol(j) == .dash || word(j) == "to") && number(j + 1) != nil
    }

    /// The date from token `from` with its year at `yearAt` (after a comma or not) when written.
    private func date(month: Int, day: Int, from: Int, yearAt: Int) -> Outcome {
        var end = yearAt
        var year = 0
        let at = symbol(yearAt) == .comma ? yearAt + 1 : yearAt
        if let value = number(at), tokens[at].digitCount == 4, (1900...2100).contains(Int(value)), !attached(at) {
            year = Int(value)
            end = at + 1
        }
        let key = Double(year * 10_000 + month * 100 + day)
        let (written, range) = text(from, end)
        return .quantity(ReadQuantity(quantity: Quantity(dimension: .date, low: key, high: key, text: written), range: range), next: end)
    }
}
