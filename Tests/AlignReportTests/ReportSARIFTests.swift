import AlignModel
import Foundation
import Testing
@testable import AlignReport
@testable import AlignTestSupport

@Suite struct ReportSARIFTests {
    static let schema = SARIFSchema.file
    static let validate = SARIFSchema.validate

    private func validate(_ sarif: String) throws -> ReportPython.Outcome {
        try ReportPython.run(Self.validate, on: sarif, extension: "sarif", arguments: [Self.schema.path])
    }

    @Test func outputValidatesAgainstTheSchema() throws {
        let outcome = try validate(SARIFReporter().render(ReportFixture.report))
        #expect(outcome.status == 0, "\(outcome.output)")
        let clean = try validate(SARIFReporter().render(ReportFixture.cleanReport))
        #expect(clean.status == 0, "\(clean.output)")
    }

    /// The validation above means something only if a wrong document fails it.
    @Test func schemaCheckRejectsAWrongLevel() throws {
        let sarif = SARIFReporter().render(ReportFixture.report)
            .replacingOccurrences(of: "\"level\": \"note\"", with: "\"level\": \"fatal\"")
        let outcome = try validate(sarif)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("fatal"))
    }

    /// A finding with a position no file has (line 0, an end before its start) is clamped, not
    /// written invalid.
    @Test func impossiblePositionsStillValidate() throws {
        let finding = Finding(
            rule: "claim-conflict", severity: .warning, file: "a b/c.md",
            span: ReportFixture.span(0, 0, 0, -3), channel: nil, message: "m",
            related: [RelatedLocation(file: "expect.yml", line: 0, column: 0, message: "n")])
        let report = Report(toolVersion: "0.1.0", findings: [finding], rules: [], documentsChecked: 1, documents: [])
        let outcome = try validate(SARIFReporter().render(report))
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func urisArePercentEncodedRelativeReferences() {
        #expect(URIEncoding.path("site/über uns.html") == "site/%C3%BCber%20uns.html")
        #expect(URIEncoding.path("a:b/100%#?.md") == "a%3Ab/100%25%23%3F.md")
        #expect(URIEncoding.path("plans/q4-plan_v2.~md") == "plans/q4-plan_v2.~md")
        #expect(URIEncoding.folder("/srv/content repo") == "file:///srv/content%20repo/")
        #expect(URIEncoding.folder("/srv/") == "file:///srv/")
    }

    @Test func ruleNamesAreReadableIdentifiers() {
        #expect(SARIFReporter.name(of: "claim-conflict") == "ClaimConflict")
        #expect(SARIFReporter.name(of: "loyalty/points-expiry") == "LoyaltyPointsExpiry")
    }

    @Test func everyResultPointsAtItsRule() throws {
        let data = Data(SARIFReporter().render(ReportFixture.report).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIDs = try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == ReportFixture.report.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIDs[index] == result["ruleId"] as? String)
        }
    }
}
