@testable import AlignRules
import AlignText
import Testing

/// What a promise is about, read from statements of the labelled sets and the sample company.
@Suite struct PromiseSubjectTests {
    static func subject(_ statement: String, _ topics: [String], conditions: [String] = []) -> (subject: [String], predicates: [String]) {
        let stemmer = Stemmer()
        func words(_ text: String) -> [Word] { WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer) }
        let read = PromiseSubject(statement: statement, words: words(statement), topics: topics.map(words),
                                  conditions: Set(conditions.flatMap(words).map(\.stem)))
        return (read.phrases.map { $0.joined(separator: " ") }, read.predicates.map { $0.joined(separator: " ") }.sorted())
    }

    @Test func aPassiveStatementIsAboutItsSubject() {
        let read = Self.subject("Your voucher will be reviewed in 3-5 business days.", ["reviewed", "approved"])
        #expect(read.subject == ["voucher"])
        #expect(read.predicates == ["approv", "review"])
    }

    @Test func aTopicUsedAsANounIsTheSubjectAndAPrepositionalOneIsAPredicate() {
        let read = Self.subject("You should submit leave requests at least three business days in advance.", ["leave requests", "absence requests", "in advance"])
        #expect(read.subject == ["leav request"])
        #expect(read.predicates == ["in advanc"])
    }

    /// The sample company's reply promise: the company acts, every topic stands alone.
    @Test func anActiveStatementOfVerbsHasNoSubject() {
        let read = Self.subject("We reply to every customer message within 24 hours, weekends included.", ["reply", "respond", "get back to", "response time"])
        #expect(read.subject == [])
        #expect(read.predicates == [])
    }

    /// trigger.dev's idempotency keys: the subject is neither "by" nor "default", and it starts
    /// after a comma.
    @Test func aPassiveSubjectIsWhatItNames() {
        let read = Self.subject("By default idempotency keys are stored for 30 days.", ["idempotency keys", "idempotency key"])
        #expect(read.subject == ["idempot key", "idempot", "key"])
        let comma = Self.subject("On the Pro plan, backups are kept for 30 days.", ["backup retention"])
        #expect(comma.subject == ["backup"])
    }

    /// Railway's trial credit and logs: a word a longer topic qualifies is generic, unless the
    /// statement is about it.
    @Test func aQualifiedWordIsGenericUnlessItIsTheSubject() {
        let credit = Self.subject("The trial includes a one-time grant of $5.", ["one-time grant", "trial credits", "credits"])
        #expect(credit.predicates == ["credit"])
        #expect(credit.subject.contains("trial credit"))
        let logs = Self.subject("Depending on your plan, logs are retained for 7 days.", ["log retention", "logs"])
        #expect(logs.subject == ["log"])
        #expect(logs.predicates == [])
    }

    /// GOV.UK Notify's retention: a verb with its object names the object ("delete this data"),
    /// and "available for" says how long something is there, of whatever it is said.
    @Test func aVerbsObjectIsTheSubjectAndASpanIsAPredicate() {
        let read = Self.subject("By default, we delete this data after 7 days.", ["keep this data", "delete this data", "data retention", "available for"])
        #expect(read.subject == ["data"])
        #expect(read.predicates == ["avail for", "delet this data", "keep this data"])
    }

    /// A verb of the subject's own noun names it: "delivered" beside "delivery time".
    @Test func aVerbSharingItsNounsRootIsNoPredicate() {
        let read = Self.subject("Delivery time is 3-5 business days.", ["delivery time", "delivered"])
        #expect(read.subject == ["deliveri time"])
        #expect(read.predicates == [])
    }

    /// Knock's data retention: "is subject to" reads as a passive, so the data is the subject and
    /// "All notifications sent with Knock are logged for 90 days. This includes data about …" names it.
    @Test func subjectToReadsAsAPassive() {
        let read = Self.subject(
            "Some Knock data is subject to a retention policy based on your account plan.",
            ["data retention", "retention policy", "retention period", "retained", "logged"])
        #expect(read.subject.contains("data"))
        #expect(read.predicates == ["log", "retain"])
    }

    /// Apache Infra's upgrade policy: a condition's word in the passive subject ("The main Jenkins
    /// instance") names the condition, not the subject, so a label "Jenkins plugins" does not name
    /// what is upgraded.
    @Test func aConditionsWordIsNoSubject() {
        let statement = "The main Jenkins instance is upgraded once a quarter; the main Jira and Confluence instances every six months."
        let read = Self.subject(statement, ["main instance", "upgrades"], conditions: ["Jenkins", "Jira", "Confluence"])
        #expect(read.subject == ["main", "instanc"])
        #expect(Self.subject(statement, ["main instance", "upgrades"]).subject == ["main", "jenkin", "instanc"])
    }
}
