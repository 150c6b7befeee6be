import AlignModel

/// `--format junit`: one test case per checked document (class name: its channel, name: its
/// path), one `<failure>` per finding in it. Findings in files that are not checked documents
/// (`expect.yml`) get a test case of their own. The `failures` counts are failing test cases,
/// as JUnit readers expect (never more than `tests`); each failure element is one finding.
public struct JUnitReporter: Reporter {
    public init() {}

    private struct TestCase {
        var className: String
        var path: String
        var findings: [Finding]
    }

    public func stream(_ report: Report) -> any ReportStream {
        var header = report
        header.findings = []
        return Stream(report: header)
    }

    /// The suite's counts open the document: JUnit is written whole at the end, so this one
    /// format holds every finding of the run.
    struct Stream: ReportStream {
        var report: Report

        mutating func add(_ findings: [Finding]) -> String {
            report.findings.append(contentsOf: findings)
            return ""
        }

        mutating func finish() -> String {
            JUnitReporter.document(report)
        }
    }

    static func document(_ report: Report) -> String {
        let cases = Self.testCases(report)
        let tests = cases.count
        let failures = cases.filter { !$0.findings.isEmpty }.count
        let counts = "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"align\" \(counts)>\n"
        out += "  <testsuite name=\"align\" \(counts) skipped=\"0\">\n"
        for testCase in cases {
            let attributes = "classname=\"\(XMLText.attribute(testCase.className))\" name=\"\(XMLText.attribute(testCase.path))\""
            guard !testCase.findings.isEmpty else {
                out += "    <testcase \(attributes)/>\n"
                continue
            }
            out += "    <testcase \(attributes)>\n"
            for finding in testCase.findings {
                out += "      <failure type=\"\(XMLText.attribute(finding.rule))\" message=\"\(XMLText.attribute(finding.message))\">"
                out += XMLText.content(Self.body(finding))
                out += "</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n"
        out += "</testsuites>\n"
        return out
    }

    /// Checked documents sorted by path, then the other files that hold findings, by path.
    private static func testCases(_ report: Report) -> [TestCase] {
        var byFile: [String: [Finding]] = [:]
        for finding in report.findings { byFile[finding.file, default: []].append(finding) }
        var cases: [TestCase] = []
        var seen: Set<String> = []
        for document in report.documents.sorted(by: { $0.path < $1.path }) where !seen.contains(document.path) {
            seen.insert(document.path)
            cases.append(TestCase(className: document.channel.rawValue, path: document.path, findings: byFile[document.path] ?? []))
        }
        for file in byFile.keys.sorted() where !seen.contains(file) {
            let findings = byFile[file] ?? []
            // Not a checked document: it has no channel of its own unless its findings name one.
            let className = findings.lazy.compactMap(\.channel).first?.rawValue ?? "config"
            cases.append(TestCase(className: className, path: file, findings: findings))
        }
        return cases
    }

    /// The text a CI page shows for a failure: the finding as the text format's first line,
    /// then its related places.
    private static func body(_ finding: Finding) -> String {
        let start = finding.span.start
        var lines = ["\(finding.file):\(start.line):\(start.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"]
        for related in finding.related {
            lines.append("note: \(related.file):\(related.line): \(related.message)")
        }
        return lines.joined(separator: "\n")
    }
}
