/// Bytes looked at eight at a time, for the scans that run over every file whole: a word with
/// none of the bytes looked for is passed at once.
enum ByteWords {
    /// The eight bytes at `index` (which must leave eight).
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
    }

    /// Whether one of the word's bytes is `byte`: a zero byte of their exclusive or sets its high bit.
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }
}
