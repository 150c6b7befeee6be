import AlignConfig
import AlignModel
@testable import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// The claim rules against a table of real-looking sentences (Fixtures/claims/sentences.tsv):
/// for each, exactly which promise it states, with which value, and what is flagged.
@Suite struct ClaimSentenceTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var sentence: String
        var expected: String
        var testDescription: String { sentence }
    }

    static func rows() -> [Row] {
        let url = ClaimTestSupport.fixtures.appendingPathComponent("sentences.tsv")
        guard let table = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return table.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return Row(sentence: String(line), expected: "<malformed row>") }
            return Row(sentence: String(fields[0]), expected: String(fields[1]))
        }
    }

    /// What the rules made of one sentence, in the table's notation.
    static func outcomes(of sentence: String) -> String {
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimTestSupport.expectation, stemmer: stemmer)
        let document = ClaimTestSupport.document([sentence], stemmer: stemmer)
        let result = ClaimTestSupport.check(document, rules: rules, expectation: ClaimTestSupport.expectation)
        var outcomes: [String] = []
        let valueless = Set(ClaimTestSupport.expectation.promises.filter { $0.value == nil }.map(\.id))
        for claim in result.facts.claims {
            let conflicting = result.findings.contains { $0.rule == "claim-conflict" && $0.span == claim.span && $0.promise == claim.promise }
            let verdict = valueless.contains(claim.promise) ? "claim" : conflicting ? "conflict" : "ok"
            outcomes.append("\(verdict) \(claim.promise) \(claim.valueText)")
        }
        for promise in result.facts.stated.keys where !result.facts.claims.contains(where: { $0.promise == promise }) {
            outcomes.append("stated \(promise)")
        }
        for finding in result.findings where finding.rule == "promise-hedged" {
            outcomes.append("hedged \(finding.promise ?? "?") \(ClaimTestSupport.covered(finding, in: sentence).lowercased())")
        }
        for finding in result.findings where finding.rule == "promise-negated" {
            outcomes.append("negated \(finding.promise ?? "?") \(ClaimTestSupport.covered(finding, in: sentence).lowercased())")
        }
        // Every conflict is one of the claims above.
        for finding in result.findings where finding.rule == "claim-conflict" {
            if !result.facts.claims.contains(where: { $0.span == finding.span }) { outcomes.append("stray \(finding.message)") }
        }
        return outcomes.isEmpty ? "-" : outcomes.sorted().joined(separator: " ; ")
    }

    @Test func tableHasAtLeast150Sentences() {
        #expect(Self.rows().count >= 150)
    }

    @Test(arguments: rows())
    func sentence(_ row: Row) {
        #expect(Self.outcomes(of: row.sentence) == row.expected)
    }
}

/// Random sentences built from topic words, values and clause words: the claim rules must never
/// trap, and every finding must point inside its line.
@Suite struct ClaimRobustnessTests {
    static let pieces = [
        "reply", "returns", "free shipping", "refund", "price match", "uptime", "live chat", "team plan", "usually",
        "we try to", "within", "24 hours", "60-day", "$75", "3-5 business days", "and", "but", ";", ":", ",", "—",
        "99.9%", "24/7", "5 seats", "a day", "for 20 years", "since 2004", "7 days a week", "20% off", "free trial",
        "gift", "bonus", "between 2 and 4 hours", "é", "日本", "(800) 555-1234", "9am-5pm", "average", "95% of",
    ]

    @Test func randomSentencesNeverTrap() {
        var generator = SeededGenerator(seed: 7)
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimTestSupport.expectation, stemmer: stemmer)
        var texts: [String] = []
        for _ in 0..<800 {
            let count = Int.random(in: 1...30, using: &generator)
            texts.append((0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined(separator: " "))
        }
        let document = ClaimTestSupport.document(texts, stemmer: stemmer)
        let result = ClaimTestSupport.check(document, rules: rules, expectation: ClaimTestSupport.expectation)
        #expect(!result.facts.claims.isEmpty)
        for finding in result.findings {
            let line = texts[finding.span.start.line - 1]
            #expect(finding.span.start.line == finding.span.end.line)
            #expect(finding.span.start.column >= 1 && finding.span.end.column <= line.unicodeScalars.count + 1)
            #expect(finding.span.start.column < finding.span.end.column)
        }
    }
}
