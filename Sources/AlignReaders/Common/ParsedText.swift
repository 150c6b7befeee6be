import AlignModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text node as a parser hands it over: ASCII bytes, which are looked for in an ASCII source
/// and copied into a block as bytes, or any other text as scalars. Most text is ASCII, and the
/// bytes spare decoding every node to scalars only to encode it back to UTF-8.
enum ParsedText {
    case ascii([UInt8])
    case scalars([Unicode.Scalar])

    /// A parser's NUL-terminated UTF-8 text: its bytes when they are ASCII and `keepsASCII` (the
    /// source it is looked for in is ASCII too), else its scalars.
    init(cString: UnsafeRawPointer, keepsASCII: Bool) {
        let start = cString.assumingMemoryBound(to: UInt8.self)
        let count = strlen(cString.assumingMemoryBound(to: CChar.self))
        self.init(utf8: UnsafeBufferPointer(start: start, count: count), keepsASCII: keepsASCII)
    }

    /// The same from a counted buffer (a SAX parser's text, which has no NUL at its end).
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, keepsASCII: Bool) {
        if keepsASCII, Self.isASCII(bytes) {
            self = .ascii(Array(bytes))
        } else {
            // Invalid UTF-8 repaired as `String(cString:)` repairs it.
            self = .scalars(UTF8Scalars.decode(bytes) ?? Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
        }
    }

    /// No byte with its high bit set, eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= ByteWords.word(bytes, at: index)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    var count: Int {
        switch self {
        case .ascii(let bytes): bytes.count
        case .scalars(let scalars): scalars.count
        }
    }

    var isEmpty: Bool { count == 0 }

    /// Its scalars, for the paths that go scalar by scalar.
    var scalars: [Unicode.Scalar] {
        switch self {
        case .ascii(let bytes): bytes.map { Unicode.Scalar($0) }
        case .scalars(let scalars): scalars
        }
    }

    /// Whether it is only white space (or nothing).
    var isSpace: Bool {
        switch self {
        case .ascii(let bytes): bytes.allSatisfy(WhiteSpace.isSpace)
        case .scalars(let scalars): scalars.allSatisfy(TextScalars.isSpace)
        }
    }
}
