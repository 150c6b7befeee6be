import AlignText

/// Values that illustrate or change something rather than state it: a worked example ("e.g.
/// Net 50 = -4%", "for example", "such as", "for instance", a hypothetical "If you had ...") up to the close of its bracket or
/// the end of the sentence, a rate of change ("-2.5% for every 15 days", a signed "-4%", "5% per
/// hour of unavailability") and a change told as history ("extended from 3 to 7 days", "up from 2 GB"). Their values are not claims, so a sentence with an example never drifts
/// against itself.
struct ExampleClauses {
    /// Hypotheticals too: "If you had a basic 2 year vesting period, you would own ...".
    static let markers: [[UInt8]] = [
        "e.g.", "e.g,", "eg.", "example:", "for example", "for instance", "such as", "i.e.", "if you had ", "imagine ", "suppose ", "hypothetically",
    ].map { Array($0.utf8) }
    /// After a value, a change per step: "for every 15 days", "every month". Not "per": "99.9%
    /// per month" is an uptime measured monthly.
    static let rateWords: WordSet = ["every"]

    /// UTF-8 ranges (block offsets) that are worked examples.
    private var examples: [Range<Int>] = []
    private let sentence: Sentence
    private let bytes: [UInt8]
    private let base: Int

    init(sentence: Sentence, bytes: [UInt8], base: Int, quantities: [ReadQuantity]) {
        self.sentence = sentence
        self.bytes = bytes
        self.base = base
        guard let last = quantities.map(\.range.lowerBound).max() else { return }
        // An example runs from its marker on: one opening after the last value holds none.
        let scanEnd = min(bytes.count, last - base + 1)
        var i = 0
        while i < scanEnd {
            let b = bytes[i] | 0x20
            // Every marker opens with e, f, s, i or h.
            if b == 0x65 || b == 0x66 || b == 0x73 || b == 0x69 || b == 0x68, i == 0 || !Self.isLetter(bytes[i - 1]),
               let marker = Self.markers.first(where: { Self.matches($0, in: bytes, at: i) }) {
                // Inside brackets, the example ends at the closing one; else at the sentence's end.
                let opened = bytes[..<i].lastIndex(of: 0x28).map { open in !bytes[open..<i].contains(0x29) } ?? false
                let end = opened ? (bytes[i...].firstIndex(of: 0x29) ?? bytes.count) : bytes.count
                examples.append((base + i)..<(base + end))
                i = max(end, i + marker.count)
                continue
            }
            i += 1
        }
    }

    /// Whether a sentence announces the worked example that follows it: "Let's walk through an
    /// example.", "Here is an example:". The figures after it in its paragraph are the example's.
    static func announcesExample(_ sentence: Sentence) -> Bool {
        guard let last = sentence.words.last?.lowercased else { return false }
        return last == "example" || last == "examples"
    }

    static func matches(_ marker: [UInt8], in bytes: [UInt8], at i: Int) -> Bool {
        guard i + marker.count <= bytes.count else { return false }
        for k in marker.indices where bytes[i + k] | (isLetter(marker[k]) ? 0x20 : 0) != marker[k] { return false }
        return true
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Verbs that report a change: "extended history from 3 to 7 days" says what changed.
    static let changeVerbs: WordSet = [
        "extended", "increased", "reduced", "raised", "lowered", "changed", "shortened", "lengthened", "decreased",
        "expanded", "cut", "moved", "went", "grew",
    ]
    static let from = [Array("from".utf8)]
    /// Time units after "per" that, with "of" after them, make a rate: "5% per hour of unavailability".
    static let rateUnits: WordSet = ["minute", "hour", "day", "week", "month"]

    /// Whether `read` is an example, a change, a share or a rate of change.
    func excludes(_ read: ReadQuantity) -> Bool {
        if examples.contains(where: { $0.contains(read.range.lowerBound) }) { return true }
        // "6 hours out of your 8 hour workday": a part of a whole, not a duration promised ...
        // (words compared in place: this runs for every value read).
        let words = sentence.words
        let next = words.firstIndex { $0.range.lowerBound >= read.range.upperBound } ?? words.endIndex
        if next + 1 < words.endIndex, words[next].lowercased == "out", words[next + 1].lowercased == "of" { return true }
        // ... and the whole it is a part of.
        let end = words.firstIndex { $0.range.upperBound > read.range.lowerBound } ?? words.endIndex
        for out in max(0, end - 3)..<max(0, end - 1) where words[out].lowercased == "out" && words[out + 1].lowercased == "of" { return true }
        // "extended history from 3 to 7 days": a change, told as its history, not a range promised.
        if ClaimReader.isWord(before: read.range.lowerBound - base, in: bytes, oneOf: Self.from),
           let from = sentence.words.lastIndex(where: { $0.range.upperBound <= read.range.lowerBound }) {
            if read.quantity.low != read.quantity.high, sentence.words[..<from].suffix(8).contains(where: { Self.changeVerbs.contains($0) }) {
                return true
            }
            // "up to 8 GB of storage, up from 2 GB", "increased from 3 days": the figure it was.
            if from > 0, Self.changeVerbs.contains(sentence.words[from - 1]) || ["up", "down"].contains(sentence.words[from - 1].lowercased) {
                return true
            }
        }
        guard read.quantity.dimension == .percent || read.quantity.dimension == .money else { return false }
        // A sign glued before it: "-2%", "+5%".
        let at = read.range.lowerBound - base
        if at > 0, bytes[at - 1] == 0x2D || bytes[at - 1] == 0x2B, at == 1 || bytes[at - 2] == 0x20 || bytes[at - 2] == 0x28 {
            return true
        }
        // "for every 15 days": a rate of change.
        let after = sentence.words.drop { $0.range.lowerBound < read.range.upperBound }.prefix(2)
        guard let first = after.first else { return false }
        if Self.rateWords.contains(first) { return true }
        // "5% per hour of unavailability": so much for each hour of something. Not "99.9% per month".
        let three = sentence.words.drop { $0.range.lowerBound < read.range.upperBound }.prefix(3).map(\.lowercased)
        if three.count == 3, three[0] == "per", Self.rateUnits.contains(three[1]), three[2] == "of" { return true }
        return first.lowercased == "for" && after.dropFirst().first.map { Self.rateWords.contains($0) } == true
    }
}
