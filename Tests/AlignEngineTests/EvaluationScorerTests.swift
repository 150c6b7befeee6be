import Foundation
import Testing
@testable import AlignTestSupport

/// The scorer counts as EVALUATION-FORMAT.md says, on a hand-made truth and SARIF log.
@Suite struct EvaluationScorerTests {
    static let truth = """
        findings:
          - id: refund-days
            file: support/refund.md
            line: 12
            rules: [claim-conflict]
            why: "'5-10 business days' against '3-5 business days'"
          - id: greeting
            file: [emails/welcome.html, emails/renewal.html]
            line: [3, 8]
            rules: [greet-by-name, impersonal-greeting]
            why: "'Dear Valued Customer'"
          - id: never-reported
            file: site/returns.md
            line: 40
            rules: [claim-drift]
            why: "'45 days' against '60 days'"
        traps:
          - file: support/sla.md
            line: 7
            why: "the P3 row has its own value"
            hard: true
        """

    static func result(_ rule: String, _ file: String, _ line: Int, level: String? = "error") -> String {
        let levelField = level.map { "\"level\": \"\($0)\", " } ?? ""
        return """
            {\(levelField)"ruleId": "\(rule)", "message": {"text": "m"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "\(file)"}, "region": {"startLine": \(line)}}}]}
            """
    }

    static func score(_ results: [String], documents: Int = 10) throws -> EvaluationScore {
        let sarif = "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [\(results.joined(separator: ","))]}]}"
        let run = try EvaluationRun(sarif: Data(sarif.utf8), source: "test")
        return EvaluationScore(truth: try EvaluationTruth(yaml: truth, source: "test"), run: run, documents: documents)
    }

    @Test func aResultWithinOneLineWithARightRuleFindsTheFinding() throws {
        let score = try Self.score([Self.result("claim-conflict", "support/refund.md", 13)])
        #expect(score.found == 1)
        #expect(score.falseAlarms.isEmpty)
        #expect(score.misses.map(\.id) == ["greeting", "never-reported"])
    }

    @Test func twoLinesAwayAnotherFileOrAnotherRuleIsAFalseAlarm() throws {
        let score = try Self.score([
            Self.result("claim-conflict", "support/refund.md", 14),
            Self.result("claim-conflict", "support/other.md", 12),
            Self.result("promise-hedged", "support/refund.md", 12),
        ])
        #expect(score.found == 0)
        #expect(score.falseAlarms.count == 3)
        #expect(score.precision == 0)
    }

    @Test func aPackRuleMatchesItsNameAndAnyPlaceOfAFinding() throws {
        let score = try Self.score([Self.result("loyalty/greet-by-name", "emails/renewal.html", 8)])
        #expect(score.found == 1)
        #expect(score.falseAlarms.isEmpty)
    }

    @Test func severalResultsOnOneFindingCountOnce() throws {
        let score = try Self.score([
            Self.result("impersonal-greeting", "emails/welcome.html", 3),
            Self.result("loyalty/greet-by-name", "emails/welcome.html", 2),
            Self.result("impersonal-greeting", "emails/renewal.html", 9),
        ])
        #expect(score.found == 1)
        #expect(score.falseAlarms.isEmpty)
        #expect(score.recall == 1.0 / 3.0)
        #expect(score.precision == 1)
    }

    @Test func notesDoNotCountButALevelLeftOutIsAWarning() throws {
        let score = try Self.score([
            Self.result("unused-suppression", "site/a.md", 1, level: "note"),
            Self.result("recommended/hedge", "site/a.md", 2, level: nil),
        ])
        #expect(score.falseAlarms.map(\.rule) == ["recommended/hedge"])
        #expect(score.packFalseAlarms == 1)
        #expect(score.packFalseAlarmsPer100Documents == 10)
    }

    @Test func aPercentEncodedURINamesTheFileOnDisk() throws {
        let truth = try EvaluationTruth(yaml: "findings:\n  - id: x\n    file: legal/Fleet Terms.md\n    line: 4\n    rules: [claim-drift]\n", source: "t")
        let sarif = "{\"runs\": [{\"results\": [\(Self.result("claim-drift", "legal/Fleet%20Terms.md", 4))]}]}"
        let score = EvaluationScore(truth: truth, run: try EvaluationRun(sarif: Data(sarif.utf8), source: "t"), documents: 1)
        #expect(score.found == 1)
    }

    @Test func aTrapHitIsAFalseAlarmLikeAnyOther() throws {
        let score = try Self.score([Self.result("claim-conflict", "support/sla.md", 7)])
        #expect(score.falseAlarms.count == 1)
    }

    @Test func noResultsHaveNoPrecisionAndNoFindingsNoRecall() throws {
        let empty = EvaluationScore(truth: EvaluationTruth(findings: [], traps: []), run: EvaluationRun(results: []), documents: 0)
        #expect(empty.recall == nil)
        #expect(empty.precision == nil)
        #expect(empty.packFalseAlarmsPer100Documents == nil)
    }

    @Test func poolingSumsCountsRatherThanAveragingRatios() throws {
        let one = try Self.score([Self.result("claim-conflict", "support/refund.md", 12)], documents: 10)
        let other = try Self.score([Self.result("claim-drift", "x.md", 1), Self.result("recommended/hedge", "y.md", 1)], documents: 30)
        let pooled = EvaluationScore.pooled([one, other])
        #expect(pooled.findings == 6)
        #expect(pooled.found == 1)
        #expect(pooled.falseAlarms.count == 2)
        #expect(pooled.precision == 1.0 / 3.0)
        #expect(pooled.packFalseAlarmsPer100Documents == 2.5)
    }

    @Test func aFindingWithoutRulesOrWithUnevenPlacesIsRejected() {
        #expect(throws: EvaluationTruth.Malformed.self) {
            try EvaluationTruth(yaml: "findings:\n  - id: x\n    file: a.md\n    line: 1\n", source: "t")
        }
        #expect(throws: EvaluationTruth.Malformed.self) {
            try EvaluationTruth(yaml: "findings:\n  - id: x\n    file: [a.md, b.md]\n    line: [1]\n    rules: [claim-drift]\n", source: "t")
        }
    }

    @Test func floorsHoldOnlyTheFiguresTheyName() throws {
        let floors = try EvaluationFloors(yaml: "sets:\n  a: {recall: 0.5, precision: 1}\n  b: {precision: 0}\n")
        let score = try Self.score([Self.result("claim-conflict", "support/refund.md", 12), Self.result("claim-drift", "x.md", 1)])
        #expect(floors.shortfalls("a", score).count == 2)
        #expect(floors.shortfalls("b", score).isEmpty)
        #expect(floors.shortfalls("unlisted", score).isEmpty)
    }

    /// A set with no findings holds a ceiling on its false alarms instead.
    @Test func aCeilingHoldsTheFalseAlarms() throws {
        let floors = try EvaluationFloors(yaml: "sets:\n  quiet: {false_alarms: 0}\n  one: {false_alarms: 1}\n")
        let score = try Self.score([Self.result("claim-drift", "x.md", 1)])
        #expect(floors.shortfalls("quiet", score) == ["quiet: 1 false alarms, more than its ceiling 0"])
        #expect(floors.shortfalls("one", score).isEmpty)
    }
}
