/// The one key of a word or a stem in every table and filter of align: its UTF-8 bytes, lower-cased
/// when asked. A word of up to seven bytes is packed into the key with its length, which no two
/// words share, so that most lookups compare no bytes (`isExact`); a longer one gets FNV-1a with
/// the top bit set, so that it never equals a packed word's (whose top byte is its length). The
/// same bytes give the same key however they are held.
@frozen
public struct WordKey: Hashable, Sendable {
    public let rawValue: UInt64

    /// Words this long or shorter are their own key.
    public static let packedLength = 7

    @inlinable @inline(__always)
    public init(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) {
        if bytes.count <= Self.packedLength {
            var packed = UInt64(bytes.count) << 56
            for k in 0..<bytes.count {
                packed |= UInt64(foldingCase ? Self.lower(bytes[k]) : bytes[k]) << (8 &* UInt64(k))
            }
            rawValue = packed
            return
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        if foldingCase {
            for byte in bytes { hash = (hash ^ UInt64(Self.lower(byte))) &* 0x0000_0100_0000_01B3 }
        } else {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        rawValue = hash | 1 << 63
    }

    /// The key of `text`'s bytes as they are.
    @inlinable
    public init(_ text: String) {
        if let key = text.utf8.withContiguousStorageIfAvailable({ WordKey($0) }) {
            self = key
        } else {
            var text = text
            self = text.withUTF8 { WordKey($0) }
        }
    }

    /// Equal exact keys are equal words; equal keys of longer words are very likely so, and a
    /// table that must be sure compares the words.
    @inlinable public var isExact: Bool { rawValue >> 63 == 0 }

    /// Every bit of the key spread over the low bits that table slots and filter bits take.
    @inlinable public var mixed: UInt64 {
        let spread = rawValue &* 0x9E37_79B9_7F4A_7C15
        return spread ^ (spread >> 32)
    }

    @inlinable @inline(__always)
    public static func lower(_ byte: UInt8) -> UInt8 { (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte }
}
