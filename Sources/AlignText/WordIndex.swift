/// Numbers a fixed list of lower-cased words, for lookups made for every word of every sentence.
/// A word of up to 16 UTF-8 bytes is its own key, packed into two integers: a lookup is a
/// multiply and a probe, where a `String` key would be hashed with SipHash. A `StemFilter` in
/// front answers most misses before that.
public struct WordIndex: Sendable {
    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// The word's index plus one; zero for an empty slot.
        var index = 0
    }

    private let slots: [Slot]
    private let shift: UInt64
    private let filter: StemFilter
    /// Words too long to pack: none in practice, kept so that every word is found.
    private let long: [String: Int]

    public init(_ words: [String]) {
        var bits: UInt64 = 4
        while (1 << bits) < words.count * 4 { bits += 1 }
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        var filter = StemFilter()
        var long: [String: Int] = [:]
        self.shift = 64 - bits
        for (index, word) in words.enumerated() {
            filter.insert(word)
            guard let (low, high) = Self.key(word) else {
                if long[word] == nil { long[word] = index }
                continue
            }
            var slot = Self.slot(low, high, shift: shift, mask: slots.count - 1)
            while slots[slot].index != 0, slots[slot].low != low || slots[slot].high != high {
                slot = (slot + 1) & (slots.count - 1)
            }
            // A repeated word keeps its first index.
            if slots[slot].index == 0 { slots[slot] = Slot(low: low, high: high, index: index + 1) }
        }
        self.slots = slots
        self.filter = filter
        self.long = long
    }

    /// The index of `word` in the list, or nil.
    public func index(of word: String) -> Int? {
        guard filter.mayContain(word) else { return nil }
        guard let (low, high) = Self.key(word) else { return long[word] }
        let mask = slots.count - 1
        var slot = Self.slot(low, high, shift: shift, mask: mask)
        while true {
            let entry = slots[slot]
            if entry.index == 0 { return nil }
            if entry.low == low && entry.high == high { return entry.index - 1 }
            slot = (slot + 1) & mask
        }
    }

    public func contains(_ word: String) -> Bool { index(of: word) != nil }

    /// The word's bytes in two integers (zero-padded: a word has no zero byte), or nil past 16 bytes.
    private static func key(_ word: String) -> (UInt64, UInt64)? {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt64 = 0
        for byte in word.utf8 {
            if count < 8 {
                low |= UInt64(byte) << (count * 8)
            } else if count < 16 {
                high |= UInt64(byte) << ((count - 8) * 8)
            } else {
                return nil
            }
            count += 1
        }
        return (low, high)
    }

    private static func slot(_ low: UInt64, _ high: UInt64, shift: UInt64, mask: Int) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ (low >> 29)
        return Int(truncatingIfNeeded: (mixed &* 0xBF58_476D_1CE4_E5B9) >> shift) & mask
    }
}
