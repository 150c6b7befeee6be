@testable import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// The word tables the claim rules look every word up in: exact, whatever the word's length.
@Suite struct ClaimWordIndexTests {
    @Test func findsEveryWordAndNoOther() {
        let words = ["a", "we", "usually", "sixteen-letters!", "seventeen-letters", "complimentary", "we'll", "día"]
        let index = WordIndex(words)
        for (position, word) in words.enumerated() {
            #expect(index.index(of: word) == position)
        }
        for other in ["", "b", "wee", "usuall", "usuallyy", "sixteen-letters?", "seventeen-letterz", "dia", "día "] {
            #expect(index.index(of: other) == nil)
        }
    }

    @Test func manyWordsStillFound() {
        let words = (0..<500).map { "word\($0)" }
        let index = WordIndex(words)
        #expect(words.indices.allSatisfy { index.index(of: words[$0]) == $0 })
        #expect(index.index(of: "word500") == nil)
    }

    @Test func phrasesLongestFirstWithoutOverlap() {
        let phrases = WordPhrases([("in most cases", "most"), ("in general", "general"), ("usually", "usually")])
        let text = "In most cases we usually reply, in general."
        let words = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: Stemmer())
        #expect(phrases.hits(in: words).map(\.key) == ["most", "usually", "general"])
        #expect(phrases.hit(at: 0, in: words, end: 2) == nil)
        #expect(phrases.hit(at: 0, in: words, end: 3)?.key == "most")
    }

    @Test func sentencesWithoutANumberWordReadNoValue() {
        // The scanner's pre-check must not hide a value written with words only.
        #expect(QuantityReader.quantities(in: "We reply within a day.").count == 1)
        #expect(QuantityReader.quantities(in: "Refunds arrive by the next business day.").count == 1)
        #expect(QuantityReader.quantities(in: "Returns are open for half a year.").count == 1)
        #expect(QuantityReader.quantities(in: "Shipping takes a hundred hours.").count == 1)
        #expect(QuantityReader.quantities(in: "We answer every question with care.").isEmpty)
    }
}
