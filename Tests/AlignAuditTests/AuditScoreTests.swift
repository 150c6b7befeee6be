import AlignAudit
import AlignConfig
import AlignModel
import AlignRules
import Foundation
import Testing
@testable import AlignTestSupport

@Suite struct AuditScoreTests {
    func states(_ audit: Audit) -> [String] {
        audit.promises.map { row in row.promise + ": " + row.cells.map { "\($0.channel.rawValue)=\($0.state.rawValue)" }.joined(separator: " ") }
    }

    @Test func matrixOfTheSample() {
        #expect(states(AuditSample.audit) == [
            "reply-time: customer=consistent employee=consistent management=missing",
            "free-returns: customer=consistent employee=conflicting management=not-required",
            "price-match: customer=hedged employee=not-required management=not-required",
        ])
    }

    /// customer: cells 1 + 1 + 0.5 = 2.5 of 3 → base 83.33; 4 wording findings → 79.33 → 79.
    /// employee: cells 1 + 0 of 2 → 50; 1 terminology → 49.
    /// management: cell 0 of 1 → 0; no wording → 0.
    /// overall: 3.5 of 6 cells → 58.33; 5 wording findings → 53.33 → 53, drifting.
    @Test func scoresOfTheSampleByHand() throws {
        let audit = AuditSample.audit
        let byChannel = Dictionary(uniqueKeysWithValues: audit.channels.map { ($0.channel, $0.score) })
        let customer = try #require(byChannel[.customer])
        #expect(customer.score == 79)
        #expect(abs((customer.base ?? 0) - 250.0 / 3) < 1e-9)
        #expect(customer.deduction == 4)
        #expect(customer.wording.terminology == 2 && customer.wording.avoidPhrase == 1 && customer.wording.greeting == 1)
        #expect(byChannel[.employee]?.score == 49)
        #expect(byChannel[.employee]?.deduction == 1)
        #expect(byChannel[.management]?.score == 0)
        #expect(audit.overall.score == 53)
        #expect(abs((audit.overall.base ?? 0) - 350.0 / 6) < 1e-9)
        #expect(audit.overall.deduction == 5)
        #expect(audit.overall.cells == {
            var counts = StateCounts()
            counts.consistent = 3
            counts.hedged = 1
            counts.conflicting = 1
            counts.missing = 1
            return counts
        }())
        #expect(audit.verdict == "drifting")
        #expect(audit.documents == 4)
        #expect(audit.channels.map(\.documents) == [2, 1, 1])
    }

    @Test func wordingDeductionIsCappedAtTenPoints() {
        var input = AuditSample.input
        input.findings = (1...15).map { AuditSample.finding("terminology", "site/a.html", line: $0, channel: .customer, value: "client", expected: "customer") }
        input.facts = [AuditSample.facts("site/a.html", .customer, stated: ["reply-time", "free-returns", "price-match"]),
                       AuditSample.facts("playbooks/a.md", .employee, stated: ["reply-time", "free-returns"]),
                       AuditSample.facts("plans/a.md", .management, stated: ["reply-time"])]
        let audit = Audit.compute(input, quarter: Quarter("2026Q3")!, asOf: AuditSample.asOf, commit: nil)
        // Every cell stated: base 100; 15 findings cost 15 points but the cap keeps it at 10.
        #expect(audit.overall.base == 100)
        #expect(audit.overall.deduction == 10)
        #expect(audit.overall.score == 90)
        #expect(audit.verdict == "aligned")
        #expect(audit.channels.first { $0.channel == .customer }?.score.score == 90)
        #expect(audit.channels.first { $0.channel == .employee }?.score.score == 100)
    }

    /// 3 consistent + 1 hedged = 3.5 of 4 → 87.5, rounded half away from zero → 88.
    @Test func halfPointsRoundUp() {
        let expectation = Expectation(file: "expect.yml", promises: ["a", "b", "c", "d"].enumerated().map {
            AuditSample.promise($0.element, "Promise \($0.element).", value: nil, requiredIn: [.customer], line: 4 + $0.offset * 6)
        })
        let input = AuditInput(expectation: expectation, findings: [],
                               facts: [AuditSample.facts("site/a.html", .customer, stated: ["a", "b", "c", "d"], hedged: ["d"])],
                               documents: [("site/a.html", .customer)])
        let audit = Audit.compute(input, quarter: Quarter("2026Q1")!, asOf: AuditSample.asOf, commit: nil)
        #expect(audit.overall.score == 88)
        #expect(audit.verdict == "mostly aligned")
        // No promise is required of employees or management: they have no score, not a zero.
        #expect(audit.channels.first { $0.channel == .employee }?.score.score == nil)
        #expect(audit.channels.first { $0.channel == .management }?.score.score == nil)
    }

    @Test func noPromisesScoresOneHundredLessWording() {
        let input = AuditInput(expectation: Expectation(file: "expect.yml"),
                               findings: [AuditSample.finding("avoid-phrase", "site/a.html", line: 2, channel: .customer),
                                          AuditSample.finding("audience-parity", "site/b.html", line: 2, channel: nil)],
                               facts: [], documents: [])
        let audit = Audit.compute(input, quarter: Quarter("2026Q1")!, asOf: AuditSample.asOf, commit: nil)
        #expect(audit.overall.base == 100)
        #expect(audit.overall.score == 98)
        #expect(audit.overall.wording.parity == 1)
        // A finding without a channel counts overall but in no channel.
        #expect(audit.channels.first { $0.channel == .customer }?.score.wording.total == 1)
    }

    @Test func aConflictOutweighsAHedgeAndAHedgeAStatement() {
        var input = AuditSample.input
        // The employee playbook also hedges free-returns: still conflicting.
        input.facts[2].hedged = ["free-returns"]
        // The site hedges reply-time in its facts only (no finding): hedged.
        input.facts[0].hedged = ["reply-time"]
        let audit = Audit.compute(input, quarter: Quarter("2026Q3")!, asOf: AuditSample.asOf, commit: nil)
        #expect(states(audit)[0].hasPrefix("reply-time: customer=hedged"))
        #expect(states(audit)[1] == "free-returns: customer=consistent employee=conflicting management=not-required")
    }

    @Test func scoreVerdictBands() {
        #expect([100, 90, 89, 75, 74, 50, 49, 0].map(AuditScoring.verdict) ==
                ["aligned", "aligned", "mostly aligned", "mostly aligned", "drifting", "drifting", "misaligned", "misaligned"])
    }

    @Test func conflictQuotesBothSides() throws {
        let conflict = try #require(AuditSample.audit.conflicts.first)
        #expect(conflict.promise == "free-returns")
        #expect(conflict.channel == .employee)
        #expect(conflict.claim == AuditConflictSide(file: "playbooks/returns.md", line: 3, column: 3, value: "45 days",
                                               quote: "Customers can return items within 45 days."))
        // The other side is the promise in expect.yml, at its value's line.
        #expect(conflict.other == AuditConflictSide(file: "expect.yml", line: 13, column: 12, value: "60 days",
                                               quote: "Returns are free for 60 days."))
    }

    @Test func driftBetweenDocumentsQuotesTheOtherDocument() throws {
        var input = AuditSample.input
        input.findings = [AuditSample.finding(
            "claim-drift", "playbooks/returns.md", line: 3, channel: .employee, promise: "free-returns", value: "45 days",
            related: [RelatedLocation(file: "site/returns.html", line: 8, column: 3, message: "site/returns.html says 60 days")])]
        let audit = Audit.compute(input, quarter: Quarter("2026Q3")!, asOf: AuditSample.asOf, commit: nil)
        let conflict = try #require(audit.conflicts.first)
        #expect(conflict.other == AuditConflictSide(file: "site/returns.html", line: 8, column: 3, value: "60 days",
                                               quote: "Free returns for 60 days, no questions asked."))
    }

    /// Without the claim in the facts, the quote is the finding's source line, trimmed.
    @Test func conflictQuoteFallsBackToTheSourceLine() throws {
        var input = AuditSample.input
        input.facts[2].claims = []
        input.findings[0].sourceLine = "   Returns within 45 days only.  "
        let conflict = try #require(Audit.compute(input, quarter: Quarter("2026Q3")!, asOf: AuditSample.asOf, commit: nil).conflicts.first)
        #expect(conflict.claim.quote == "Returns within 45 days only.")
        input.findings[0].sourceLine = nil
        let bare = try #require(Audit.compute(input, quarter: Quarter("2026Q3")!, asOf: AuditSample.asOf, commit: nil).conflicts.first)
        #expect(bare.claim.quote == "45 days differs from the promised 60 days")
    }

    @Test func terminologyByChannelAndOffersByAudience() {
        let audit = AuditSample.audit
        #expect(audit.terminology.map(\.channel) == ["customer", "employee"])
        #expect(audit.terminology[0].terms == [TermUse(term: "client", preferred: "customer", count: 2, places: [
            AuditPlace(file: "emails/welcome.eml", line: 9), AuditPlace(file: "site/returns.html", line: 4)])])
        #expect(audit.terminology[1].terms.map(\.term) == ["buyer"])
        #expect(audit.offers.map(\.audience) == ["prospect", "existing"])
        #expect(audit.offers[0].offers.map(\.kind) == ["discount"])
        #expect(audit.avoidedPhrases.map(\.file) == ["site/returns.html"])
        #expect(audit.greetings.map(\.line) == [3])
    }

    @Test func quarters() throws {
        let q = try #require(Quarter("2026Q1"))
        #expect(q.previous.description == "2025Q4")
        #expect(q.next.description == "2026Q2")
        #expect(Quarter("2026-q4")?.description == "2026Q4")
        #expect(Quarter("2026Q5") == nil && Quarter("26Q1") == nil && Quarter("") == nil)
        #expect(Quarter(containing: q.end.addingTimeInterval(-1)) == q)
        #expect(Quarter(containing: q.end) == q.next)
        #expect(Backfill.quarters(last: 3, before: AuditSample.asOf).map(\.description) == ["2025Q4", "2026Q1", "2026Q2"])
    }
}
