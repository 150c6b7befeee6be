import AlignText

/// The terms a document defines for itself, as an agreement does: `(the “Annual Fee”)`,
/// `(collectively, “Data Publication Fees”)`, `("Customer")`. Such a document uses its own
/// defined words throughout, and renaming them is an amendment, not an edit: a preferred term
/// does not replace them there.
struct DefinedTerms {
    /// Each defined term in lower case, without a final "s" (so that "fee" and "fees" are one).
    private(set) var terms: Set<String> = []

    /// How long a parenthesis that defines terms may be.
    static let reach = 120

    init(_ document: AnalyzedDocument) {
        for block in document.document.blocks where block.text.utf8.contains(0x28) {
            terms.formUnion(Self.definitions(in: Array(block.text.utf8)))
        }
    }

    /// Whether `found` (a term as written in the document) is one of the defined terms.
    func contains(_ found: String) -> Bool {
        !terms.isEmpty && terms.contains(Self.key(found))
    }

    static func key(_ term: String) -> String {
        var lower = term.lowercased()
        if lower.hasSuffix("'s") || lower.hasSuffix("’s") { lower.removeLast(2) }
        if lower.hasSuffix("s") { lower.removeLast() }
        return lower
    }

    /// The quoted terms of `text` that a parenthesis of their own defines: it ends with a closing
    /// quote, and holds no more than a few words besides ("(the “X”)", "(collectively, “X”)",
    /// "(“Services”, and each a “Service”)"). "(see “Billing” for details)" defines nothing.
    static func definitions(in text: [UInt8]) -> [String] {
        var found: [String] = []
        var open = text.firstIndex(of: 0x28)
        while let start = open {
            let end = text[(start + 1)..<min(text.count, start + reach)].firstIndex { $0 == 0x29 || $0 == 0x28 }
            open = text[(start + 1)...].firstIndex(of: 0x28)
            guard let end, text[end] == 0x29 else { continue }
            var quoted: [String] = []
            var outside = 0
            var index = start + 1
            var endsQuoted = false
            while index < end {
                if let length = openingQuote(at: index, in: text),
                   let close = (index + length..<end).first(where: { closingQuote(at: $0, in: text) != nil }) {
                    quoted.append(key(String(decoding: text[(index + length)..<close], as: UTF8.self)))
                    index = close + (closingQuote(at: close, in: text) ?? 1)
                    endsQuoted = true
                    continue
                }
                let byte = text[index]
                if byte != 0x20 && byte != 0x2C && byte != 0x2E && byte != 0x3B {
                    endsQuoted = false
                    if index == start + 1 || text[index - 1] == 0x20 { outside += 1 }
                }
                index += 1
            }
            if endsQuoted, outside <= 4 { found += quoted }
        }
        return found
    }

    /// The length of the opening quote at `index` (`"`, `“`), or nil.
    static func openingQuote(at index: Int, in text: [UInt8]) -> Int? {
        if text[index] == 0x22 { return 1 }
        return index + 2 < text.count && text[index] == 0xE2 && text[index + 1] == 0x80 && text[index + 2] == 0x9C ? 3 : nil
    }

    /// The length of the closing quote at `index` (`"`, `”`), or nil.
    static func closingQuote(at index: Int, in text: [UInt8]) -> Int? {
        if text[index] == 0x22 { return 1 }
        return index + 2 < text.count && text[index] == 0xE2 && text[index + 1] == 0x80 && text[index + 2] == 0x9D ? 3 : nil
    }
}
