#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes looked at eight at a time, for the scans that run over every file whole: a word with
/// none of the bytes looked for is passed at once.
enum ByteWords {
    /// The eight bytes at `index` (which must leave eight).
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
    }

    /// Whether eight ASCII bytes are all taken whole by a stretch that follows on
    /// (`BlockBuilder`): no white space but single spaces, none of them last, so that each space
    /// is followed by a byte that is not one.
    static func isPlainWithSingleSpaces(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // For ASCII bytes, adding 0x80 - n sets a byte's high bit exactly when it is n or more
        // (no carry leaves a byte): tab to CR are 9 or more and not 14 or more.
        let controlSpace = (word &+ 0x77 &* ones) & ~(word &+ 0x72 &* ones) & high
        // A space's byte of the exclusive or is 0, every other ASCII byte's 1 or more.
        let spaces = ~((word ^ (0x20 &* ones)) &+ 0x7F &* ones) & high
        // No tab to CR, no space followed by a space, and no space last: one test, no branches.
        return controlSpace | (spaces & ((spaces >> 8) | 0x8000_0000_0000_0000)) == 0
    }

    /// Whether `holds` is true at some index of `bytes` that holds `byte`, each found by `memchr`,
    /// which passes many bytes an instruction where a word at a time takes several: for a byte
    /// as rare in text as `{`, `%` or `[`, one call runs to the end.
    static func contains(in bytes: UnsafeBufferPointer<UInt8>, byte: UInt8, where holds: (Int) -> Bool) -> Bool {
        var index = 0
        while let found = offset(of: byte, in: bytes, from: index) {
            if holds(found) { return true }
            index = found + 1
        }
        return false
    }

    /// The offset of the first `byte` in `bytes[start..<end]` (`end` defaults to the whole), by
    /// `memchr`: every scan for one byte goes through here.
    static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Each offset of `byte` in `bytes`, in order, by `memchr`.
    static func forEachOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        var index = 0
        while let found = offset(of: byte, in: bytes, from: index) {
            body(found)
            index = found + 1
        }
    }

    /// Whether one of the word's bytes is `byte`: a zero byte of their exclusive or sets its high bit.
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }
}
