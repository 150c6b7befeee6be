@testable import AlignRules
import AlignText
import Testing

/// Which topics a sentence's words name, with the promises' topics as users write them.
@Suite struct TopicTableTests {
    /// The topics (by their text) that `sentence` names, given each promise's topics.
    static func named(_ sentence: String, promises: [[String]]) -> [String] {
        let stemmer = Stemmer()
        func words(_ text: String) -> [Word] { WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer) }
        let topics = promises.enumerated().flatMap { index, topics in topics.map { (promise: index, stems: words($0).map(\.stem)) } }
        let read = words(sentence)
        return TopicTable(topics).matches(in: read).map { match in read[match.words].map(\.lowercased).joined(separator: " ") }
    }

    @Test func aWordMayBeInsertedIntoATopic() {
        #expect(Self.named("We offer free standard shipping on all orders.", promises: [["free shipping"]]) == ["free standard shipping"])
    }

    /// trigger.dev's run TTL: its topics say which TTL ("run TTL"), so "Maximum stream TTL" (a
    /// row of the streams page's limits) is another one, while "maximum run TTL" is it.
    @Test func aWordInsertedWhereThePromiseNamesTheKindIsAnotherKind() {
        let runTTL = [["maximum TTL", "run TTL", "TTL"]]
        #expect(Self.named("Maximum stream TTL", promises: runTTL) == ["ttl"])
        #expect(Self.named("Maximum run TTL", promises: runTTL) == ["run ttl", "ttl", "maximum run ttl"])
    }
}
