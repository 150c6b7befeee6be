import AlignModel
import Testing
@testable import AlignTestSupport
@testable import AlignReport

@Suite struct ReportTextTests {
    private func caret(_ line: String, _ column: Int, _ endColumn: Int, endLine: Int = 1) -> String {
        CaretLine.under(line, span: ReportFixture.span(1, column, endLine, endColumn))
    }

    @Test func caretSpansScalarsNotBytes() {
        #expect(caret("Our café ☕ clients", 12, 19) == "           ^~~~~~~")
        #expect(caret("naïve", 1, 2) == "^")
    }

    @Test func tabsBeforeTheSpanAreCopied() {
        #expect(caret("\t a\tword", 5, 9) == "\t  \t^~~~")
    }

    @Test func spansPastTheLineStopAtItsEnd() {
        #expect(caret("We usually reply", 4, 3, endLine: 2) == "   ^~~~~~~~~~~~~")
        #expect(caret("short", 3, 40) == "  ^~~")
        // An empty span still shows where it is.
        #expect(caret("abc", 4, 4) == "   ^")
    }

    @Test func controlCharactersFromDocumentsNeverReachTheTerminal() {
        let finding = Finding(
            rule: "terminology", severity: .warning, file: "a.txt", span: ReportFixture.span(1, 1, 1, 4),
            channel: .employee, message: "Say \u{1B}[31mcustomer", sourceLine: "abc\u{1B}]0;title\u{07}")
        let report = Report(toolVersion: "0.1.0", findings: [finding], rules: [], documentsChecked: 1, documents: [])
        let output = TextReporter(color: false).render(report)
        #expect(output == """
            a.txt:1:1: warning: Say \u{FFFD}[31mcustomer [terminology]
            abc\u{FFFD}]0;title\u{FFFD}
            ^~~

            0 errors, 1 warning, 0 info in 1 document
            By channel: employee 1 warning

            """)
    }
}
