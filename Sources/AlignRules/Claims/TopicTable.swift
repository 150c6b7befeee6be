import AlignText

/// The promises' topics, stemmed, by the stem a match can start at: one lookup per word of a
/// sentence finds every form a topic can take there. A class, so that copies of the
/// `PromiseIndex` (one per reading) share it without retaining each table.
final class TopicTable: Sendable {
    struct Phrase: Sendable {
        /// Index in `PromiseIndex.entries`.
        var promise: Int
        var stems: [String]
    }

    struct Start: Sendable {
        /// Topics starting with this stem, longest first.
        var exact: [Phrase] = []
        /// Multi-word topics starting with it, for matches with one word inserted ("free standard
        /// shipping" for "free shipping").
        var loose: [Phrase] = []
        /// Per `loose` phrase, by the index of the word after an insertion: where the promise's
        /// own topics name that word's kinds ("run" of "run TTL" beside "maximum TTL"), the only
        /// words that may be inserted there: "maximum stream TTL" is a stream's. Apart from
        /// `loose`, and asked only of a match: every sentence walks `loose`.
        var looseKinds: [[Int: Set<String>]] = []
        /// Two-word topics whose second stem it is, for the predicate form: "shipping is free".
        var inverted: [Phrase] = []
    }

    let starts: [Start]
    /// Most words start no topic: one probe of their stem's key says so.
    let stems: WordIndex
    let hasLoose: Bool

    /// `topics` are (promise index, stems) in the order of `expect.yml`.
    init(_ topics: [(promise: Int, stems: [String])]) {
        var order: [String] = []
        var byStem: [String: Start] = [:]
        func add(_ stem: String, _ change: (inout Start) -> Void) {
            if byStem[stem] == nil { order.append(stem) }
            change(&byStem[stem, default: Start()])
        }
        for (promise, stems) in topics {
            guard let first = stems.first else { continue }
            let phrase = Phrase(promise: promise, stems: stems)
            // Sorted after each addition, as PhraseMatcher does: the same order among equals.
            add(first) { $0.exact.append(phrase); $0.exact.sort { $0.stems.count > $1.stems.count } }
            if stems.count > 1 {
                var kindsByGap: [Int: Set<String>] = [:]
                for gap in 1..<stems.count {
                    let kinds = Set(topics.filter { $0.promise == promise }.flatMap { other in
                        other.stems.indices.dropFirst().filter { other.stems[$0] == stems[gap] }.map { other.stems[$0 - 1] }
                    }).subtracting([stems[gap - 1]])
                    if !kinds.isEmpty { kindsByGap[gap] = kinds }
                }
                add(first) { $0.loose.append(phrase); $0.looseKinds.append(kindsByGap) }
            }
            if stems.count == 2 { add(stems[1]) { $0.inverted.append(phrase) } }
        }
        starts = order.map { byStem[$0]! }
        self.stems = WordIndex(order)
        hasLoose = starts.contains { !$0.loose.isEmpty }
    }

    /// Words that may not stand inside a topic phrase: "free returns and shipping" is not
    /// "free shipping".
    static let notInserted: WordSet = ["and", "or", "but", "not", "no", "of", "to", "for", "with", "from", "the", "a", "an", "on", "in", "is", "are"]
    static let copulas: WordSet = ["is", "are", "ship", "ships", "stay", "stays", "remain", "remains", "always"]

    /// Topic matches: exact ones (after stemming), multi-word topics with one content word
    /// inserted between two of their words ("free standard shipping"), and two-word topics in
    /// predicate form ("shipping is free", "returns are free"). Exact ones come first, in order of
    /// position, every one that matches at a start, longest first.
    func matches(in words: [Word]) -> [(promise: Int, words: Range<Int>)] {
        var found: [(promise: Int, words: Range<Int>)] = []
        var candidates: [(start: Int, at: Int)] = []
        for start in words.indices {
            if let at = stems.index(of: words[start].stem, key: words[start].stemKey) { candidates.append((start, at)) }
        }
        guard !candidates.isEmpty else { return found }
        for (start, at) in candidates {
            for phrase in starts[at].exact where start + phrase.stems.count <= words.count {
                var ok = true
                for k in 1..<max(phrase.stems.count, 1) where words[start + k].stem != phrase.stems[k] {
                    ok = false
                    break
                }
                if ok { found.append((phrase.promise, start..<(start + phrase.stems.count))) }
            }
        }
        guard hasLoose else { return found }
        for (start, at) in candidates {
            let loose = starts[at].loose
            for l in loose.indices where start + loose[l].stems.count < words.count {
                let candidate = loose[l]
                let count = candidate.stems.count
                for gapAt in 1..<count {
                    // stems[0..<gapAt], one inserted word, stems[gapAt...]
                    let inserted = words[start + gapAt]
                    if Self.notInserted.contains(inserted) { continue }
                    var ok = true
                    for k in 0..<count {
                        let index = start + k + (k >= gapAt ? 1 : 0)
                        if words[index].stem != candidate.stems[k] { ok = false; break }
                    }
                    if ok, starts[at].looseKinds[l][gapAt].map({ $0.contains(inserted.stem) }) ?? true,
                       !found.contains(where: { $0.promise == candidate.promise && $0.words.lowerBound == start }) {
                        found.append((candidate.promise, start..<(start + count + 1)))
                        break
                    }
                }
            }
        }
        for (start, at) in candidates where start + 2 < words.count && !starts[at].inverted.isEmpty {
            guard Self.copulas.contains(words[start + 1]) else { continue }
            // "shipping is free", "shipping is always free"
            var last = start + 2
            if Self.copulas.contains(words[last]), last + 1 < words.count { last += 1 }
            for candidate in starts[at].inverted where words[last].stem == candidate.stems[0] {
                if !found.contains(where: { $0.promise == candidate.promise && $0.words.overlaps(start..<(last + 1)) }) {
                    found.append((candidate.promise, start..<(last + 1)))
                }
            }
        }
        return found
    }
}
