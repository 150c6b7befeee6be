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
        // Whether the last block asked is under the notes of one upgrade ("# Upgrading to v1.50.0").
        var upgradeNotes: (block: Int, isUnder: Bool) = (-1, false)
        for index in document.sentences.indices where ClaimReader.isChecked(document.sentences[index], in: document) {
            let sentence = document.sentences[index]
            if upgradeNotes.block != sentence.block {
                upgradeNotes = (sentence.block, document.document.blocks[sentence.block].context.headings.contains(where: Document.isUpgradeHeading))
            }
            if upgradeNotes.isUnder { continue }
            if var reading = reader.read(sentence, inPaths: placement.inPaths) ?? contextReading(index, of: sentence, reader: reader, placement: &placement) {
                if sentence.block == exampleBlock { reading.values.removeAll() }
                placement.place(&reading, sentence: index)
                Self.keepQuotedStatements(&reading, sentence: sentence, promises: reader.promises)
                Self.keepAgreeingStatements(&reading, sentence: sentence, promises: reader.promises)
                sentences.append((index, reading))
            }
            if ExampleClauses.announcesExample(sentence) { exampleBlock = sentence.block }
            let found = OfferReader.offers(in: sentence)
            if !found.isEmpty { offers.append((index, found)) }
        }
    }

    /// A sentence that quotes a promise's statement says it as expect.yml does: "Audit Log events
    /// are stored indefinitely and can be accessed … for up to 12 months" is the owner page's
    /// sentence, not a conflict through its other figure, a hedge or a denial.
    static func keepQuotedStatements(_ reading: inout SentenceReading, sentence: Sentence, promises: PromiseIndex) {
        let named = reading.values.filter { $0.agrees == false }.map(\.promise) + reading.hedges.map(\.promise) + reading.denials.map(\.promise)
        guard !named.isEmpty else { return }
        let quoted = Set(named.filter { promises.entries[$0].isQuoted(by: sentence.text) })
        guard !quoted.isEmpty else { return }
        reading.values.removeAll { quoted.contains($0.promise) && $0.agrees == false }
        reading.hedges.removeAll { quoted.contains($0.promise) }
        reading.denials.removeAll { quoted.contains($0.promise) }
    }

    /// A sentence that gives a promise the value expect.yml gives it, under the same condition,
    /// states the promise as promised; its other figures for that promise there say something
    /// beside it: "75% of revenue is withheld, 25% is paid", "losing more than 4% of audit score:
    /// when the audit score falls below the 96% threshold", "attachments up to 15 MB in size, up
    /// to 100 MB in total per visitor". No sentence drifts against itself. A figure that names its own condition
    /// stands on its own: "64kiB by default for paid accounts, 16kiB for free accounts".
    static func keepAgreeingStatements(_ reading: inout SentenceReading, sentence: Sentence, promises: PromiseIndex) {
        let agreeing = Set(reading.values.filter { $0.agrees == true }.map { "\($0.promise) \($0.condition?.key ?? "")" })
        guard !agreeing.isEmpty else { return }
        func isBeside(_ value: SentenceReading.Value) -> Bool {
            value.agrees == false && agreeing.contains("\(value.promise) \(value.condition?.key ?? "")")
                && ClaimReader.ownCondition(of: value.read.range, in: sentence.words[...], entry: promises.entries[value.promise]) == nil
        }
        if reading.values.contains(where: isBeside) { reading.values.removeAll(where: isBeside) }
    }

    /// A sentence naming no topic, read with its block context's topic.
    private func contextReading(_ index: Int, of sentence: Sentence, reader: ClaimReader, placement: inout ClaimPlacement) -> SentenceReading? {
        let named = placement.contextTopics(ofSentence: index)
        return named.isEmpty ? nil : reader.read(sentence, topicFrom: named)
    }

}

extension AnalyzedDocument {
    /// The document's claim reading: the one the engine read before the rules ran
    /// (`RuleRegistry.analyse`), or, for a claim rule run on its own, one read now.
    func claimReading(with reader: ClaimReader, stemmer: Stemmer?) -> ClaimReading {
        claims ?? ClaimReading(self, reader: reader, stemmer: stemmer)
    }
}
