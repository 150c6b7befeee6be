import AlignConfig
import AlignModel
import AlignRules
import AlignText
import FuzzSupport

/// Promises of every value kind (duration, range, money, rate, percentage, 24/7, count, none),
/// so that any sentence can reach each comparison.
let expectation = Expectation(file: "expect.yml", promises: [
    promise("reply-time", ["reply", "respond", "answer", "get back to"], "24 hours"),
    promise("free-returns", ["return"], "60 days"),
    promise("free-shipping", ["free shipping", "ship free"], "$75"),
    promise("price-match", ["price match", "match the price"], nil),
    promise("refund-time", ["refund"], "3-5 business days"),
    promise("uptime", ["uptime"], "99.9%"),
    promise("live-chat", ["live chat"], "24/7"),
    promise("team-plan", ["team plan"], "5 seats"),
    promise("priority-support", ["priority support"], "$24k a year"),
    promise("delivery-time", ["delivery", "arrive"], "3-5 business days", strength: .soft),
])

func promise(_ id: String, _ topics: [String], _ value: String?, strength: PromiseStrength = .firm) -> Promise {
    Promise(id: id, statement: "The \(id) promise.", topics: topics, value: value, strength: strength,
            requiredIn: [.customer, .employee], position: SourcePosition(line: 1, column: 1))
}

/// One input line per block of a document, through the sentence splitter and every claim rule,
/// then the corpus rules over it; findings must point inside the document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = FuzzInput.text(data, size)
    let blocks = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
        Block(kind: .paragraph, text: String(line), anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))])
    }
    let document = Document(path: "doc.md", kind: .article, blocks: blocks)
    let stemmer = Stemmer()
    let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
    var analyzed = AnalyzedDocument(document: document, channel: .customer, audience: .prospect,
                                    sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
    var result = DocumentResult()
    result.facts.file = document.path
    result.facts.channel = .customer
    result.facts.audience = .prospect
    rules.collect(&analyzed, stemmer: stemmer, into: &result.facts)
    for rule in rules.documentRules { rule.check(analyzed, stemmer: stemmer, into: &result) }
    var findings = result.findings
    for rule in rules.corpusRules { findings += rule.check([result.facts]) }
    for finding in findings where finding.file == document.path {
        precondition(finding.span.start.line >= 1 && finding.span.start.line <= max(blocks.count, 1),
                     "finding on line \(finding.span.start.line) of a \(blocks.count)-line document")
    }
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
