/// A Bloom-style filter over (first UTF-8 byte, UTF-8 length) of words or stems: `mayContain` is
/// false only for keys never inserted. Put it before a dictionary keyed by word that is looked up
/// for every word of every sentence: it answers most misses without hashing the string.
public struct StemFilter: Sendable {
    // Inlinable: callers test every word of every sentence, and a call per word costs more than the test.
    @usableFromInline var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init() {}

    public mutating func insert(_ stem: String) {
        let bit = Self.bit(of: stem)
        switch bit >> 6 {
        case 0: bits.0 |= 1 << (bit & 63)
        case 1: bits.1 |= 1 << (bit & 63)
        case 2: bits.2 |= 1 << (bit & 63)
        default: bits.3 |= 1 << (bit & 63)
        }
    }

    @inlinable
    public func mayContain(_ stem: String) -> Bool {
        let bit = Self.bit(of: stem)
        let word: UInt64
        switch bit >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (1 << (bit & 63)) != 0
    }

    @inlinable
    static func bit(of stem: String) -> Int {
        let utf8 = stem.utf8
        let first = Int(utf8.first ?? 0)
        return (first &* 31 &+ utf8.count) & 255
    }
}
