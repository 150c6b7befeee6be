import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Limits per package, in the wording of Ably's docs (Tests/Evaluation/held-out/ably-docs).
@Suite struct ClaimPackageTests {
    /// The claims of `text`, one paragraph, with their conditions.
    static func claims(_ text: String) throws -> [String] {
        try ClaimTestSupport.check(fixture: "packages", texts: [text], path: "docs/channels/index.mdx").facts.claims.map {
            "\($0.promise) \($0.valueText)" + ($0.condition.map { " [\($0)]" } ?? "")
        }
    }

    /// What a figure depends on is not what it measures.
    @Test func aTopicAfterDependingOnIsWhatTheValueDependsOn() throws {
        #expect(try Self.claims(
            "Messages can be retrieved from history for up to 72 hours in the past, depending on the persistence configured for the channel."
        ) == ["history-max up to 72 hours"])
        #expect(try Self.claims("With persistence, messages are kept for 72 hours.") == ["persisted-history 72 hours"])
    }

    /// Each value written with its own package is that package's claim, not a detail of the other.
    @Test func aValueWithItsOwnConditionIsNoDetail() throws {
        let both = try Self.claims(
            "The total size of all messages must be less than the message size limit (64kiB by default for paid accounts, 16kiB for free accounts).")
        #expect(both.count == 2 && both.contains("max-message-size 16kiB [Free]"), "\(both)")
        // Without a condition of its own, the other figure stays a detail of the one that agrees.
        #expect(try Self.claims("The message size limit is 64kiB, and a batch may hold 16kiB more.") == ["max-message-size 64kiB"])
    }

    /// A row headed "Total message cost" is a bill worked out from the price, not the price.
    @Test func aTotalIsNotThePrice() throws {
        let expectation = try ClaimTestSupport.expectation(fixture: "packages")
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        let table = """
            | Item | Calculation | Cost |
            |------|-------------|------|
            | **Message cost** | per million messages | **$2.50** |
            | **Total message cost** | **15,000,000 × $2.50/M** | **$37.50** |
            """
        let document = try ClaimContextTests.analyzed(table, path: "docs/pricing/examples/support-chat.mdx", stemmer: stemmer)
        let claims = ClaimTestSupport.check(document, rules: rules, expectation: expectation).facts.claims.map { "\($0.promise) \($0.valueText)" }
        #expect(claims == ["message-price $2.50"])
    }

    /// The topic "per million messages" says what the promise's "$2.50" is counted per, so a
    /// price written "per million messages" is compared with it; a best case is not.
    @Test func aTopicCarriesTheValuesUnit() throws {
        let worked = try Self.claims("At $2.00 per million messages (standard tier), that's $20 per second or $1,200 per minute")
        #expect(worked == ["message-price $2.00 per million [standard]"])
        #expect(try Self.claims("Messages are charged at $2.50 per million messages consumed.") == ["message-price $2.50 per million"])
        #expect(try Self.claims("Depending on volume, rates can go as low as $0.50 per million messages.") == [])
    }
}
