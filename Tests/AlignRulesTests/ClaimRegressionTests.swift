import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// A regression floor for claim-conflict and promise-hedged: sentences labelled by hand
/// (Fixtures/claims/regression.tsv). The rules were fixed against each batch after its first
/// run, so the table says nothing of unseen content; a score below these bars means a change
/// broke sentences that were read right before. False alarms make teams switch a linter off,
/// so precision is held to the higher bar.
@Suite struct ClaimRegressionTests {
    @Test func precisionAndRecallStayAboveTheFloor() throws {
        let url = ClaimTestSupport.fixtures.appendingPathComponent("regression.tsv")
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
        print("regression table: precision \(precision) recall \(recall) over \(expectedCount) expected findings; differences: \(misses)")
    }
}
