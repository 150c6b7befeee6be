/// White space, one definition for every module: Unicode's White_Space property (the test
/// `Character.isWhitespace` makes), with ASCII answered without a property lookup. Readers fold
/// it, sentences split on it, rules skip it: what one counts, all count.
public enum WhiteSpace {
    /// Tab, line feed, vertical tab, form feed, carriage return and space.
    @inlinable @inline(__always)
    public static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// `bytes` less the ASCII white space at either end.
    @inlinable
    public static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while start < end, isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    /// The ASCII white space above, the no-break and other Unicode spaces, and the line and
    /// paragraph separators.
    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isSpace(UInt8(truncatingIfNeeded: scalar.value)) : scalar.properties.isWhitespace
    }
}
