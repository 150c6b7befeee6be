import AlignRules
import Testing
@testable import AlignTestSupport

/// The company denying a promise by its name, in Deno's terms (held-out/deno-deploy-docs), and
/// the product limits it states the same way in Railway's and Knock's docs (held-out/railway-docs,
/// knock-docs).
@Suite struct ClaimDenialTests {
    static func findings(fixture: String, _ text: String) throws -> [String] {
        try ClaimTestSupport.check(fixture: fixture, texts: [text], path: "deploy/terms_and_conditions.md").findings.map { "\($0.rule): \($0.message)" }
    }

    @Test func theCompanyDeniesAPromiseByItsName() throws {
        #expect(try Self.findings(fixture: "refunds", "Deno does not refund any pre-paid portion of the Subscription fee.")
            == ["promise-negated: refund-window is a firm promise: \"not\" denies or withdraws it"])
        #expect(try Self.findings(fixture: "refunds", "Deno does not offer refunds on subscriptions.") == [])
    }

    /// A promise stated as a refusal is said again, not withdrawn, by a sentence refusing it:
    /// Semantic Scholar's release notes repeat "We no longer accept key requests from free email
    /// domains" every month. A promise stated as an offer is still denied.
    @Test func aRefusalRepeatedIsThePromise() throws {
        #expect(try Self.findings(fixture: "keys", "We no longer accept key requests from free email domains due to limited resources.") == [])
        #expect(try Self.findings(fixture: "keys", "We no longer offer key recovery.")
            == ["promise-negated: key-recovery is a firm promise: \"no longer\" denies or withdraws it"])
    }

    /// Packet offers support around the clock by email and Slack, and says "We don't offer phone
    /// support": a kind of support its promise does not name is refused, not the promise. The
    /// promise refused is still denied.
    @Test func aKindOfThePromiseRefusedIsNoDenial() throws {
        #expect(try Self.findings(fixture: "channels", "We don't offer phone support.") == [])
        #expect(try Self.findings(fixture: "channels", "We don't offer support.")
            == ["promise-negated: support-availability is a firm promise: \"don't\" denies or withdraws it"])
    }

    /// Vapi's SSO page says "Vapi does **not** support SCIM provisioning" beside a promise of 24/7
    /// support (held-out/vapi-plans-docs): "support" with an object is "work with", and denies
    /// the object, not the promise of support.
    @Test func supportingSomethingIsNotTheSupportPromise() throws {
        #expect(try Self.findings(fixture: "channels", "We do not support SCIM provisioning.") == [])
        #expect(try Self.findings(fixture: "channels", "We no longer offer support.")
            == ["promise-negated: support-availability is a firm promise: \"no longer\" denies or withdraws it"])
    }

    /// By its name, the company states what its product lacks: only the promise itself, right
    /// after the verb, is denied.
    @Test func aProductLimitIsNoDenial() throws {
        #expect(try Self.findings(fixture: "comparison", """
            Railway does not have a log drain setting, but you can forward stdout using a log forwarder.
            """) == [])
        #expect(try Self.findings(fixture: "comparison", "Railway does not provide log retention.")
            == ["promise-negated: log-retention is a firm promise: \"not\" denies or withdraws it"])
    }

    /// "We don't offer a way to ..." says what the product lacks; the promise named further on
    /// is not withdrawn.
    @Test func aMissingCapabilityIsNoDenial() throws {
        #expect(try Self.findings(fixture: "workflows", """
            Right now we don't offer a way to close a batch from a workflow trigger.
            """) == [])
        #expect(try Self.findings(fixture: "workflows", """
            We currently don't have a way to view all delayed workflow runs with pending messages.
            """) == [])
        // The promise itself denied still is.
        #expect(try Self.findings(fixture: "workflows", "We no longer offer delayed workflow runs.")
            == ["promise-negated: delay-maximum is a firm promise: \"no longer\" denies or withdraws it"])
    }

    /// A gerund with an object of its own names one use of the promise's subject, in Codemagic's
    /// docs (held-out/codemagic-docs): denying it withdraws nothing.
    @Test func aDeniedUseIsNoDenialOfThePromise() throws {
        #expect(try Self.findings(fixture: "caching", "**Note:** Codemagic doesn't support caching symlinks.") == [])
        #expect(try Self.findings(fixture: "caching", "Codemagic doesn't support caching.")
            == ["promise-negated: cache-lifetime is a firm promise: \"doesn't\" denies or withdraws it"])
    }

    /// Past a preposition the topic is in another noun's phrase, and that noun is what is denied,
    /// on the EuroPython site (held-out/europython-site): the livestreams' access, not the talks.
    @Test func aDeniedNounBeforeThePromiseIsNoDenialOfIt() throws {
        #expect(try Self.findings(fixture: "conference", """
            This year, we will **NOT** provide open and free access to the livestreams of our conference talks (10-12 July).
            """) == [])
        #expect(try Self.findings(fixture: "conference", "This year, we will not provide talks.")
            == ["promise-negated: talk-count is a firm promise: \"not\" denies or withdraws it"])
    }

    /// "Not possible to" denies the action that follows, in Kong's docs (held-out/kong-konnect-docs).
    @Test func anImpossibleActionIsNoDenialOfThePromise() throws {
        #expect(try Self.findings(fixture: "serverless", """
            Serverless gateways are designed to be fast to provision and lightweight, therefore it is not possible to configure:
            """) == [])
        #expect(try Self.findings(fixture: "serverless", "Serverless gateways are not available.")
            == ["promise-negated: serverless-rate-limit is a firm promise: \"not\" denies or withdraws it"])
    }
}
