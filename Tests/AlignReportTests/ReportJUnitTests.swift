import AlignModel
import Foundation
import Testing
@testable import AlignTestSupport
@testable import AlignReport

@Suite struct ReportJUnitTests {
    /// Parses with Python's XML parser and prints what a CI server would read.
    static let summarize = """
        import json, sys, xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        suite = root.find("testsuite")
        cases = suite.findall("testcase")
        print(json.dumps({
            "root": root.tag,
            "tests": suite.get("tests"), "failures": suite.get("failures"), "errors": suite.get("errors"),
            "cases": [[c.get("classname"), c.get("name"), len(c.findall("failure"))] for c in cases],
            "failureMessages": [f.get("message") for c in cases for f in c.findall("failure")],
            "failureTexts": [f.text for c in cases for f in c.findall("failure")],
        }, ensure_ascii=False))
        """

    struct Summary: Decodable {
        var root: String
        var tests: String
        var failures: String
        var errors: String
        var cases: [[Entry]]
        var failureMessages: [String]
        var failureTexts: [String]

        enum Entry: Decodable, Equatable {
            case text(String), number(Int)
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
            }
        }
    }

    private func summarize(_ xml: String) throws -> Summary {
        let outcome = try ReportPython.run(Self.summarize, on: xml, extension: "xml")
        #expect(outcome.status == 0, "\(outcome.output)")
        return try JSONDecoder().decode(Summary.self, from: Data(outcome.output.utf8))
    }

    @Test func parsesWithTheRightCounts() throws {
        let summary = try summarize(JUnitReporter().render(ReportFixture.report))
        #expect(summary.root == "testsuites")
        // Five checked documents plus expect.yml; every one but plans/staffing.md fails.
        #expect(summary.tests == "6")
        #expect(summary.failures == "5")
        #expect(summary.errors == "0")
        #expect(summary.cases == [
            [.text("customer"), .text("emails/broken.eml"), .number(1)],
            [.text("management"), .text("plans/staffing.md"), .number(0)],
            [.text("employee"), .text("playbooks/support.md"), .number(2)],
            [.text("customer"), .text("site/returns.html"), .number(1)],
            [.text("customer"), .text("site/über uns.html"), .number(1)],
            [.text("management"), .text("expect.yml"), .number(1)],
        ])
        // Escaping is lossless: the parser gives back the message exactly, newline included.
        #expect(summary.failureMessages.contains(ReportFixture.hostileMessage))
        #expect(summary.failureTexts.contains { $0.contains(ReportFixture.hostileMessage) })
        #expect(summary.failureTexts.contains { $0.hasSuffix("note: expect.yml:12: canonical value is 60 days") })
    }

    @Test func charactersXMLForbidsAreDropped() throws {
        let finding = Finding(
            rule: "avoid-phrase", severity: .warning, file: "emails/odd.eml",
            span: ReportFixture.span(2, 1, 2, 5), channel: .customer,
            message: "bell\u{07} null\u{00} escape\u{1B} tab\tkept \u{FFFF}end")
        let report = Report(toolVersion: "0.1.0", findings: [finding], rules: [], documentsChecked: 1,
                            documents: [(path: "emails/odd.eml", channel: .customer)])
        let summary = try summarize(JUnitReporter().render(report))
        #expect(summary.failureMessages == ["bell null escape tab\tkept end"])
        #expect(summary.tests == "1")
        #expect(summary.failures == "1")
    }

    @Test func xmllintAcceptsTheOutputWhenPresent() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("align-junit-\(UUID().uuidString).xml")
        try JUnitReporter().render(ReportFixture.report).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
