import AlignConfig
import AlignModel
import AlignText

/// `claim-conflict`: a claim whose value differs from the promise's canonical value. It also
/// records every claim and every promise a document states, for `claim-drift`,
/// `promise-missing` and the audit.
public struct ClaimConflictRule: DocumentRule {
    public static let id = "claim-conflict"
    let reader: ClaimReader
    let expectationFile: String

    init(reader: ClaimReader, expectationFile: String) {
        self.reader = reader
        self.expectationFile = expectationFile
    }

    public var description: RuleDescription {
        RuleDescription(
            id: Self.id, pack: "core", kind: "claim",
            summary: "A claim whose value differs from the promise's canonical value in expect.yml.",
            why: """
                Customers believe the number they read. When a page says replies come within 48 hours and \
                expect.yml promises 24, one of them is wrong, and the customer holds you to the one they saw. \
                A value counts as a claim when it is of the promise's kind (a duration for a returns window, \
                an amount for a shipping threshold) and sits in the same clause as the promise's topic; equal \
                values in other words agree ("a day" is "24 hours"), and a range agrees when all of it lies \
                within the canonical value; a minimum ("at least 2 months") is kept by any value at or above \
                it, a maximum by any at or below it. A business day is not a calendar day: they never agree, \
                however far apart ("1 business day" can be 72 hours over a weekend, so neither "24 hours" \
                nor "5 days" is it, and "5 business days" is not "24 hours" either).
                """,
            severity: .error,
            examples: RuleExamples(
                flags: [
                    "We reply to every message within ↓48 hours.",
                    "Our team will get back to you within ↓1 business day.",
                    "Returns are accepted for ↓30 days after delivery.",
                    "Enjoy free shipping on orders over ↓$50.",
                    "We respond within ↓2-3 days.",
                ],
                passes: [
                    "We reply to every message within 24 hours.",
                    "We reply within a day.",
                    "You can return anything within sixty days.",
                    "Our 60-day return window starts at delivery.",
                    "Free shipping on orders over $75, delivered in 3-5 days.",
                    "Our support team is here 7 days a week to answer your questions.",
                    "We have answered customer questions for 20 years.",
                    "Get 20% off when you return to our store.",
                ]))
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        for (index, reading) in document.claimReading(with: reader, stemmer: stemmer).sentences {
            let sentence = document.sentences[index]
            guard reading.values.contains(where: { $0.agrees == false }) else { continue }
            let normalised = sentence.normalised
            for value in reading.values {
                // Only the id: a copy of the whole entry retains each of its arrays.
                let id = reader.promises.entries[value.promise].promise.id
                let span = document.span(in: sentence, utf8: value.read.range)
                guard value.agrees == false, let first = value.expected.first else { continue }
                let written = value.expected.map { $0.written + ($0.condition.map { " for \($0)" } ?? "") }.joined(separator: " or ")
                result.findings.append(Finding(
                    rule: Self.id, severity: description.severity, file: document.path, span: span, channel: document.channel,
                    message: Self.message(promise: id, claim: value.read.quantity, canonical: first.quantity, written: written,
                                          file: expectationFile),
                    promise: id, value: value.read.quantity.text, expected: written,
                    related: value.expected.map { canonical in
                        RelatedLocation(file: expectationFile, line: canonical.position.line, column: canonical.position.column,
                                        message: "canonical value is \(canonical.written)" + (canonical.condition.map { " for \($0)" } ?? ""))
                    },
                    context: normalised))
            }
        }
    }

    static func message(promise: String, claim: Quantity, canonical: Quantity, written: String, file: String) -> String {
        var message = "\(promise): this says \(claim.text), \(file) promises \(written)"
        if claim.isBusinessDays && !canonical.isBusinessDays {
            let oneDay = claim.high == 1 ? ": a business day can be 72 hours over a weekend" : ": business days skip weekends and holidays"
            message += " (\(claim.text) is not \(canonical.text)\(oneDay))"
        } else if !claim.isBusinessDays && canonical.isBusinessDays {
            message += " (\(claim.text) is not \(canonical.text): business days skip weekends and holidays)"
        } else if claim.dimension != canonical.dimension, claim.isCounted, canonical.isCounted {
            message += claim.dimension == .countRate ? " (\(claim.text) is a rate, \(canonical.text) a total)" : " (\(claim.text) is a total, \(canonical.text) a rate)"
        }
        return message
    }
}
