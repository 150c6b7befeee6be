import Testing
@testable import AlignTestSupport
@testable import AlignText

@Test func sentencesSplitAfterAbbreviationsAndDecimals() {
    let text = "We reply within 1.5 days, e.g. by email. Returns are free! Dr. Smith agrees."
    let sentences = SentenceSplitter.ranges(in: text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    #expect(sentences == ["We reply within 1.5 days, e.g. by email.", "Returns are free!", "Dr. Smith agrees."])
}

@Test func stemsMatchInflections() {
    let stemmer = Stemmer()
    #expect(stemmer.stem("replies") == stemmer.stem("reply"))
    #expect(stemmer.stem("replied") == stemmer.stem("reply"))
}

@Test func phrasesMatchAfterStemming() {
    let stemmer = Stemmer()
    var matcher = PhraseMatcher()
    matcher.add("loyalty program", key: "loyalty", stemmer: stemmer)
    matcher.add("get back to", key: "reply", stemmer: stemmer)
    let text = "Our loyalty programs will get back to you."
    let words = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer)
    #expect(matcher.matches(in: words).map(\.key) == ["loyalty", "reply"])
}

@Test func patternsMatchAndReportBadSyntax() throws {
    let pattern = try Pattern(#"points?\s+(will\s+)?expire"#)
    #expect(pattern.matches(in: "Your Points will expire soon; points expire.") == .matches([5..<23, 30..<43]))
    #expect(throws: Pattern.CompileError.self) { try Pattern("(unclosed") }
}

@Test func runawayPatternStopsWithinItsLimit() throws {
    let pattern = try Pattern("(a+)+$", matchLimit: 10_000)
    let text = String(repeating: "a", count: 5_000) + "!"
    #expect(pattern.matches(in: text) == .limitExceeded)
}
