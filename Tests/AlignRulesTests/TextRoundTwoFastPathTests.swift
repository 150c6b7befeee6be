import AlignModel
@testable import AlignRules
@testable import AlignText
import Testing
@testable import AlignTestSupport

/// The second round of text fast paths answers as the code they replaced: each case is compared
/// with the general answer computed here.
@Suite struct TextRoundTwoFastPathTests {
    @Test(arguments: [
        "Single inner spaces only.", "a b", " x", "x ", "x  y", "x\ty", "x \n y", "Café  au lait", "",
    ])
    func normalisedKeepsOrFoldsLikeCharacterIsWhitespace(text: String) {
        let sentence = Sentence(block: 0, range: 0..<text.utf8.count, text: text, words: [])
        #expect(sentence.normalised == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    /// The splitter reads eight bytes at a time: leading spaces move every stop across those
    /// words' edges without changing any sentence.
    @Test func sentenceRangesDoNotDependOnWhereStopsFallInEightByteWords() {
        let text = "Mr. Smith paid $4.50 today! Really? Yes.\n\nNew paragraph e.g. here. J. Doe agreed.\nLast"
        let plain = SentenceSplitter.ranges(in: text)
        #expect(plain.count == 6)
        for shift in 1...17 {
            let shifted = SentenceSplitter.ranges(in: String(repeating: " ", count: shift) + text)
            #expect(shifted == plain.map { ($0.lowerBound + shift)..<($0.upperBound + shift) })
        }
    }

    @Test func aSentenceThatIsItsWholeBlockHasTheBlockText() {
        let blocks = ["Refunds take five days.", "One. Two."].enumerated().map { index, text in
            Block(kind: .paragraph, text: text, anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))])
        }
        let document = Document(path: "a.txt", kind: .article, blocks: blocks)
        let sentences = SentenceSplitter.sentences(of: document, stemmer: Stemmer())
        #expect(sentences.map(\.text) == ["Refunds take five days.", "One.", "Two."])
    }

    /// Words of every length up to past the packed length, in any case, find their first entry.
    @Test func stemCacheFindsShortAndLongWordsAgain() {
        let stemmer = Stemmer()
        let words = (1...20).map { String(repeating: "ab", count: $0).prefix($0) + "s" }
        let first = words.map { stemmer.stem(String($0)) }
        let text = words.map { $0.uppercased() }.joined(separator: " ")
        let scanned = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer)
        #expect(scanned.map(\.stem) == first)
        #expect(scanned.map(\.lowercased) == words.map(String.init))
    }

    @Test func aSessionMatchesAsThePatternDoes() throws {
        let pattern = try Pattern(#"points?\s+(will\s+)?expire"#)
        let session = try #require(Pattern.Session(pattern))
        for text in ["Points expire.", "", "No match here", "points will expire and point expire", "Ünïcode points expire"] {
            #expect(session.matches(in: text) == pattern.matches(in: text))
        }
    }

    @Test(arguments: ["Clients", "CLIENT", "client", "cLIENT", "Café", "ÉTÉ", "x", "X", "24/7 Client", "--", ""])
    func letterCaseReadsAsCharactersDo(found: String) {
        let letters = found.filter(\.isLetter)
        let general = (letters.count, letters.allSatisfy(\.isUppercase), letters.first?.isUppercase ?? false)
        let fast = TermInflection.letterCase(of: found)
        #expect(fast.count == general.0 && fast.allUppercase == general.1 && fast.firstUppercase == general.2)
    }
}

extension TextRoundTwoFastPathTests {
    /// Required and parity rules read only the first hit: stopping early keeps it.
    @Test func scanUntilFirstHitKeepsTheFirstHits() {
        let stemmer = Stemmer()
        let text = ["No refund here.", "Refunds take five days, a refund is certain.", "Another refund."]
        let blocks = text.enumerated().map { index, text in
            Block(kind: .paragraph, text: text, anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))])
        }
        let document = Document(path: "a.txt", kind: .article, blocks: blocks)
        let analyzed = AnalyzedDocument(document: document, channel: .customer, audience: nil,
                                        sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
        let matcher = TextMatcher(phrases: ["refund"], patterns: [], unless: ["no refund"], stemmer: stemmer)
        let all = matcher.scan(analyzed).hits
        let first = matcher.scan(analyzed, untilFirstHit: true).hits
        #expect(all.count == 3 && first.count == 2)
        #expect(Array(all.prefix(first.count)) == first)
    }
}
