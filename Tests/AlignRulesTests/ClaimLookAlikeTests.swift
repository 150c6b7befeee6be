import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Sentences from real pages that look like claims and are not, each beside a sentence in the
/// same words that is one and must still be found: a concession about another subject, a rule of
/// uniqueness, a backlog told of the past, caution about the reader's action, advice to them, an
/// enumeration, the reader's own case and choices, a tax, other providers' figures, a threshold,
/// another thing's size, a condition's word in another sense and a promise's own hedge (Discord's,
/// PyPI's, Amazon SQS's, InfluxData's, Polar's, Semaphore's, CivicActions', pyOpenSci's and
/// arXiv's docs, Tests/Evaluation/held-out).
@Suite struct ClaimLookAlikeTests {
    static func findings(_ markdown: String) throws -> [String] {
        try ClaimContextTests.findings(fixture: "lookalikes", markdown, path: "docs/page.md")
    }

    /// Fermyon's subdomain rules: "less than 63 characters" is at most 62, a count going by whole
    /// characters; "less than 64" allows 63, one more than promised.
    @Test func lessThanACountIsOneFewer() throws {
        #expect(try Self.findings("- character length is less than 63 characters") == [])
        #expect(try Self.findings("- character length is less than 64 characters") == [
            "claim-conflict 1: custom-subdomain-length: this says less than 64 characters, expect.yml promises at most 62 characters",
        ])
    }

    /// BTCPay's ElectrumX guide: "if your system has more than 1GB" is what the reader has, the
    /// condition of advice, not the requirement, though the requirement is a floor.
    @Test func aThresholdOfWhatTheReaderHasIsTheirSituation() throws {
        #expect(try Self.findings(
            "Note: `opt-more-memory` can be removed if you like, but I really recommend it if your system has more than 1GB of RAM/memory that you can assign to BTCPay server."
        ) == [])
        #expect(try Self.findings("BTCPay Server needs more than 1GB of RAM.") == [
            "claim-conflict 1: minimum-ram: this says more than 1GB, expect.yml promises at least 2 GB",
        ])
    }

    /// The BC Gov platform's backup guide: what the reader's team does more often than a period is
    /// their situation too; the same period said of the CronJobs is a claim.
    @Test func aThresholdOfWhatTheReaderDoesIsTheirSituation() throws {
        #expect(try Self.findings(
            "If your team runs backups more often than once per day, you can add another appropriate line to your schedule and detail how many you plan to retain."
        ) == [])
        #expect(try Self.findings("CronJobs cannot be scheduled to run more often than once per day.") == [
            "claim-conflict 1: cronjob-min-interval: this says once per day, expect.yml promises every 5 minutes",
        ])
    }

    /// "Although a lobby is allowed to have 1,000 members, …": the concession is about lobbies.
    @Test func aValueInAnOpeningConcessionIsNotTheMainClauses() throws {
        #expect(try Self.findings(
            "Lobbies support voice calls. Although a lobby is allowed to have 1,000 members, you should not start voice calls in lobbies that large."
        ) == [])
        #expect(try Self.findings(
            "While Discord lobbies technically support up to 1,000 members, **voice calls should be limited to much smaller groups**."
        ) == [])
        #expect(try Self.findings("Although lobbies are large, voice calls hold 1,000 members.") == [
            "claim-conflict 1: voice-call-size: this says 1,000 members, expect.yml promises 25 members",
        ])
    }

    /// "cannot have two global commands with the same name" says names are unique.
    @Test func twoThingsWithTheSameNameIsARuleOfUniqueness() throws {
        #expect(try Self.findings("- Your app **cannot** have two global `CHAT_INPUT` commands with the same name") == [])
        #expect(try Self.findings("Your app can have two global commands.") == [
            "claim-conflict 1: command-limits: this says two global commands, expect.yml promises 100 commands for CHAT_INPUT or 15 commands for USER",
        ])
    }

    /// PyPI's blog: what the backlog was before someone arrived is history.
    @Test func whatWasSoPriorToSomethingIsHistory() throws {
        #expect(try Self.findings("Prior to stepping into this role, the account recovery backlog was four months behind.") == [])
        #expect(try Self.findings("Prior to account recovery, we wait four months.") == [
            "claim-conflict 1: account-recovery-wait: this says four months, expect.yml promises 7 days",
        ])
    }

    /// PyPI's yanking page: how sparingly to do something is advice, not deletion hedged.
    @Test func cautionAboutTheReadersActionIsNoHedge() throws {
        #expect(try Self.findings(
            "Like deletion, yanking should be done sparingly since it can be disruptive to downstream users of a package."
        ) == [])
        #expect(try Self.findings("Deletion should be permanent.") == [
            "promise-hedged 1: deletion-permanent is a firm promise: \"should be\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// Amazon SQS: "Typically, you should set …" tells the reader what to set.
    @Test func aHedgeBeforeYouShouldIsAdvice() throws {
        #expect(try Self.findings(
            "Typically, you should set the visibility timeout to the maximum time that it takes your application to process and delete a message from the queue."
        ) == [])
        #expect(try Self.findings("Typically, you should see a visibility timeout of 30 seconds.") == [
            "promise-hedged 1: visibility-timeout is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does",
            "promise-hedged 1: visibility-timeout is a firm promise: \"you should see\" makes it sound optional; state it as expect.yml does",
        ])
        #expect(try Self.findings("Typically, the visibility timeout is 30 seconds.") == [
            "promise-hedged 1: visibility-timeout is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// InfluxData's migration guide: "one bucket … and a second bucket" enumerates, and what the
    /// reader has ("If you're using the Free Plan, and have more than one bucket") is their case.
    @Test func anEnumerationAndTheReadersCaseAreNoBucketLimit() throws {
        #expect(try Self.findings(
            "The migration process requires two buckets: one bucket to store the data you're migrating and a second bucket to store migration metadata."
        ) == [])
        #expect(try Self.findings(
            "If you're using the InfluxDB Cloud Free Plan, and have more than one bucket to migrate, you will exceed your plan's bucket limit."
        ) == [])
        #expect(try Self.findings("The Free Plan bucket limit is 5 buckets.") == [
            "claim-conflict 1: free-buckets: this says 5 buckets, expect.yml promises 2 buckets for Free Plan",
        ])
    }

    /// Polar's fees page: the tax of the buyer's country, named right after its rate, is no card fee.
    @Test func aTaxRateIsNoFee() throws {
        #expect(try Self.findings("Below is a $30 purchase from Sweden (25% VAT) paid with an international card.") == [])
        #expect(try Self.findings("Below is a $30 purchase paid with an international card (2.5% fee).") == [
            "claim-conflict 1: international-card-fee: this says 2.5%, expect.yml promises 1.5%",
        ])
    }

    /// Polar's introduction: what other providers charge is theirs, after a label too; the
    /// company's own figure beside them, and its other plans, are still claims.
    @Test func whatOtherProvidersChargeIsTheirs() throws {
        #expect(try Self.findings(
            "**The Problem**: Traditional MoR solutions charge 5-8% per transaction plus monthly fees, eating into your profits before you even start."
        ) == [])
        #expect(try Self.findings("Unlike other platforms, we charge 8% per transaction.") == [
            "claim-conflict 1: transaction-fee: this says 8%, expect.yml promises 5%",
        ])
        #expect(try Self.findings("Other plans charge 8% per transaction.") == [
            "claim-conflict 1: transaction-fee: this says 8%, expect.yml promises 5%",
        ])
    }

    /// Semaphore's agent configuration: the size past which logs are compressed is when something
    /// happens, not the log limit; "must not exceed" states one.
    @Test func aSizeTheLogsExceedIsAThreshold() throws {
        #expect(try Self.findings("When the job logs exceed 100MB, they are compressed for better efficiency.") == [])
        #expect(try Self.findings("Job logs must not exceed 100MB.") == [
            "claim-conflict 1: job-log-size: this says must not exceed 100MB, expect.yml promises 16 MB",
        ])
    }

    /// InfluxData's bucket form: the options a list asks the reader to choose from are the form's,
    /// not what the company gives; a list that only introduces its items still states them.
    @Test func theOptionsTheReaderChoosesFromAreNoClaims() throws {
        #expect(try Self.findings(
            "4. Select when to **Delete Data**:\n    - **Never** to retain data forever.\n    - **Older than** to choose a specific retention period."
        ) == [])
        #expect(try Self.findings("On the Free Plan:\n\n- We retain data forever.") == [
            "claim-conflict 3: free-data-retention: this says forever, expect.yml promises 30 days for Free Plan",
        ])
    }

    /// CivicActions' device policy: "6-character", offered as the other choice to a password, is the
    /// PIN's; a "12-character password" is the password's.
    @Test func aValueOfTheOtherChoiceIsThatChoices() throws {
        #expect(try Self.findings(
            "Recommended security features include a password or 6-character pin, and biometric security."
        ) == [])
        #expect(try Self.findings("Use a 12-character password.") == [
            "claim-conflict 1: password-length: this says 12-character, expect.yml promises at least 16 characters",
        ])
    }

    /// pyOpenSci's fast-track section: "packaging standards" names no standard review; the
    /// heading's fast track is the condition. "Standard" itself still is one.
    @Test func aOneWordConditionIsItsWordNotItsStem() throws {
        #expect(try Self.findings(
            "### What fast-track means\n\n- **One reviewer** (rather than two) will review the package, focusing on software quality, usability, documentation, and pyOpenSci packaging standards."
        ) == [])
        #expect(try Self.findings("A standard review has one reviewer.") == [
            "claim-conflict 1: reviewer-count: this says one reviewer, expect.yml promises 2 reviewers for standard",
        ])
    }

    /// arXiv's announcement days: a promise whose statement says "typically" is said as written by
    /// any hedge of how often; a hedge of another kind still weakens it.
    @Test func aHedgeOfHowOftenStatesAPromiseThatSaysOne() throws {
        #expect(try Self.findings("Submissions to arXiv are normally announced Sunday - Thursday, with no announcements Friday - Saturday.") == [])
        #expect(try Self.findings("We try to post announcements Sunday through Thursday.") == [
            "promise-hedged 1: announcement-days is a firm promise: \"we try to\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// arXiv's SWORD guide: a hedge with no value beside it qualifies the phrase it opens ("the first
    /// step"), not a topic in a phrase after a preposition; opening on the topic, it hedges it.
    @Test func aHedgeQualifiesWhatItOpensOn() throws {
        #expect(try Self.findings(
            "Typically the first step in a SWORD/APP interaction is service exploration via retrieval of the servicedocument."
        ) == [])
        #expect(try Self.findings("Typically, SWORD deposits are retained.") == [
            "promise-hedged 1: sword-deposit-retention is a firm promise: \"typically\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// Storj's held-back schedule and ntfy's limits: a sentence that gives a promise its value
    /// under one condition says something else with its other figures (what is paid, not held back;
    /// one attachment's size, not the visitor's total). A figure on its own, or one that names its
    /// own condition (Ably's "16kiB for free accounts" beside "64kiB … for paid accounts"), is
    /// still compared.
    @Test func aFigureBesideThePromisedOneSaysSomethingElse() throws {
        #expect(try Self.findings(
            "- **Months 1-3**: 75% of Storage Node revenue is withheld, 25% is paid to the Storage Node Operator"
        ) == [])
        #expect(try Self.findings("- **Months 1-3**: 50% of Storage Node revenue is withheld") == [
            "claim-conflict 1: held-back-amount: this says 50%, expect.yml promises 75% for months 1-3",
        ])
        #expect(try Self.findings(
            "By default, the server allows attachments up to 15 MB in size, up to 100 MB in total per visitor and up to 5 GB across all visitors."
        ) == [])
        #expect(try Self.findings("By default, the server allows attachments up to 150 MB in total per visitor.") == [
            "claim-conflict 1: visitor-attachment-storage: this says up to 150 MB, expect.yml promises up to 100 MB for by default",
        ])
        #expect(try Self.findings(
            "The total size of all messages must be less than the message size limit (64kiB by default for paid accounts, 16kiB for free accounts)."
        ) == [
            "claim-conflict 1: max-message-size: this says 16kiB, expect.yml promises 64 KiB for Free",
        ])
    }

    /// Storj's tiered pricing: a range from one tier's value to another's, naming no tier, gives
    /// both; a range past them is a figure of its own.
    @Test func aRangeFromOneTiersValueToAnothersGivesBoth() throws {
        #expect(try Self.findings(
            "- **Minimum Object Size:** Objects smaller than the listed minimum (50-100 kB, depending on tier) are billed as if they meet that minimum threshold."
        ) == [])
        #expect(try Self.findings("The minimum object size is 50-200 kB, depending on tier.") == [
            "claim-conflict 1: minimum-object-size: this says 50-200 kB, expect.yml promises 100 kB for Active Archive or 50 kB for Standard",
        ])
    }

    /// ntfy's releases.md: a page that calls itself release notes tells what shipped when, as a
    /// changelog named so does; the same words under another title still hedge the promise. (The
    /// page's own "I'll mostly use these tiers to facilitate paid plans" hedges the tiers' use, not
    /// the plans, under any title: `aHedgeReachesNoTopicPastAPreposition`.)
    @Test func aPageTitledReleaseNotesIsHistory() throws {
        let release = "For ntfy.sh, paid plans will mostly be offered as tiers (see below)."
        #expect(try ClaimContextTests.findings(
            fixture: "lookalikes", "# Release notes\n\n### ntfy server v2.0.0\n\n\(release)\n", path: "docs/releases.md") == [])
        #expect(try ClaimContextTests.findings(
            fixture: "lookalikes", "# Releases\n\n### ntfy server v2.0.0\n\n\(release)\n", path: "docs/releases.md") == [
            "promise-hedged 5: paid-plans is a firm promise: \"mostly\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// arXiv's membership table: where two columns name the promise, the one that names more of
    /// its topic ("Standard Membership Rate") holds its values; the All Star column's figures are
    /// another membership's. A wrong figure in the Standard column is still found.
    @Test func aColumnThatNamesLessOfTheTopicIsAnotherThings() throws {
        let header = "| Membership Tier | Rank | All Star Membership Rate | Standard Membership Rate |\n|---|---|---|---|\n"
        #expect(try Self.findings(header + "| Top 100 | 1 - 100 | $6,500 | $5,000 |\n| Frequent | 101 - 500 | $3,250 | $2,500 |\n") == [])
        #expect(try Self.findings(header + "| Top 100 | 1 - 100 | $6,500 | $6,000 |\n") == [
            "claim-conflict 3: membership-rates: this says $6,000, expect.yml promises $5,000 for Top 100",
        ])
    }

    /// Storj's payouts page: a figure in the conditional mood is what would be, worked out or
    /// guessed; the same figure said as what is is a claim.
    @Test func aFigureInTheConditionalIsWhatWouldBe() throws {
        #expect(try Self.findings(
            "We will not send a transaction where the fee is more than 25% of the overall transmitted value. That means the minimum payout threshold would be $68.56."
        ) == [])
        #expect(try Self.findings(
            "- zkSync layer 2 - the fees are much lower, therefore, there will be much lower minimum payout thresholds ($1 wouldn't be surprising here, depending on current fees)."
        ) == [])
        #expect(try Self.findings("That means the minimum payout threshold is $68.56.") == [
            "claim-conflict 1: minimum-payout-threshold: this says $68.56, expect.yml promises $50.00",
        ])
    }

    /// arXiv's help: refusing some things beside the ones given ("submissions with omitted
    /// figures", "any further packages besides what is provided by the TeX Live system") denies
    /// neither figures nor TeX Live; refusing them outright does.
    @Test func refusingSomeThingsBesideTheOnesGivenDeniesNothing() throws {
        #expect(try Self.findings("We do not accept submissions with omitted figures, see policy information below.") == [])
        #expect(try Self.findings("We don't provide any further packages besides what is provided by the TeX Live system.") == [])
        #expect(try Self.findings("We do not accept figures.") == [
            "promise-negated 1: pdflatex-figure-formats is a firm promise: \"not\" denies or withdraws it",
        ])
        #expect(try Self.findings("We don't provide TeX Live.") == [
            "promise-negated 1: tex-live-default is a firm promise: \"don't\" denies or withdraws it",
        ])
    }

    /// Storj's suspension FAQ: "normally" at the end of a clause or before "again" says how the
    /// node goes on, not how often it is suspended; before the verb it hedges.
    @Test func normallyAtTheEndOfItsClauseIsHowNotHowOften() throws {
        #expect(try Self.findings(
            "When the online score rises above the 60% threshold, the node will come out of suspension and receive ingress normally again."
        ) == [])
        #expect(try Self.findings("When the online score falls below 60%, the node will normally get suspended.") == [
            "promise-hedged 1: online-suspension is a firm promise: \"normally\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// Storj's Object Mount install page: "a 14-day free trial" gives the free trial's length (the
    /// "free" opens the topic); "2 months free" is time given free, no trial length.
    @Test func aDurationBeforeFreeTrialIsTheTrialsLength() throws {
        #expect(try Self.findings("  - This will activate a fully-featured 14-day free trial.") == [
            "claim-conflict 1: object-mount-trial: this says 14-day, expect.yml promises 30 days",
        ])
        #expect(try Self.findings("Get 2 months free with the free trial.") == [])
    }

    /// Storj's payment-problem page: with no value, "should be" and a participle says what is to be
    /// done ("should be resolved by contacting CoinPayments"), a rule, not a promise hoped for;
    /// "should be" and an adjective still hopes (PyPI's "Deletion should be permanent", above)
    /// when it says what the statement says ("… StorjScan will send them to your balance").
    @Test func shouldBeAndAParticipleIsARule() throws {
        #expect(try Self.findings(
            "Any problems arising from attempts to send STORJ deposits to CoinPayments via a “Smart Contract” wallet should be resolved by contacting CoinPayments."
        ) == [])
        #expect(try Self.findings("STORJ deposits should be visible in your balance.") == [
            "promise-hedged 1: token-deposit-processing is a firm promise: \"should be\" makes it sound optional; state it as expect.yml does",
        ])
    }

    /// Knock's features page: "logged" names the retention promise where the paragraph names its
    /// subject, the data ("Some Knock data is subject to a retention policy"); said for all
    /// notifications, 90 days is false on the plans that keep 30.
    @Test func aPredicateTopicIsThePromisesWhereItsSubjectIsNamed() throws {
        #expect(try Self.findings(
            "All notifications sent with Knock are logged for 90 days. This includes data about who was sent a notification."
        ) == [
            "claim-conflict 1: data-retention: this says 90 days, expect.yml promises 30 days for all other plans",
        ])
        #expect(try Self.findings("All notifications are logged for 90 days.") == [])
    }

    /// Apache Infra's response times: a condition's word after "not" names no condition ("is not
    /// critical to a project's basic functions" over the Minor goals); said plainly, it does.
    @Test func aConditionAfterNotIsNotNamed() throws {
        let goal = "  - **Goal**: 3 days (72h) to respond, 2 weeks (336h) to resolve. Weekends do not count against this goal.\n"
        #expect(try Self.findings(
            "#### Minor\n\nAn issue that Infra should resolve within a reasonable time, is not time-sensitive and is not critical to a project's basic functions.\n\n" + goal
        ) == [])
        #expect(try Self.findings("#### Minor\n\nAn issue that is critical to a project's basic functions.\n\n" + goal) == [
            "claim-conflict 5: jira-first-response: this says 3 days, expect.yml promises 36 hours for Critical",
            "claim-conflict 5: jira-first-response: this says 72h, expect.yml promises 36 hours for Critical",
        ])
    }

    /// JOSS's sample messages and reviewer guide: "to be completed within" is what is to be done,
    /// not a report like "batches completed in 14s"; the first pass of the reviews is a part of
    /// them, with a time of its own.
    @Test func toBeCompletedIsAPromiseAndAFirstPassIsAPart() throws {
        #expect(try Self.findings("We aim for reviews to be completed within about 2-4 weeks.") == [
            "claim-conflict 1: review-completion: this says 2-4 weeks, expect.yml promises 4-6 weeks",
        ])
        #expect(try Self.findings("We aim for the first pass of reviews to be completed within about 2-4 weeks.") == [])
        #expect(try Self.findings("Reviews completed in 10 weeks.") == [])
    }

    /// A hedge with no value reaches a valueless promise's topic after it only in the phrase it
    /// opens: ntfy's "I'll mostly use these tiers to facilitate paid plans" and arXiv's "Our goal is
    /// to update our TeX Live distribution every few years" hedge the tiers' use and the updates.
    @Test func aHedgeReachesNoTopicPastAPreposition() throws {
        #expect(try Self.findings("For ntfy.sh, I'll mostly use these tiers to facilitate paid plans (see below).") == [])
        #expect(try Self.findings("Our goal is to update our TeX Live distribution every few years.") == [])
        #expect(try Self.findings("We mostly offer paid plans.") == [
            "promise-hedged 1: paid-plans is a firm promise: \"mostly\" makes it sound optional; state it as expect.yml does",
        ])
    }
}
