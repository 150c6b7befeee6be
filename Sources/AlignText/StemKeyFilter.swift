/// The stem keys (`Word.stemKey`) of a fixed list of lower-cased words, asked of every word of a
/// sentence before its lower-cased form is looked up. Equal lower-cased forms have equal stems, so
/// a word whose key is absent is not in the list; and the key is already made, where the
/// lower-cased form would be hashed again for every lookup.
public struct StemKeyFilter: Sendable {
    // Inlinable: callers ask it of every word of every sentence, and a call costs more than the probe.
    /// Open addressing on the key; `empty` marks a free slot (a real key of that value is `hasEmpty`).
    @usableFromInline let slots: [UInt64]
    @usableFromInline let shift: UInt64
    @usableFromInline let hasEmpty: Bool
    @inlinable static var empty: UInt64 { 0 }

    /// The filter of lower-cased `words`.
    public init<S: Sequence<String>>(_ words: S) {
        let stemmer = Stemmer()
        self.init(keys: Set(words.map { Self.key(ofStem: stemmer.stem($0)) }))
    }

    /// The filter of `stems`, to ask of `Word.stem` instead.
    public init<S: Sequence<String>>(stems: S) { self.init(keys: Set(stems.map(Self.key(ofStem:)))) }

    private static func key(ofStem stem: String) -> UInt64 { WordBytes.hash(stem) }

    private init(keys: Set<UInt64>) {
        var bits: UInt64 = 3
        while (1 << bits) < keys.count * 4 { bits += 1 }
        var slots = [UInt64](repeating: Self.empty, count: 1 << bits)
        shift = 64 - bits
        for key in keys where key != Self.empty {
            var slot = Self.slot(key, shift: shift)
            while slots[slot] != Self.empty { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = key
        }
        self.slots = slots
        hasEmpty = keys.contains(Self.empty)
    }

    /// False only for a word whose lower-cased form is none of the list's.
    @inlinable
    public func mayContain(_ word: Word) -> Bool {
        let key = word.stemKey
        if key == Self.empty { return hasEmpty }
        let mask = slots.count - 1
        var slot = Self.slot(key, shift: shift)
        while true {
            let entry = slots[slot]
            if entry == key { return true }
            if entry == Self.empty { return false }
            slot = (slot + 1) & mask
        }
    }

    @inlinable
    static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
