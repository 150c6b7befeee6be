import AlignConfig
import AlignModel
import AlignText

/// `promise-negated`: a document that denies or withdraws a firm promise ("we no longer offer
/// 60-day returns", "returns are not free", "we don't guarantee a reply"). See `Negations` for
/// what counts as a denial and what is only a limit of the promise.
public struct PromiseNegatedRule: DocumentRule {
    public static let id = "promise-negated"
    let reader: ClaimReader
    let expectationFile: String

    init(reader: ClaimReader, expectationFile: String) {
        self.reader = reader
        self.expectationFile = expectationFile
    }

    public var description: RuleDescription {
        RuleDescription(
            id: Self.id, pack: "core", kind: "claim",
            summary: "A document that denies or withdraws a firm promise (\"we no longer offer\", \"is not free\").",
            why: """
                A page that says "we no longer offer 60-day returns" or "returns are not free" takes back what \
                expect.yml promises everyone, and the customer who read it believes the page. Either the page is \
                out of date or the promise is; change one of them. A limit of the promise is not a denial: \
                "we don't accept returns after 60 days" says where the promise ends, "if we don't reply within \
                24 hours" is a condition, and "please do not return used items" tells the customer what to do.
                """,
            severity: .error,
            examples: RuleExamples(
                flags: [
                    "We ↓no longer offer 60-day returns.",
                    "Returns are ↓not free.",
                    "We ↓don't guarantee a reply to every message.",
                    "We've ↓stopped offering free shipping.",
                ],
                passes: [
                    "We don't accept returns after 60 days.",
                    "If we don't reply within 24 hours, call us.",
                    "Please do not return used items.",
                    "We never charge for returns.",
                    "Returns are free for 60 days.",
                ]))
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        for (index, reading) in document.claimReading(with: reader, stemmer: stemmer).sentences where !reading.denials.isEmpty {
            let sentence = document.sentences[index]
            for denial in reading.denials {
                let promise = reader.promises.entries[denial.promise].promise
                result.findings.append(Finding(
                    rule: Self.id, severity: description.severity, file: document.path,
                    span: document.span(in: sentence, utf8: denial.range), channel: document.channel,
                    message: "\(promise.id) is a firm promise: \"\(document.text(in: sentence, utf8: denial.range))\" denies or withdraws it",
                    promise: promise.id, expected: promise.value,
                    related: [RelatedLocation(
                        file: expectationFile, line: promise.position.line, column: promise.position.column,
                        message: "the promise: \(promise.statement)")],
                    context: sentence.normalised))
            }
        }
    }
}
