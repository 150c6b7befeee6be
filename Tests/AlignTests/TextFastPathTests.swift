import AlignText
import Testing

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
}
