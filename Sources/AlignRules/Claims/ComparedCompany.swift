import AlignText

/// The other company of a comparison page ("Railway vs Northflank: Technical Comparison"): a
/// sentence, table column or section about it states that company's figures ("Northflank logs
/// are available for 60 days"), not the organization's promises.
struct ComparedCompany: Sendable {
    /// The other company's name and the organization's, as lower-case words.
    let name: [String]
    let organization: [String]

    /// The first person speaks for the organization: "Unlike Heroku, we keep logs for 30 days".
    static let firstPerson: WordSet = ["we", "our", "ours", "us", "we're", "we'll", "we’re", "we’ll"]
    static let comparing: WordSet = ["vs", "versus"]
    static let articles: WordSet = ["a", "an", "the"]
    /// Longer than this, the other side of "vs" is a description, not a name.
    static let maxNameWords = 3

    /// The company that one of `titles` (the document's title, its first heading) sets against
    /// `organization` (the words of expect.yml's `organization:`); nil when none does. The stemmer
    /// is asked for only by a title that may compare.
    static func other(in titles: [String], organization: [String], stemmer: @autoclosure () -> Stemmer) -> ComparedCompany? {
        guard !organization.isEmpty else { return nil }
        for title in titles where title.utf8.count < 300 && mayCompare(title) {
            let words = WordScanner.words(in: title, range: 0..<title.utf8.count, stemmer: stemmer())
            let bytes = Array(title.utf8)
            guard let middle = words.firstIndex(where: { comparing.contains($0) }) else { continue }
            // Each side runs to a break in the title: "Railway vs Northflank: Technical Comparison".
            func breaks(between a: Word, and b: Word) -> Bool {
                let gap = bytes[a.range.upperBound..<b.range.lowerBound]
                return gap.contains { [0x3A, 0x7C, 0x28, 0x29, 0x2C, 0x3B, 0x2F].contains($0) } || gap.count > 1 && gap.contains(0x2D)
                    || gap.contains(0xE2)
            }
            var start = middle
            while start > 0, !breaks(between: words[start - 1], and: words[start]) || start == middle { start -= 1 }
            var end = middle + 1
            while end < words.count, end == middle + 1 || !breaks(between: words[end - 1], and: words[end]) { end += 1 }
            var left = words[start..<middle].map(\.lowercased)
            var right = words[(middle + 1)..<end].map(\.lowercased)
            if let first = left.first, articles.contains(first) { left.removeFirst() }
            if let first = right.first, articles.contains(first) { right.removeFirst() }
            let other: [String]
            switch (names(organization, in: left[...]), names(organization, in: right[...])) {
            case (true, false): other = right
            case (false, true): other = left
            default: continue
            }
            guard !other.isEmpty, other.count <= maxNameWords else { continue }
            return ComparedCompany(name: other, organization: organization)
        }
        return nil
    }

    /// Whether `title` holds "vs" or "versus" in any case: most titles do not, and are not read.
    static func mayCompare(_ title: String) -> Bool {
        let bytes = Array(title.utf8)
        func lower(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] | 0x20 : 0 }
        for index in bytes.indices where lower(index) == UInt8(ascii: "v") {
            if lower(index + 1) == UInt8(ascii: "s") { return true }
            if ersus.indices.allSatisfy({ lower(index + 1 + $0) == ersus[$0] }) { return true }
        }
        return false
    }

    /// The rest of "versus" after its "v".
    private static let ersus = Array("ersus".utf8)

    /// Whether `words` hold `phrase` (lower-case words) in order, side by side.
    static func names(_ phrase: [String], in words: ArraySlice<String>) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (words.startIndex...(words.endIndex - phrase.count)).contains { start in
            phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
        }
    }

    /// Which company `words` speak of: the other one, the organization (by name or in the first
    /// person), or neither (nil). Naming both is the organization's, as a contrast is.
    func speaksOfOther(_ words: [Word]) -> Bool? {
        let lowercased = words.map(\.lowercased)[...]
        if Self.names(organization, in: lowercased) || words.contains(where: { Self.firstPerson.contains($0) }) { return false }
        return Self.names(name, in: lowercased) ? true : nil
    }

    /// Whether a sentence of `words`, with its block's context texts `context` (nearest first),
    /// is about the other company: the sentence decides when it names a company, else the nearest
    /// context that names one (a table's column header, the section's heading).
    func isAboutOther(sentence words: [Word], context: [[Word]]) -> Bool {
        if let spoken = speaksOfOther(words) { return spoken }
        for text in context {
            if let spoken = speaksOfOther(text) { return spoken }
        }
        return false
    }
}
