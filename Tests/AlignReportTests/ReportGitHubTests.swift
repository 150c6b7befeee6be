import AlignModel
import Testing
@testable import AlignTestSupport
@testable import AlignReport

@Suite struct ReportGitHubTests {
    @Test func messageEscapingFollowsTheToolkit() {
        #expect(GitHubReporter.escapeData("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b")
        #expect(GitHubReporter.escapeData("%0A stays text") == "%250A stays text")
    }

    @Test func propertyEscapingAlsoCoversColonAndComma() {
        #expect(GitHubReporter.escapeProperty("docs/a:b, c%.md") == "docs/a%3Ab%2C c%25.md")
        #expect(GitHubReporter.escapeProperty("line\nbreak") == "line%0Abreak")
    }

    @Test func severitiesMapToCommands() {
        func command(_ severity: Severity, _ span: SourceSpan) -> String {
            GitHubReporter.command(Finding(
                rule: "pack/a:b,c", severity: severity, file: "a,b.md", span: span, channel: .customer,
                message: "x: y, 5%"))
        }
        let oneLine = ReportFixture.span(3, 4, 3, 9)
        #expect(command(.error, oneLine) == "::error file=a%2Cb.md,line=3,col=4,endLine=3,endColumn=9,title=pack/a%3Ab%2Cc::x: y, 5%25\n")
        #expect(command(.warning, oneLine).hasPrefix("::warning file="))
        #expect(command(.info, oneLine).hasPrefix("::notice file="))
        // GitHub rejects columns on a span over several lines.
        #expect(command(.error, ReportFixture.span(3, 4, 5, 2)) == "::error file=a%2Cb.md,line=3,endLine=5,title=pack/a%3Ab%2Cc::x: y, 5%25\n")
    }
}
