import AlignModel
import AlignConfig
import AlignText

/// `substitution`: a preferred term. Each use of a term it replaces, as a whole word or its plural
/// or possessive, is flagged with the preferred one in the same case and form, as the message and
/// as the fix. `except` phrases are where the term is right ("desktop client", "client-side").
public struct SubstitutionRule: DocumentRule, ScopedRule {
    public let description: RuleDescription
    public let scope: RuleScope
    let use: String
    let matcher: TextMatcher
    /// The preferred term itself, so that "member" is not flagged inside "team member". Matched
    /// as a whole term, as the replaced ones are: `mau_limits_reserved_threepids` shares every
    /// stem with `mau_limit_reserved_threepids` and is not it.
    let preferred: TermMatcher
    /// Said after `use "x" instead of "y"`, when the rule has more to say.
    let note: String?
    /// Terms that differ from the preferred one only in case ("Pagerduty" for "PagerDuty"): a
    /// brand's capitals. They match in any case like every term; a use is theirs only when
    /// written exactly so, since the preferred term matches the same words.
    let caseVariants: [String]
    /// Replaced terms that are the preferred one's plural ("Woodlands" for the project
    /// "Woodland"): the preferred term matches them as its plural, so only their own spelling,
    /// in any case, tells them apart.
    let pluralVariants: Set<String>
    /// Replaced terms written all in lower case that hold the preferred one, which has capitals
    /// ("the ministers" for "Ministers"): they ask for the capitals, so a use written with them
    /// ("the Ministers' responsibility") is the preferred term.
    let lowerCaseSpellings: [String]
    /// The replaced terms written with capitals in expect.yml ("Firefox Monitor"), lower-cased:
    /// names, which the message quotes as written, not in running-text case.
    let names: [String]
    /// The same names as expect.yml writes them: found so, their capitals are the name's own.
    let nameSpellings: [String]
    /// Replaced names of several words, each capitalised ("Cygwin Bash Shell").
    let titles: [String]
    /// The words of the preferred term and the terms it replaces, in lower case: a page named by
    /// one of them is about the organization's product, not another company's.
    let termWords: Set<String>
    /// expect.yml's `organization:` as lower-case words, for `terminology`: a sentence naming
    /// another company's account or docs uses that company's names (`OtherCompanyMention`).
    let organization: [String]

    public init(
        description: RuleDescription, scope: RuleScope, use: String, insteadOf: [String],
        except: [String] = [], when: [String] = [], whenAlso: [String] = [], unless: [String] = [],
        unlessAnywhere: [String] = [], note: String?, organization: [String] = [], stemmer: Stemmer
    ) {
        self.organization = organization
        self.description = description
        self.scope = scope
        self.use = use
        matcher = TextMatcher(phrases: insteadOf, patterns: [], when: when, whenAlso: whenAlso, unless: unless,
                              unlessAnywhere: unlessAnywhere, wholeTerms: true, except: except, stemmer: stemmer)
        preferred = TermMatcher(terms: [use], stemmer: stemmer)
        self.note = note
        caseVariants = insteadOf.filter { $0 != use && $0.lowercased() == use.lowercased() }
        let plural = TermInflection.plural(of: use).lowercased()
        pluralVariants = Set(insteadOf.map { $0.lowercased() }.filter { $0 == plural && $0 != use.lowercased() })
        nameSpellings = insteadOf.filter { $0 != $0.lowercased() }
        titles = insteadOf.filter { term in
            let words = term.split(separator: " ")
            return words.count > 1 && words.allSatisfy { $0.first?.isUppercase == true } && term != term.uppercased()
                && !insteadOf.contains(term.lowercased())
        }
        names = nameSpellings.map { $0.lowercased() }
        lowerCaseSpellings = use == use.lowercased() ? [] : insteadOf.filter { $0 == $0.lowercased() && $0.contains(use.lowercased()) }
        termWords = Set(([use] + insteadOf).flatMap { $0.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init) })
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        guard scope.includes(document) else { return }
        // Read from the page's title once, at the first hit that needs it.
        var otherCompanies: OtherCompanyPage??
        var defined: DefinedTerms?
        for hit in matcher.scan(document).hits {
            let sentence = document.sentences[hit.sentence]
            let found = document.text(in: sentence, utf8: hit.range)
            // "member" inside "team member" is the preferred term; "Deno Deploy EA" holds the
            // preferred "Deno Deploy" and more, and is the old name.
            let preferredMatches = preferred.matches(in: sentence, blockText: document.document.blocks[sentence.block].text)
            let preferredRanges = preferredMatches.map { match in
                sentence.words[match.words.lowerBound].range.lowerBound..<sentence.words[match.words.upperBound - 1].range.upperBound
            }
            let inPreferred = preferredRanges.contains { range in
                let holdsPreferred = hit.range != range && hit.range.lowerBound <= range.lowerBound && range.upperBound <= hit.range.upperBound
                return range.overlaps(hit.range) && !holdsPreferred
            } && !isCaseVariant(found) && !pluralVariants.contains(found.lowercased())
            // A brand's capitals are no old name: "a service called ZenDesk" misspells it all the
            // same; only quotation marks make them a mention ('"RuboCop", not "Rubocop"').
            if inPreferred || Self.isMention(hit.range, in: sentence, byLead: !isCaseVariant(found)) { continue }
            if isPreferredCapitals(found) { continue }
            if isDescription(found, startingSentence: hit.range.lowerBound == sentence.words[0].range.lowerBound) { continue }
            if document.document.blocks[sentence.block].kind != .heading, let words = hit.words,
               Self.isPartOfName(found, term: hit.phrase, words: words, in: sentence) { continue }
            // An agreement's own defined term ("(collectively, “Data Publication Fees”)").
            if defined == nil { defined = DefinedTerms(document) }
            if defined?.contains(found) == true { continue }
            // "Chatwoot migrated this UI from Webpack to Vite": the change told, in both names.
            if let words = hit.words, Self.isChange(to: preferredMatches.map(\.words.lowerBound), after: words, in: sentence) { continue }
            // "JSONPath has been replaced with jq", "migrate your JSONPath filters to jq syntax".
            // The preferred term apart from the old one: "Deno Deploy EA" holds "Deno Deploy".
            if Self.tellsOfChange(sentence), preferredRanges.contains(where: { !$0.overlaps(hit.range) }) { continue }
            // "## Migration from Deployment Profile" and what is under it tell the change of this name.
            let block = document.document.blocks[sentence.block]
            if Self.isUnderChangeHeading(of: hit.phrase, in: block.context.headings + (block.kind == .heading ? [block.text] : [])) { continue }
            // "Elasticsearch / Opensearch", "webpack or Vite": both named as alternatives.
            if preferredRanges.contains(where: { Self.isListedBeside(hit.range, $0, in: sentence) }) { continue }
            // "Use the term **pipelines** instead of the previous **builds**": the house rule itself.
            if preferredRanges.contains(where: { Self.isPreferred($0, over: hit.range, in: sentence) }) { continue }
            // A style guide's "**Dandiset** — use a capitalized word (**not** dandiset)".
            if preferredRanges.contains(where: { $0.upperBound <= hit.range.lowerBound }), Self.isRejected(hit.range, in: sentence) { continue }
            // "Google Summer of Code began in 2005 … helping students": what was so in a past year
            // is told in the names of that time. A brand's wrong capitals are wrong in any year.
            if !isCaseVariant(found), Self.tellsOfAPastYear(sentence) { continue }
            if OtherCompanyMention.isNamed(in: sentence, organization: organization)
                || OtherCompanyMention.isPossessedByOpeningName(hit.range, in: sentence, organization: organization) { continue }
            if otherCompanies == nil {
                otherCompanies = OtherCompanyPage(document: document, organization: organization, terms: termWords, stemmer: stemmer)
            }
            if let page = otherCompanies ?? nil, page.isAbout(sentence: hit.sentence, in: document, stemmer: stemmer) { continue }
            guard let form = hit.form else { continue }
            let fix = isSpelledAsName(found)
                ? TermInflection.replacement(use, for: found.lowercased(), form: form, startingSentence: hit.range.lowerBound == sentence.words[0].range.lowerBound)
                : TermInflection.replacement(use, for: found, form: form)
            // The message names both terms in running-text case, and a brand's capitals or a name as
            // written; the fix keeps the original's case.
            let written = isCaseVariant(found) || isName(found) ? found : found.lowercased()
            let plain = isCaseVariant(found) ? fix : TermInflection.replacement(use, for: found.lowercased(), form: form)
            var message = "use \"\(plain)\" instead of \"\(written)\""
            if let note, !note.isEmpty { message += ": \(note)" }
            var finding = document.finding(description, sentence: hit.sentence, range: hit.range, message: message, fix: fix)
            // The term as found and the preferred one: the audit's terminology table shows both.
            finding.value = found
            finding.expected = use
            result.findings.append(finding)
        }
    }

    /// Whether `found` is one of the replaced names, in any case and form ("Firefox Monitor's").
    func isName(_ found: String) -> Bool {
        guard !names.isEmpty else { return false }
        let lowered = found.lowercased()
        return names.contains { lowered.hasPrefix($0) }
    }

    /// Whether `found` is one of the replaced names with the capitals expect.yml gives it
    /// ("AnonAddy", "Pull Request"): the capitals are the name's, not the sentence's.
    func isSpelledAsName(_ found: String) -> Bool {
        nameSpellings.contains { found.hasPrefix($0) }
    }

    /// Whether `found` is a replaced title of several words ("Cygwin Bash Shell") written with its
    /// first capital and a later word in lower case ("the Cygwin bash shell"): the proper name's
    /// capital kept and the rest dropped describes the thing rather than naming it. All in lower
    /// case ("the software review lead") is the name in running text.
    func isDescription(_ found: String, startingSentence: Bool) -> Bool {
        let words = found.split(separator: " ")
        guard !startingSentence, words.count > 1, words[0].first?.isUppercase == true, found != found.uppercased() else { return false }
        return titles.contains { title in
            let titleWords = title.split(separator: " ")
            guard titleWords.count == words.count, found.lowercased().hasPrefix(title.lowercased()) else { return false }
            return zip(titleWords, words).dropFirst().contains { $0.first?.isUppercase == true && $1.first?.isLowercase == true }
        }
    }

    /// Whether `found` (at word indexes `words`), an old term expect.yml writes in lower case
    /// ("experience"), is written with a capital beside another capitalised word inside its
    /// sentence: part of a name then ("**File** ⟩ **Experience Settings**", "In **Creations** ⟩
    /// **Experiences**", "a Microsoft Learn Student Ambassador"), a screen, a setting or a title
    /// the page quotes, not the writer's word. A brand kept in lower case alone ("with Webpack")
    /// is still the old name; so is a capital that opens the sentence or the clause after a
    /// label's colon ("**Cause**: Webpack assets"). Asked outside headings, whose capitals are
    /// the heading's ("# Rate Limiting Step Runs").
    static func isPartOfName(_ found: String, term: String, words: Range<Int>, in sentence: Sentence) -> Bool {
        guard term == term.lowercased(), found.first?.isUppercase == true, found != found.uppercased(), words.lowerBound > 0 else { return false }
        let bytes = Array(sentence.text.utf8), base = sentence.range.lowerBound
        guard !opensClause(words.lowerBound, in: sentence, bytes: bytes) else { return false }
        return words.lowerBound - 1 > 0 && sentence.words[words.lowerBound - 1].isCapitalised(in: bytes, base: base)
            || words.upperBound < sentence.words.count && sentence.words[words.upperBound].isCapitalised(in: bytes, base: base)
    }

    /// Whether the word at `index` opens the clause after a label's colon, emphasis aside.
    static func opensClause(_ index: Int, in sentence: Sentence, bytes: [UInt8]) -> Bool {
        var at = sentence.words[index].range.lowerBound - sentence.range.lowerBound - 1
        while at >= 0, [0x20, 0x2A, 0x5F].contains(bytes[at]) { at -= 1 }
        return at >= 0 && bytes[at] == UInt8(ascii: ":")
    }

    /// Whether `found` is one of `lowerCaseSpellings` written with the preferred term's capitals.
    func isPreferredCapitals(_ found: String) -> Bool {
        guard !lowerCaseSpellings.isEmpty, found.contains(use) else { return false }
        let lowered = found.lowercased()
        return lowerCaseSpellings.contains { lowered.hasPrefix($0) }
    }

    /// Whether `found` is written as one of the terms that differ from the preferred one only in
    /// case, exactly ("Pagerduty", "Pagerduty's"; not "PAGERDUTY" in a shouted heading).
    func isCaseVariant(_ found: String) -> Bool {
        !caseVariants.isEmpty && caseVariants.contains { found.hasPrefix($0) }
    }

    /// Whether the term at word indexes `term` is followed by "to" (or "to the", "to the new")
    /// and then the preferred term, which starts at one of `preferred`: "from Webpack to Vite",
    /// "from shuttle.rs to the new shuttle.dev platform".
    static func isChange(to preferred: [Int], after term: Range<Int>, in sentence: Sentence) -> Bool {
        var next = term.upperBound
        guard next < sentence.words.count, ["to", "into"].contains(sentence.words[next].lowercased) else { return false }
        next += 1
        if next < sentence.words.count, sentence.words[next].lowercased == "the" { next += 1 }
        if next < sentence.words.count, sentence.words[next].lowercased == "new" { next += 1 }
        return preferred.contains(next)
    }

    /// Words that tell of a change from one name to another: a sentence that holds one of them
    /// and both names announces the change, in the old name as it must.
    static let changeWords: Set<String> = [
        "replace", "replaced", "replaces", "replacing", "replacement", "migrate", "migrated", "migrates", "migrating",
        "migration", "switch", "switched", "switching", "rename", "renamed", "superseded", "supersedes", "deprecated",
        "changed", "changing", "alias", "aliased", "aliases", "translates", "rebrand", "rebranded",
        // "neostandard is the spiritual successor to Standard JS", "the Cloud Native PostgreSQL
        // project, from which CloudNativePG originated".
        "successor", "predecessor", "originated", "forked",
    ]

    /// Whether the sentence tells of a change of name: a word of change, or "now known as"
    /// ("SonarCloud (now known as SonarQube Cloud)"), not "a known issue".
    static func tellsOfChange(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in
            changeWords.contains(words[index].lowercased)
                || words[index].lowercased == "known" && index > 0 && knownLeads.contains(words[index - 1].lowercased)
        }
    }

    static let knownLeads: Set<String> = ["now", "formerly", "previously", "also"]

    /// Whether the sentence tells what was so in a year it names: a verb in the past and a year
    /// ("until 2021 was focused on bringing university students", "From 2005-2021 GSoC was
    /// focused on students").
    static func tellsOfAPastYear(_ sentence: Sentence) -> Bool {
        sentence.words.contains { pastWords.contains($0) } && HistorySections.year(in: sentence.text) != nil
    }

    static let pastWords: WordSet = ["was", "were", "began", "had", "focused", "launched", "started", "became"]

    /// Whether one of `headings` names `term` with a word of change ("Migration from Deployment
    /// Profile", "Renamed: Help Station"): what is under it tells of the change, in the old name.
    static func isUnderChangeHeading(of term: String, in headings: [String]) -> Bool {
        let term = term.lowercased()
        return headings.contains { heading in
            let lowered = heading.lowercased()
            guard lowered.contains(term) else { return false }
            return lowered.split { !$0.isLetter }.contains { changeWords.contains(String($0)) }
        }
    }

    /// Words just before a term that make it a mention of the name, not a use of it: "Upsun
    /// (formerly Platform.sh)", "renamed from Platform.sh", "(legacy: `@help`)", and the
    /// misspelt "(formally Lullabot Education)".
    static let mentionLeads: Set<String> = ["formerly", "formally", "previously", "renamed", "called", "named", "legacy"]

    /// Whether the terms at `term` and `preferred` (UTF-8 ranges in the block) stand side by side
    /// as alternatives: nothing between them but a slash, a comma, "or" or "and".
    static func isListedBeside(_ term: Range<Int>, _ preferred: Range<Int>, in sentence: Sentence) -> Bool {
        let (first, second) = term.lowerBound < preferred.lowerBound ? (term, preferred) : (preferred, term)
        guard first.upperBound <= second.lowerBound else { return false }
        let start = first.upperBound - sentence.range.lowerBound, end = second.lowerBound - sentence.range.lowerBound
        let bytes = Array(sentence.text.utf8)
        guard start >= 0, end <= bytes.count, end - start <= 6 else { return false }
        let between = bytes[start..<end].filter { $0 != 0x20 }.map { $0 | 0x20 }
        return alternativeJoins.contains(between)
    }

    /// Whether the preferred term at `preferred` is set against the old one at `term` after it:
    /// only "instead of", "rather than", "not" or "over" between them, with "the previous" or the
    /// like ("Use the term **pipelines** instead of the previous **builds**", "say customers, not
    /// clients").
    static func isPreferred(_ preferred: Range<Int>, over term: Range<Int>, in sentence: Sentence) -> Bool {
        guard preferred.upperBound <= term.lowerBound else { return false }
        let between = sentence.words.filter { $0.range.lowerBound >= preferred.upperBound && $0.range.upperBound <= term.lowerBound }
            .map(\.lowercased).filter { !formerWords.contains($0) }
        return preferenceJoins.contains(between)
    }

    static let preferenceJoins: Set<[String]> = [["instead", "of"], ["rather", "than"], ["not"], ["over"]]

    /// Whether the term at `term` is named as a form not to use: right after "not", or after "or"
    /// in a list that "not" opens a few words before ("(not github or Github)").
    static func isRejected(_ term: Range<Int>, in sentence: Sentence) -> Bool {
        let before = sentence.words.filter { $0.range.upperBound <= term.lowerBound }.suffix(rejectionReach).map(\.lowercased)
        guard let last = before.last else { return false }
        if last == "not" { return true }
        return ["or", "nor"].contains(last) && before.dropLast().contains("not")
    }

    /// How many words before a term a "not" that opens a list of rejected forms may stand.
    static let rejectionReach = 4

    /// Words that may stand before the old term in a house rule: "instead of the previous builds".
    static let formerWords: Set<String> = ["the", "a", "an", "previous", "old", "older", "former", "legacy"]

    /// What stands between two alternatives, spaces aside, lower-cased.
    static let alternativeJoins: Set<[UInt8]> = Set(["/", ",", "or", "and", "&"].map { Array($0.utf8).map { $0 | 0x20 } })

    /// Whether the term at `range` is mentioned rather than used: set in quotation marks of its
    /// own ('the name "Platform.sh" is going away'), or, `byLead`, after "formerly", "previously",
    /// "renamed from", "called" or "named". A rename is announced in the old name.
    static func isMention(_ range: Range<Int>, in sentence: Sentence, byLead: Bool = true) -> Bool {
        let bytes = Array(sentence.text.utf8)
        let start = range.lowerBound - sentence.range.lowerBound, end = range.upperBound - sentence.range.lowerBound
        guard start >= 0, end <= bytes.count else { return false }
        func isQuote(_ slice: ArraySlice<UInt8>) -> Bool {
            slice.last == 0x22 || slice.last == 0x27 || slice.suffix(3).elementsEqual([0xE2, 0x80, 0x9C]) || slice.suffix(3).elementsEqual([0xE2, 0x80, 0x98])
        }
        func isClosingQuote(_ slice: ArraySlice<UInt8>) -> Bool {
            slice.first == 0x22 || slice.first == 0x27 || slice.prefix(3).elementsEqual([0xE2, 0x80, 0x9D]) || slice.prefix(3).elementsEqual([0xE2, 0x80, 0x99])
        }
        if isQuote(bytes[..<start]), isClosingQuote(bytes[end...]) { return true }
        guard byLead, var before = sentence.words.last(where: { $0.range.upperBound <= range.lowerBound }) else { return false }
        if mentionLeads.contains(before.lowercased) { return true }
        if ["the", "a", "an"].contains(before.lowercased), let earlier = sentence.words.last(where: { $0.range.upperBound <= before.range.lowerBound }) {
            before = earlier
            // "was originally called a tacoshi": the article of the name.
            if ["called", "named"].contains(before.lowercased) { return true }
        }
        // "renamed from Platform.sh", "known as", "migrated from the User Management Portal",
        // "formerly referred to as a _secondary user_": a word of change among the three before.
        if ["from", "as"].contains(before.lowercased) {
            let leads = sentence.words.filter { $0.range.upperBound <= before.range.lowerBound }.suffix(3)
            return leads.contains { ["renamed", "known", "formerly", "previously", "migrated", "moved", "switched"].contains($0.lowercased) }
        }
        return false
    }
}
