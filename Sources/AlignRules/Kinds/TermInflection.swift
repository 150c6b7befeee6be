/// Carries the case and number of a flagged term over to its replacement, so that a fix reads
/// naturally: "Clients" → "Customers", "CLIENT" → "CUSTOMER", "buyers" → "customers".
enum TermInflection {
    /// `replacement` (as the rule writes it) in the form and case of `found`, which is `form` of
    /// the term it replaces: "Clients" → "Customers", "client's" → "customer's", "CLIENT" → "CUSTOMER".
    static func replacement(_ replacement: String, for found: String, form: TermShape.Form) -> String {
        let shaped = switch form {
        case .base: replacement
        case .plural: plural(of: replacement)
        // The apostrophe as the writer typed it.
        case .possessive: replacement + (found.contains("\u{2019}") ? "\u{2019}s" : "'s")
        }
        return withCase(of: found, applied: shaped)
    }

    /// `replacement` for a term found in lower case or spelled as its name, so that no capital
    /// of the found text carries over: "AnonAddy" → "addy.io", "a Pull Request" → "a pull
    /// request". At a sentence's start, a phrase of plain lower-case words takes a capital ("UK
    /// courts will" → "The courts will"); a single word put for a name is a name ("jq", "addy.io").
    static func replacement(_ replacement: String, for found: String, form: TermShape.Form, startingSentence: Bool) -> String {
        let term = Self.replacement(replacement, for: found, form: form)
        guard startingSentence, let head = term.first, term.contains(" "),
              term.allSatisfy({ $0 == " " || ($0.isLetter && $0.isLowercase) }) else { return term }
        return head.uppercased() + term.dropFirst()
    }

    static func plural(of term: String) -> String {
        // "Cline (usage-billing)": a name that ends in a bracket or a symbol takes no ending.
        guard term.last?.isLetter ?? false else { return term }
        let lower = term.lowercased()
        // "AppSec Days", "tasks", "series": a term already plural, put for a plural. An "s" after
        // another "s" or a vowel other than "e" ends a singular ("business", "alias", "status").
        if lower.hasSuffix("s"), let before = lower.dropLast().last, before.isLetter, !"aiosu".contains(before) { return term }
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
            // "Rate Limiting Step Runs": a title's capitals go to every word of the term.
            if isTitleCase(found) { return titleCased(term) }
            return head.uppercased() + term.dropFirst()
        }
        return term
    }

    /// Whether `text` is several words, each opening with a capital ("Step Runs", "Lunch & Learns").
    static func isTitleCase(_ text: String) -> Bool {
        // Most terms found are one word: asked of a space first, with nothing made.
        guard text.utf8.contains(0x20) else { return false }
        let words = text.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return words.count > 1 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// `term` with a capital on each word but the small ones a title leaves in lower case.
    static func titleCased(_ term: String) -> String {
        term.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
            guard let head = word.first, index == 0 || !titleSmallWords.contains(String(word)) else { return String(word) }
            return head.uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    static let titleSmallWords: Set<String> = ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]

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
}
