import AlignModel
@testable import AlignReport
import Testing
@testable import AlignTestSupport

/// A check writes its report a file at a time: every format gives the same bytes however the
/// findings are handed over.
@Suite struct ReportStreamTests {
    @Test(arguments: OutputFormat.allCases)
    func findingsHandedOverOneAtATimeGiveTheWholeReport(format: OutputFormat) {
        let report = ReportFixture.report
        let reporter = format.reporter(color: false)
        var header = report
        header.findings = []
        var stream = reporter.stream(header)
        var streamed = stream.add([])
        for finding in report.findings {
            streamed += stream.add([finding])
            streamed += stream.add([])
        }
        streamed += stream.finish()
        #expect(streamed == reporter.render(report))
        #expect(!streamed.isEmpty)
    }

    @Test(arguments: OutputFormat.allCases)
    func anEmptyStreamIsTheCleanReport(format: OutputFormat) {
        let reporter = format.reporter(color: false)
        var stream = reporter.stream(ReportFixture.cleanReport)
        #expect(stream.finish() == reporter.render(ReportFixture.cleanReport))
    }
}

/// The JSON format writes each finding directly; the tree of `JSONValue` is its specification.
@Suite struct JSONFindingWriterTests {
    @Test func eachFindingIsWrittenAsItsTreeWouldBe() {
        for finding in ReportFixture.report.findings {
            var direct = ""
            JSONReporter.write(finding, into: &direct)
            var tree = ""
            JSONReporter.finding(finding).write(into: &tree, indent: 2)
            #expect(direct == tree)
        }
    }
}
