import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// The rules that look across documents, and the full shape of the findings the claim rules
/// produce, compared as whole rendered lines.
@Suite struct ClaimCorpusTests {
    static func render(_ findings: [Finding]) -> [String] {
        findings.sorted(by: Finding.reportOrder).map { finding in
            var line = "\(finding.file):\(finding.span.start.line):\(finding.span.start.column)-\(finding.span.end.column) "
            line += "\(finding.severity.rawValue) [\(finding.rule)] \(finding.channel?.rawValue ?? "-") \(finding.message)"
            line += " {promise=\(finding.promise ?? "-") value=\(finding.value ?? "-") expected=\(finding.expected ?? "-")}"
            for related in finding.related { line += " -> \(related.file):\(related.line):\(related.column) \(related.message)" }
            return line
        }
    }

    struct Doc {
        var path: String
        var channel: Channel
        var audience: Audience?
        var text: [String]

        init(_ path: String, _ channel: Channel, _ audience: Audience?, _ text: [String]) {
            self.path = path
            self.channel = channel
            self.audience = audience
            self.text = text
        }
    }

    static func run(_ documents: [Doc],
                    rule: String, expectation: AlignConfig.Expectation = ClaimTestSupport.expectation) -> [String] {
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        let analyzed = documents.map { ClaimTestSupport.document($0.text, path: $0.path, channel: $0.channel, audience: $0.audience, stemmer: stemmer) }
        let findings = ClaimTestSupport.corpus(analyzed, rules: rules, expectation: expectation).findings
        return render(findings.filter { $0.rule == rule })
    }

    @Test func conflictFindingCarriesPromiseValuesAndCanonicalPlace() {
        let lines = Self.run([Doc("site/help.md", .customer, nil, [
            "Questions? We reply within 48 hours.",
            "Our team will get back to you within 1 business day.",
            "Refunds take 5 days.",
        ])], rule: "claim-conflict")
        #expect(lines == [
            "site/help.md:1:28-36 error [claim-conflict] customer reply-time: this says 48 hours, expect.yml promises 24 hours {promise=reply-time value=48 hours expected=24 hours} -> expect.yml:5:12 canonical value is 24 hours",
            "site/help.md:2:38-52 error [claim-conflict] customer reply-time: this says 1 business day, expect.yml promises 24 hours (1 business day is not 24 hours: a business day can be 72 hours over a weekend) {promise=reply-time value=1 business day expected=24 hours} -> expect.yml:5:12 canonical value is 24 hours",
            "site/help.md:3:14-20 error [claim-conflict] customer refund-time: this says 5 days, expect.yml promises 3-5 business days (5 days is not 3-5 business days: business days skip weekends and holidays) {promise=refund-time value=5 days expected=3-5 business days} -> expect.yml:24:12 canonical value is 3-5 business days",
        ])
    }

    @Test func hedgedFindingPointsAtTheHedge() {
        let lines = Self.run([Doc("scripts/call.txt", .employee, nil, ["We usually reply within 24 hours."])], rule: "promise-hedged")
        #expect(lines == [
            "scripts/call.txt:1:4-11 info [promise-hedged] employee reply-time is a firm promise: \"usually\" makes it sound optional; state it as expect.yml does {promise=reply-time value=24 hours expected=24 hours} -> expect.yml:3:5 the promise: The reply-time promise.",
        ])
    }

    @Test func driftReportsTheMinorityAgainstTheMajority() {
        let lines = Self.run([
            Doc("site/a.md", .customer, nil, ["We match any lower price for 30 days after purchase."]),
            Doc("site/b.md", .customer, nil, ["Price match requests are honoured for 21 days."]),
            Doc("site/c.md", .customer, nil, ["Price matching is open for thirty days."]),
            Doc("playbooks/d.md", .employee, nil, ["Accept a price match within 14 days of purchase.", "A price match needs a receipt over $20."]),
        ], rule: "claim-drift")
        #expect(lines == [
            "playbooks/d.md:1:29-36 warning [claim-drift] employee price-match: this says 14 days, most documents say 30 days (2 of 4 claims) {promise=price-match value=14 days expected=30 days} -> site/a.md:1:30 price-match: this says 30 days",
            "site/b.md:1:39-46 warning [claim-drift] customer price-match: this says 21 days, most documents say 30 days (2 of 4 claims) {promise=price-match value=21 days expected=30 days} -> site/a.md:1:30 price-match: this says 30 days",
        ])
    }

    /// The majority is named as its first document writes it, not in the form values are
    /// compared in ("$30/month", not "$360 a year", on meilisearch-docs).
    @Test func driftNamesTheMajorityAsWritten() {
        let lines = Self.run([
            Doc("site/a.md", .customer, nil, ["Price matching is open for thirty days."]),
            Doc("site/b.md", .customer, nil, ["Price match requests are honoured for 30 days."]),
            Doc("playbooks/d.md", .employee, nil, ["Accept a price match within 14 days of purchase."]),
        ], rule: "claim-drift")
        #expect(lines == [
            "playbooks/d.md:1:29-36 warning [claim-drift] employee price-match: this says 14 days, most documents say thirty days (2 of 3 claims) {promise=price-match value=14 days expected=thirty days} -> site/a.md:1:28 price-match: this says thirty days",
        ])
    }

    @Test func driftOnATieReportsEverySide() {
        let lines = Self.run([
            Doc("site/a.md", .customer, nil, ["We match any lower price for 30 days after purchase."]),
            Doc("playbooks/d.md", .employee, nil, ["Accept a price match within 14 days of purchase."]),
        ], rule: "claim-drift")
        #expect(lines == [
            "playbooks/d.md:1:29-36 warning [claim-drift] employee price-match: documents disagree: this says 14 days, others say 30 days; expect.yml gives no value {promise=price-match value=14 days expected=30 days} -> site/a.md:1:30 price-match: this says 30 days",
            "site/a.md:1:30-37 warning [claim-drift] customer price-match: documents disagree: this says 30 days, others say 14 days; expect.yml gives no value {promise=price-match value=30 days expected=14 days} -> playbooks/d.md:1:29 price-match: this says 14 days",
        ])
    }

    @Test func driftIgnoresAgreementInOtherWordsAndPromisesWithValues() {
        let lines = Self.run([
            Doc("site/a.md", .customer, nil, ["We match any lower price for two weeks.", "We reply within 24 hours."]),
            Doc("site/b.md", .customer, nil, ["Price match requests are honoured for 14 days.", "We reply within 48 hours."]),
            Doc("site/c.md", .customer, nil, ["Price match requests are honoured for 2 weeks."]),
            Doc("site/d.md", .customer, nil, ["A price match needs a receipt over $20."]),
        ], rule: "claim-drift")
        #expect(lines == [])
    }

    @Test func driftCountsEqualValuesInOtherUnitsAsOne() {
        let lines = Self.run([
            Doc("site/a.md", .customer, nil, ["We match any lower price for 30 days after purchase."]),
            Doc("site/b.md", .customer, nil, ["Price match requests are honoured for a month."]),
            Doc("playbooks/d.md", .employee, nil, ["Accept a price match within 14 days of purchase."]),
        ], rule: "claim-drift")
        #expect(lines == [
            "playbooks/d.md:1:29-36 warning [claim-drift] employee price-match: this says 14 days, most documents say 30 days (2 of 3 claims) {promise=price-match value=14 days expected=30 days} -> site/a.md:1:30 price-match: this says 30 days",
        ])
    }

    @Test func missingPromiseIsReportedPerChannelAtTheExpectation() {
        let lines = Self.run([
            Doc("site/a.md", .customer, nil, ["We reply within 48 hours.", "Return anything within 60 days."]),
            Doc("playbooks/b.md", .employee, nil, ["Be kind to every caller."]),
        ], rule: "promise-missing")
        // The customer channel states reply-time, with the wrong value: that counts as stating it.
        // No management document was read, so management is not reported.
        #expect(lines == [
            "expect.yml:3:5-5 warning [promise-missing] employee reply-time is required in the employee channel, but no employee document states it {promise=reply-time value=- expected=24 hours}",
        ])
    }

    @Test func missingPromiseNeedsItsValueOfTheRightKind() {
        let lines = Self.run([
            Doc("site/a.md", .customer, nil, ["We reply to every message, fast.", "Returns are free on orders over $50."]),
            Doc("playbooks/b.md", .employee, nil, ["Reply to every ticket within a day."]),
        ], rule: "promise-missing")
        #expect(lines == [
            "expect.yml:3:5-5 warning [promise-missing] customer reply-time is required in the customer channel, but no customer document states it {promise=reply-time value=- expected=24 hours}",
            "expect.yml:8:5-5 warning [promise-missing] customer free-returns is required in the customer channel, but no customer document states it {promise=free-returns value=- expected=60 days}",
        ])
    }

    @Test func parityFlagsProspectOffersWithoutCounterpart() {
        let lines = Self.run([
            Doc("site/landing.md", .customer, .prospect, ["New here? Get 20% off your first order.", "Start your free trial today.", "Enjoy a free gift with purchase."]),
            Doc("emails/renewal.eml", .customer, .existing, ["As a thank-you, here is a coupon for your next order."]),
            Doc("site/blog.md", .customer, nil, ["Free gifts for everyone reading this blog!"]),
        ], rule: "audience-parity")
        #expect(lines == [
            "site/landing.md:2:12-22 warning [audience-parity] customer a trial offer made to prospects, with no trial offer for existing customers {promise=- value=trial expected=-}",
            "site/landing.md:3:9-18 warning [audience-parity] customer a gift offer made to prospects, with no gift offer for existing customers {promise=- value=gift expected=-}",
        ])
    }

    @Test func parityNeedsDocumentsForExistingCustomers() {
        let lines = Self.run([
            Doc("site/landing.md", .customer, .prospect, ["New here? Get 20% off your first order."]),
        ], rule: "audience-parity")
        #expect(lines == [])
    }

    @Test func offersAreRecordedInFacts() {
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimTestSupport.expectation, stemmer: stemmer)
        let document = ClaimTestSupport.document(
            ["Get 20% off today.", "There is no discount on gift cards.", "Try our 14-day trial, with free shipping."],
            path: "site/x.md", audience: .prospect, stemmer: stemmer)
        let facts = ClaimTestSupport.check(document, rules: rules, expectation: ClaimTestSupport.expectation).facts
        #expect(facts.offers.map { "\($0.span.start.line):\($0.span.start.column):\($0.kind)" } == ["1:5:discount", "3:9:trial", "3:28:free-extra"])
        #expect(facts.offers.allSatisfy { $0.audience == .prospect && $0.file == "site/x.md" })
    }

    @Test func factsRecordClaimsStatementsAndHedges() {
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimTestSupport.expectation, stemmer: stemmer)
        let document = ClaimTestSupport.document(
            ["We usually reply within two days.", "We offer a price match.", "A quoted line."],
            path: "site/x.md", channel: .customer, stemmer: stemmer)
        let facts = ClaimTestSupport.check(document, rules: rules, expectation: ClaimTestSupport.expectation).facts
        #expect(facts.claims.map { "\($0.promise) \($0.valueText) \($0.valueKey)" } == ["reply-time two days 48 hours"])
        #expect(facts.stated.keys.sorted() == ["price-match", "reply-time"])
        #expect(facts.hedged == ["reply-time"])
        #expect(facts.claims.first?.sentence == "We usually reply within two days.")
    }
}

@Suite struct PromiseIndexTests {
    @Test func valuesThatReadAsNoQuantityAreListed() {
        let expectation = AlignConfig.Expectation(file: "expect.yml", promises: [
            ClaimTestSupport.promise("fast", ["reply"], "fast", line: 1),
            ClaimTestSupport.promise("two", ["answer"], "24 hours or 2 days", line: 4),
            ClaimTestSupport.promise("good", ["return"], "60 days", line: 7),
        ])
        let index = PromiseIndex(expectation: expectation, stemmer: Stemmer())
        #expect(index.unreadableValues.map(\.id) == ["fast", "two"])
        #expect(index.entries.map { $0.value?.canonical } == [nil, nil, "60 days"])
    }
}
