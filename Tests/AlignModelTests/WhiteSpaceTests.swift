import AlignModel
import Testing

/// `WhiteSpace` is the one test of white space: its ASCII shortcut agrees with Unicode's
/// White_Space property, and so with `Character.isWhitespace`, on every scalar.
@Suite struct WhiteSpaceTests {
    @Test func agreesWithUnicodeOnEveryScalar() {
        var spaces = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(WhiteSpace.isSpace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            if WhiteSpace.isSpace(scalar) { spaces += 1 }
        }
        #expect(spaces == 25)
        for byte in UInt8(0)..<0x80 {
            #expect(WhiteSpace.isSpace(byte) == Character(Unicode.Scalar(byte)).isWhitespace)
        }
    }
}
