import AlignModel

extension ClaimReading {
    /// A table row that gives a promise the value expect.yml gives it states the promise; its
    /// other cells' figures for that promise, under the same condition, say something beside it:
    /// Sim's "| **Pro** | $25/mo | $21.25/mo | $255/yr |" under "Monthly", "Annual (per month)"
    /// and "Annual Total" is the $25 a month promised and what annual billing makes of it. As a
    /// sentence does not drift against itself (`keepAgreeingStatements`), a row does not.
    static func keepAgreeingRows(_ sentences: inout [(index: Int, reading: SentenceReading)], in document: AnalyzedDocument) {
        let blocks = document.document.blocks
        func row(of entry: Int) -> String? { blocks[document.sentences[sentences[entry].index].block].context.rowHeader }
        var start = 0
        while start < sentences.count {
            var end = start + 1
            if let header = row(of: start) {
                // The cells of one row: the blocks from the first to the last all under its header.
                while end < sentences.count, row(of: end) == header,
                      (document.sentences[sentences[start].index].block...document.sentences[sentences[end].index].block)
                          .allSatisfy({ blocks[$0].context.rowHeader == header }) {
                    end += 1
                }
            }
            if end - start > 1 { keepAgreeingCells(&sentences[start..<end]) }
            start = end
        }
    }

    private static func keepAgreeingCells(_ row: inout ArraySlice<(index: Int, reading: SentenceReading)>) {
        let agreeing = Set(row.flatMap { $0.reading.values.filter { $0.agrees == true }.map(agreementKey) })
        guard !agreeing.isEmpty else { return }
        for cell in row.indices {
            row[cell].reading.values.removeAll { $0.agrees == false && agreeing.contains(agreementKey($0)) }
        }
    }
}
