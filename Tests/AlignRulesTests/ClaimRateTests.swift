import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// A rate and a total of the same thing never agree, and a value inside a longer topic names
/// the topic. Wording from Twilio SendGrid's billing page (Tests/Evaluation/sets/sendgrid-docs),
/// Cypress Cloud's FAQ (Tests/Evaluation/held-out/cypress-cloud-docs), Amazon SQS's developer
/// guide (held-out/aws-sqs-guide) and ntfy's docs (held-out/ntfy-docs).
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

    /// Other figures measure two things: a throughput is not a batch's size, a refill is not
    /// the burst it refills. Only one figure with its period added or dropped misstates the other.
    @Test func aRateOfOtherFiguresIsNotTheTotal() throws {
        #expect(try Self.conflicts(
            "If you use batching, FIFO queues support up to 3,000 messages per second, per API method."
        ) == [])
        #expect(try Self.conflicts("The batch actions manipulate up to 20 messages with a single action.") == [
            "batch-size: this says up to 20 messages, expect.yml promises up to 10 messages",
        ])
        #expect(try Self.conflicts(
            "After the 60, new requests will encounter a 429 response. The request bucket is refilled at a rate of one request per 5 seconds."
        ) == [])
        #expect(try Self.conflicts("Each visitor has a request bucket of 60 requests per second.") == [
            "request-burst: this says 60 requests per second, expect.yml promises 60 requests (60 requests per second is a rate, 60 requests a total)",
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
