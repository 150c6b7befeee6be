import Testing
@testable import AlignTestSupport

/// A topic after the "un-" opposite of a word of the promise's statement is the other kind of
/// thing: unpaid leave beside a promise of paid leave, in the wording of Hypha's and Loomio's
/// handbooks (Tests/Evaluation/held-out/hypha-handbook, loomio-coop-handbook).
@Suite struct ClaimOppositeKindTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "oppositekind", markdown, path: "Policies/parental-leave.md")
    }

    @Test func unpaidLeaveIsNotThePaidLeavePromised() throws {
        #expect(try Self.findings("New parents are entitled to up to 69 weeks of **unpaid** parental leave.") == [])
        #expect(try Self.findings("* 52 weeks of unpaid parental leave — Loomio must keep their job open for them") == [])
        #expect(try Self.findings("New parents are entitled to 6 months of paid parental leave.") == [
            "claim-conflict 1: paid-parental-leave: this says 6 months, expect.yml promises 3 months",
        ])
        #expect(try Self.findings("* 20 weeks of government-paid parental leave") == [
            "claim-conflict 1: paid-parental-leave: this says 20 weeks, expect.yml promises 3 months",
        ])
    }
}
