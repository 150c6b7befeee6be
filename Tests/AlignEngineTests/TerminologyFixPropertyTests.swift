import Foundation
import Testing
@testable import AlignTestSupport

/// `align check --fix`, the real binary, over a real word list (Debian's `wamerican`, which
/// scripts/install-deps installs) and real prose, with a table of terms: no word but a listed
/// term's forms changes, and each one that does becomes the same form of `use`, in its case.
@Suite struct TerminologyFixPropertyTests {
    /// A preference with every form written out, in the order itself, plural, possessive: the
    /// test does not ask the code under test what a plural is.
    struct Preference {
        var use: [String]
        var insteadOf: [[String]]
    }

    static let table = [
        Preference(use: ["customer", "customers", "customer's"],
                   insteadOf: [["client", "clients", "client's"], ["consumer", "consumers", "consumer's"]]),
        Preference(use: ["plugin", "plugins", "plugin's"], insteadOf: [["plug-in", "plug-ins", "plug-in's"]]),
        Preference(use: ["email", "emails", "email's"], insteadOf: [["e-mail", "e-mails", "e-mail's"]]),
        Preference(use: ["vendor", "vendors", "vendor's"], insteadOf: [["provider", "providers", "provider's"]]),
        Preference(use: ["company", "companies", "company's"],
                   insteadOf: [["organization", "organizations", "organization's"]]),
        Preference(use: ["member", "members", "member's"], insteadOf: [["user", "users", "user's"]]),
        Preference(use: ["agency", "agencies", "agency's"], insteadOf: [["bureau", "bureaus", "bureau's"]]),
        Preference(use: ["partner", "partners", "partner's"], insteadOf: [["buddy", "buddies", "buddy's"]]),
    ]

    static let wordList = URL(fileURLWithPath: "/usr/share/dict/american-english")

    /// Each listed form, lower-cased, and what it must become.
    static var replacements: [String: String] {
        var map: [String: String] = [:]
        for preference in table {
            for forms in preference.insteadOf {
                for (k, form) in forms.enumerated() { map[form] = preference.use[k] }
            }
        }
        return map
    }

    static var expectation: String {
        var text = "organization: Property test\nterminology:\n"
        for preference in table {
            let terms = preference.insteadOf.map { "\"\($0[0])\"" }.joined(separator: ", ")
            text += "  - use: \"\(preference.use[0])\"\n    instead_of: [\(terms)]\n"
        }
        return text
    }

    @Test func fixChangesOnlyListedTermsInARealWordListAndRealProse() throws {
        let words = try #require(try? String(contentsOf: Self.wordList, encoding: .utf8),
                                 "install wamerican (scripts/install-deps) for \(Self.wordList.path)")
        let prose = AlignCLI.fixtures.appendingPathComponent("terminology")
        let files = [
            // One word a paragraph: every word of the list is read as a word, and none joins another.
            "words.md": words.split(separator: "\n").joined(separator: "\n\n") + "\n",
            "gpl-3.md": try String(contentsOf: prose.appendingPathComponent("gpl-3.md"), encoding: .utf8),
            "reported.md": try String(contentsOf: prose.appendingPathComponent("reported.md"), encoding: .utf8),
        ]
        // The word list is one document of 100,000 paragraphs: a debug build among parallel tests
        // can take longer than the default 10 seconds a document, which would leave rules unrun.
        let root = try HostileTree(align: "expect: expect.yml\nchannels:\n  customer: [\"**\"]\npacks: []\nlimits:\n  max_seconds_per_document: 300\n",
                                   expect: Self.expectation)
        defer { root.remove() }
        for (name, text) in files { try root.write(name, text) }
        let run = try root.run(["check", "--fix", "--fail-on", "never"], timeout: 600)
        #expect(run.status == 0, "\(run.stderr)")

        let replacements = Self.replacements
        for (name, before) in files.sorted(by: { $0.key < $1.key }) {
            let after = try String(contentsOf: root.url(name), encoding: .utf8)
            let old = before.split(whereSeparator: \.isWhitespace)
            let new = after.split(whereSeparator: \.isWhitespace)
            guard old.count == new.count else {
                Issue.record("\(name): the fix changed the number of words (\(old.count) → \(new.count))")
                continue
            }
            var changed = 0
            var wrong: [String] = []
            var missed: [String] = []
            for (was, now) in zip(old, new) {
                if was != now {
                    changed += 1
                    if !Self.isReplacement(String(was), by: String(now), replacements) { wrong.append("\"\(was)\" → \"\(now)\"") }
                } else if name == "words.md", replacements[String(was).lowercased()] != nil {
                    missed.append(String(was))
                }
            }
            #expect(wrong.isEmpty, "\(name): \(wrong.count) words changed that must not, or to the wrong form: \(wrong.prefix(20).joined(separator: ", "))")
            #expect(missed.isEmpty, "\(name): listed terms not replaced: \(missed.joined(separator: ", "))")
            #expect(changed > 0, "\(name): nothing was replaced, so the test proves nothing")
        }
    }

    /// Whether `now` is `was` with its listed terms replaced by the same form of `use`, each in
    /// the case it had; the punctuation around them unchanged. A hyphenated compound that is not
    /// a listed term is its parts ("client-side" holds "client").
    static func isReplacement(_ was: String, by now: String, _ replacements: [String: String]) -> Bool {
        let (lead, core, trail) = split(was)
        let (newLead, newCore, newTrail) = split(now)
        guard lead == newLead, trail == newTrail else { return false }
        if let form = replacements[core.lowercased()] { return newCore == cased(form, like: core) }
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        let newParts = newCore.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.count == newParts.count else { return false }
        return zip(parts, newParts).allSatisfy { part, newPart in
            part == newPart || replacements[part.lowercased()].map { newPart == cased($0, like: String(part)) } == true
        }
    }

    /// A token's leading punctuation, its word (letters, digits, and what joins them), and its
    /// trailing punctuation.
    static func split(_ token: String) -> (String, String, String) {
        let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        guard let first = token.firstIndex(where: isWord), let last = token.lastIndex(where: isWord) else { return (token, "", "") }
        return (String(token[..<first]), String(token[first...last]), String(token[token.index(after: last)...]))
    }

    static func cased(_ term: String, like found: String) -> String {
        let letters = found.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return term.uppercased() }
        if letters.first?.isUppercase == true { return term.prefix(1).uppercased() + term.dropFirst() }
        return term
    }
}
