@testable import AlignEngine
import Foundation
import Testing
@testable import AlignTestSupport

/// A page kept for each year of a recurring event tells, in every year but the latest, what was
/// so that year: the Haskell Foundation's workshop pages (Tests/Evaluation/held-out/
/// haskell-foundation-site) and OpenTelemetry's election pages (held-out/otel-community).
@Suite struct PastEditionTests {
    @Test func everyEditionButTheLatestIsPast() {
        let paths = [
            "events/2023-ghc-development-workshop.markdown",
            "events/2024-haskell-ecosystem-workshop.markdown",
            "events/2025-haskell-ecosystem-workshop.markdown",
            "events/2026-haskell-ecosystem-workshop.markdown",
            "events/2025-haskell-implementors-workshop.markdown",
            "events/2026-haskell-implementors-workshop.markdown",
            "elections/2019/governance-committee-election.md",
            "elections/2024/governance-committee-election.md",
            "elections/2023/governance-committee-candidates.md",
            "news/2026-07-18/haskell-ecosystem-workshop-videos.markdown",
            "reports/2024.md",
            "reports/2025.md",
            "docs/10000-hours.md",
            "docs/20000-hours.md",
        ]
        #expect(PastEditions.paths(among: paths) == [
            "events/2024-haskell-ecosystem-workshop.markdown",
            "events/2025-haskell-ecosystem-workshop.markdown",
            "events/2025-haskell-implementors-workshop.markdown",
            "elections/2019/governance-committee-election.md",
            "reports/2024.md",
        ])
    }

    /// The 2024 workshop's fee and sponsor levels are that year's once the 2026 page is there; a
    /// cached run sees the new page and reports what a run without the cache reports.
    @Test func aPastEditionStatesNoClaimAndKeepsNoOldNameEvenFromTheCache() throws {
        let fee = " * _Enrolled students_ ($$%@) are participants who are enrolled full-time at an educational institution.\n"
        let seats = "Monad and Applicative level sponsors to the Haskell Foundation have a set of reserved seats.\n"
        let root = try FirstRunTests.makeTree([
            "align.yml": "channels:\n  customer: [\"events/**\"]\n",
            "expect.yml": """
                organization: Haskell Foundation
                promises:
                  - id: student-fee
                    statement: "Enrolled students ($20) are participants who are enrolled full-time at an educational institution."
                    topic: [enrolled students, student fee, students]
                    value: $20
                terminology:
                  - use: Gold
                    instead_of: [Monad level, Monad sponsors, Monad]

                """,
            "events/2024-haskell-ecosystem-workshop.markdown": seats + "\n" + String(format: fee, "40"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let alone = try AlignCLI.run(["check", "--format", "json"], in: root).stdout
        #expect(alone.contains("claim-conflict") && alone.contains("terminology"))
        try Data(String(format: fee, "20").utf8).write(to: root.appendingPathComponent("events/2026-haskell-ecosystem-workshop.markdown"))
        let cached = try AlignCLI.run(["check", "--format", "json"], in: root).stdout
        #expect(cached == (try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: root).stdout))
        #expect(!cached.contains("claim-conflict") && !cached.contains("terminology"))
    }
}
