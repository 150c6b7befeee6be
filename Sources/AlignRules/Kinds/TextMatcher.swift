import AlignModel
import AlignText
import Foundation

/// Phrases (matched after stemming) and patterns, compiled once, with the `when:` and `unless:`
/// phrases that limit where a match counts. Every text-based rule kind finds its matches here.
public struct TextMatcher: Sendable {
    /// A pattern with where it is written, to name it when it runs away.
    public struct SourcedPattern: Sendable {
        public var pattern: Pattern
        public var file: String
        public var position: SourcePosition

        public init(pattern: Pattern, file: String, position: SourcePosition) {
            self.pattern = pattern
            self.file = file
            self.position = position
        }
    }

    /// One match: the sentence it is in, its UTF-8 range in the block, and the phrase (or
    /// pattern source) that matched.
    public struct Hit: Hashable, Sendable {
        public var sentence: Int
        public var range: Range<Int>
        public var phrase: String
        /// With whole terms: the form of the term found (itself, plural, possessive).
        var form: TermShape.Form?
        /// The words of the sentence that matched (nil for a pattern).
        var words: Range<Int>?
    }

    /// What scanning a document found.
    public struct Scan: Sendable {
        public var hits: [Hit] = []
        /// Where `when:` first matched; nil when the rule has no `when:`.
        public var whenHit: Hit?
        /// False when the rule has a `when:` (and `when_also:`) that the document does not mention.
        public var inScope = true
        /// Patterns that stopped on their match limit, each with the sentence it stopped in.
        public var runaway: [(pattern: SourcedPattern, sentence: Int)] = []
    }

    private var phrases = PhraseMatcher()
    /// Phrases matched as whole terms, never by stems alone: every phrase of a rule that
    /// rewrites text, and a hyphenated phrase of any rule.
    private var terms: TermMatcher?
    /// Phrases whose matches cover a hit where it is right: a term ("desktop client"), or a
    /// superlative's namesake noun ("the state of the art").
    private var except: TermMatcher?
    private var patterns: [SourcedPattern]
    private var when = PhraseMatcher()
    private var whenAlso = PhraseMatcher()
    private var onlyWith = PhraseMatcher()
    private var onlyWithOnPages = PhraseMatcher()
    /// Lower-cased parts of a sender's address that put an email in scope like `when:` ("no-reply").
    private var whenSender: [String]
    private var unless = PhraseMatcher()
    private var unlessAnywhere = PhraseMatcher()

    public init(phrases: [String], patterns: [SourcedPattern], when: [String] = [], whenAlso: [String] = [], whenSender: [String] = [],
                onlyWith: [String] = [], onlyWithOnPages: [String] = [], unless: [String] = [],
                unlessAnywhere: [String] = [], wholeTerms: Bool = false, except: [String] = [], stemmer: Stemmer) {
        if !except.isEmpty { self.except = TermMatcher(terms: except, stemmer: stemmer) }
        if wholeTerms {
            terms = TermMatcher(terms: phrases, stemmer: stemmer)
        } else {
            // A hyphenated phrase is a fixed form ("market-leading"): matched as written, with a
            // hyphen or a space, never by stems ("marketing lead" shares them).
            let hyphenated = phrases.filter { $0.contains("-") }
            if !hyphenated.isEmpty {
                terms = TermMatcher(terms: hyphenated + hyphenated.map { $0.replacingOccurrences(of: "-", with: " ") }, stemmer: stemmer)
            }
            for phrase in phrases where !phrase.contains("-") { self.phrases.add(phrase, key: phrase, stemmer: stemmer) }
        }
        self.patterns = patterns
        self.whenSender = whenSender
        for phrase in when { self.when.add(phrase, key: phrase, stemmer: stemmer) }
        for phrase in whenAlso { self.whenAlso.add(phrase, key: phrase, stemmer: stemmer) }
        for phrase in onlyWith { self.onlyWith.add(phrase, key: phrase, stemmer: stemmer) }
        for phrase in onlyWithOnPages { self.onlyWithOnPages.add(phrase, key: phrase, stemmer: stemmer) }
        for phrase in unless { self.unless.add(phrase, key: phrase, stemmer: stemmer) }
        for phrase in unlessAnywhere { self.unlessAnywhere.add(phrase, key: phrase, stemmer: stemmer) }
    }

    public var isEmpty: Bool { phrases.isEmpty && (terms?.isEmpty ?? true) && patterns.isEmpty }

    /// Every counted match in `document`, in order, without overlaps (the longest wins). With
    /// `untilFirstHit`, a matcher without patterns (which cannot run away) stops after the first
    /// sentence with a hit: the hits then begin as they would, and a rule asking only for the
    /// first one reads no further.
    public func scan(_ document: AnalyzedDocument, untilFirstHit: Bool = false) -> Scan {
        var scan = Scan()
        // A matcher whose phrases the document's stems rule out finds nothing in any sentence.
        let stems = document.stems
        if !when.isEmpty || !whenSender.isEmpty {
            scan.inScope = false
            for (index, sentence) in (when.mayMatch(in: stems) ? document.sentences : []).enumerated() {
                if let match = when.firstMatch(in: sentence.words) {
                    scan.inScope = true
                    scan.whenHit = Hit(sentence: index, range: range(of: match.words, in: sentence), phrase: match.phrase)
                    break
                }
            }
            // The sender puts it in scope too, with no place in the text to point at.
            if !scan.inScope, let sender = document.document.sender?.lowercased() {
                scan.inScope = whenSender.contains { sender.contains($0) }
            }
            if scan.inScope, !whenAlso.isEmpty {
                scan.inScope = whenAlso.mayMatch(in: stems) && document.sentences.contains { whenAlso.hasMatch(in: $0.words) }
            }
            guard scan.inScope else { return scan }
        }
        // The document stays in scope (a `required` rule counts it) but nothing in it counts.
        if unlessAnywhere.mayMatch(in: stems), document.sentences.contains(where: { unlessAnywhere.hasMatch(in: $0.words) }) {
            return scan
        }
        let termsMayMatch = terms?.mayMatch(in: stems) ?? false
        let phrasesMayMatch = phrases.mayMatch(in: stems)
        let exceptMayMatch = except?.mayMatch(in: stems) ?? false
        guard phrasesMayMatch || termsMayMatch || !patterns.isEmpty else { return scan }
        let unlessMayMatch = unless.mayMatch(in: stems)
        // With `only_with`, a document none of whose sentences can have one counts nothing.
        guard onlyWith.isEmpty || onlyWith.mayMatch(in: stems) else { return scan }
        // With `only_with_on_pages`, an email counts every match: it is written to the customer.
        let sentenceNeedsOnPages = !onlyWithOnPages.isEmpty && document.document.kind != .email
        guard !sentenceNeedsOnPages || onlyWithOnPages.mayMatch(in: stems) else { return scan }
        var stopped = Set<Int>()
        // Sections whose text says an `except` phrase, found at the first sentence that needs them.
        var exceptSections: [[String]]?
        // Each pattern's match data is made once for the document, not once per sentence.
        let sessions = patterns.map { Pattern.Session($0.pattern) }
        // Sentences and patterns by index: a `for` loop copies each one (and retains all it holds).
        for index in document.sentences.indices {
            if unlessMayMatch, unless.hasMatch(in: document.sentences[index].words) { continue }
            if !onlyWith.isEmpty, !onlyWith.hasMatch(in: document.sentences[index].words) { continue }
            if sentenceNeedsOnPages, !hasWordOnPages(in: document, sentence: index) { continue }
            var found: [Hit] = []
            if termsMayMatch, let terms {
                found += termHits(terms, in: document, sentence: index)
            }
            if phrasesMayMatch {
                for match in phrases.matches(in: document.sentences[index].words) {
                    let matched = range(of: match.words, in: document.sentences[index])
                    // "INTERACTION_PREMIUM_UPSELL" is a name in code, not the word "upsell".
                    var blockText = document.document.blocks[document.sentences[index].block].text
                    if blockText.withUTF8({ TermShape.joinedToIdentifier(before: matched.lowerBound, after: matched.upperBound, in: $0) }) { continue }
                    found.append(Hit(sentence: index, range: matched, phrase: match.phrase, words: match.words))
                }
            }
            for p in patterns.indices where !stopped.contains(p) {
                guard let session = sessions[p] else { continue }
                let range = document.sentences[index].range
                switch session.matches(in: document.sentences[index].text) {
                case .matches(let ranges):
                    for r in ranges where !r.isEmpty {
                        let shifted = (range.lowerBound + r.lowerBound)..<(range.lowerBound + r.upperBound)
                        // A sentence clipped inside a scalar decodes longer than its range: stay in the block.
                        guard shifted.upperBound <= range.upperBound else { continue }
                        found.append(Hit(sentence: index, range: shifted, phrase: patterns[p].pattern.source))
                    }
                case .limitExceeded:
                    // Once per document: a pattern that ran away on one sentence will on others.
                    stopped.insert(p)
                    scan.runaway.append((patterns[p], index))
                }
            }
            if exceptMayMatch, !found.isEmpty, let except {
                found = excepting(found, except, in: document, sentence: index)
                if !found.isEmpty {
                    if exceptSections == nil { exceptSections = Self.sections(saying: except, in: document) }
                    if Self.isInside(exceptSections ?? [], sentence: index, of: document) { found.removeAll() }
                }
            }
            if !onlyWith.isEmpty, !found.isEmpty {
                found = OfferClause.hits(found, offeredIn: onlyWith.matches(in: document.sentences[index].words), sentence: document.sentences[index])
            }
            if !found.isEmpty {
                scan.hits += Self.withoutOverlaps(found)
                if untilFirstHit, patterns.isEmpty { break }
            }
        }
        return scan
    }

    /// Whether a sentence has an `only_with_on_pages` phrase as words of its own, not inside a
    /// hyphenated compound: "a thank-you page" does not speak to "you".
    private func hasWordOnPages(in document: AnalyzedDocument, sentence index: Int) -> Bool {
        let words = document.sentences[index].words
        let matches = onlyWithOnPages.matches(in: words)
        guard !matches.isEmpty else { return false }
        var blockText = document.document.blocks[document.sentences[index].block].text
        return blockText.withUTF8 { bytes in
            matches.contains { match in
                let start = words[match.words.lowerBound].range.lowerBound, end = words[match.words.upperBound - 1].range.upperBound
                return (start == 0 || bytes[start - 1] != UInt8(ascii: "-")) && (end >= bytes.count || bytes[end] != UInt8(ascii: "-"))
            }
        }
    }

    /// The terms in one sentence.
    private func termHits(_ terms: TermMatcher, in document: AnalyzedDocument, sentence index: Int) -> [Hit] {
        let sentence = document.sentences[index]
        let blockText = document.document.blocks[sentence.block].text
        return terms.matches(in: sentence, blockText: blockText).map { match in
            let words = range(of: match.words, in: sentence)
            return Hit(sentence: index, range: (words.lowerBound - match.leading)..<(words.upperBound + match.trailing), phrase: match.phrase,
                       form: match.form, words: match.words)
        }
    }

    /// The hits of one sentence less those inside an `except` phrase, and less those that point
    /// back to one just written: "To ask for a Worldpay test account, email us. ... we will add
    /// the test account as a separate service" (`except: [Worldpay test account]`).
    private func excepting(_ hits: [Hit], _ except: TermMatcher, in document: AnalyzedDocument, sentence index: Int) -> [Hit] {
        let sentence = document.sentences[index]
        let excepted = except.matches(in: sentence, blockText: document.document.blocks[sentence.block].text).map { range(of: $0.words, in: sentence) }
        var kept = hits.filter { hit in !excepted.contains { $0.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.upperBound } }
        guard kept.contains(where: { Self.pointsBack($0, in: sentence) }) else { return kept }
        let earlier = document.sentences.indices[max(0, index - Self.referenceReach)..<index]
        if earlier.contains(where: { !except.matches(in: document.sentences[$0], blockText: document.document.blocks[document.sentences[$0].block].text).isEmpty }) {
            kept.removeAll { Self.pointsBack($0, in: sentence) }
        }
        return kept
    }

    /// Below this many headings a section is the page itself, not a part of it.
    static let sectionDepth = 2

    /// The sections (heading paths, of at least `sectionDepth` headings) in which a sentence says
    /// one of the `except` phrases: a heading "If I had a Fixed organization (previously
    /// Platform.sh), …" opens a part of the page about the change, whose other questions name the
    /// old brand on purpose ("Do Upsun projects run in the same regions as Platform.sh projects?").
    static func sections(saying except: TermMatcher, in document: AnalyzedDocument) -> [[String]] {
        var sections: [[String]] = []
        for sentence in document.sentences {
            let headings = document.document.blocks[sentence.block].context.headings
            guard headings.count >= sectionDepth, !sections.contains(headings),
                  !except.matches(in: sentence, blockText: document.document.blocks[sentence.block].text).isEmpty else { continue }
            sections.append(headings)
        }
        return sections
    }

    /// Whether sentence `index` sits in one of `sections` (its headings begin with one of them).
    static func isInside(_ sections: [[String]], sentence index: Int, of document: AnalyzedDocument) -> Bool {
        guard !sections.isEmpty else { return false }
        let headings = document.document.blocks[document.sentences[index].block].context.headings
        return sections.contains { headings.starts(with: $0) }
    }

    /// How many sentences back a definite reference ("the test account") can point.
    static let referenceReach = 3

    /// Whether a hit follows "the", "this" or "that": a thing already named.
    private static func pointsBack(_ hit: Hit, in sentence: Sentence) -> Bool {
        guard let words = hit.words, words.lowerBound > 0 else { return false }
        return ["the", "this", "that"].contains(sentence.words[words.lowerBound - 1].lowercased)
    }

    private func range(of words: Range<Int>, in sentence: Sentence) -> Range<Int> {
        sentence.words[words.lowerBound].range.lowerBound..<sentence.words[words.upperBound - 1].range.upperBound
    }

    static func withoutOverlaps(_ hits: [Hit]) -> [Hit] {
        let sorted = hits.sorted {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
        }
        var kept: [Hit] = []
        for hit in sorted {
            if let last = kept.last, hit.range.lowerBound < last.range.upperBound { continue }
            kept.append(hit)
        }
        return kept
    }
}
