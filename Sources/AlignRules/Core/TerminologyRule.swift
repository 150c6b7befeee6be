import AlignModel
import AlignConfig
import AlignText

/// `terminology`: a term from `instead_of` where `expect.yml` prefers `use`. Built on the
/// substitution kind, one per preference, each with its own channel scope.
public struct TerminologyRule: DocumentRule, ScopedRule {
    public static let id = "terminology"
    public let description: RuleDescription
    public let scope = RuleScope()
    /// Boxed: checking a stored rule struct copies it (retaining all it holds) per document;
    /// copying an existential's box is one retain.
    let preferences: [any DocumentRule]
    /// Per preference with terms written as code, the same preference for those terms alone,
    /// run on the document's inline code.
    let codePreferences: [any DocumentRule]

    public init(expectation: Expectation, severity: Severity = .warning, channels: [Channel] = [], stemmer: Stemmer) {
        let description = Self.describe(severity: severity)
        self.description = description
        let organization = expectation.organizationWords(stemmer: stemmer)
        var preferences: [any DocumentRule] = []
        var codePreferences: [any DocumentRule] = []
        for preference in expectation.terminology {
            // `rules: { terminology: { channels: [...] } }` in align.yml narrows every preference.
            let scoped = channels.isEmpty ? preference.channels
                : preference.channels.isEmpty ? channels : preference.channels.filter(channels.contains)
            func rule(_ insteadOf: [String]) -> SubstitutionRule {
                SubstitutionRule(description: description, scope: RuleScope(channels: scoped), use: preference.use,
                                 insteadOf: insteadOf, except: preference.except, note: nil,
                                 organization: organization, stemmer: stemmer)
            }
            preferences.append(rule(preference.insteadOf))
            let codeTerms = preference.insteadOf.filter(TermShape.isWrittenAsCode)
            if !codeTerms.isEmpty { codePreferences.append(rule(codeTerms)) }
        }
        self.preferences = preferences
        self.codePreferences = codePreferences
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        RetirementNotice.check(document, into: &result) { result in
            for preference in preferences { preference.check(document, stemmer: stemmer, into: &result) }
            guard !codePreferences.isEmpty, !document.document.codeSpans.isEmpty else { return }
            // The spans read as sentences once, for every preference.
            let code = document.apart(document.document.codeSpans, stemmer: stemmer)
            let before = result.findings.count
            for preference in codePreferences { preference.check(code, stemmer: stemmer, into: &result) }
            guard result.findings.count > before else { return }
            let found = result.findings[before...].filter { !Self.tellsRenameInCode(line: $0.span.start.line, in: document) }
            result.findings.replaceSubrange(before..., with: found)
        }
    }

    /// Whether line `line` tells a rename in inline code: two spans or more on it, in a sentence
    /// with a word of change ("The tracker script has been renamed from `umami.js` to
    /// `script.js`"). The spans are read apart from their sentence, so the sentence is asked here.
    static func tellsRenameInCode(line: Int, in document: AnalyzedDocument) -> Bool {
        let spans = document.document.codeSpans.filter { $0.position(atUTF8Offset: 0).line == line }
        guard spans.count >= 2 else { return false }
        return document.sentences.contains { sentence in
            let span = document.span(in: sentence, utf8: sentence.range)
            return (span.start.line...span.end.line).contains(line) && SubstitutionRule.tellsOfChange(sentence)
        }
    }

    public static func describe(severity: Severity = .warning) -> RuleDescription {
        RuleDescription(
            id: id, pack: "core", kind: "substitution",
            summary: "A term from `instead_of` in expect.yml's terminology where `use` is preferred.",
            why: """
                Customers notice when one page calls them customers and the next calls them clients or \
                users: it reads as several companies, or as a company that has not decided how it sees \
                them. One word for one thing, in every channel, is the cheapest alignment there is. The \
                fix keeps the original's case and form ("Clients" becomes "Customers", "client's" \
                "customer's"). A term matches as a whole word with its plural and possessive, never \
                another word sharing its stem; `except:` names phrases where it is right. A name of several \
                capitalised words written with its first capital and the rest in lower case ("the Cygwin \
                bash shell" for "Cygwin Bash Shell") describes the thing rather than naming it.
                """,
            severity: severity,
            examples: RuleExamples(
                flags: ["Our ↓clients get free returns.", "Every ↓Buyer gets a receipt by email.", "↓SHOPPERS: read this first.",
                        "A ↓client's order ships free."],
                passes: ["Our customers get free returns.", "Every customer gets a receipt by email.",
                         "Download the desktop client.", "Shopping is easy: buy online.", "See client_id in your settings.",
                         "We say \"client\" nowhere any more.", "Our shop, formerly Clients & Co, is now Customers First."]
            )
        )
    }
}
