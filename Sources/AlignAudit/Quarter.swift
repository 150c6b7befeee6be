import Foundation

/// A calendar quarter in UTC ("2026Q3"): the unit the audit history is kept and compared in.
public struct Quarter: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    /// 1...4
    public var number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number), (1970...9999).contains(year) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses "2026Q3" (also "2026-Q3" and a lower-case q).
    public init?(_ text: String) {
        let cleaned = text.uppercased().replacingOccurrences(of: "-", with: "")
        let parts = cleaned.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 1,
              let year = Int(parts[0]), let number = Int(parts[1]) else { return nil }
        self.init(year: year, number: number)
    }

    /// The quarter holding `date`, in UTC.
    public init(containing date: Date) {
        let parts = Quarter.utc.dateComponents([.year, .month], from: date)
        year = parts.year ?? 1970
        number = ((parts.month ?? 1) - 1) / 3 + 1
    }

    public var description: String { "\(year)Q\(number)" }

    public var previous: Quarter {
        var copy = self
        if number == 1 {
            copy.year -= 1
            copy.number = 4
        } else {
            copy.number -= 1
        }
        return copy
    }

    public var next: Quarter {
        var copy = self
        if number == 4 {
            copy.year += 1
            copy.number = 1
        } else {
            copy.number += 1
        }
        return copy
    }

    /// Midnight UTC on the quarter's first day.
    public var start: Date {
        Quarter.utc.date(from: DateComponents(year: year, month: (number - 1) * 3 + 1, day: 1)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The first instant after the quarter (the next quarter's start).
    public var end: Date { next.start }

    public static func < (a: Quarter, b: Quarter) -> Bool {
        (a.year, a.number) < (b.year, b.number)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let quarter = Quarter(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a quarter: \(text)"))
        }
        self = quarter
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
