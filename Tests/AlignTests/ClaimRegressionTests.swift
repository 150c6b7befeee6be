import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Foundation
import Testing

/// Precision and recall of claim-conflict and promise-hedged on held-out sentences
/// (Fixtures/claims/heldout.tsv) written after the rules were tuned. False alarms make teams
/// switch a linter off, so precision is held to the higher bar.
///
/// Record, for honesty: each batch was labelled before it was first run, and the rules were
/// tuned after. Batch 1 first scored precision 0.84, recall 0.89; two of its labels were wrong
/// (a 12% loyalty discount and free shipping "above $60" are conflicts: corrected, that first
/// run scores precision 0.89, recall 0.85). Three rules were then fixed: "reply to this email"
/// is the reader's action, "try our hardest" is a hedge, calendar-day values prefer calendar-day
/// promises. Batch 2 first scored precision 0.84, recall 1.0; two rules were then fixed (a
/// business-day value an order of magnitude from a calendar promise is about another step;
/// "most orders arrive" is a share). Batch 3 first scored precision 0.79, recall 0.92 (after one
/// label was changed on review: "our target is 24 hours, and we usually hit it" does hedge the
/// promise); two rules were then fixed (a value goes to the promise of the closest size, which
/// replaced "same kind of days"; "within 48 hours of receiving your return" is counted from the
/// return, not about it). Two false alarms remain: "Returns usually take 60 days to be fully
/// processed" reads as a hedged returns window, and "we refund the difference if you find a
/// lower price within 14 days" reads as a refund delay (no price-match topic word in it).
/// Batch 4 first scored precision 0.80, recall 1.0; then "please reply" became the reader's
/// action, "over the last 12 months" a measurement, a duration followed by "and <topic>" stays
/// with its own verb phrase, and an opening condition naming its own topic ends at its comma.
/// Batch 5 first scored precision 1.0, recall 0.83; then "$10k+" kept its period and a value in
/// the other kind of days is compared with the nearer end of a canonical range ("24 hours" is
/// near "3-5 business days"). Batch 6 (staff and management wording) first scored precision
/// 0.64, recall 1.0; then "don't promise 100% uptime" stopped being a claim and "an extra 5%"
/// became an increment. Two of its false alarms remain, both a value for another step of the
/// same process ("a manager's approval within 2 business days" for refunds, "30 days to reach
/// us" for returns). Batch 7 (emails and web copy) first scored precision 1.0, recall 0.92;
/// "should appear" was then added to the hedges. The first runs are the fairer estimate of
/// unseen content: from 0.64 to 1.0 precision and 0.83 to 1.0 recall over seven batches, not
/// yet a steady 0.95; staff and plan documents, which talk about the steps behind a promise,
/// are the weakest, customer-facing copy the strongest. Two labels changed with issue 16, which
/// made "business hours" a value and business time never equal to calendar time: "a first
/// response within 4 business hours" against a 24-hour promise is now a conflict (Friday 4 pm
/// plus 4 business hours is Monday), where it used to read as no value at all.
@Suite struct ClaimHeldOutTests {
    @Test func precisionAndRecallOnHeldOutSentences() throws {
        let url = ClaimTestSupport.fixtures.appendingPathComponent("heldout.tsv")
        let table = try String(contentsOf: url, encoding: .utf8)
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimTestSupport.expectation, stemmer: stemmer)
        var expectedCount = 0
        var foundCount = 0
        var correct = 0
        var misses: [String] = []
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            try #require(fields.count == 2, "malformed row: \(line)")
            let expected = Set(fields[1] == "-" ? [] : fields[1].components(separatedBy: " ; "))
            let document = ClaimTestSupport.document([fields[0]], stemmer: stemmer)
            let result = ClaimTestSupport.check(document, rules: rules, expectation: ClaimTestSupport.expectation)
            let found = Set(result.findings.map { "\($0.rule == "claim-conflict" ? "conflict" : "hedged") \($0.promise ?? "?")" })
            expectedCount += expected.count
            foundCount += found.count
            correct += expected.intersection(found).count
            if expected != found { misses.append("\(fields[0]) => \(found.sorted()) (expected \(expected.sorted()))") }
        }
        let precision = foundCount == 0 ? 1 : Double(correct) / Double(foundCount)
        let recall = expectedCount == 0 ? 1 : Double(correct) / Double(expectedCount)
        #expect(expectedCount >= 15)
        #expect(precision >= 0.95, "precision \(precision): \(misses)")
        #expect(recall >= 0.85, "recall \(recall): \(misses)")
        print("held-out precision \(precision) recall \(recall) over \(expectedCount) expected findings; differences: \(misses)")
    }
}
