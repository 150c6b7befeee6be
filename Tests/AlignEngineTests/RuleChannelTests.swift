import Foundation
import Testing
@testable import AlignTestSupport

/// A rule's own channels are its default; `channels:` in align.yml replaces them.
@Suite struct RuleChannelTests {
    static let expect = """
        promises:
          - id: reply-time
            statement: We reply within 24 hours.
            topic: [reply]
            value: 24 hours
        """

    @Test func promiseHedgedLooksAtWhatCustomersReadUnlessToldOtherwise() throws {
        let files = [
            "expect.yml": Self.expect,
            "site/help.md": "We usually reply within 24 hours.\n",
            "handbook/process.md": "We usually reply within 24 hours.\n",
        ]
        let channels = "expect: expect.yml\nchannels:\n  customer: [\"site/**\"]\n  employee: [\"handbook/**\"]\n"
        let byDefault = try TreeCheck.findings(files.merging(["align.yml": channels]) { $1 })
        #expect(byDefault == ["site/help.md:1:4 promise-hedged"])
        let widened = try TreeCheck.findings(files.merging(["align.yml": channels + "rules:\n  promise-hedged: { channels: [customer, employee] }\n"]) { $1 })
        #expect(widened == ["handbook/process.md:1:4 promise-hedged", "site/help.md:1:4 promise-hedged"])
    }
}
