import AlignConfig
import AlignModel
import AlignText

/// `promise-hedged`: a firm promise stated with a hedge ("usually", "we try to") in the same clause
/// as its topic. It also records which promises a document hedges, for the audit.
public struct PromiseHedgedRule: DocumentRule, FactCollector {
    public static let id = "promise-hedged"
    let reader: ClaimReader
    let expectationFile: String

    init(reader: ClaimReader, expectationFile: String) {
        self.reader = reader
        self.expectationFile = expectationFile
    }

    /// The promises a document hedges, for the audit.
    public func collect(_ document: AnalyzedDocument, into facts: inout DocumentFacts) {
        for (_, reading) in document.claimReading(with: reader, stemmer: nil).sentences {
            for hedge in reading.hedges { facts.hedged.insert(reader.promises.entries[hedge.promise].promise.id) }
        }
    }

    public var description: RuleDescription {
        RuleDescription(
            id: Self.id, pack: "core", kind: "claim",
            summary: "A firm promise stated with a hedge (\"usually\", \"we try to\", \"in most cases\").",
            why: """
                A firm promise hedged in one place is no longer firm anywhere: a customer who read "we usually \
                reply within 24 hours" has been told that it may not happen. Say the promise as expect.yml \
                says it, or mark it `strength: soft` there if it really is an aim. Only a hedge in the same \
                clause as the promise's topic counts. "May" (permission: "you may return") and "should" \
                telling the customer what to do ("items should be returned") are not hedges; "you should \
                receive" and "data should be purged within 60 days" are. A hedged limit ("in most cases, \
                support cannot reactivate a banned account") weakens no promise, nor does a hedged exclusion \
                ("price matches are typically excluded on clearance items"), a judgement of a value ("24 hours is \
                generally enough"), a duty with exceptions ("authorities normally have to respond within 20 \
                working days"), what readers usually do ("Usually you return items by post") or can do ("you can usually \
                use your ISP's SMTP server"), a typical figure well inside the promise ("typically one hour" \
                under a 12-hour ceiling), a ceiling ("may take up to 48 hours"), "you should be all set", \
                or, after the topic of a promise with no value, a hedge on something \
                its statement does not say ("internal reviews are usually carried out by someone who …"). A goal or target in a management \
                plan ("our goal is", "ideally") is the plan's aim, not a weakened promise, and to staff \
                "tickets should be answered" is an instruction. By default it looks at what \
                customers read: a handbook's "reimbursements generally take 6-10 days" tells staff \
                how a process runs; `channels:` in align.yml widens it. It reports as information unless \
                align.yml raises it (`promise-hedged: warning`): whether a hedge weakens a promise is a judgement \
                a reader makes better than a rule, so it is a prompt to look, not an alarm.
                """,
            severity: .info, channels: [.customer],
            examples: RuleExamples(
                flags: [
                    "We ↓usually reply within 24 hours.",
                    "↓In most cases, we respond within 24 hours.",
                    "↓We try to get back to you within a day.",
                    "Returns are ↓generally accepted within 60 days.",
                    "↓We aim to match the price of any competitor.",
                ],
                passes: [
                    "We reply within 24 hours.",
                    "Usually our customers love the product; we reply within 24 hours either way.",
                    "If you try to return an item after 60 days, we will help you find another option.",
                    "You may return any item within 60 days.",
                    "Items should be returned within 60 days.",
                    "In most cases, we cannot get back to you about a banned account.",
                    "Price matches are typically excluded on clearance items.",
                    "Usually you return items by post.",
                ]))
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        for (index, reading) in document.claimReading(with: reader, stemmer: stemmer).sentences where !reading.hedges.isEmpty {
            let sentence = document.sentences[index]
            for hedge in reading.hedges {
                let entry = reader.promises.entries[hedge.promise]
                let value = reading.values.first { $0.promise == hedge.promise }?.read.quantity.text
                result.findings.append(Finding(
                    rule: Self.id, severity: description.severity, file: document.path,
                    span: document.span(in: sentence, utf8: hedge.range), channel: document.channel,
                    message: "\(entry.promise.id) is a firm promise: \"\(hedge.phrase)\" makes it sound optional; state it as \(expectationFile) does",
                    promise: entry.promise.id, value: value, expected: entry.promise.value,
                    related: [RelatedLocation(
                        file: expectationFile, line: entry.promise.position.line, column: entry.promise.position.column,
                        message: "the promise: \(entry.promise.statement)")],
                    context: sentence.normalised))
            }
        }
    }
}
