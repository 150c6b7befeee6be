import AlignModel
import AlignText

/// The other companies a page is about: an integration or a migration page ("Using Buildkite with
/// Honeycomb", "Advantages of migrating from CircleCI", "Docker Hub"). A sentence about one of
/// them ("CircleCI's performance … The free plan caps concurrency at 30 jobs") names that
/// company's plans, not old names of the organization's.
///
/// A name is a run of capitalised words of the page's first title, none of them the
/// organization's, that a sentence of the page's text (not a heading) also writes capitalised
/// after its first word (so "Rate Limits" of a title-case heading is no company).
struct OtherCompanyPage {
    /// Each name as lower-case words.
    let names: [[String]]
    let organization: [String]

    static let articles: WordSet = ["the", "a", "an"]

    /// Nil when the page's title names no other company, or `organization` (expect.yml's
    /// `organization:` as lower-case words) is empty: then no company can be told from yours. A
    /// run holding a word of `terms` (the rule's own terms, old and preferred, as lower-case
    /// words) names the organization's product: "BoxyHQ SAML Jackson with Rails".
    init?(document: AnalyzedDocument, organization: [String], terms: Set<String>, stemmer: Stemmer) {
        guard !organization.isEmpty, let title = document.titles.first, title.utf8.count < 300 else { return nil }
        var candidates: [[String]] = []
        for run in Self.capitalisedRuns(WordScanner.words(in: title, range: 0..<title.utf8.count, stemmer: stemmer), in: Array(title.utf8), base: 0) {
            let words = run.map(\.lowercased)
            if words.contains(where: { organization.contains($0) || terms.contains($0) }) { continue }
            candidates.append(words)
            // "Using Honeycomb with …": the title's first word opens the run, and may not be a name.
            if run.first?.range.lowerBound == 0, words.count > 1 { candidates.append(Array(words.dropFirst())) }
        }
        guard !candidates.isEmpty else { return nil }
        var written: Set<[String]> = []
        let blocks = document.document.blocks
        for sentence in document.sentences where sentence.words.count > 1 && ![.heading, .title].contains(blocks[sentence.block].kind) {
            let bytes = Array(sentence.text.utf8)
            for run in Self.capitalisedRuns(Array(sentence.words.dropFirst()), in: bytes, base: sentence.range.lowerBound) {
                let words = run.map(\.lowercased)
                for candidate in candidates where ComparedCompany.names(candidate, in: words[...]) { written.insert(candidate) }
            }
            if written.count == candidates.count { break }
        }
        names = candidates.filter { written.contains($0) }
        guard !names.isEmpty else { return nil }
        self.organization = organization
    }

    /// Runs of words that start with a capital letter, side by side (one space apart).
    static func capitalisedRuns(_ words: [Word], in bytes: [UInt8], base: Int) -> [[Word]] {
        var runs: [[Word]] = []
        var current: [Word] = []
        for word in words {
            let at = word.range.lowerBound - base
            let isCapitalised = at >= 0 && at < bytes.count && bytes[at] >= 0x41 && bytes[at] <= 0x5A
            if isCapitalised, let last = current.last, word.range.lowerBound - last.range.upperBound == 1 {
                current.append(word)
            } else {
                if !current.isEmpty { runs.append(current) }
                current = isCapitalised ? [word] : []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Whether sentence `index` is about another company: it does not speak for the organization
    /// (by its name or in the first person), and the company's name is its subject, or the
    /// subject of its paragraph's first sentence or of its list's lead-in ("Honeycomb offers
    /// several advantages for Buildkite users:").
    func isAbout(sentence index: Int, in document: AnalyzedDocument, stemmer: Stemmer) -> Bool {
        let sentence = document.sentences[index]
        if ComparedCompany.names(organization, in: sentence.words.map(\.lowercased)[...])
            || sentence.words.contains(where: { ComparedCompany.firstPerson.contains($0) }) {
            return false
        }
        if opens(sentence.words, text: sentence.text, base: sentence.range.lowerBound) { return true }
        var first = index
        while first > 0, document.sentences[first - 1].block == sentence.block { first -= 1 }
        if first != index, opens(document.sentences[first].words, text: document.sentences[first].text, base: document.sentences[first].range.lowerBound) {
            return true
        }
        guard let lead = document.document.blocks[sentence.block].context.listParent else { return false }
        return opens(WordScanner.words(in: lead, range: 0..<lead.utf8.count, stemmer: stemmer), text: lead, base: 0)
    }

    /// Longer than this, what comes before a sentence's first comma is no opening phrase.
    static let openingPhraseWords = 8

    /// Whether one of the names is the subject of the words of `text` (offsets from `base`): it
    /// opens them, after an article, or follows an opening phrase and its comma ("On 2nd November
    /// 2020, Docker Hub introduced …"). The last word may be possessive ("CircleCI's performance").
    func opens(_ words: [Word], text: String, base: Int) -> Bool {
        let lowercased = words.map(\.lowercased)
        var starts = [0]
        let bytes = Array(text.utf8)
        if let comma = bytes.firstIndex(of: 0x2C),
           let after = words.firstIndex(where: { $0.range.lowerBound - base > comma }), after <= Self.openingPhraseWords {
            starts.append(after)
        }
        return starts.contains { start in
            let start = start < lowercased.count && Self.articles.contains(lowercased[start]) ? start + 1 : start
            return names.contains { name in
                guard lowercased.count >= start + name.count else { return false }
                return zip(lowercased[start..<(start + name.count)], name).allSatisfy { word, part in
                    word == part || word == part + "'s" || word == part + "’s"
                }
            }
        }
    }
}
