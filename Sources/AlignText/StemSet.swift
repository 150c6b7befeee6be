/// The one Bloom filter: the stem keys of a document's words (8,192 bits, two per stem).
/// `mayContain` is false only for a stem no word has. Most rules' phrases are absent from most
/// documents; asking this first lets a rule skip every sentence instead of looking up every word.
public struct StemSet: Sendable {
    private var bits: [UInt64]

    private static let wordCount = 128

    /// The stems of every word of `sentences` (built for every document: plain loops, no lazy chain).
    public init(_ sentences: [Sentence]) {
        var bits = [UInt64](repeating: 0, count: Self.wordCount)
        bits.withUnsafeMutableBufferPointer { bits in
            for sentence in sentences {
                for word in sentence.words { Self.insert(word.stemKey, into: bits) }
            }
        }
        self.bits = bits
    }

    /// The set of `keys`.
    public init<S: Sequence<WordKey>>(_ keys: S) {
        var bits = [UInt64](repeating: 0, count: Self.wordCount)
        bits.withUnsafeMutableBufferPointer { bits in
            for key in keys { Self.insert(key, into: bits) }
        }
        self.bits = bits
    }

    public func mayContain(_ key: WordKey) -> Bool {
        let (a, b) = Self.positions(key)
        return bits[a >> 6] & (1 << (a & 63)) != 0 && bits[b >> 6] & (1 << (b & 63)) != 0
    }

    @inline(__always)
    private static func insert(_ key: WordKey, into bits: UnsafeMutableBufferPointer<UInt64>) {
        let (a, b) = positions(key)
        bits[a >> 6] |= 1 << (a & 63)
        bits[b >> 6] |= 1 << (b & 63)
    }

    @inline(__always)
    private static func positions(_ key: WordKey) -> (Int, Int) {
        let mixed = key.mixed
        let mask = UInt64(wordCount * 64 - 1)
        return (Int(mixed & mask), Int((mixed >> 32) & mask))
    }
}
