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
    /// Which document it reads, so that a result reused for another document reads that one.
    let path: String
    let sentenceCount: Int

    init(_ document: AnalyzedDocument, reader: ClaimReader, stemmer: Stemmer? = nil) {
        path = document.path
        sentenceCount = document.sentences.count
        var placement = ClaimPlacement(document: document, promises: reader.promises, stemmer: stemmer)
        for index in document.sentences.indices where ClaimReader.isChecked(document.sentences[index], in: document) {
            if var reading = reader.read(document.sentences[index]) {
                placement.place(&reading, sentence: index)
                sentences.append((index, reading))
            }
            let found = OfferReader.offers(in: document.sentences[index])
            if !found.isEmpty { offers.append((index, found)) }
        }
    }

    func reads(_ document: AnalyzedDocument) -> Bool {
        path == document.path && sentenceCount == document.sentences.count
    }
}

extension DocumentResult {
    /// The document's claim reading: read by the first claim rule to ask, kept for the others.
    mutating func claimReading(of document: AnalyzedDocument, reader: ClaimReader, stemmer: Stemmer? = nil) -> ClaimReading {
        if let claimReading, claimReading.reads(document) { return claimReading }
        let reading = ClaimReading(document, reader: reader, stemmer: stemmer)
        claimReading = reading
        return reading
    }
}
