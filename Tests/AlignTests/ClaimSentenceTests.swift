import AlignConfig
import AlignModel
@testable import AlignRules
import AlignText
import Foundation
import Testing

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
