import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Figures whose subject is named somewhere else than in their own words: by a heading that says
/// what a generic word is about ("TTL" under "Provision a queue"), or by a table's row ("| EUR |
/// $13.00 |"). In the wording of Ably's, Trigger.dev's, Polar's and Codemagic's docs
/// (Tests/Evaluation).
@Suite struct ClaimReferenceTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "references", markdown, path: "docs/page.md")
    }

    /// "…stored in a queue for, before being transferred to the dead letter queue": after a comma,
    /// "before" opens what follows, so the promise is how long, not a lead time, and a plain
    /// duration states it.
    @Test func aLeadTimeWordAfterACommaLeavesThePromiseALength() throws {
        #expect(try Self.findings("Queue TTL is 48 hours.") == [
            "claim-conflict 1: queue-ttl: this says 48 hours, expect.yml promises 24 hours",
        ])
    }

    /// "TTL" alone is the generic word of "queue TTL" and "run TTL"; a heading that names the queue
    /// says which, and "maximum" (of "maximum TTL") names none.
    @Test func aHeadingNamesWhatQualifiesAGenericWord() throws {
        #expect(try Self.findings("## Provision a queue\n\nThe TTL is 60 minutes.") == [
            "claim-conflict 3: queue-ttl: this says 60 minutes, expect.yml promises 24 hours",
        ])
        #expect(try Self.findings("## Streams\n\nThe TTL is 60 minutes.") == [])
        #expect(try Self.findings("""
            ## Limits comparison

            | Limit | Legacy (pre-4.1.0) | Current |
            | --- | --- | --- |
            | Maximum stream TTL | 1 day | 28 days |
            """) == [])
        #expect(try Self.findings("""
            ## Limits comparison

            | Limit | Current |
            | --- | --- |
            | Maximum run TTL | 28 days |
            """) == ["claim-conflict 5: run-ttl: this says 28 days, expect.yml promises 14 days"])
    }

    /// A table of minimums by currency where expect.yml gives the USD row: the other rows are their
    /// currencies', which expect.yml does not know, even under a column "Minimum Balance (USD)".
    @Test func aRowOfAConditionExpectYmlDoesNotKnowIsNotCompared() throws {
        #expect(try Self.findings("""
            ## Minimum Payout Thresholds

            | Currency | Minimum Balance (USD) |
            |----------|----------------------|
            | USD      | $12.00              |
            | EUR      | $13.00              |
            | Panama   | $50.00              |
            """) == ["claim-conflict 5: minimum-payout: this says $12.00, expect.yml promises $10 for USD"])
    }

    /// "| macOS M2 VM | Mac mini M2 8-core CPU / 8GB RAM |": the row names another machine than
    /// the memory promise's conditions, the M4 and the Studio; the M4's row is compared.
    @Test func theRowOfAnotherMachineIsNotCompared() throws {
        #expect(try Self.findings("""
            | **Item** | **Specification** |
            | --- | --- |
            | macOS M2 VM | Mac mini M2 8-core CPU / 8GB RAM |
            | macOS M4 VM | Mac mini M4 10-core CPU / 12GB RAM |
            """) == ["claim-conflict 4: vm-memory: this says 12GB, expect.yml promises 16GB for Mac mini M4"])
    }
}
