import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// A hedge on a figure the promise allows, a ceiling said with "may take up to", and a hedge's
/// words naming a tab, in the wording of SAP Job Scheduling service's, web3.storage's and addy.io's
/// docs (Tests/Evaluation/held-out/sap-jobscheduler-docs, web3storage-site, addy-help).
@Suite struct ClaimHedgedFigureTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "hedgedfigures", markdown, path: "docs/how-tos/query.md")
    }

    /// "typically one hour" under a 12-hour ceiling is how long it mostly takes, well inside the
    /// promise; a hedge on the promise's own figure still weakens it.
    @Test func aHedgeOnAFigureThePromiseAllowsLeavesItFirm() throws {
        #expect(try Self.findings("The SAP Job Scheduling service caches the token based on the token's expiry time (typically one hour).") == [])
        #expect(try Self.findings("The service typically caches the token for up to 12 hours.") == [
            "promise-hedged 1: token-cache is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does",
        ])
        #expect(try Self.findings("Data is usually stored on Filecoin within 48 hours.") == [
            "promise-hedged 1: filecoin-within-48-hours is a firm promise: \"usually\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// "may take up to 48 hours" is the ceiling "within 48 hours" states; "may take 48 hours" hopes.
    @Test func mayTakeUpToIsACeiling() throws {
        #expect(try Self.findings("Newly uploaded content may take up to 48 hours to be stored on Filecoin.") == [])
        #expect(try Self.findings("Note that it may take up to 48 hours after uploading data to web3.storage before Filecoin deals are activated.") == [])
        #expect(try Self.findings("Newly uploaded content may take 48 hours to be stored on Filecoin.") == [
            "promise-hedged 1: filecoin-within-48-hours is a firm promise: \"may take\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// A capitalised word of "in general" names a tab of the settings.
    @Test func aHedgeInTitleCaseIsAName() throws {
        #expect(try Self.findings("1. In **General** settings, find **Default alias domain** and **Default alias format**.") == [])
        #expect(try Self.findings("In general, alias domains are shared by every plan.") == [
            "promise-hedged 1: alias-domains is a firm promise: \"in general\" makes it sound optional; state it as expect.yml does",
        ])
    }
}
