import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Sentences that name a promise only by what is said of its subject, from GOV.UK Notify's
/// guidance (Tests/Evaluation/sets/govuk-notify).
@Suite struct ClaimSubjectTests {
    static func claims(_ texts: [String]) throws -> [String] {
        let expectation = try ClaimTestSupport.expectation(fixture: "retention")
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        let document = ClaimTestSupport.document(texts, path: "guidance/unsubscribe-links.html", stemmer: stemmer)
        return ClaimTestSupport.check(document, rules: rules, expectation: expectation).facts.claims.map { "\($0.promise) \($0.valueText)" }
    }

    @Test func aReportAvailableForADurationIsNotTheData() throws {
        #expect(try Self.claims(["This report is available for up to 90 days."]) == [])
    }

    @Test func theDataAvailableForADurationIs() throws {
        #expect(try Self.claims(["Message data is available for up to 90 days."]) == ["message-data-retention 90 days"])
        #expect(try Self.claims(["We delete this data after 90 days."]) == ["message-data-retention 90 days"])
    }
}
