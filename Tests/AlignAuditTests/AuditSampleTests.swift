import AlignAudit
import AlignConfig
import AlignModel
import AlignRules
import Foundation
import Testing
@testable import AlignTestSupport

/// A small company, built by hand, whose audit numbers are worked out in the comments of
/// AuditScoreTests. Other audit tests render and record it.
enum AuditSample {
    static let expectFile = "expect.yml"

    static func promise(_ id: String, _ statement: String, value: String?, requiredIn: [Channel], line: Int) -> Promise {
        Promise(id: id, statement: statement, topics: [id], value: value, strength: .firm, requiredIn: requiredIn,
                position: SourcePosition(line: line, column: 5), valuePosition: SourcePosition(line: line + 3, column: 12))
    }

    static let expectation = Expectation(
        file: expectFile, organization: "Example Outfitters",
        statement: "Fast replies, easy returns, fair prices.",
        promises: [
            promise("reply-time", "We reply to every customer message within 24 hours.", value: "24 hours",
                    requiredIn: [.customer, .employee, .management], line: 4),
            promise("free-returns", "Returns are free for 60 days.", value: "60 days", requiredIn: [.customer, .employee], line: 10),
            promise("price-match", "We match any lower price.", value: nil, requiredIn: [.customer], line: 16),
        ])

    static func span(_ line: Int, _ column: Int = 1) -> SourceSpan {
        SourceSpan(start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: column + 7))
    }

    static func facts(_ file: String, _ channel: Channel, stated: [String], hedged: [String] = [], claims: [Claim] = [],
                      offers: [Offer] = [], audience: Audience? = nil) -> DocumentFacts {
        var facts = DocumentFacts()
        facts.file = file
        facts.channel = channel
        facts.audience = audience
        facts.stated = Dictionary(uniqueKeysWithValues: stated.map { ($0, span(2)) })
        facts.hedged = Set(hedged)
        facts.claims = claims
        facts.offers = offers
        return facts
    }

    static func finding(_ rule: String, _ file: String, line: Int, channel: Channel?, promise: String? = nil,
                        value: String? = nil, expected: String? = nil, message: String = "", related: [RelatedLocation] = []) -> Finding {
        Finding(rule: rule, severity: .warning, file: file, span: span(line, 3), channel: channel,
                message: message.isEmpty ? "\(rule) finding" : message, promise: promise, value: value, expected: expected, related: related)
    }

    /// reply-time: customer ✓, employee ✓, management ∅; free-returns: customer ✓, employee ✗;
    /// price-match: customer ~. Wording: customer 2 terminology + 1 avoid-phrase + 1 greeting,
    /// employee 1 terminology.
    static var input: AuditInput {
        let playbookClaim = Claim(promise: "free-returns", valueText: "45 days", valueKey: "45 days", file: "playbooks/returns.md",
                                  span: span(3, 3), channel: .employee, sentence: "Customers can return items within 45 days.")
        let siteClaim = Claim(promise: "free-returns", valueText: "60 days", valueKey: "60 days", file: "site/returns.html",
                              span: span(8, 3), channel: .customer, sentence: "Free returns for 60 days, no questions asked.")
        let facts = [
            facts("site/returns.html", .customer, stated: ["reply-time", "free-returns"], claims: [siteClaim],
                  offers: [Offer(kind: "discount", file: "site/returns.html", span: span(20), channel: .customer, audience: .prospect,
                                 sentence: "New customers get 15% off their first order.")],
                  audience: .prospect),
            facts("emails/welcome.eml", .customer, stated: ["price-match"], hedged: ["price-match"],
                  offers: [Offer(kind: "free shipping", file: "emails/welcome.eml", span: span(12), channel: .customer, audience: .existing,
                                 sentence: "Members ship free on every order.")],
                  audience: .existing),
            facts("playbooks/returns.md", .employee, stated: ["reply-time", "free-returns"], claims: [playbookClaim]),
            facts("plans/q3.md", .management, stated: []),
        ]
        let findings = [
            finding("claim-conflict", "playbooks/returns.md", line: 3, channel: .employee, promise: "free-returns",
                    value: "45 days", expected: "60 days", message: "45 days differs from the promised 60 days",
                    related: [RelatedLocation(file: expectFile, line: 13, column: 12, message: "canonical value is 60 days")]),
            finding("promise-hedged", "emails/welcome.eml", line: 5, channel: .customer, promise: "price-match"),
            finding("promise-missing", "plans/q3.md", line: 1, channel: .management, promise: "reply-time"),
            finding("terminology", "site/returns.html", line: 4, channel: .customer, value: "client", expected: "customer"),
            finding("terminology", "emails/welcome.eml", line: 9, channel: .customer, value: "client", expected: "customer"),
            finding("terminology", "playbooks/returns.md", line: 7, channel: .employee, value: "buyer", expected: "customer"),
            finding("avoid-phrase", "site/returns.html", line: 11, channel: .customer, message: "avoid “points expire”"),
            finding("impersonal-greeting", "emails/welcome.eml", line: 3, channel: .customer, message: "greets no one by name"),
        ]
        return AuditInput(expectation: expectation, findings: findings, facts: facts, documents: [
            ("emails/welcome.eml", .customer), ("plans/q3.md", .management),
            ("playbooks/returns.md", .employee), ("site/returns.html", .customer),
        ])
    }

    /// 2026-09-15 12:00:00 UTC, inside 2026Q3.
    static let asOf = Date(timeIntervalSince1970: 1_789_473_600)

    static var audit: Audit {
        Audit.compute(input, quarter: Quarter("2026Q3")!, asOf: asOf, commit: "0123456789abcdef0123456789abcdef01234567")
    }

    /// The sample with two earlier quarters recorded: Q1 before the playbook was written (no
    /// employee claims at all), Q2 with the playbook but no conflict yet.
    static var reportWithHistory: AuditReport {
        var q1 = input
        q1.facts.removeAll { $0.channel == .employee }
        q1.findings.removeAll { $0.channel == .employee }
        var q2 = input
        q2.findings.removeAll { $0.rule == "claim-conflict" }
        let history = [
            Audit.compute(q1, quarter: Quarter("2026Q1")!, asOf: asOf.addingTimeInterval(-180 * 86_400), commit: nil),
            Audit.compute(q2, quarter: Quarter("2026Q2")!, asOf: asOf.addingTimeInterval(-90 * 86_400), commit: nil),
        ]
        return AuditReport(audit: audit, history: history, toolVersion: "0.1.0")
    }

    static var fixtures: URL {
        TestPaths.fixtures.appendingPathComponent("audit")
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("align-audit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite struct AuditSampleTests {
    @Test func sampleDatesFallInTheirQuarter() {
        #expect(Quarter(containing: AuditSample.asOf).description == "2026Q3")
    }
}
