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
        let foundLast = lastWord(found).lowercased()
        let phraseLast = lastWord(phrase).lowercased()
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
        let letters = found.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return term.uppercased() }
        if let first = letters.first, first.isUppercase, let head = term.first {
            return head.uppercased() + term.dropFirst()
        }
        return term
    }

    private static func lastWord(_ text: String) -> Substring {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).last ?? Substring(text)
    }
}
