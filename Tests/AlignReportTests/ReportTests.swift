import AlignModel
import Foundation
import Testing
@testable import AlignReport
@testable import AlignTestSupport

/// A fixed report that exercises every format: a conflict with a related place, multi-byte text,
/// a tab before a span, a span over two lines, a message full of characters each format must
/// escape, findings in two channels and in `expect.yml`, and a rule missing from the catalogue.
enum ReportFixture {
    static let hostileMessage = "Avoid \"100% guaranteed\": it overpromises, <script>alert('x')</script>\nsee policy & terms"

    static var report: Report {
        let findings = [
            Finding(
                rule: "claim-conflict", severity: .error, file: "site/returns.html",
                span: span(8, 26, 8, 33), channel: .customer,
                message: "Returns within 30 days, but the promise is 60 days.",
                promise: "free-returns", value: "30 days", expected: "60 days",
                related: [RelatedLocation(file: "expect.yml", line: 12, column: 5, message: "canonical value is 60 days")],
                sourceLine: "\t\t<p>Free returns within 30 days.</p>\n", context: "free returns within 30 days",
                fingerprint: "3f2a9c1e"),
            Finding(
                rule: "terminology", severity: .warning, file: "site/über uns.html",
                span: span(3, 12, 3, 19), channel: .customer,
                message: "Say “customer” instead of “clients”.",
                sourceLine: "Our café ☕ clients — «every» one — love us.", fix: "customers",
                fingerprint: "a1b2c3d4"),
            Finding(
                rule: "avoid-phrase", severity: .info, file: "playbooks/support.md",
                span: span(4, 8, 4, 23), channel: .employee, message: hostileMessage,
                sourceLine: "We are 100% guaranteed, always.", fingerprint: "5e6f7a8b"),
            Finding(
                rule: "promise-hedged", severity: .warning, file: "playbooks/support.md",
                span: span(12, 4, 13, 9), channel: .employee,
                message: "“usually” hedges a firm promise: reply-time.", promise: "reply-time",
                sourceLine: "We usually get back to customers within", fingerprint: "9c0d1e2f"),
            Finding(
                rule: "promise-missing", severity: .error, file: "expect.yml",
                span: span(12, 5, 12, 15), channel: .management,
                message: "No management document states reply-time.", promise: "reply-time", expected: "24 hours"),
            Finding(
                rule: "input-unreadable", severity: .error, file: "emails/broken.eml",
                span: span(1, 1, 1, 1), channel: .customer,
                message: "The MIME structure is cut short: boundary \"==b1\" never closes.",
                fingerprint: "0badf00d"),
        ].sorted(by: Finding.reportOrder)
        return Report(
            toolVersion: "0.1.0", findings: findings, rules: rules, documentsChecked: 5,
            documents: [
                (path: "site/returns.html", channel: .customer),
                (path: "site/über uns.html", channel: .customer),
                (path: "emails/broken.eml", channel: .customer),
                (path: "playbooks/support.md", channel: .employee),
                (path: "plans/staffing.md", channel: .management),
            ],
            root: "/srv/content repo")
    }

    static var cleanReport: Report {
        Report(
            toolVersion: "0.1.0", findings: [], rules: rules, documentsChecked: 1,
            documents: [(path: "site/index.html", channel: .customer)])
    }

    static let rules = [
        RuleDescription(
            id: "claim-conflict", pack: "core", kind: "claim",
            summary: "A claim whose value differs from the promise's canonical value.",
            why: "Customers believe the number they read; two numbers mean one promise is broken.",
            severity: .error),
        RuleDescription(
            id: "terminology", pack: "core", kind: "substitution",
            summary: "A term from instead_of where use is preferred.",
            why: "One word for one thing keeps the message one message.", severity: .warning),
        RuleDescription(
            id: "avoid-phrase", pack: "core", kind: "existence",
            summary: "A phrase or pattern from avoid.", why: "", severity: .warning),
        RuleDescription(
            id: "promise-hedged", pack: "core", kind: "hedge",
            summary: "A firm promise stated with a hedge.",
            why: "A hedge turns a promise into a hope.", severity: .warning),
        RuleDescription(
            id: "promise-missing", pack: "core", kind: "required",
            summary: "A channel in required_in where no document states the promise.",
            why: "Those who deliver and those who fund the promise must know it.", severity: .error),
        RuleDescription(
            id: "loyalty/points-expiry", pack: "loyalty", kind: "existence",
            summary: "Expiring rewards punish loyal customers.",
            why: "People who stop buying for a while are often your steadiest customers.",
            severity: .warning, channels: [.customer],
            examples: RuleExamples(flags: ["Your ↓points expire after 12 months."], passes: ["Your points never expire."])),
    ]

    static func span(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceSpan {
        SourceSpan(start: SourcePosition(line: line, column: column), end: SourcePosition(line: endLine, column: endColumn))
    }
}

@Suite struct ReportGoldenTests {
    @Test(arguments: [
        (OutputFormat.text, "expected.txt"),
        (OutputFormat.json, "expected.json"),
        (OutputFormat.sarif, "expected.sarif"),
        (OutputFormat.github, "expected.github.txt"),
        (OutputFormat.junit, "expected.junit.xml"),
    ])
    func formatMatchesGolden(format: OutputFormat, golden: String) throws {
        try Golden.expect(format.reporter(color: false).render(ReportFixture.report), matches: "report/\(golden)")
    }

    @Test func colouredTextMatchesGolden() throws {
        try Golden.expect(TextReporter(color: true).render(ReportFixture.report), matches: "report/expected.color.txt")
    }

    @Test func cleanReportSaysSo() throws {
        try Golden.expect(TextReporter(color: false).render(ReportFixture.cleanReport), matches: "report/clean.txt")
        try Golden.expect(JSONReporter().render(ReportFixture.cleanReport), matches: "report/clean.json")
    }

    @Test func everyFormatIsDeterministic() {
        for format in OutputFormat.allCases {
            let reporter = format.reporter(color: false)
            #expect(reporter.render(ReportFixture.report) == reporter.render(ReportFixture.report), "\(format)")
        }
    }

    @Test func plainTextHasNoEscapeSequences() {
        #expect(!TextReporter(color: false).render(ReportFixture.report).contains("\u{1B}"))
        #expect(TextReporter(color: true).render(ReportFixture.report).contains("\u{1B}[1;31merror:"))
    }
}
