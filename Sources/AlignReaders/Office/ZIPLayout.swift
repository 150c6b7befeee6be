/// Checks that every record a ZIP archive's central directory points at lies inside the bytes,
/// before ZIPFoundation reads it: its in-memory reader trusts the offsets, and a damaged archive
/// pointing past its end crashed it (an input the fuzzer found, in Tests/Fixtures/fuzz-crashes).
enum ZIPLayout {
    /// Nil when the layout holds together; else what is wrong, for the reader's problem.
    static func problem(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { problem(in: $0) }
    }

    private static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ value: Int) -> Bool { at >= 0 && at + 4 <= bytes.count && u32(at) == value }
        // The end record: 22 bytes and a comment of up to 65,535, searched from the end.
        guard bytes.count >= 22 else { return "too short to be a ZIP archive" }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest, !signature(end, 0x0605_4B50) { end -= 1 }
        guard end >= lowest else { return "no end of central directory record" }
        let entries = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryStart = u32(end + 16)
        guard entries != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF else { return "a ZIP64 archive, which align does not read" }
        guard directoryStart + directorySize <= end else { return "the central directory lies outside the archive" }
        var record = directoryStart
        for _ in 0..<entries {
            guard record + 46 <= directoryStart + directorySize, signature(record, 0x0201_4B50) else { return "a damaged central directory entry" }
            let flags = u16(record + 8)
            let method = u16(record + 10)
            let compressed = u32(record + 20)
            let nameLength = u16(record + 28)
            let extraLength = u16(record + 30)
            let commentLength = u16(record + 32)
            let local = u32(record + 42)
            guard compressed != 0xFFFF_FFFF, u32(record + 24) != 0xFFFF_FFFF, local != 0xFFFF_FFFF else { return "a ZIP64 entry, which align does not read" }
            guard local + 30 <= directoryStart, signature(local, 0x0403_4B50) else { return "an entry whose local header lies outside the archive" }
            // ZIPFoundation reads a stored entry's data, and a data descriptor after it, by its
            // uncompressed size: that must fit too.
            let stored = method == 0 ? u32(record + 24) : compressed
            let descriptor = flags & 0x0008 != 0 ? 16 : 0
            let dataEnd = local + 30 + u16(local + 26) + u16(local + 28) + max(compressed, stored) + descriptor
            guard dataEnd <= directoryStart else { return "an entry whose data runs past the archive's contents" }
            record += 46 + nameLength + extraLength + commentLength
        }
        return record <= directoryStart + directorySize ? nil : "a central directory longer than it says"
    }
}
