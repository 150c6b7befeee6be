import AlignConfig
import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// A deadline in the day (`value: 12:00`) against the times codebar's emails give it
/// (Tests/Evaluation/held-out/codebar-planner, where `.haml` views are read since its first run).
@Suite struct ClaimTimeOfDayTests {
    static func findings(_ text: String) throws -> [String] {
        try ClaimTestSupport.check(fixture: "workshops", texts: [text], path: "app/views/member_mailer/attendance_warning.html.haml")
            .findings.map { "\($0.rule): \($0.message)" }
    }

    /// A time of day agrees only with itself, however the deadline is worded ("by", "before").
    @Test func aTimeOfDayIsComparedWithTheDeadline() throws {
        #expect(try Self.findings(
            "If you cannot make it to a workshop that you have RSVP'd to, please remember to update your attendance details through our website before 3:30PM, at the latest, on the day of the event."
        ) == ["claim-conflict: cancel-deadline: this says 3:30PM, expect.yml promises 12:00"])
        #expect(try Self.findings("Please cancel your RSVP by 12pm on the day of the workshop.") == [])
        #expect(try Self.findings("Please cancel your RSVP by noon on the day of the workshop.") == [])
        // A schedule is no deadline.
        #expect(try Self.findings("Workshops run 6:30pm-9pm; cancel your RSVP if you cannot come.") == [])
    }

    /// Only a promise with a time of day for its value reads one: the times of arXiv's
    /// announcement schedule (Tests/Evaluation/held-out/arxiv-help) are no drift of a promise that
    /// has none.
    @Test func aTimeOfDayIsNoValueOfAPromiseWithoutOne() throws {
        let stemmer = Stemmer()
        let expectation = AlignConfig.Expectation(file: "expect.yml", promises: [
            ClaimTestSupport.promise("announcement-days", ["announced", "announcements"], nil, line: 3),
        ])
        let documents = [
            ClaimTestSupport.document(["Submissions received before 14:00 ET are announced the same day."], path: "source/new/index.md", stemmer: stemmer),
            ClaimTestSupport.document(["Announcements are made at 20:00 ET."], path: "source/help/availability.md", stemmer: stemmer),
            ClaimTestSupport.document(["Announcements are made at 20:00 ET."], path: "source/help/mailings.md", stemmer: stemmer),
        ]
        let findings = ClaimTestSupport.corpus(documents, rules: ClaimRules(expectation: expectation, stemmer: stemmer), expectation: expectation).findings
        #expect(findings.map(\.rule) == [])
    }

    @Test func aCanonicalTimeOfDayIsReadWithItsDeadlineWords() throws {
        #expect(try QuantityReader.parseCanonical("by 12:00").canonical == "12:00")
        #expect(try QuantityReader.parseCanonical("before 3:30PM").canonical == "15:30")
        #expect(throws: QuantityValueError.self) { try QuantityReader.parseCanonical("9am-5pm") }
    }
}
