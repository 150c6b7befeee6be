import AlignModel

/// Bytes of a text file → Unicode scalars, keeping one scalar per source character so that
/// columns stay right: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (one byte, one scalar).
enum TextDecoding {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes without a leading UTF-8 byte order mark.
    static func withoutBOM(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes
    }

    /// Why the bytes are not text, or nil when they are. NUL bytes, or many control bytes,
    /// mean a binary file whatever its extension.
    /// `naming` is what the bytes are ("the file", "a text/plain part"); lines count from their start.
    static func binaryReason(_ bytes: ArraySlice<UInt8>, naming: String = "the file") -> String? {
        if let nul = bytes.withUnsafeBufferPointer(firstNUL).map({ bytes.startIndex + $0 }) {
            let line = 1 + bytes[bytes.startIndex..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return naming == "the file"
                ? "the file contains NUL bytes (first on line \(line)): it is binary, not text"
                : "\(naming) contains NUL bytes: it is binary, not text"
        }
        let sample = bytes.prefix(8192)
        let controls = sample.withUnsafeBufferPointer { buffer in
            // With few bytes below 0x20 at all the sample cannot be mostly control bytes: 0 then
            // decides the same, without testing each byte.
            guard lowByteCount(buffer) * 10 > buffer.count else { return 0 }
            var count = 0
            for byte in buffer where byte < 0x20 {
                count += (byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B) ? 1 : 0
            }
            return count
        }
        if sample.count >= 32, controls * 10 > sample.count {
            return "\(naming) is mostly control bytes: it is binary, not text"
        }
        return nil
    }

    /// The offset of the first 0 byte: every file is scanned whole, by `memchr`.
    private static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        ByteWords.offset(of: 0, in: bytes)
    }

    /// Bytes below 0x20 (control bytes and the usual white space), eight at a time.
    static func lowByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var index = 0
        // Each byte's count is kept in its own lane and the lanes summed every 255 words (a lane
        // holds 255): a bit count per word is a long sequence where the CPU has no instruction.
        var lanes: UInt64 = 0
        var words = 0
        func sum(_ lanes: UInt64) -> Int {
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
            return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while index + 8 <= bytes.count {
            let high = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0xE0E0_E0E0_E0E0_E0E0
            // A byte's top bit set where its top three bits are not all zero (no carry between bytes).
            let nonzero = ((high & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | high) & 0x8080_8080_8080_8080
            lanes &+= (~nonzero & 0x8080_8080_8080_8080) >> 7
            words += 1
            if words == 255 {
                count += sum(lanes)
                lanes = 0
                words = 0
            }
            index += 8
        }
        count += sum(lanes)
        while index < bytes.count {
            if bytes[index] < 0x20 { count += 1 }
            index += 1
        }
        return count
    }

    /// Text saved as UTF-16 with a byte order mark (Notepad's "Unicode"): its scalars, else nil.
    /// Checked before the binary test, since UTF-16 text is full of NUL bytes.
    static func utf16(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        guard bytes.count >= 2 else { return nil }
        let first = bytes[bytes.startIndex], second = bytes[bytes.startIndex + 1]
        let littleEndian: Bool
        switch (first, second) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex + 2
        while index + 1 < bytes.endIndex {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var scalars: [Unicode.Scalar] = []
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: scalars.append("\u{FFFD}")
            }
        }
    }

    /// Decodes UTF-8, or Windows-1252 when the bytes are not valid UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (scalars: [Unicode.Scalar], isUTF8: Bool) {
        if let scalars = Charset.utf8.decodeStrictly(bytes) { return (scalars, true) }
        return (Charset.windows1252.decode(bytes), false)
    }

    /// `decode`, as a source text: UTF-8 is decoded and its lines counted in one pass.
    static func decodeSource(_ bytes: ArraySlice<UInt8>) -> (source: SourceText, isUTF8: Bool) {
        if let source = SourceText(utf8: bytes) { return (source, true) }
        return (SourceText(Charset.windows1252.decode(bytes)), false)
    }
}

/// UTF-8 decoding by hand, a byte at a time for ASCII: the standard library's decoder was a
/// hundredth of a whole check.
enum UTF8Scalars {
    /// The scalars of `bytes`, or nil when they are not valid UTF-8 (Unicode's table 3-7:
    /// no overlong forms, surrogates or values past U+10FFFF).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var valid = true
        var unused: [Int] = []
        var unusedWide: (scalars: [Int], ends: [Int]) = ([], [])
        // Never more scalars than bytes: written in place, with no capacity check per scalar.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, written in
            valid = decode(bytes, into: buffer, count: &written, lineStarts: &unused, wide: &unusedWide, countsLines: false)
        }
        return valid ? scalars : nil
    }

    /// `decode`, with where each line starts as `SourceText` counts them (CRLF, CR and LF each
    /// end one), and where each scalar of more than one byte is (its scalar index and the byte
    /// offset after it), found in the same pass: a whole file is not gone over again.
    static func decodeWithLines(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], lineStarts: [Int], wide: (scalars: [Int], ends: [Int]))? {
        var valid = true
        var starts = [0]
        var wide: (scalars: [Int], ends: [Int]) = ([], [])
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, written in
            valid = decode(bytes, into: buffer, count: &written, lineStarts: &starts, wide: &wide, countsLines: true)
        }
        return valid ? (scalars, starts, wide) : nil
    }

    /// A parser's NUL-terminated UTF-8 text as scalars, decoded directly (no String in between)
    /// when it is valid UTF-8, as parsers' output is; else repaired as `String(cString:)` repairs it.
    static func decode(cString: UnsafeRawPointer) -> [Unicode.Scalar] {
        let start = cString.assumingMemoryBound(to: UInt8.self)
        var count = 0
        while start[count] != 0 { count += 1 }
        return decode(UnsafeBufferPointer(start: start, count: count)) ?? Array(String(cString: start).unicodeScalars)
    }

    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, count written: inout Int,
        lineStarts: inout [Int], wide: inout (scalars: [Int], ends: [Int]), countsLines: Bool
    ) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes with no line break (none below 0x0E: the zero-byte test on each
            // byte less 0x0E, exact for ASCII) are eight scalars as they are, written at once:
            // most of a file that is not all ASCII is ASCII.
            if index &+ 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word | ((word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word)) & 0x8080_8080_8080_8080 == 0 {
                    // Widened as one vector and stored at once: a scalar's memory is its value.
                    let widened = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                    UnsafeMutableRawPointer(scalars.baseAddress!).storeBytes(of: widened, toByteOffset: written &* 4, as: SIMD8<UInt32>.self)
                    written &+= 8
                    index &+= 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                scalars[written] = Unicode.Scalar(lead)
                written += 1
                index += 1
                // A line starts after LF, and after a CR that no LF follows.
                if lead <= 0x0D, countsLines, lead == 0x0A || (lead == 0x0D && (index == count || bytes[index] != 0x0A)) {
                    lineStarts.append(written)
                }
                continue
            }
            let length: Int
            var value: UInt32
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
            case 0xE0: length = 3; value = 0; low = 0xA0
            case 0xED: length = 3; value = 0x0D; high = 0x9F
            case 0xE1...0xEF: length = 3; value = UInt32(lead & 0x0F)
            case 0xF0: length = 4; value = 0; low = 0x90
            case 0xF4: length = 4; value = 0x04; high = 0x8F
            case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return false }
            value = value << 6 | UInt32(second & 0x3F)
            var next = index + 2
            while next < index + length {
                let byte = bytes[next]
                guard byte & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(byte & 0x3F)
                next += 1
            }
            guard let scalar = Unicode.Scalar(value) else { return false }
            if countsLines {
                wide.scalars.append(written)
                wide.ends.append(next)
            }
            scalars[written] = scalar
            written += 1
            index = next
        }
        return true
    }
}

/// The charsets align decodes itself: the ones a company's documents and emails use.
enum Charset: String, Sendable {
    case utf8 = "UTF-8"
    case usASCII = "US-ASCII"
    case latin1 = "ISO-8859-1"
    case latin9 = "ISO-8859-15"
    case windows1252 = "Windows-1252"

    /// The charset a label names (as in MIME or `<meta charset>`), or nil for one align does not know.
    init?(label: String) {
        let name = Self.normalizedLabel(label)
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us": self = .usASCII
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-ir-100", "cp819", "ibm819": self = .latin1
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin-9", "latin9", "l9": self = .latin9
        case "windows-1252", "cp1252", "x-cp1252", "win-1252": self = .windows1252
        default: return nil
        }
    }

    /// The label lower-cased, without white space or quotes. An ASCII label is done on its bytes
    /// (the same result: there a Character is one byte, or CR LF, both white space).
    private static func normalizedLabel(_ label: String) -> String {
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else {
            return label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count)
        for byte in label.utf8 where !(0x09...0x0D).contains(byte) && byte != 0x20 && byte != 0x22 && byte != 0x27 {
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes the bytes; invalid UTF-8 (and 8-bit bytes labelled ASCII) are read as Windows-1252,
    /// the usual mislabel, so no byte is lost and none is invented.
    func decode(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        switch self {
        case .utf8, .usASCII:
            return decodeStrictly(bytes) ?? Charset.windows1252.decode(bytes)
        case .latin1:
            return bytes.map { Unicode.Scalar($0) }
        case .latin9:
            return bytes.map { Charset.latin9Scalar($0) }
        case .windows1252:
            return bytes.map { Charset.windows1252Scalar($0) }
        }
    }

    /// UTF-8 only: nil when the bytes are not valid UTF-8.
    func decodeStrictly(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        bytes.withUnsafeBufferPointer { UTF8Scalars.decode($0) }
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80, byte < 0xA0 else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    static func latin9Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value: UInt32
        switch byte {
        case 0xA4: value = 0x20AC
        case 0xA6: value = 0x0160
        case 0xA8: value = 0x0161
        case 0xB4: value = 0x017D
        case 0xB8: value = 0x017E
        case 0xBC: value = 0x0152
        case 0xBD: value = 0x0153
        case 0xBE: value = 0x0178
        default: return Unicode.Scalar(byte)
        }
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }
}

/// How the engine shows a raw source line (under a finding): decoded the way the readers decode
/// text, so a Windows-1252 line reads as the reader read it rather than as replacement characters.
public enum SourceLineDecoding {
    public static func text(of bytes: ArraySlice<UInt8>) -> String {
        // Valid UTF-8 (nearly every line) decodes to these very bytes: the standard library's
        // validation is the same strict one, and makes the String without a scalar array.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: TextDecoding.decode(bytes).scalars)
        return String(view)
    }
}
