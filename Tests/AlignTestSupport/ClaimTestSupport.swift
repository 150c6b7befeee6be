import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Foundation
import Testing

/// Builds documents and runs the claim rules on them, for the claim tests.
enum ClaimTestSupport {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("claims")

    /// The expect.yml of the fixture folder `claims/name`, its values checked as the loader checks them.
    static func expectation(fixture name: String) throws -> AlignConfig.Expectation {
        let path = fixtures.appendingPathComponent(name).appendingPathComponent("expect.yml").path
        return try ExpectationLoader.load(path: path, displayPath: "expect.yml") { value in
            QuantityReader.parse(value) == nil ? "not a value" : nil
        }
    }

    static func promise(_ id: String, _ topics: [String], _ value: String?, strength: PromiseStrength = .firm,
                        requiredIn: [Channel] = [], line: Int) -> Promise {
        Promise(id: id, statement: "The \(id) promise.", topics: topics, value: value, strength: strength,
                requiredIn: requiredIn, position: SourcePosition(line: line, column: 5),
                valuePosition: SourcePosition(line: line + 2, column: 12))
    }

    /// The promises the sentence table is read against.
    static let expectation = AlignConfig.Expectation(file: "expect.yml", promises: [
        promise("reply-time", ["reply", "respond", "response", "answer", "get back to"], "24 hours", requiredIn: [.customer, .employee], line: 3),
        promise("free-returns", ["return"], "60 days", requiredIn: [.customer], line: 8),
        promise("free-shipping", ["free shipping", "ship free"], "$75", line: 13),
        promise("price-match", ["price match", "match the price", "match any lower price"], nil, line: 18),
        promise("refund-time", ["refund"], "3-5 business days", line: 22),
        promise("uptime", ["uptime"], "99.9%", line: 27),
        promise("live-chat", ["live chat"], "24/7", line: 32),
        promise("team-plan", ["team plan"], "5 seats", line: 37),
        promise("loyalty-discount", ["loyalty discount", "loyalty members"], "15%", line: 42),
        promise("priority-support", ["priority support"], "$24k a year", line: 47),
        promise("delivery-time", ["delivery time", "arrive", "delivered"], "3-5 business days", strength: .soft, line: 52),
    ])

    /// The claim rules of fixture `name`'s expect.yml run on `texts`, one paragraph each.
    static func check(fixture name: String, texts: [String], path: String = "doc.md") throws -> DocumentResult {
        let expectation = try expectation(fixture: name)
        let stemmer = Stemmer()
        let document = document(texts, path: path, stemmer: stemmer)
        return check(document, rules: ClaimRules(expectation: expectation, stemmer: stemmer), expectation: expectation)
    }

    /// One document, one paragraph block per text, each on its own line.
    static func document(_ texts: [String], path: String = "doc.md", channel: Channel = .customer,
                         audience: Audience? = nil, stemmer: Stemmer) -> AnalyzedDocument {
        let blocks = texts.enumerated().map { index, text in
            Block(kind: .paragraph, text: text, anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))])
        }
        let document = Document(path: path, kind: .article, blocks: blocks)
        return AnalyzedDocument(document: document, channel: channel, audience: audience,
                                sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
    }

    static func check(_ document: AnalyzedDocument, rules: ClaimRules, expectation: AlignConfig.Expectation) -> DocumentResult {
        var result = DocumentResult()
        result.facts.file = document.path
        result.facts.channel = document.channel
        result.facts.audience = document.audience
        let stemmer = Stemmer()
        var document = document
        rules.collect(&document, stemmer: stemmer, into: &result.facts)
        for rule in rules.documentRules { rule.check(document, stemmer: stemmer, into: &result) }
        return result
    }

    static func corpus(_ documents: [AnalyzedDocument], rules: ClaimRules, expectation: AlignConfig.Expectation) -> (facts: [DocumentFacts], findings: [Finding]) {
        var facts: [DocumentFacts] = []
        var findings: [Finding] = []
        for document in documents {
            let result = check(document, rules: rules, expectation: expectation)
            facts.append(result.facts)
            findings += result.findings
        }
        for rule in rules.corpusRules { findings += rule.check(facts) }
        return (facts, findings)
    }

    /// The text a finding's span covers in a one-line document.
    static func covered(_ finding: Finding, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let from = max(0, min(scalars.count, finding.span.start.column - 1))
        let to = max(from, min(scalars.count, finding.span.end.column - 1))
        return String(String.UnicodeScalarView(scalars[from..<to]))
    }
}
