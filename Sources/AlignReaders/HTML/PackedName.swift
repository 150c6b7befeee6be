/// An element name of up to 16 ASCII bytes, lower-cased and packed into two words: the walker
/// finds an element's role by comparing words, with no String made and hashed per element.
struct PackedName: Comparable, Sendable {
    private var high: UInt64 = 0
    private var low: UInt64 = 0

    /// Nil for a longer name or one with non-ASCII bytes (lower-cased as a String instead).
    init?(_ bytes: some Sequence<UInt8>) {
        var count = 0
        for byte in bytes {
            guard byte < 0x80, count < 16 else { return nil }
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            let shift = UInt64(56 - 8 * (count % 8))
            if count < 8 { high |= UInt64(lower) << shift } else { low |= UInt64(lower) << shift }
            count += 1
        }
    }

    /// A hash of `bits` bits: the two words mixed by multiplying, the top bits taken.
    func hash(bits: Int) -> Int {
        let mixed = (high &* 0x9E37_79B9_7F4A_7C15) ^ (low &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed &* 0x1656_67B1_9E37_79F9) >> UInt64(64 - bits))
    }

    static func < (left: PackedName, right: PackedName) -> Bool {
        (left.high, left.low) < (right.high, right.low)
    }
}
