import AlignModel
import AlignText

/// What one document's sentences say about the promises and what they offer, read in one pass
/// for `claim-conflict`, `promise-hedged` and `audience-parity`: each walked every sentence, and
/// the first two read its topics and values again.
struct ClaimReading: Sendable {
    /// Checked sentences that name a promise's topic: index in `AnalyzedDocument.sentences`, and
    /// what the sentence says (hedges included).
    private(set) var sentences: [(index: Int, reading: SentenceReading)] = []
    /// Checked sentences that offer something, with their offers (see `OfferReader.offers`).
    private(set) var offers: [(index: Int, offers: [(kind: String, range: Range<Int>)])] = []

    init(_ document: AnalyzedDocument, reader: ClaimReader, stemmer: Stemmer? = nil) {
        // A changelog's figures are what shipped then, an anti-pattern's what not to do: neither
        // claims nor offers now.
        guard !document.statesNoClaims else { return }
        var placement = ClaimPlacement(document: document, promises: reader.promises, organization: reader.organization, stemmer: stemmer)
        // The block whose earlier sentence announced a worked example: the rest of it is the example.
        var exampleBlock: Int?
        // Whether the last block asked is under the notes of one upgrade ("# Upgrading to v1.50.0")
        // or a page's changelog ("### Document changelog"): what was so then.
        var pastNotes: (block: Int, isUnder: Bool) = (-1, false)
        let history = HistorySections(document)
        for index in document.sentences.indices where ClaimReader.isChecked(document.sentences[index], in: document) {
            let sentence = document.sentences[index]
            if pastNotes.block != sentence.block {
                let headings = document.document.blocks[sentence.block].context.headings
                pastNotes = (sentence.block, headings.contains(where: Document.isUpgradeHeading) || history.contains(block: sentence.block))
            }
            if pastNotes.isUnder { continue }
            if var reading = reader.read(sentence, inPaths: placement.inPaths) ?? contextReading(index, of: sentence, reader: reader, placement: &placement) {
                if sentence.block == exampleBlock { reading.values.removeAll() }
                placement.place(&reading, sentence: index)
                Self.keepQuotedStatements(&reading, sentence: sentence, in: document.document, promises: reader.promises)
                Self.keepAgreeingStatements(&reading, sentence: sentence, promises: reader.promises)
                sentences.append((index, reading))
            }
            if ExampleClauses.announcesExample(sentence) { exampleBlock = sentence.block }
            let found = OfferReader.offers(in: sentence)
            if !found.isEmpty { offers.append((index, found)) }
        }
        Self.keepAgreeingRows(&sentences, in: document)
    }

    /// A sentence that quotes a promise's statement says it as expect.yml does: "Audit Log events
    /// are stored indefinitely and can be accessed … for up to 12 months" is the owner page's
    /// sentence, not a conflict through its other figure, a hedge or a denial. Its hedges and
    /// denials are expect.yml's own words for every promise it names: Rails's "We aim to release a
    /// version containing new features every six months" does not hedge that new features stay
    /// on the main branch.
    /// A sentence written as the statement is, around another case's figure, is that case's line
    /// (`StatementPattern`): its figures are no claims of the promise.
    static func keepQuotedStatements(_ reading: inout SentenceReading, sentence: Sentence, in document: Document, promises: PromiseIndex) {
        let named = reading.values.filter { $0.agrees == false }.map(\.promise) + reading.hedges.map(\.promise) + reading.denials.map(\.promise)
        guard !named.isEmpty else { return }
        let text = Self.textWithCode(of: sentence, in: document)
        if reading.values.contains(where: { $0.agrees == false }) {
            let written = StatementPattern.split(text)
            reading.values.removeAll { $0.agrees == false && promises.entries[$0.promise].pattern.isSibling(written) }
        }
        let quoted = Set(named.filter { promises.entries[$0].isQuoted(by: text) })
        let quotesStatement = !quoted.isEmpty
            || !(reading.hedges.isEmpty && reading.denials.isEmpty) && promises.entries.contains { $0.isQuoted(by: text) }
        guard quotesStatement else { return }
        reading.values.removeAll { quoted.contains($0.promise) && $0.agrees == false }
        reading.hedges.removeAll()
        reading.denials.removeAll()
    }

    /// `sentence` as written, with the inline code spans the reader set apart put back where
    /// they stand ("changed files (empty if event is not `push` or `pull_request`)"): a
    /// statement quoted from the owner page holds them.
    static func textWithCode(of sentence: Sentence, in document: Document) -> String {
        guard !document.codeSpans.isEmpty else { return sentence.text }
        let block = document.blocks[sentence.block]
        let span = block.span(ofUTF8: sentence.range)
        let inside = document.codeSpans.filter { code in
            let at = code.position(of: code.anchors[0])
            return span.start <= at && at < span.end
        }
        guard !inside.isEmpty else { return sentence.text }
        var text = ""
        var copied = sentence.range.lowerBound
        let bytes = Array(block.text.utf8)
        for code in inside {
            let at = code.position(of: code.anchors[0])
            // The first offset of the sentence placed after the code span's start.
            var offset = copied
            while offset < sentence.range.upperBound, block.position(atUTF8Offset: offset) < at { offset += 1 }
            text += String(decoding: bytes[copied..<offset], as: UTF8.self) + " " + code.text + " "
            copied = offset
        }
        return text + String(decoding: bytes[copied..<sentence.range.upperBound], as: UTF8.self)
    }

    /// A sentence that gives a promise the value expect.yml gives it, under the same condition,
    /// states the promise as promised; its other figures for that promise there say something
    /// beside it: "75% of revenue is withheld, 25% is paid", "losing more than 4% of audit score:
    /// when the audit score falls below the 96% threshold", "attachments up to 15 MB in size, up
    /// to 100 MB in total per visitor". No sentence drifts against itself. A figure that names its own condition
    /// stands on its own: "64kiB by default for paid accounts, 16kiB for free accounts".
    static func keepAgreeingStatements(_ reading: inout SentenceReading, sentence: Sentence, promises: PromiseIndex) {
        let agreeing = Set(reading.values.filter { $0.agrees == true }.map(Self.agreementKey))
        guard !agreeing.isEmpty else { return }
        func isBeside(_ value: SentenceReading.Value) -> Bool {
            value.agrees == false && agreeing.contains(Self.agreementKey(value))
                && ClaimReader.ownCondition(of: value.read.range, in: sentence.words[...], entry: promises.entries[value.promise]) == nil
        }
        if reading.values.contains(where: isBeside) { reading.values.removeAll(where: isBeside) }
    }

    /// A value's promise and condition: two values with one key say the same promise's value.
    static func agreementKey(_ value: SentenceReading.Value) -> String { "\(value.promise) \(value.condition?.key ?? "")" }

    /// A sentence naming no topic, read with its block context's topic.
    private func contextReading(_ index: Int, of sentence: Sentence, reader: ClaimReader, placement: inout ClaimPlacement) -> SentenceReading? {
        let named = placement.contextTopics(ofSentence: index)
        return named.isEmpty ? nil : reader.read(sentence, topicFrom: named,
                                                 columnHeader: placement.document.document.blocks[sentence.block].context.columnHeader)
    }

}

extension AnalyzedDocument {
    /// The document's claim reading: the one the engine read before the rules ran
    /// (`RuleRegistry.analyse`), or, for a claim rule run on its own, one read now.
    func claimReading(with reader: ClaimReader, stemmer: Stemmer?) -> ClaimReading {
        claims ?? ClaimReading(self, reader: reader, stemmer: stemmer)
    }
}
