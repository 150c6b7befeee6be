import Foundation
import Testing
@testable import AlignTestSupport

/// The bundled sample company, checked by the real binary: the README's demo, compared whole
/// with golden files, and against the planted-findings oracle the corpus was written with.
@Suite struct CorpusEndToEndTests {
    @Test func textReportMatchesTheGoldenFile() throws {
        let outcome = try AlignCLI.run(["check", "--no-color"], in: AlignCLI.corpus)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        try Golden.expect(outcome.stdout, matches: "corpus/expected.txt")
    }

    @Test func jsonReportMatchesTheGoldenFile() throws {
        let outcome = try AlignCLI.run(["check", "--format", "json"], in: AlignCLI.corpus)
        #expect(outcome.status == 1)
        try Golden.expect(outcome.stdout, matches: "corpus/expected.json")
    }

    /// corpus/PLANTED.md lists every finding planted on purpose and every look-alike that must
    /// stay quiet; the run must report exactly the planted ones.
    @Test func reportsExactlyThePlantedFindings() throws {
        let outcome = try AlignCLI.run(["check", "--format", "json"], in: AlignCLI.corpus)
        let found = try Self.findings(outcome.stdout)
        let planted = try Self.planted()
        #expect(planted.count == 56)
        let reported = Set(found.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" })
        let expected = Set(planted.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" } + ["align.yml:14:9 loyalty/thank-existing"])
        #expect(expected.subtracting(reported).sorted() == [], "planted but not reported")
        #expect(reported.subtracting(expected).sorted() == [], "reported but not planted")
        // Every rule the product has fires somewhere in the corpus.
        let rules = Set(found.map(\.rule))
        for rule in ["claim-conflict", "claim-drift", "promise-hedged", "promise-missing", "terminology", "avoid-phrase",
                     "audience-parity", "impersonal-greeting", "input-unreadable", "input-truncated", "unused-suppression",
                     "recommended/vague-superlative", "recommended/internal-jargon", "recommended/hedge",
                     "loyalty/points-expiry", "loyalty/bribery-framing", "loyalty/new-customer-only",
                     "loyalty/thank-existing", "loyalty/greet-by-name", "loyalty/listening"] {
            #expect(rules.contains(rule), "no \(rule) finding in the corpus")
        }
    }

    @Test func sarifIsValidAgainstTheSchema() throws {
        let outcome = try AlignCLI.run(["check", "--format", "sarif"], in: AlignCLI.corpus)
        let check = try ReportPython.run(SARIFSchema.validate, on: outcome.stdout, extension: "sarif", arguments: [SARIFSchema.file.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(outcome.stdout.contains("\"columnKind\" : \"unicodeCodePoints\"") || outcome.stdout.contains("\"columnKind\": \"unicodeCodePoints\""))
    }

    /// One worker or every core: the same findings in the same order.
    @Test func resultsDoNotDependOnTheNumberOfJobs() throws {
        let one = try AlignCLI.run(["check", "--format", "json", "--jobs", "1"], in: AlignCLI.corpus)
        let many = try AlignCLI.run(["check", "--format", "json", "--jobs", "4"], in: AlignCLI.corpus)
        #expect(one.stdout == many.stdout)
    }

    /// Run from the repository root with the corpus as PATH: align.yml is found there, and paths
    /// stay relative to it.
    @Test func pathArgumentFindsTheConfigurationAndKeepsPathsRelative() throws {
        let fromRoot = try AlignCLI.run(["check", "corpus", "--format", "json"], in: AlignCLI.packageRoot)
        let fromCorpus = try AlignCLI.run(["check", "--format", "json"], in: AlignCLI.corpus)
        #expect(fromRoot.status == 1)
        #expect(fromRoot.stdout == fromCorpus.stdout)
    }

    typealias Row = FindingRow

    static func findings(_ json: String) throws -> [Row] { try FindingRow.parse(json) }

    /// The "Findings that must be reported" table of corpus/PLANTED.md.
    static func planted() throws -> [Row] {
        let text = try String(contentsOf: AlignCLI.corpus.appendingPathComponent("PLANTED.md"), encoding: .utf8)
        var rows: [Row] = []
        var inTable = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inTable = line.contains("must be reported") }
            guard inTable, line.hasPrefix("| ") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, let lineNumber = Int(cells[1]), let column = Int(cells[2]) else { continue }
            rows.append(Row(rule: cells[3].trimmingCharacters(in: CharacterSet(charactersIn: "`")), file: cells[0], line: lineNumber, column: column))
        }
        return rows
    }
}
