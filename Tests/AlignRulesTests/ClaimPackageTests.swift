import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Limits per package, in the wording of Ably's docs (Tests/Evaluation/held-out/ably-docs).
@Suite struct ClaimPackageTests {
    /// The claims of `text`, one paragraph, with their conditions.
    static func claims(_ text: String) throws -> [String] {
        let expectation = try ClaimTestSupport.expectation(fixture: "packages")
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        let document = ClaimTestSupport.document([text], path: "docs/channels/index.mdx", stemmer: stemmer)
        return ClaimTestSupport.check(document, rules: rules, expectation: expectation).facts.claims.map {
            "\($0.promise) \($0.valueText)" + ($0.condition.map { " [\($0)]" } ?? "")
        }
    }

    /// What a figure depends on is not what it measures.
    @Test func aTopicAfterDependingOnIsWhatTheValueDependsOn() throws {
        #expect(try Self.claims(
            "Messages can be retrieved from history for up to 72 hours in the past, depending on the persistence configured for the channel."
        ) == ["history-max 72 hours"])
        #expect(try Self.claims("With persistence, messages are kept for 72 hours.") == ["persisted-history 72 hours"])
    }
}
