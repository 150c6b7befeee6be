import Testing
@testable import AlignTestSupport

/// A date is a value of a promise whose value is a date: Storj's pricing page asks customers to
/// choose "before July 30, 2026", and its Production Cloud page still said "before July 1,
/// 2026" (Tests/Evaluation/held-out/storj-docs). A promise without a date for its value reads
/// none, though its statement holds some: dates are everywhere (IRS Direct File's reminder email,
/// held-out/irs-directfile-mail, names the filing deadline in a sentence about resubmitting).
@Suite struct ClaimDateTests {
    static func findings(_ texts: [String]) throws -> [String] {
        try ClaimTestSupport.check(fixture: "dates", texts: texts, path: "dcs/pricing/production-cloud/page.md").findings.map {
            "\($0.rule) \($0.span.start.line): \($0.message)"
        }
    }

    @Test func anotherDateIsAConflict() throws {
        #expect(try Self.findings(["Make your selection before July 1, 2026."]) == [
            "claim-conflict 1: pricing-selection-deadline: this says July 1, 2026, expect.yml promises July 30, 2026",
        ])
        #expect(try Self.findings(["Make your selection before July 30, 2026.", "Opt-in or opt-out by 30 July 2026."]) == [])
    }

    @Test func aPromiseWithoutADateValueReadsNoDate() throws {
        let result = try ClaimTestSupport.check(fixture: "dates", texts: [
            "Resubmit your federal taxes with Direct File by April 15, 2025 at 11:59 PM in your time zone.",
        ])
        #expect(result.facts.claims.isEmpty)
        #expect(result.findings.isEmpty)
    }
}
