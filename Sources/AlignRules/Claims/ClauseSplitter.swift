import AlignText

/// Splits a sentence into clauses, so that a value is tied to the topic it is said about.
///
/// Always a boundary: `;`, `:` (not in "9:30", nor after a label of up to three words besides those
/// in brackets: "Returns: 60 days"), an em dash (nor after such a label: "Trial plan — 500h
/// compute"), "but", "however", "while", "whereas", "although", "though", "because", "since", "so"
/// and "as" with a subject after a comma, ", which" and ", after which", and the comma closing an
/// opening condition that names a topic of its own ("Once your return arrives, ..."), and the comma
/// closing an opening concession ("Although a lobby is allowed to have 1,000 members, ..."). "and"
/// (with or without a comma before it) is a boundary only when it joins two clauses that each state
/// a value ("we reply within 24 hours and returns are free for 60 days"); joining two verbs around
/// one value ("match the price and refund the difference within 14 days") or a list ("returns,
/// exchanges and refunds within 60 days") it is not.
enum ClauseSplitter {
    /// Words that open a clause of their own: a contrast, or a reason ("would not help much since
    /// the infrastructure changes a lot within a day": the day is the reason's, not the backup's).
    static let contrastWords: WordSet = ["but", "however", "while", "whereas", "although", "though", "yet", "because", "since"]
    /// ", as" with one of these subjects after it opens a reason: ", as they provide", ", as we review".
    static let reasonAs: WordSet = ["as"]
    static let reasonSubjects: Set<String> = ["they", "we", "it", "you", "this", "these", "those", "there"]
    static let conditionOpeners: Set<String> = ["once", "if", "after", "when", "whenever", "until", "before", "since"]
    static let concessionOpeners: Set<String> = ["although", "though", "while", "whereas"]

    /// The first comma that is punctuation, not a thousands separator ("1,000").
    static func firstComma(in text: [UInt8]) -> Int? {
        text.indices.first { i in
            text[i] == 0x2C && !(i > 0 && i + 1 < text.count && isDigit(text[i - 1]) && isDigit(text[i + 1]))
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The most words a label has outside its brackets.
    static let labelWords = 3

    /// Whether the words from offset `from` to `to` are a label: at most `labelWords` words, not
    /// counting those in brackets, which qualify it ("Adjudicated claims (Medicare Part D): 6x/week").
    static func isLabel(text: [UInt8], base: Int, words: [Word], from: Int, to: Int) -> Bool {
        var count = 0
        var depth = 0
        var cursor = from
        for word in words where word.range.lowerBound >= from && word.range.upperBound <= to {
            while cursor < word.range.lowerBound {
                if text[cursor - base] == 0x28 { depth += 1 } else if text[cursor - base] == 0x29, depth > 0 { depth -= 1 }
                cursor += 1
            }
            if depth == 0 { count += 1 }
            if count > labelWords { return false }
        }
        return true
    }

    /// Clause ranges (UTF-8 offsets of the block text) covering `sentence`, in order.
    /// `values` are the ranges of the quantities read in it.
    static func clauses(
        text: [UInt8], base: Int, words: [(range: Range<Int>, word: String)], values: [Range<Int>], topics: [Range<Int>] = []
    ) -> [Range<Int>] {
        clauses(text: text, base: base, words: words.map { Word(range: $0.range, lowercased: $0.word, stem: "") }, values: values, topics: topics)
    }

    /// The same, on the sentence's words as they are (only their ranges and lower-cased forms count).
    static func clauses(text: [UInt8], base: Int, words: [Word], values: [Range<Int>], topics: [Range<Int>]) -> [Range<Int>] {
        let end = base + text.count
        var hard: [Int] = []
        var i = 0
        while i < text.count {
            let b = text[i]
            // "Returns: 60 days", "Trial plan — 500h compute": a label and its value, one clause.
            func isLabel() -> Bool {
                Self.isLabel(text: text, base: base, words: words, from: hard.last ?? base, to: base + i)
            }
            if b == 0x3B {
                hard.append(base + i + 1)
            } else if b == 0x3A {
                let digitBefore = i > 0 && text[i - 1] >= 0x30 && text[i - 1] <= 0x39
                let digitAfter = i + 1 < text.count && text[i + 1] >= 0x30 && text[i + 1] <= 0x39
                if !(digitBefore && digitAfter) && !isLabel() { hard.append(base + i + 1) }
            } else if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0x94 {
                // A label only when its value follows at once: "Fast replies — and 60-day returns" is two.
                let valueFollows = values.contains { (base + i + 3...base + i + 4).contains($0.lowerBound) }
                if !values.contains(where: { $0.contains(base + i) }) && !(valueFollows && isLabel()) { hard.append(base + i) }
            }
            i += 1
        }
        // "Once your return arrives, we process it within 2 business days": an opening condition
        // that names a topic of its own ends at its comma, when a topic follows. Not a two-word
        // one ("If possible, we reply" keeps its hedge), nor one with no topic ("If you find a
        // lower price within 30 days, we'll match it" is about the price match).
        if let first = words.first, conditionOpeners.contains(first.lowercased),
           let comma = firstComma(in: text), words.filter({ $0.range.upperBound <= base + comma }).count > 2,
           topics.contains(where: { $0.upperBound <= base + comma }), topics.contains(where: { $0.lowerBound > base + comma }) {
            hard.append(base + comma + 1)
        }
        // "Although a lobby is allowed to have 1,000 members, you should not start voice calls in
        // lobbies that large": a concession opens the sentence about another subject, and ends at
        // its comma; the value before it is not the main clause's.
        if let first = words.first, concessionOpeners.contains(first.lowercased),
           let comma = firstComma(in: text), words.filter({ $0.range.upperBound <= base + comma }).count > 2 {
            hard.append(base + comma + 1)
        }
        var soft: [Int] = []
        for word in words {
            if contrastWords.contains(word.lowercased) { hard.append(word.range.lowerBound) }
            // "up to 24 hours to complete, after which PiTR begins": a relative clause after a comma
            // is about what it follows, not what the value measured.
            if word.lowercased == "which", let before = words.last(where: { $0.range.upperBound <= word.range.lowerBound }) {
                let lead = ["after", "at", "before", "by", "during", "until"].contains(before.lowercased) ? before : word
                if lead.range.lowerBound >= base + 2, text[lead.range.lowerBound - base - 2] == 0x2C { hard.append(lead.range.lowerBound) }
            }
            // ", so reply today": a new clause with its own point.
            if word.lowercased == "so", word.range.lowerBound >= base + 2, text[word.range.lowerBound - base - 2] == 0x2C {
                hard.append(word.range.lowerBound)
            }
            // "use an SDK where possible, as they provide features the API can't deliver": a
            // reason with a subject of its own, as "because" is ("such as", "as soon as" have none).
            if word.range.lowerBound >= base + 2, text[word.range.lowerBound - base - 2] == 0x2C, Self.reasonAs.contains(word),
               let next = words.first(where: { $0.range.lowerBound > word.range.lowerBound }), reasonSubjects.contains(next.lowercased) {
                hard.append(word.range.lowerBound)
            }
            if word.lowercased == "and", !values.contains(where: { $0.contains(word.range.lowerBound) }) {
                soft.append(word.range.lowerBound)
            }
        }
        hard.sort()
        var clauses: [Range<Int>] = []
        var start = base
        for boundary in hard + [end] where boundary > start {
            var segmentStart = start
            for split in soft where split > segmentStart && split < boundary {
                let before = values.contains { $0.lowerBound >= segmentStart && $0.upperBound <= split }
                let after = values.contains { $0.lowerBound >= split && $0.upperBound <= boundary }
                if before && after {
                    clauses.append(segmentStart..<split)
                    segmentStart = split
                }
            }
            clauses.append(segmentStart..<boundary)
            start = boundary
        }
        return clauses
    }
}
