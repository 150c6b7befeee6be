import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Advice to the reader hedged ("when possible, use ..."), what the reader should know, what readers
/// usually do, a judgement of a value, a hedged exclusion, and a hedge on a subject of its own, in the
/// wording of npm's, GOV.UK Pay's, Ory's, BTCPay Server's, SaladCloud's, ARCHER2's and the Apache
/// infrastructure team's docs (Tests/Evaluation/held-out/npm-docs, govuk-pay-docs, ory-docs,
/// btcpay-docs, salad-cloud-docs, archer2-docs, apache-infra-docs), and a duty with exceptions in
/// WhatDoTheyKnow's (held-out/mysociety-wdtk).
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

    /// After an opening hedge, "you" and the reader's own verb tell what readers usually do; "you
    /// will see" is still what the company promises them.
    @Test func whatReadersUsuallyDoIsNoHedge() throws {
        let path = "docs/Development/ecommerce-integration-guide.md"
        #expect(try ClaimContextTests.findings(fixture: "checkout", """
            On most eCommerce stores you have a payment step and on that step different payment methods are listed. \
            Usually you list "Bitcoin / Lightning Network".
            """, path: path) == [])
        #expect(try ClaimContextTests.findings(fixture: "checkout", "Usually you will see a Lightning Network invoice go to a settled state.", path: path) == [
            "promise-hedged 1: lightning-settled is a firm promise: \"usually\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// A frequency hedge before a word of judgement judges the value said before it ("is generally
    /// sufficient"); it does not make the promise sound optional.
    @Test func aJudgementOfAValueIsNoHedge() throws {
        let path = "container-engine/explanation/gateway/load-balancer-options.mdx"
        #expect(try ClaimContextTests.findings(fixture: "gateway", """
            A 100-second timeout is generally sufficient for many tasks, including image generation and classification.
            """, path: path) == [])
        #expect(try ClaimContextTests.findings(fixture: "gateway", "The container gateway timeout is generally 100 seconds.", path: path) == [
            "promise-hedged 1: gateway-timeout is a firm promise: \"generally\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// A frequency hedge before "called" or "known" says what a thing is usually called, as
    /// Monero's ring-size page does ("Foreign outputs are typically called "decoys""); it does not
    /// make the promise sound optional.
    @Test func whatAThingIsUsuallyCalledIsNoHedge() throws {
        let path = "_i18n/en/resources/moneropedia/ring-size.md"
        #expect(try ClaimContextTests.findings(fixture: "wallets", """
            Foreign outputs are typically called "decoys," and the number of decoys was previously called the "mixin" size.
            """, path: path) == [])
        #expect(try ClaimContextTests.findings(fixture: "wallets", "Foreign outputs are typically decoys.", path: path) == [
            "promise-hedged 1: ring-size is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// "You can usually use" says what the reader is mostly able to do, as Sandstorm's email
    /// page does of the SMTP server to relay through; "you can usually expect" hedges what the
    /// company does.
    @Test func whatTheReaderCanUsuallyDoIsNoHedge() throws {
        let path = "docs/administering/email.md"
        #expect(try ClaimContextTests.findings(fixture: "email", """
            If running at home or at work, you can usually use your ISP's or corporation's SMTP server.
            """, path: path) == [])
        #expect(try ClaimContextTests.findings(fixture: "email", "You can usually expect the SMTP server to listen on the default port.", path: path) == [
            "promise-hedged 1: smtp-port is a firm promise: \"usually\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// "You should be all set" tells the reader they are done; it hedges no promise.
    @Test func beingAllSetIsNoHedge() throws {
        let path = "docs/user-guide/data.md"
        #expect(try ClaimContextTests.findings(fixture: "access", """
            If you are using the same system that you use to log into ARCHER2 then you should be all set.
            """, path: path) == [])
        #expect(try ClaimContextTests.findings(fixture: "access", "Your credentials should be ready to log into ARCHER2 within a day.", path: path) == [
            "promise-hedged 1: login-credentials is a firm promise: \"should be\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// A hedged exclusion is a limit of the promise, as a hedged "cannot" is.
    @Test func aHedgedExclusionIsALimit() throws {
        let path = "content/pages/backup-policy.md"
        #expect(try ClaimContextTests.findings(fixture: "backups", """
            Ephemeral data or data sets which generate large numbers of backup errors are typically excluded from backups.
            """, path: path) == [])
        #expect(try ClaimContextTests.findings(fixture: "backups", "Project VM backups are typically provided as a courtesy.", path: path) == [
            "promise-hedged 1: project-vm-backups is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// A frequency hedge on a duty ("normally have to respond") states the rule and that it has
    /// exceptions; it does not make the promise sound optional. Without the duty it still does.
    @Test func aHedgedDutyIsARuleWithExceptions() throws {
        let path = "lib/views/learn/request_refused_delayed.html.erb"
        for sentence in [
            "Public authorities normally have to respond to requests within 20 working days.",
            "Normally, FOI requests have to be answered within twenty working days.",
            "Usually, the authority has to reply to your request within 20 working days.",
        ] {
            #expect(try ClaimContextTests.findings(fixture: "foi", sentence, path: path) == [], "\(sentence)")
        }
        #expect(try ClaimContextTests.findings(fixture: "foi", "Public authorities normally respond to requests within 20 working days.", path: path) == [
            "promise-hedged 1: foi-response-deadline is a firm promise: \"normally\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// After a promise's topic, a hedge weakens the promise only on what its statement says:
    /// WhatDoTheyKnow's pages hedge who carries out internal reviews and what public bodies'
    /// officers want, not how long a review takes or how many bodies are listed.
    @Test func aHedgeOnAnotherPredicateOfTheTopicWeakensNoPromise() throws {
        for (sentence, path) in [
            ("Internal reviews are free of charge and are usually carried out by someone who works for the public authority, but who was not involved in dealing with your request.",
             "lib/views/learn/request_refused_delayed.html.erb"),
            ("They are like your helper inside the public body and usually want to assist you.", "lib/views/help/requesting.html.erb"),
        ] {
            #expect(try ClaimContextTests.findings(fixture: "foi", sentence, path: path) == [], "\(sentence)")
        }
        #expect(try ClaimContextTests.findings(fixture: "foi", "Internal reviews should usually take no longer than 20 working days.", path: "lib/views/help/unhappy.html.erb") == [
            "promise-hedged 1: internal-review-time is a firm promise: \"usually\" makes it sound optional; state it as expect.yml does",
        ])
    }
}
