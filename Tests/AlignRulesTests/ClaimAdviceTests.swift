import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Advice to the reader hedged ("when possible, use ..."), what the reader should know, and a hedge
/// on a subject of its own, in the wording of npm's, GOV.UK Pay's and Ory's docs
/// (Tests/Evaluation/held-out/npm-docs, govuk-pay-docs, ory-docs).
@Suite struct ClaimAdviceTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "tokens", markdown, path: "content/integrations/ci-cd.mdx")
    }

    /// A hedge on what the reader is told to do qualifies the advice, not the promise it names.
    @Test func aHedgedInstructionIsAdvice() throws {
        #expect(try Self.findings(
            "When possible, use granular access tokens with the minimum permissions necessary, and set short expiration dates for your tokens."
        ) == [])
        #expect(try Self.findings("Rotate your granular access tokens where possible.") == [])
        // The promise itself hedged is still reported.
        #expect(try Self.findings("In most cases, legacy access tokens have been removed.") == [
            "promise-hedged 1: legacy-tokens-removed is a firm promise: \"in most cases\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// "You should be aware that ..." tells the reader something; it hedges nothing.
    @Test func whatTheReaderShouldKnowIsNoHedge() throws {
        #expect(try Self.findings(
            "You can still check the status of these payments, but you should be aware that the payment will expire 90 minutes after it was created."
        ) == [])
        #expect(try Self.findings("The payment should be expired within 90 minutes.")
            == ["promise-hedged 1: payment-expiry is a firm promise: \"should be\" makes it sound optional; state it as expect.yml does"])
    }

    /// A hedge after a subject of its own is about that subject, not the promise named later.
    @Test func aHedgeAfterAnotherSubjectHedgesNoPromise() throws {
        #expect(try Self.findings(
            "These attacks typically involve numerous attempts to guess credentials or exploit vulnerabilities, often from a limited set of IP addresses."
        ) == [])
        #expect(try Self.findings("We typically fix security vulnerabilities before the deadline.")
            == ["promise-hedged 1: security-sla is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does"])
    }
}
