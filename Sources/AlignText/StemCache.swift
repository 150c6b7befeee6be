/// The words a `Stemmer` has seen, keyed by their lower-cased UTF-8 bytes: every word of every
/// sentence is looked up here, so the table hashes raw bytes (FNV-1a) and compares them with
/// `memcmp`-like loops instead of building a `String` and hashing it with `Hasher` first.
struct StemCache {
    /// What a word's bytes stand for: its lower-cased form, its stem, and the stem's key.
    struct Entry {
        var lowercased: String
        var stem: String
        var stemKey: UInt64
    }

    /// Bounds memory on a corpus with an open vocabulary; a cleared cache only costs re-stemming.
    static let limit = 50_000

    /// An entry's index (-1: none) beside its hash: a lookup reads one slot, not a slot and then
    /// a hash in another table (with tens of thousands of words, each read was a cache miss).
    struct Slot {
        var hash: UInt64
        var index: Int32
    }

    private(set) var entries: [Entry] = []
    private var hashes: [UInt64] = []
    /// Each entry's bytes, lower-cased, at `starts[i]..<starts[i + 1]` of `bytes`.
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []
    /// Open addressing.
    private var slots = [Slot](repeating: Slot(hash: 0, index: -1), count: 1 << 12)

    /// The entry for `word` (whose bytes hash to `hash`); with `foldingCase`, `word` is ASCII
    /// and compared as if lower-cased.
    func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, foldingCase: Bool) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.mix(hash)) & mask
        while true {
            let index = Int(slots[slot].index)
            if index < 0 { return nil }
            // A short word's hash is its bytes and length (see `WordBytes.hash`): equal hashes suffice.
            if slots[slot].hash == hash, word.count <= WordBytes.packedLength || equals(index, word, foldingCase: foldingCase) {
                return index
            }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ index: Int, _ word: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for k in 0..<word.count where stored[start + k] != (foldingCase ? WordBytes.lower(word[k]) : word[k]) {
                return false
            }
            return true
        }
    }

    /// Adds `entry` for the lower-cased bytes of `entry.lowercased`, hashing to `hash`.
    mutating func insert(_ entry: Entry, hash: UInt64) -> Int {
        if entries.count >= Self.limit { removeAll() }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let index = entries.count
        entries.append(entry)
        hashes.append(hash)
        bytes.append(contentsOf: entry.lowercased.utf8)
        starts.append(bytes.count)
        place(index, hash: hash)
        return index
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.mix(hash)) & mask
        while slots[slot].index >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, index: Int32(index))
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(hash: 0, index: -1), count: slots.count * 2)
        for index in hashes.indices { place(index, hash: hashes[index]) }
    }

    private mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        starts = [0]
        for i in slots.indices { slots[i] = Slot(hash: 0, index: -1) }
    }

    /// Spreads every bit of a hash (or of a packed short word) over the low bits table slots take.
    static func mix(_ hash: UInt64) -> UInt64 {
        let spread = hash &* 0x9E37_79B9_7F4A_7C15
        return spread ^ (spread >> 32)
    }
}

/// Byte-level helpers shared by the word scanner, the stem cache and phrase matching.
enum WordBytes {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// Words this long or shorter are hashed to their own bytes.
    static let packedLength = 7

    /// The hash of a word's bytes, lower-cased first when `foldingCase` (ASCII only): a word of
    /// up to seven bytes is packed into the hash with its length, which no two words share, so
    /// that most lookups compare no bytes; a longer one gets FNV-1a with the top bit set, so that
    /// it never equals a packed word's (whose top byte is its length).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> UInt64 {
        if bytes.count <= packedLength {
            var packed = UInt64(bytes.count) << 56
            for k in 0..<bytes.count {
                packed |= UInt64(foldingCase ? lower(bytes[k]) : bytes[k]) << (8 &* UInt64(k))
            }
            return packed
        }
        var h = seed
        if foldingCase {
            for b in bytes { h = (h ^ UInt64(lower(b))) &* prime }
        } else {
            for b in bytes { h = (h ^ UInt64(b)) &* prime }
        }
        return h | 1 << 63
    }

    /// FNV-1a of a string's UTF-8 bytes: the key of a stem.
    static func hash(_ text: String) -> UInt64 {
        var h = seed
        for b in text.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }
}
