import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Testing

/// Runs every example of every claim rule against `ClaimExamples.expectation`: each `flags`
/// example must raise the rule where its `↓` points, each `passes` example must raise nothing.
@Suite struct ClaimRuleExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var flags: Bool
        var testDescription: String { "\(rule) \(flags ? "flags" : "passes"): \(text)" }
    }

    static func examples() -> [Example] {
        let rules = ClaimRules(expectation: ClaimExamples.expectation, stemmer: Stemmer())
        return rules.descriptions.flatMap { description in
            description.examples.flags.map { Example(rule: description.id, text: $0, flags: true) }
                + description.examples.passes.map { Example(rule: description.id, text: $0, flags: false) }
        }
    }

    /// A document of the example: its text without the marker, and the marker's column.
    struct Part {
        var channel: Channel
        var audience: Audience?
        var text: String
        var marker: Int?
    }

    static func parts(of example: Example, corpus: Bool) -> [Part] {
        let lines = corpus ? example.text.split(separator: "\n").map(String.init) : [example.text]
        return lines.map { line in
            var channel = Channel.customer
            var audience: Audience?
            var text = line
            if corpus, let colon = line.firstIndex(of: ":") {
                let scope = line[..<colon].split(separator: "/")
                channel = scope.first.flatMap { Channel(rawValue: String($0)) } ?? .customer
                audience = scope.count > 1 ? Audience(rawValue: String(scope[1])) : nil
                text = String(line[line.index(after: colon)...].drop { $0 == " " })
            }
            let scalars = Array(text.unicodeScalars)
            let marker = scalars.firstIndex(of: "↓")
            let clean = String(String.UnicodeScalarView(scalars.filter { $0 != "↓" }))
            return Part(channel: channel, audience: audience, text: clean, marker: marker.map { $0 + 1 })
        }
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        let rules = ClaimRules(expectation: ClaimExamples.expectation, stemmer: Stemmer())
        #expect(rules.descriptions.map(\.id) == ["audience-parity", "claim-conflict", "claim-drift", "promise-hedged", "promise-missing", "promise-negated"])
        for description in rules.descriptions {
            #expect(!description.examples.flags.isEmpty, "\(description.id)")
            #expect(!description.examples.passes.isEmpty, "\(description.id)")
            #expect(!description.why.isEmpty && !description.summary.isEmpty)
        }
    }

    @Test(arguments: examples())
    func example(_ example: Example) {
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimExamples.expectation, stemmer: stemmer)
        let corpus = rules.corpusRules.contains { $0.description.id == example.rule }
        let parts = Self.parts(of: example, corpus: corpus)
        let documents = parts.enumerated().map { index, part in
            ClaimTestSupport.document([part.text], path: "doc\(index).md", channel: part.channel, audience: part.audience, stemmer: stemmer)
        }
        let findings = ClaimTestSupport.corpus(documents, rules: rules, expectation: ClaimExamples.expectation).findings
            .filter { $0.rule == example.rule }
        if !example.flags {
            #expect(findings.isEmpty, "\(findings.map(\.message))")
            return
        }
        #expect(!findings.isEmpty)
        for (index, part) in parts.enumerated() {
            guard let column = part.marker else { continue }
            #expect(findings.contains { $0.file == "doc\(index).md" && $0.span.start == SourcePosition(line: 1, column: column) },
                    "no finding at column \(column) of doc\(index).md: \(findings.map { "\($0.file):\($0.span.start.column) \($0.message)" })")
        }
    }
}
