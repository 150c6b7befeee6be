import AlignText

/// What one document's sentences say about the promises, read once for `claim-conflict` and
/// `promise-hedged`: both need every sentence's topics and values, and reading them is most of
/// what either rule costs.
struct ClaimReading: Sendable {
    /// Checked sentences that name a promise's topic: index in `AnalyzedDocument.sentences`, and
    /// what the sentence says (hedges included).
    private(set) var sentences: [(index: Int, reading: SentenceReading)] = []
    /// Which document it reads, so that a result reused for another document reads that one.
    let path: String
    let sentenceCount: Int

    init(_ document: AnalyzedDocument, reader: ClaimReader) {
        path = document.path
        sentenceCount = document.sentences.count
        for index in document.sentences.indices where ClaimReader.isChecked(document.sentences[index], in: document) {
            let words = document.sentences[index].words
            // A sentence with no hedge reads as with none: the hedges are rare, and looked for first.
            if let reading = reader.read(document.sentences[index], hedges: Hedges.hits(in: words)) {
                sentences.append((index, reading))
            }
        }
    }

    func reads(_ document: AnalyzedDocument) -> Bool {
        path == document.path && sentenceCount == document.sentences.count
    }
}

extension DocumentResult {
    /// The document's claim reading: read by the first claim rule to ask, kept for the others.
    mutating func claimReading(of document: AnalyzedDocument, reader: ClaimReader) -> ClaimReading {
        if let claimReading, claimReading.reads(document) { return claimReading }
        let reading = ClaimReading(document, reader: reader)
        claimReading = reading
        return reading
    }
}
