import AlignModel
@testable import AlignText
import Testing
@testable import AlignTestSupport

/// The byte-level fast paths of the text hot loop give what the general Unicode code gives:
/// each case is compared with the Character-based answer computed here, the way the code did
/// before the fast paths.
@Suite struct TextFastPathTests {
    @Test(arguments: [
        "We reply  within\t24 hours.",
        "  Leading and trailing \r\n spaces \n",
        "Line one\r\nline two\u{0B}three\u{0C}four",
        "Returns are free\u{00A0}for 60 days.",          // NBSP: not ASCII, general path
        "Café open 7 days a week\u{2028}since 2004.",
        "",
        "   ",
        "One",
    ])
    func normalisedFoldsWhiteSpaceLikeCharacterIsWhitespace(text: String) {
        let sentence = Sentence(block: 0, range: 0..<text.utf8.count, text: text, words: [])
        #expect(sentence.normalised == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    @Test func wordsAreLowerCasedAndApostrophesMadePlain() {
        let text = "DON’T Worry: the Customer’s ÉTÉ refund, O'Brien's 24h CAFÉ."
        let words = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: Stemmer())
        #expect(words.map(\.lowercased) == ["don't", "worry", "the", "customer's", "été", "refund", "o'brien's", "24h", "café"])
        for word in words {
            let raw = String(decoding: Array(text.utf8)[word.range], as: UTF8.self)
            #expect(word.lowercased == String(raw.lowercased().map { $0 == "\u{2019}" ? "'" : $0 }))
        }
    }

    @Test func phraseMatcherFindsEveryPhraseWhateverItsFirstStem() {
        let stemmer = Stemmer()
        var matcher = PhraseMatcher()
        // Many first stems of different first bytes and lengths, so the first-stem filter is
        // crowded and must still let every real start through and none of the others.
        let phrases = ["reply", "get back to", "free shipping", "price match", "refund", "returns window",
                       "a", "zebra crossing", "électricité", "x"]
        for phrase in phrases { matcher.add(phrase, key: phrase, stemmer: stemmer) }
        let text = "A zebra crossing: we reply fast, get back to you, give a refund, offer free shipping, "
            + "price match and a returns window; électricité included, x marks it. Nothing else here matches."
        let words = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer)
        let found = matcher.matches(in: words).map(\.phrase)
        #expect(found == ["a", "zebra crossing", "reply", "get back to", "a", "refund", "free shipping",
                          "price match", "a", "returns window", "électricité", "x"])
    }

    /// Every word of a text, as the scanner and its stem cache give it, against a word made the
    /// slow way: the raw bytes decoded, lower-cased, apostrophes made plain, stemmed afresh.
    @Test(arguments: [
        "Refund REFUNDS refunded Refunding replies REPLIED",
        // Seven and eight bytes: either side of the words hashed to their own bytes.
        "shipped SHIPPED shipping Shipping shippers Delivery deliveries",
        "DON’T don't Don’t customer’s CUSTOMER'S ÉTÉ été Été CAFÉ café naïve NAÏVE straße STRASSE",
        "İstanbul ǅemal Ωmega ωmega ﬁne Kelvin",
        "a I x 24h 2024 O'Brien o’brien's",
    ])
    func scannedWordsMatchTheSlowPath(text: String) {
        let stemmer = Stemmer()
        // Twice: the second pass reads every word from the cache the first one filled.
        for _ in 0..<2 {
            let words = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer)
            for word in words {
                let raw = String(decoding: Array(text.utf8)[word.range], as: UTF8.self)
                let lower = String(raw.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
                #expect(word.lowercased == lower)
                #expect(word.stem == Stemmer().stem(lower))
                #expect(word == Word(range: word.range, lowercased: lower, stem: Stemmer().stem(lower)))
            }
        }
    }

    @Test func stemCacheStaysRightPastItsLimit() {
        let stemmer = Stemmer()
        let words = (0..<(StemCache.limit + 500)).map { "w\($0)ing" }
        for word in words { _ = stemmer.stem(word) }
        for word in words.prefix(300) + words.suffix(300) {
            #expect(stemmer.stem(word) == Stemmer().stem(word))
        }
    }

    /// A sentence clipped inside a letter's bytes ends before that letter: the scanner decodes in
    /// place and must not read past the clip, nor count the broken letter as one.
    @Test func clippedSentenceDropsAPartialLetter() {
        let text = "Caféé"
        let document = Document(path: "a.txt", kind: .page, blocks: [Block(kind: .paragraph, text: text, anchors: [])])
        for maxLength in 1...text.utf8.count {
            let sentence = SentenceSplitter.sentences(of: document, stemmer: Stemmer(), maxLength: maxLength)[0]
            let bytes = Array(text.utf8)[0..<maxLength]
            let expected = String(decoding: bytes, as: UTF8.self)
                .split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0 == "\u{FFFD}" }).first.map(String.init)
            #expect(sentence.words.first?.lowercased == expected?.lowercased())
            #expect(sentence.words.allSatisfy { $0.range.upperBound <= maxLength })
        }
    }

    @Test func abbreviationsAreMatchedWholeAndCaseBlind() {
        let text = "Call Dr. Smith. Open Mon. To Fri. Take APPROX. Two. Sent \u{0}co. Here. Nico. Then X. Y here."
        let sentences = SentenceSplitter.ranges(in: text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(sentences == ["Call Dr. Smith.", "Open Mon. To Fri. Take APPROX. Two.", "Sent \u{0}co.", "Here.", "Nico.",
                              "Then X. Y here."])
    }

    @Test func documentStemsRuleOutOnlyAbsentPhrases() {
        let stemmer = Stemmer()
        var present = PhraseMatcher()
        present.add("free shipping", key: "a", stemmer: stemmer)
        present.add("points expire", key: "b", stemmer: stemmer)
        var absent = PhraseMatcher()
        absent.add("price match", key: "c", stemmer: stemmer)
        let text = "Points expired last week. We ship for free."
        let document = Document(path: "a.txt", kind: .page, blocks: [Block(kind: .paragraph, text: text, anchors: [])])
        let sentences = SentenceSplitter.sentences(of: document, stemmer: stemmer)
        let stems = StemSet(sentences)
        for word in sentences.flatMap(\.words) { #expect(stems.mayContain(word.stemKey)) }
        #expect(present.mayMatch(in: stems))
        #expect(!PhraseMatcher().mayMatch(in: stems))
        #expect(present.firstMatch(in: sentences[0].words)?.key == "b")
        #expect(present.hasMatch(in: sentences[0].words))
        #expect(!present.hasMatch(in: sentences[1].words))
        if !absent.mayMatch(in: stems) {
            #expect(sentences.allSatisfy { absent.matches(in: $0.words).isEmpty })
        }
    }
}
