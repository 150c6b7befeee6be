/// Content-Transfer-Encoding decoders. Lenient: a broken sequence is kept as it is written
/// (quoted-printable) or skipped (base64), never a crash.
enum TransferEncoding {
    /// Quoted-printable (RFC 2045 6.7): `=XX` bytes, and `=` at a line's end joins it to the next
    /// line with nothing between ("twenty-=" + "four" is "twenty-four").
    static func quotedPrintable(_ lines: ArraySlice<RawLine>) -> [UInt8] {
        var output: [UInt8] = []
        // Never longer than the lines and their breaks: one allocation instead of regrowing.
        output.reserveCapacity(lines.reduce(0) { $0 + $1.bytes.count + 1 })
        for (position, line) in lines.enumerated() {
            var bytes = line.bytes
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
            var softBreak = false
            if bytes.last == UInt8(ascii: "=") {
                softBreak = true
                bytes = bytes.dropLast()
            }
            bytes.withUnsafeBufferPointer { bytes in
                var index = 0
                while index < bytes.count {
                    // The run before the next `=` is copied whole, not byte by byte.
                    let end = ByteWords.offset(of: 0x3D, in: bytes, from: index) ?? bytes.count
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    guard index < bytes.count else { break }
                    if index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                        output.append(high << 4 | low)
                        index += 3
                    } else {
                        output.append(0x3D)
                        index += 1
                    }
                }
            }
            if !softBreak, position < lines.count - 1 { output.append(0x0A) }
        }
        return output
    }

    /// Base64, skipping anything outside the alphabet (line breaks, garbage) and stopping at `=`.
    static func base64(_ lines: ArraySlice<RawLine>) -> [UInt8] {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        outer: for line in lines {
            for byte in line.bytes {
                guard let value = base64Value(byte) else {
                    if byte == UInt8(ascii: "=") { break outer }
                    continue
                }
                buffer = (buffer << 6) | UInt32(value)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    output.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
                }
            }
        }
        return output
    }

    static func base64(_ text: ArraySlice<UInt8>) -> [UInt8] {
        base64([RawLine(bytes: text, number: 1)][...])
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x41...0x5A: return byte - 0x41
        case 0x61...0x7A: return byte - 0x61 + 26
        case 0x30...0x39: return byte - 0x30 + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): return 63
        default: return nil
        }
    }
}

/// RFC 2047 encoded words in a header (`=?UTF-8?Q?Your_order?=`), B and Q, in the charsets
/// align knows. A word in an unknown charset is left out and its charset returned.
enum EncodedWords {
    static func decode(_ text: String) -> (text: String, unknownCharsets: [String]) {
        let scalars = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        var unknown: [String] = []
        var pending: (charset: String, bytes: [UInt8])?
        var pendingSpace: [Unicode.Scalar] = []
        func flush() {
            if let word = pending {
                if let charset = Charset(label: word.charset) {
                    output += charset.decode(word.bytes[...])
                } else if let system = SystemCharsets.decode(word.bytes, label: word.charset) {
                    output += system
                } else {
                    // Undecodable: left out rather than shown as text that was never written.
                    unknown.append(word.charset)
                }
            }
            pending = nil
        }
        var index = 0
        while index < scalars.count {
            if scalars[index] == "=", index + 1 < scalars.count, scalars[index + 1] == "?", let word = encodedWord(scalars, at: index) {
                // White space between two encoded words is not part of the text.
                if let current = pending, current.charset.lowercased() == word.charset.lowercased() {
                    pending?.bytes += word.bytes
                } else {
                    flush()
                    pending = (word.charset, word.bytes)
                }
                pendingSpace = []
                index = word.end
                continue
            }
            if TextScalars.isSpace(scalars[index]), pending != nil {
                pendingSpace.append(scalars[index])
                index += 1
                continue
            }
            flush()
            output += pendingSpace
            pendingSpace = []
            output.append(scalars[index])
            index += 1
        }
        flush()
        output += pendingSpace
        return (TextScalars.string(output), unknown)
    }

    private static func encodedWord(_ scalars: [Unicode.Scalar], at start: Int) -> (charset: String, bytes: [UInt8], end: Int)? {
        var index = start + 2
        var charset = ""
        while index < scalars.count, scalars[index] != "?", charset.unicodeScalars.count < 40 {
            charset.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index + 2 < scalars.count, scalars[index] == "?", scalars[index + 2] == "?" else { return nil }
        let encoding = scalars[index + 1]
        index += 3
        var payload: [UInt8] = []
        // Encoded words are at most 75 characters (RFC 2047); a longer run is not one.
        while index + 1 < scalars.count, !(scalars[index] == "?" && scalars[index + 1] == "="), index - start < 2_000 {
            guard scalars[index].isASCII, !TextScalars.isSpace(scalars[index]) else { return nil }
            payload.append(UInt8(scalars[index].value))
            index += 1
        }
        guard index + 1 < scalars.count, scalars[index] == "?", scalars[index + 1] == "=" else { return nil }
        let label = String(charset.split(separator: "*").first ?? "")
        let bytes: [UInt8]
        switch encoding {
        case "B", "b":
            bytes = TransferEncoding.base64(payload[...])
        case "Q", "q":
            var decoded: [UInt8] = []
            var position = 0
            while position < payload.count {
                if payload[position] == UInt8(ascii: "_") {
                    decoded.append(0x20)
                } else if payload[position] == UInt8(ascii: "="), position + 2 < payload.count,
                          let high = TransferEncoding.hex(payload[position + 1]), let low = TransferEncoding.hex(payload[position + 2]) {
                    decoded.append(high << 4 | low)
                    position += 2
                } else {
                    decoded.append(payload[position])
                }
                position += 1
            }
            bytes = decoded
        default:
            return nil
        }
        return (label, bytes, index + 2)
    }
}
