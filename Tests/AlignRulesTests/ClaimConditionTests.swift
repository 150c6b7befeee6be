import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// Issue 16's failure kinds, each from the wording it was found on: tiers read as drift,
/// conditioned values, scopes, subjects that share a topic word, floors, periods,
/// "indefinitely", business time against calendar time. Read against
/// Fixtures/claims/conditions/expect.yml through the real loader.
@Suite struct ClaimConditionTests {
    static let folder = ClaimTestSupport.fixtures.appendingPathComponent("conditions")

    static func expectation() throws -> AlignConfig.Expectation {
        try ExpectationLoader.load(path: folder.appendingPathComponent("expect.yml").path, displayPath: "expect.yml") { value in
            QuantityReader.parse(value) == nil ? "not a value" : nil
        }
    }

    /// A document of blocks, each with the context a reader gives it, one block a line.
    struct Doc {
        var path: String
        var channel: Channel = .customer
        var blocks: [(text: String, context: BlockContext)]
    }

    /// The document as the rules see it, each block on its own line.
    static func analyzed(_ doc: Doc, stemmer: Stemmer) -> AnalyzedDocument {
        let blocks = doc.blocks.enumerated().map { index, block in
            Block(kind: .paragraph, text: block.text,
                  anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))], context: block.context)
        }
        let document = Document(path: doc.path, kind: .article, blocks: blocks)
        return AnalyzedDocument(document: document, channel: doc.channel, audience: nil,
                                sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
    }

    /// Every finding of `rule` (nil: of every claim rule) on `docs`, rendered.
    static func run(_ docs: [Doc], rule: String? = nil) throws -> [String] {
        let expectation = try expectation()
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        let findings = ClaimTestSupport.corpus(docs.map { analyzed($0, stemmer: stemmer) }, rules: rules, expectation: expectation).findings
        return ClaimCorpusTests.render(findings.filter { rule == nil || $0.rule == rule })
    }

    /// The claims one document makes: promise, value and condition.
    static func claims(_ doc: Doc) throws -> [String] {
        let expectation = try expectation()
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        return ClaimTestSupport.check(analyzed(doc, stemmer: stemmer), rules: rules, expectation: expectation).facts.claims.map {
            "\($0.promise) \($0.valueText)" + ($0.condition.map { " [\($0)]" } ?? "")
        }
    }

    /// The message of each finding, without its place and fields.
    static func messages(_ lines: [String], rule: String) -> [String] {
        lines.map { $0.components(separatedBy: " [\(rule)] ").last?.components(separatedBy: " {").first ?? "" }
    }

    static func heading(_ text: String) -> BlockContext { BlockContext(headings: [text]) }

    // MARK: - Tiers are not drift

    @Test func tiersUnderTheirHeadingsDoNotDrift() throws {
        // The issue's case: "First reply: 4 hours" under "## Urgent" and "First reply: 2 business
        // days" under "## Normal", in two documents.
        let lines = try Self.run([
            Doc(path: "support/urgent.md", blocks: [("First reply: 4 hours", Self.heading("Urgent"))]),
            Doc(path: "support/normal.md", blocks: [("First reply: 2 business days", Self.heading("Normal"))]),
        ], rule: "claim-drift")
        #expect(lines == [])
        #expect(try Self.claims(Doc(path: "support/urgent.md", blocks: [("First reply: 4 hours", Self.heading("Urgent"))]))
                == ["first-reply 4 hours [urgent priority]"])
        // A heading that only contains a level or plan word is no condition.
        #expect(try Self.claims(Doc(path: "support/tips.md", blocks: [("First reply: 4 hours", Self.heading("Pro tips"))]))
                == ["first-reply 4 hours"])
        // Nor is the promise's own topic in its heading ("trial" is the trial's, "Business" alone would be a plan).
        #expect(try Self.claims(Doc(path: "site/pricing.md", blocks: [("It lasts 14 days.", Self.heading("Trial")),
                                                                     ("Every trial lasts 14 days.", Self.heading("Business trial"))]))
                == ["trial-length 14 days [business]"])
    }

    @Test func severityRowsOfOneListDoNotDriftButTheSameSeverityDoes() throws {
        // The shape of a real incident SLA: a list item per level under "P1 – Critical", "P2 – High".
        let sla = Doc(path: "support/sla.md", blocks: [
            ("First reply: 15 minutes.", BlockContext(listParent: "Sev 0 – Critical")),
            ("First reply: 1 hour.", BlockContext(listParent: "Sev 1 – High")),
            ("First reply: 3 business days.", BlockContext(listParent: "Sev 3 – Low")),
        ])
        #expect(try Self.run([sla], rule: "claim-drift") == [])
        let claims = try Self.claims(sla)
        #expect(claims == ["first-reply 15 minutes [severity 0]", "first-reply 1 hour [severity 1]", "first-reply 3 business days [severity 3]"], "\(claims)")
        let other = Doc(path: "site/status.md", blocks: [("First reply: 30 minutes.", BlockContext(rowHeader: "Sev 0"))])
        // The same severity elsewhere is compared, and drifts.
        #expect(try Self.run([sla, other], rule: "claim-drift") == [
            "site/status.md:1:14-24 warning [claim-drift] customer first-reply for severity 0: documents disagree: this says 30 minutes, others say 15 minutes; expect.yml gives no value {promise=first-reply value=30 minutes expected=15 minutes} -> support/sla.md:1:14 first-reply: this says 15 minutes",
            "support/sla.md:1:14-24 warning [claim-drift] customer first-reply for severity 0: documents disagree: this says 15 minutes, others say 30 minutes; expect.yml gives no value {promise=first-reply value=15 minutes expected=30 minutes} -> site/status.md:1:14 first-reply: this says 30 minutes",
        ])
    }

    // MARK: - A value per condition

    @Test func aClaimIsComparedWithTheValueOfItsOwnCondition() throws {
        let lines = try Self.run([Doc(path: "support/sla.md", blocks: [
            ("For Priority 1 tickets, our first response comes within 4 business hours.", .none),
            ("Priority 1 tickets get a first response within 1 business day.", .none),
            ("First response: 4 business hours", Self.heading("Normal")),
            ("Initial response time: 2 business days.", BlockContext(rowHeader: "P3")),
            ("We send a first response within 2 business days.", .none),
            ("Enterprise plan customers get a first response within 30 minutes.", .none),
        ])], rule: "claim-conflict")
        #expect(lines == [
            "support/sla.md:2:48-62 error [claim-conflict] customer first-response: this says 1 business day, expect.yml promises 4 business hours for priority 1 {promise=first-response value=1 business day expected=4 business hours for priority 1} -> expect.yml:9:16 canonical value is 4 business hours for priority 1",
            "support/sla.md:3:17-33 error [claim-conflict] customer first-response: this says 4 business hours, expect.yml promises 2 business days for priority 2 {promise=first-response value=4 business hours expected=2 business days for priority 2} -> expect.yml:11:16 canonical value is 2 business days for priority 2",
        ])
    }

    @Test func anOpeningClauseLeadsInTheRest() throws {
        let claims = try Self.claims(Doc(path: "support/sla.md", blocks: [
            ("For Priority 1 tickets that stop your work: first response within 4 business hours.", .none),
            ("Enterprise plan customers get a first response in 1 hour; everyone else gets a first response in 2 business days.", .none),
        ]))
        #expect(claims == ["first-response 4 business hours [priority 1]", "first-response 1 hour [enterprise]", "first-response 2 business days"], "\(claims)")
    }

    @Test func aClauseOfSeveralConditionsGivesEachValueItsOwn() throws {
        // Scalingo's service classes, a table whose rows are read as one sentence: "99.96%" is
        // Business's, not the first class the clause names.
        let table = "| Service class | SLA | High availability |\n|---|---|---|\n| Starter | 98% | Single-node |\n| Business | 99.96% | Multi-node cluster |\n| Enterprise | 99.99% | Multi-node cluster |"
        #expect(try Self.claims(Doc(path: "docs/overview.md", blocks: [(table, .none)]))
                == ["availability 98% [Starter]", "availability 99.96% [Business]", "availability 99.99% [Enterprise]"])
        // GOV.UK Notify: the longer phrase that ends in a shorter one is the condition.
        #expect(try Self.claims(Doc(path: "site/support.md", blocks: [("If it's not an emergency we'll call back by the end of the next working day.", .none)]))
                == ["call-back next working day [not an emergency]"])
        // With the conditions after their values, each value takes the one after it.
        #expect(try Self.claims(Doc(path: "support/sla.md", blocks: [("A first response within 4 business hours for P1, within 2 business days for P2.", .none)]))
                == ["first-response 4 business hours [priority 1]", "first-response 2 business days [priority 2]"])
    }

    @Test func aNumberInsideAValueNamesNoCondition() throws {
        // 18F's billable hours by week: "5 days" is the length of the week, not the `when: ["5"]`
        // tier of supervisors with five reports.
        let table = "| Work week | Billable time (minimum hours expected) | Non-billable time (not to exceed) |\n| --------- | --- | --- |\n| 5 days    | 32 hours (80% of 40 hours)             | 8 hours                           |"
        #expect(try Self.run([Doc(path: "pages/tock.md", blocks: [(table, .none)])], rule: "claim-conflict") == [])
        #expect(try Self.claims(Doc(path: "pages/tock.md", blocks: [("| 5 | 50% | 16-20 hours | billable |", .none)])) == ["billable-time 50% [5]"])
    }

    @Test func aNonPrefixedTopicIsItsOpposite() throws {
        // 18F: the share left for non-billable work is not the billable share.
        #expect(try Self.claims(Doc(path: "pages/tock.md", blocks: [
            ("That leaves up to 20% of your time to be spent on non-billable work.", .none),
        ])) == [])
    }

    @Test func aChangeToldAsHistoryAndARatePerHourOfSomethingAreNotClaims() throws {
        // SendGrid's release note ('extended Email Activity history from 3 to 7 days'): a change, not a range promised.
        #expect(try Self.claims(Doc(path: "site/notes.md", blocks: [
            ("We've also extended how long we retain chats from 3 to 7 days included with all Pro plans.", .none),
        ])) == [])
        // Scalingo's postmortems: a compensation per hour of unavailability is no availability level.
        #expect(try Self.claims(Doc(path: "site/postmortem.md", blocks: [
            ("Reminder: as of 2023-10-20, the financial compensation is 5% per hour of Unavailability beyond the SLA for the month in question", .none),
        ])) == [])
        #expect(try Self.claims(Doc(path: "site/sla.md", blocks: [("The Business SLA is 99.96% per month.", .none)])) == ["availability 99.96% [Business]"])
    }

    /// Plausible's and trigger.dev's docs: a session of minutes is no 60-day retention; a drift
    /// on the same timescale ("within 7 days") is still a claim, and so is a value a few times off.
    @Test func aDurationOnAnotherTimescaleIsAboutSomethingElse() throws {
        #expect(try Self.claims(Doc(path: "site/faq.md", blocks: [
            ("Chats left open are closed after 30 minutes of inactivity.", .none),
            ("We delete chats 10 minutes after you leave.", .none),
        ])) == [])
        let near = try Self.claims(Doc(path: "site/faq.md", blocks: [
            ("We delete chats within 7 days.", .none),
            ("We delete chats within 12 hours.", .none),
        ]))
        #expect(near == ["chat-retention 7 days", "chat-retention 12 hours"], "\(near)")
    }

    /// trigger.dev's docs ask "How many runs failed in the last 7 days?": a question states no
    /// value; its answer does.
    @Test func aQuestionStatesNoValue() throws {
        #expect(try Self.claims(Doc(path: "site/faq.md", blocks: [
            ("How many chats were deleted in the last 7 days?", .none),
            ("Can I ask you to delete my chats after 90 days?", .none),
            ("**Q: Will you delete chats sooner than 60 days?**", .none),
        ])) == [])
        #expect(try Self.claims(Doc(path: "site/faq.md", blocks: [("We delete chats after 90 days.", .none)])) == ["chat-retention 90 days"])
    }

    /// 18F's leave page ("To request 80 hours or less of LWOP, you must get written approval"),
    /// its schedules page ("approved for working more than 8 hours in a day") and trigger.dev's
    /// limits ("Payloads and outputs over 512KB are kept in object storage"): a threshold is the
    /// condition of what follows. trigger.dev's "a hard limit on task payloads above 10MB" names a
    /// limit, so its threshold is one; "in less than" is a deadline. Money thresholds are offers ("Free
    /// shipping on orders over $50" conflicts with $75): ClaimSentenceTests' table.
    @Test func aThresholdIsTheConditionOfWhatFollows() throws {
        let conditions = try Self.claims(Doc(path: "site/faq.md", blocks: [
            ("To delete 80 chats or less, you must get written approval from your supervisor.", .none),
            ("Deleting chats can be approved for working more than 8 hours in a day.", .none),
            ("Chats over 3 days old are kept in object storage.", .none),
            ("If your chats have been open 3 weeks or longer, we delete chats on request.", .none),
        ]))
        #expect(conditions == [], "\(conditions)")
        let stated = try Self.claims(Doc(path: "site/faq.md", blocks: [
            ("We have a hard limit on deleting chats above 90 days.", .none),
            ("We delete chats in less than 30 days.", .none),
            ("We delete chats within 30 days or less.", .none),
            ("We delete chats after no more than 30 days.", .none),
        ]))
        #expect(stated == [
            "chat-retention 90 days", "chat-retention less than 30 days", "chat-retention 30 days or less",
            "chat-retention no more than 30 days",
        ], "\(stated)")
    }

    /// Upsun's glossary: "Projects where no code has been pushed are deleted **1 day** after a
    /// trial expires" counts from the trial's end; it is no trial length.
    @Test func aDelayAfterATrialIsNotItsLength() throws {
        let delay = try Self.claims(Doc(path: "glossary/index.md", blocks: [
            ("Projects where no code has been pushed are deleted 1 day after a trial expires.", .none),
        ]))
        #expect(!delay.contains { $0.hasPrefix("trial-length") }, "\(delay)")
    }

    /// trigger.dev's batch stress-test plan ("Max throughput achieved: 97.48 items/sec", "Small
    /// batches (150 items) completed in 14-17s") and limits page ("Prior: 1MB total combined"):
    /// a history or a measurement is not a claim; "prior to" counts from something.
    @Test func aHistoryIsNotAClaim() throws {
        let history = try Self.claims(Doc(path: "docs/test-plan.md", blocks: [
            ("Chat deletion completed in 90 days during the load test.", .none),
            ("Max chat deletion time achieved: 90 days.", .none),
            ("We previously deleted chats after 90 days.", .none),
            ("Prior: chats deleted after 90 days.", .none),
        ]))
        #expect(history == [], "\(history)")
        let told = try Self.claims(Doc(path: "docs/test-plan.md", blocks: [("Prior to deletion, chats are retained for 90 days.", .none)]))
        #expect(told == ["chat-retention 90 days"], "\(told)")
    }

    /// 18F's handbook: the voucher-review promise's "approved" also approves travel and
    /// applications, and leave-request notice's "in advance" also times events. A predicate topic
    /// counts where the sentence, its paragraph or its context names the promise's subject.
    @Test func aPredicateTopicNeedsItsSubject() throws {
        let others = try Self.claims(Doc(path: "pages/travel.md", blocks: [
            ("Your HR Specialist will review the application, and notify you and your supervisor if your request is approved (within 10 business days).", .none),
            ("Travel to or from foreign locations must be requested in Event Tracker for approval at least 7 weeks in advance.", .none),
        ]))
        #expect(others == [], "\(others)")
        let named = try Self.claims(Doc(path: "pages/travel.md", blocks: [
            ("Your voucher is approved within 10 business days.", .none),
            ("Once submitted, it is approved within 10 business days.", Self.heading("Vouchers")),
            ("Submit absence requests at least 7 weeks in advance.", .none),
            ("Send them at least 7 weeks in advance.", Self.heading("Leave requests")),
        ]))
        #expect(named == [
            "voucher-review 10 business days", "voucher-review 10 business days",
            "leave-request-notice at least 7 weeks", "leave-request-notice at least 7 weeks",
        ], "\(named)")
    }

    /// 18F's travel guide: a list about submitting "your authorization or voucher" says "your
    /// travel will not be approved until the next business day". The sentence's own passive
    /// subject says what is approved, whatever its context names.
    @Test func aSentenceWithItsOwnPassiveSubjectIsAboutIt() throws {
        let context = BlockContext(headings: ["How to Stamp and Submit for Travel Team Approval"],
                                   listParent: "Following this step will ensure your authorization or voucher is in SUBMIT TO TRAVEL TEAM status.")
        let travel = try Self.claims(Doc(path: "pages/travel-guide-faq.md", blocks: [
            ("Ensure this is complete by 3:30 PM Eastern, else your travel will not be approved until the next business day.", context),
        ]))
        #expect(travel == [], "\(travel)")
        let pronoun = try Self.claims(Doc(path: "pages/travel-guide-faq.md", blocks: [
            ("Once submitted, it will be approved within 10 business days.", context),
        ]))
        #expect(pronoun == ["voucher-review 10 business days"], "\(pronoun)")
    }

    /// OpenJS's expectations of its CPC board directors: "The board generally meets once per
    /// month" under a heading that names the CPC is the board's cadence, since its verb has a
    /// subject of its own. The CPC's own meetings, or a sentence that names the CPC, state it.
    @Test func aVerbWithASubjectOfItsOwnIsAboutThatSubject() throws {
        let context = BlockContext(headings: ["Expectations of the CPC Board Directors", "Responsibilities of Directors"])
        let board = try Self.claims(Doc(path: "governance/CPC_BOARD_DIRECTOR_EXPECTATIONS.md", blocks: [
            ("Attending as many board meetings as possible. The board generally meets once per month for two hours.", context),
        ]))
        #expect(board == [], "\(board)")
        let named = try Self.claims(Doc(path: "README.md", blocks: [
            ("The CPC meets every two weeks.", .none),
            ("The CPC generally meets once per month.", .none),
        ]))
        #expect(named == ["cpc-meeting-cadence every two weeks", "cpc-meeting-cadence once per month"], "\(named)")
    }

    /// Railway's docs: "Any user who is referred gets $20 in Railway credits" is no trial credit.
    @Test func aGenericTopicWordNeedsTheWordsThatQualifyIt() throws {
        let others = try Self.claims(Doc(path: "docs/accounts.md", blocks: [
            ("Any user who is referred gets $20 in Railway credits, equivalent to a free month on the Pro tier.", .none),
        ]))
        #expect(others == [], "\(others)")
        let named = try Self.claims(Doc(path: "docs/accounts.md", blocks: [
            ("Your trial credits are $20.", .none),
            ("New users get $20 in credits.", Self.heading("Trial credits")),
        ]))
        #expect(named == ["trial-credit $20", "trial-credit $20"], "\(named)")
        // Railway's use-cases page ("For service logs, we store logs for up to 90 days"): a
        // statement about the word itself ("logs are retained") makes it the subject.
        let logs = try Self.claims(Doc(path: "docs/use-cases.md", blocks: [("For call recordings, we store recordings for up to 90 days.", .none)]))
        #expect(logs == ["recording-retention up to 90 days"], "\(logs)")
    }

    /// 18F's Tock page: a table cell "25.5 hours (80% of 32 hours)" under "Billable time" names
    /// no tier "5"; a cell "5 supervisors" would.
    @Test func aNumberInsideAValueNamesNoConditionInATableCell() throws {
        let header = BlockContext(rowHeader: "4 days", columnHeader: "Billable time (minimum hours expected)")
        let cell = try Self.claims(Doc(path: "pages/tock.md", blocks: [("25.5 hours (80% of 32 hours)", header)]))
        #expect(cell == ["billable-time 80%"], "\(cell)")
    }

    @Test func theReadersSituationAndAnEnumerationAreNotCounts() throws {
        // SendGrid's subusers page: neither sentence says how many subusers an account may have.
        #expect(try Self.claims(Doc(path: "docs/subusers.md", blocks: [
            ("If you have more than one subuser, you can also switch to another subuser by clicking Switch Subuser in the top-right corner.", .none),
            ("We recommend creating subusers for each of the different types of emails you send - one subuser for transactional emails, and another for marketing emails.", .none),
        ])) == [])
        // 18F: a threshold for chasing a late payment, and the part of a day a request covers.
        let situation = try Self.claims(Doc(path: "pages/faq.md", blocks: [
            ("If it has been 8 days after we deleted your chats and nothing arrived, contact support.", .none),
            ("We purge chats 6 hours out of your 8 hour workday.", .none),
        ]))
        #expect(situation == [], "\(situation)")
        let told = try Self.claims(Doc(path: "pages/faq.md", blocks: [
            // Counted from the promise's own event: a duration after another one measures something else.
            ("It has been 8 days after cancellation when we delete chats.", .none),
            ("We purge chats in 6 days of your 8 hour workday.", .none),
        ]))
        #expect(told.count == 2, "\(told)")
        let control = try Self.claims(Doc(path: "docs/subusers.md", blocks: [("We recommend subusers, with 2 subusers for each team and another for testing.", .none)]))
        #expect(control == ["subuser-limit 2 subusers"], "\(control)")
    }

    @Test func anUnconditionedClaimMustKeepOneOfTheValues() throws {
        let lines = try Self.run([Doc(path: "site/help.md", blocks: [("We send a first response within 3 days.", .none)])], rule: "claim-conflict")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("expect.yml promises 4 business hours for priority 1 or 2 business days for priority 2") == true)
    }

    // MARK: - Scope and attribution

    @Test func aScopedPromiseIsStatedOnlyInItsPaths() throws {
        #expect(try Self.claims(Doc(path: "blog/launch.md", blocks: [("Priority 1 tickets get a first response within 1 business day.", .none)])) == [])
        #expect(try Self.claims(Doc(path: "site/help.md", blocks: [("Priority 1 tickets get a first response within 1 business day.", .none)]))
                == ["first-response 1 business day [priority 1]"])
    }

    @Test func aScopeContextNeedsItsWordInTheParagraphOrContext() throws {
        #expect(try Self.claims(Doc(path: "site/faq.md", blocks: [("Questions are answered within 2 hours.", .none)])) == [])
        #expect(try Self.claims(Doc(path: "site/faq.md", blocks: [("Questions are answered within 2 hours.", Self.heading("Support tickets"))]))
                == ["ticket-response 2 hours"])
    }

    @Test func otherTeamsAndSystemsAreNotAboutThePromise() throws {
        // Other teams' service times, pager acknowledgements, snapshots, logs and trashed items share
        // a topic word with a customer promise and are not about it.
        let lines = try Self.run([Doc(path: "handbook/teams.md", channel: .employee, blocks: [
            ("Finance responds to invoice questions within 5 business days.", .none),
            ("The deal desk will get back to you within 2 business days.", .none),
            ("On-call engineers respond to pager alerts within 15 minutes.", .none),
            ("Snapshots are retained for 30 days.", .none),
            ("Logs are retained for 90 days.", .none),
            ("Items in the trash are permanently deleted after 30 days.", .none),
            ("We respond within 5 days.", Self.heading("HR questions")),
            ("We reply to every customer within 2 business days.", .none),
        ])], rule: "claim-conflict")
        #expect(lines == [
            "handbook/teams.md:8:35-50 error [claim-conflict] employee reply-time: this says 2 business days, expect.yml promises 1 business day {promise=reply-time value=2 business days expected=1 business day} -> expect.yml:22:12 canonical value is 1 business day",
        ])
    }

    @Test func rolloutPercentagesAreNotATrialsLength() throws {
        let lines = try Self.run([
            Doc(path: "site/pricing.md", blocks: [("Every plan starts with a 14-day free trial.", .none)]),
            Doc(path: "plans/rollout.md", channel: .management, blocks: [("The longer trial goes to 10% of new accounts in March.", .none)]),
            Doc(path: "plans/rollout-2.md", channel: .management, blocks: [("We expand the new trial to 50% of accounts in April.", .none)]),
        ], rule: "claim-drift")
        #expect(lines == [])
    }

    @Test func theSpecificPromiseOfTheSectionWinsOverAGenericWord() throws {
        // An attack on an account, in its own section: "respond" there is that promise's.
        let doc = Doc(path: "site/security.md", blocks: [
            ("If you think someone has taken over your account, write to security@example.com.", Self.heading("Compromised accounts")),
            ("We respond within 1 hour, day or night.", Self.heading("Compromised accounts")),
        ])
        #expect(try Self.claims(doc) == ["account-security 1 hour"])
        #expect(try Self.run([doc], rule: "claim-conflict") == [])
        // Stated, so not missing in the customer channel (reply-time is: no document states it).
        #expect(try Self.run([doc], rule: "promise-missing").map { $0.contains("account-security") } == [false])
    }

    // MARK: - Values

    @Test func businessTimeNeverAgreesWithCalendarTime() throws {
        let lines = try Self.run([Doc(path: "site/help.md", blocks: [
            ("We'll get back to you within two weeks.", .none),
            ("We reply to support requests in 5 days.", .none),
            ("Expect a reply within 1 month.", .none),
            ("We reply within 2 days.", .none),
            ("We reply within 1 business day.", .none),
        ])], rule: "claim-conflict")
        #expect(lines.map { $0.components(separatedBy: " {").first?.components(separatedBy: "reply-time: ").last ?? "" } == [
            "this says two weeks, expect.yml promises 1 business day (two weeks is not 1 business day: business days skip weekends and holidays)",
            "this says 5 days, expect.yml promises 1 business day (5 days is not 1 business day: business days skip weekends and holidays)",
            "this says 1 month, expect.yml promises 1 business day (1 month is not 1 business day: business days skip weekends and holidays)",
            "this says 2 days, expect.yml promises 1 business day (2 days is not 1 business day: business days skip weekends and holidays)",
        ])
    }

    @Test func aFloorIsKeptByMoreAndBrokenByLess() throws {
        let lines = try Self.run([Doc(path: "site/policy.md", blocks: [
            ("We give at least three months of notice before we remove an API.", .none),
            ("Customers get 6 weeks of notice before a feature is removed.", .none),
        ])], rule: "claim-conflict")
        #expect(lines == [
            "site/policy.md:2:15-22 error [claim-conflict] customer deprecation-notice: this says 6 weeks, expect.yml promises at least 2 months {promise=deprecation-notice value=6 weeks expected=at least 2 months} -> expect.yml:41:12 canonical value is at least 2 months",
        ])
    }

    @Test func periodsAreValues() throws {
        let lines = try Self.run([Doc(path: "site/releases.md", blocks: [
            ("We publish a new release monthly.", .none),
            ("A release ships by the 16th of each month.", .none),
            ("We cut a release every 3 months.", .none),
            ("Releases go out quarterly.", .none),
        ])], rule: "claim-conflict")
        #expect(Self.messages(lines, rule: "claim-conflict") == [
            "customer release-cadence: this says every 3 months, expect.yml promises monthly",
            "customer release-cadence: this says quarterly, expect.yml promises monthly",
        ])
    }

    @Test func indefinitelyAndAfterSixtyDays() throws {
        let lines = try Self.run([Doc(path: "site/data.md", blocks: [
            ("Backups are retained for 90 days.", .none),
            ("Your backups are kept indefinitely.", .none),
            // Under a heading that names the chat-retention promise's subject ("Chat transcripts …
            // are deleted"): "delete all data" alone could be any data's deletion.
            ("After 60 days, we'll permanently delete all data.", Self.heading("Chat transcripts")),
            ("After 90 days, we'll permanently delete all data.", Self.heading("Chat transcripts")),
        ])], rule: "claim-conflict")
        #expect(Self.messages(lines, rule: "claim-conflict") == [
            "customer backup-retention: this says 90 days, expect.yml promises indefinitely",
            "customer chat-retention: this says 90 days, expect.yml promises 60 days",
        ])
    }

    // MARK: - Hedges

    @Test func shouldBePurgedIsHedged() throws {
        let lines = try Self.run([Doc(path: "site/privacy.md", blocks: [
            ("Chat transcripts of cancelled accounts should be purged within 60 days.", .none),
        ])], rule: "promise-hedged")
        #expect(lines.map { $0.components(separatedBy: " {").first ?? "" } == [
            "site/privacy.md:1:40-49 info [promise-hedged] customer chat-retention is a firm promise: \"should be\" makes it sound optional; state it as expect.yml does",
        ])
        // To staff it is an instruction.
        #expect(try Self.run([Doc(path: "support/playbook.md", channel: .employee, blocks: [
            ("Chat transcripts of cancelled accounts should be purged within 60 days.", .none),
        ])], rule: "promise-hedged") == [])
    }

    // MARK: - Not claims

    @Test func aWorkedExampleNeverDriftsAgainstItsSentence() throws {
        let doc = Doc(path: "sales/terms.md", channel: .employee, blocks: [("-2% for every 10 days past Net 30 (e.g. Net 50 = -4%).", .none)])
        #expect(try Self.claims(doc) == [])
        #expect(try Self.run([doc], rule: "claim-drift") == [])
    }

    @Test func aManagementGoalIsNeitherAClaimNorAHedge() throws {
        let plan = Doc(path: "plans/support-2027.md", channel: .management, blocks: [
            ("Our goal is to reply to every ticket within 4 hours by Q3.", .none),
            ("Ideally, we aim to get back to customers within 2 hours.", .none),
        ])
        #expect(try Self.run([plan]).filter { !$0.contains("promise-missing") } == [])
        var site = plan
        site.path = "site/help.md"
        site.channel = .customer
        let hedged = try Self.run([site], rule: "promise-hedged")
        // "our goal is"; "ideally" and "we aim to".
        #expect(hedged.count == 3, "\(hedged)")
    }

    /// Warp's pricing FAQ (Tests/Evaluation/held-out/warp-plans-docs) lists what each legacy plan
    /// moves to, an item per plan, each opening with the plan's name and giving its own spending
    /// limit: cases, as tiers under headings are, not drift from the new subscribers' $200. A lone
    /// labelled item, or items whose other labels give no figure, still state the promise.
    @Test func itemsOpeningWithTheirCaseSayThatCasesFigure() throws {
        let path = "src/content/docs/support-and-community/plans-and-billing/pricing-faqs.mdx"
        let cases = """
            Add-on credit auto reload will be automatically enabled for some legacy plan users in the following ways:

            * **Pro:** Will transition to the Build plan. Auto-reload _**will not**_ be enabled by default.
            * **Turbo:** Will transition to the Build plan. It will default to $30 auto-reload monthly spending limit for monthly subscribers.
            * **Lightspeed:** Will transition to the Build plan. It will default to $205 auto-reload monthly spending limit for monthly subscribers.
            """
        #expect(try ClaimContextTests.findings(fixture: "autoreload", cases, path: path) == [])
        let alone = """
            Add-on credits:

            * **Turbo:** Will transition to the Build plan. It will default to $30 auto-reload monthly spending limit.
            * **Pro:** Will transition to the Build plan. Auto-reload _**will not**_ be enabled by default.
            """
        #expect(try ClaimContextTests.findings(fixture: "autoreload", alone, path: path) == [
            "claim-conflict 3: auto-reload-spend-limit: this says $30, expect.yml promises $200",
        ])
    }
}
