import Testing
@testable import AlignText
@testable import AlignTestSupport

/// The one word key, the one table and the one Bloom filter, each against the plain Swift
/// collection it stands in for.
@Suite struct KeyTableTests {
    static func randomWords(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let letters = Array("abcdefghijklmnopqrstuvwxyzé'".unicodeScalars)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...14, using: &generator)
            return String(String.UnicodeScalarView((0..<length).map { _ in letters.randomElement(using: &generator)! }))
        }
    }

    @Test func aWordHasOneKeyHoweverItsBytesAreHeld() {
        for word in ["a", "refund", "returned", "customer's", "café", "seventy"] {
            var copy = word
            let fromBuffer = copy.withUTF8 { WordKey($0) }
            #expect(WordKey(word) == fromBuffer)
            var upper = word.uppercased()
            if word.allSatisfy(\.isASCII) { #expect(upper.withUTF8 { WordKey($0, foldingCase: true) } == fromBuffer) }
            #expect(WordKey(word).isExact == (word.utf8.count <= WordKey.packedLength))
        }
        #expect(WordKey("refunds") != WordKey("refund"))
        #expect(WordKey("ab") != WordKey("ab\u{0}"))
    }

    @Test func lookupsAgreeWithADictionary() {
        let words = Self.randomWords(count: 3_000, seed: 7)
        var table = KeyTable<Int32>()
        var dictionary: [String: Int32] = [:]
        var kept: [String] = []
        for word in words where dictionary[word] == nil {
            dictionary[word] = Int32(kept.count)
            table.insert(Int32(kept.count), for: WordKey(word))
            kept.append(word)
        }
        #expect(table.count == dictionary.count)
        for word in words + Self.randomWords(count: 3_000, seed: 8) {
            let key = WordKey(word)
            let found = key.isExact ? table[key] : table.first(key) { kept[Int($0)] == word }
            #expect(found == dictionary[word], "\(word)")
        }
    }

    /// Keys that collide on one slot and keys that are equal (as two long words' may be): probing
    /// passes the first to reach the others, and `first(_:where:)` tells equal keys apart.
    @Test func collidingAndEqualKeysAreAllFound() {
        var table = KeyTable<Int>(minimumCapacity: 4)
        let equal = WordKey(rawValue: 1 << 63 | 12_345)
        table.insert(1, for: equal)
        table.insert(2, for: equal)
        for raw in 1...100 as ClosedRange<UInt64> { table.insert(Int(raw) + 100, for: WordKey(rawValue: raw << 8)) }
        #expect(table.first(equal) { $0 == 1 } == 1)
        #expect(table.first(equal) { $0 == 2 } == 2)
        #expect(table.first(equal) { $0 == 3 } == nil)
        for raw in 1...100 as ClosedRange<UInt64> { #expect(table[WordKey(rawValue: raw << 8)] == Int(raw) + 100) }
        #expect(table[WordKey(rawValue: 101 << 8)] == nil)
        #expect(!table.contains(WordKey("")))
        table.removeAll()
        #expect(table.count == 0 && table[WordKey(rawValue: 1 << 8)] == nil)
    }

    @Test func wordIndexKeepsTheFirstIndexOfARepeatedWord() {
        let index = WordIndex(["refund", "customer-facing", "refund", "customer-facing", "x"])
        #expect(index.index(of: "refund") == 0)
        #expect(index.index(of: "customer-facing") == 1)
        #expect(index.index(of: "x") == 4)
        #expect(index.index(of: "customer-facinG") == nil)
    }

    @Test func theBloomFilterHasNoFalseNegatives() {
        let present = Self.randomWords(count: 500, seed: 9).map(WordKey.init)
        let set = StemSet(present)
        #expect(present.allSatisfy(set.mayContain))
        let absent = Self.randomWords(count: 2_000, seed: 10).map(WordKey.init).filter { !present.contains($0) }
        // Two bits of 8,192 per key, 500 keys: about 1.4% of absent keys pass.
        #expect(absent.filter(set.mayContain).count < absent.count / 20)
    }
}
