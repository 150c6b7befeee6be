import AlignText

/// Where `only_with:` counts: in the clause its match sits in. A hedge takes back the offer it
/// sits in, not one in the next clause: "message ordering is not guaranteed across channels, so
/// consolidate related streams where possible" hedges the reader's work, and "tax obligations;
/// tax documentation is collected where applicable" offers nothing. A hedge in parentheses
/// qualifies the parenthesis ("publish an advisory (requesting a CVE where applicable) once a
/// fix ships").
enum OfferClause {
    /// The hits whose clause holds one of `offers`.
    static func hits(_ hits: [TextMatcher.Hit], offeredIn offers: [PhraseMatcher.Match], sentence: Sentence) -> [TextMatcher.Hit] {
        let bytes = Array(sentence.text.utf8)
        let base = sentence.range.lowerBound
        let clauses = ClauseSplitter.clauses(text: bytes, base: base, words: sentence.words, values: [], topics: [])
        let offerStarts = offers.map { sentence.words[$0.words.lowerBound].range.lowerBound }
        return hits.filter { hit in
            let start = hit.range.lowerBound
            guard var span = clauses.first(where: { $0.contains(start) }) else { return true }
            if let parenthesis = parenthesis(around: start - base, in: bytes) {
                span = (base + parenthesis.lowerBound)..<(base + parenthesis.upperBound)
            }
            return offerStarts.contains { span.contains($0) }
        }
    }

    /// The bytes inside the parentheses that enclose `offset`, when they open and close in the sentence.
    static func parenthesis(around offset: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard offset < bytes.count,
              let open = bytes[..<offset].lastIndex(where: { $0 == 0x28 || $0 == 0x29 }), bytes[open] == 0x28,
              let close = bytes[offset...].firstIndex(where: { $0 == 0x28 || $0 == 0x29 }), bytes[close] == 0x29 else { return nil }
        return (open + 1)..<close
    }
}
