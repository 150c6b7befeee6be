import Foundation
@testable import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Where clauses split: the decisions ClauseSplitter documents, shown on whole sentences.
@Suite struct ClaimClauseTests {
    static func clauses(_ text: String) -> [String] {
        let stemmer = Stemmer()
        let words = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer)
        let values = QuantityReader.quantities(in: text).map(\.range)
        let bytes = Array(text.utf8)
        return ClauseSplitter.clauses(text: bytes, base: 0, words: words.map { ($0.range, $0.lowercased) }, values: values)
            .map { String(decoding: bytes[$0], as: UTF8.self).trimmingCharacters(in: [" "]) }
    }

    @Test(arguments: [
        ("We reply within 24 hours; returns are free.", ["We reply within 24 hours;", "returns are free."]),
        ("Returns: 60 days.", ["Returns: 60 days."]),
        ("Please note the following about returns: they are free for 60 days.", ["Please note the following about returns:", "they are free for 60 days."]),
        ("Open 9:30 to 5.", ["Open 9:30 to 5."]),
        ("We reply within 24 hours and returns are free for 60 days.", ["We reply within 24 hours", "and returns are free for 60 days."]),
        ("We match the price and refund the difference within 14 days.", ["We match the price and refund the difference within 14 days."]),
        ("Returns, exchanges and refunds within 60 days.", ["Returns, exchanges and refunds within 60 days."]),
        ("Allow between 2 and 4 hours.", ["Allow between 2 and 4 hours."]),
        ("Replies are fast but refunds take 10 business days.", ["Replies are fast", "but refunds take 10 business days."]),
        ("This offer ends in 48 hours, so reply today.", ["This offer ends in 48 hours,", "so reply today."]),
        ("Fast replies — and 60-day returns.", ["Fast replies", "— and 60-day returns."]),
        // Scalingo's postmortem: a reason is a clause of its own.
        ("A daily backup of the database would not help much since the infrastructure changes a lot within a day.",
         ["A daily backup of the database would not help much", "since the infrastructure changes a lot within a day."]),
        // Railway's Stripe page: a short label, a dash, its value.
        ("Trial plan — 500h compute, 512 MB RAM, 1 GB disk", ["Trial plan — 500h compute, 512 MB RAM, 1 GB disk"]),
        // BCDA's v3 comparison: words in brackets qualify a label; more words outside make a sentence.
        ("Adjudicated claims (Medicare Part D): 6x/week", ["Adjudicated claims (Medicare Part D): 6x/week"]),
        ("Updates to adjudicated claims data (Part D): 6x/week", ["Updates to adjudicated claims data (Part D):", "6x/week"]),
        ("We answer every ticket — 60-day returns are free too.", ["We answer every ticket", "— 60-day returns are free too."]),
        // Scalingo's backup policies: the relative clause is about what the backup enables.
        ("The first base backup may take up to 24 hours to complete, after which PiTR begins monitoring changes.",
         ["The first base backup may take up to 24 hours to complete,", "after which PiTR begins monitoring changes."]),
        ("It reverts to the Free plan, which provides $1 of credit.", ["It reverts to the Free plan,", "which provides $1 of credit."]),
        // Discord's lobbies guide: an opening concession ends at its comma.
        ("Although a lobby is allowed to have 1,000 members, you should not start voice calls in lobbies that large.",
         ["Although a lobby is allowed to have 1,000 members,", "you should not start voice calls in lobbies that large."]),
        ("Returns which arrive within 60 days are free.", ["Returns which arrive within 60 days are free."]),
    ])
    func splits(_ sentence: String, _ expected: [String]) {
        #expect(Self.clauses(sentence) == expected)
    }

    /// An opening condition ends at its comma only when it names a topic and a topic follows.
    @Test func openingConditions() {
        let text = "Once your return arrives, we refund you within 5 business days."
        let stemmer = Stemmer()
        let words = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer).map { ($0.range, $0.lowercased) }
        let values = QuantityReader.quantities(in: text).map(\.range)
        let bytes = Array(text.utf8)
        let returnWord = 10..<16
        let refundWord = 29..<35
        #expect(String(decoding: bytes[returnWord], as: UTF8.self) == "return")
        #expect(String(decoding: bytes[refundWord], as: UTF8.self) == "refund")
        #expect(ClauseSplitter.clauses(text: bytes, base: 0, words: words, values: values, topics: [returnWord, refundWord]).count == 2)
        #expect(ClauseSplitter.clauses(text: bytes, base: 0, words: words, values: values, topics: [refundWord]).count == 1)
    }
}
