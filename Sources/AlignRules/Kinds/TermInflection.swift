/// Carries the case and number of a flagged term over to its replacement, so that a fix reads
/// naturally: "Clients" → "Customers", "CLIENT" → "CUSTOMER", "buyers" → "customers".
enum TermInflection {
    /// `replacement` (as the rule writes it) shaped like `found`, which matched `phrase`.
    static func replacement(_ replacement: String, for found: String, matching phrase: String) -> String {
        var result = replacement
        if isPlural(found, of: phrase) { result = plural(of: result) }
        return withCase(of: found, applied: result)
    }

    /// The found text is plural when its last word adds an `s` the phrase's last word lacks.
    static func isPlural(_ found: String, of phrase: String) -> Bool {
        let foundLast = lastWordLowercased(found)
        let phraseLast = lastWordLowercased(phrase)
        return foundLast != phraseLast && foundLast.hasSuffix("s") && !phraseLast.hasSuffix("s")
    }

    static func plural(of term: String) -> String {
        let lower = term.lowercased()
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            return term + "es"
        }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return String(term.dropLast()) + "ies"
        }
        return term + "s"
    }

    static func withCase(of found: String, applied term: String) -> String {
        let letters = letterCase(of: found)
        if letters.count > 1, letters.allUppercase { return term.uppercased() }
        if letters.firstUppercase, let head = term.first {
            return head.uppercased() + term.dropFirst()
        }
        return term
    }

    /// How many letters `text` has, whether all are upper-case and whether the first is. ASCII
    /// (nearly every finding) is read as bytes: filtering Characters makes a String and looks
    /// up Unicode properties for each.
    static func letterCase(of text: String) -> (count: Int, allUppercase: Bool, firstUppercase: Bool) {
        var count = 0
        var allUppercase = true
        var firstUppercase = false
        for b in text.utf8 {
            guard b < 0x80 else {
                let letters = text.filter(\.isLetter)
                return (letters.count, letters.allSatisfy(\.isUppercase), letters.first?.isUppercase ?? false)
            }
            let upper = b >= 0x41 && b <= 0x5A
            guard upper || (b >= 0x61 && b <= 0x7A) else { continue }
            if count == 0 { firstUppercase = upper }
            if !upper { allUppercase = false }
            count += 1
        }
        return (count, allUppercase, firstUppercase)
    }

    /// The last word of `text`, lower-cased. ASCII is read as bytes: splitting Characters looks
    /// up Unicode properties for each and makes a String per word.
    static func lastWordLowercased(_ text: String) -> String {
        var text = text
        let ascii: String? = text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            func inWord(_ b: UInt8) -> Bool { b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b == 0x27 }
            var end = utf8.count
            while end > 0, !inWord(utf8[end - 1]) { end -= 1 }
            var start = end
            while start > 0, inWord(utf8[start - 1]) { start -= 1 }
            // No word at all: the whole text, as `split` leaves it.
            let word = end > 0 ? UnsafeBufferPointer(rebasing: utf8[start..<end]) : utf8
            return String(unsafeUninitializedCapacity: word.count) { out in
                for (k, b) in word.enumerated() { out[k] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
                return word.count
            }
        }
        return ascii ?? lastWord(text).lowercased()
    }

    private static func lastWord(_ text: String) -> Substring {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).last ?? Substring(text)
    }
}
