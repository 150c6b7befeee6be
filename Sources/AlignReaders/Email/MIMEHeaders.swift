import AlignModel

/// One line of the raw file, without its line break, with its 1-based line number in the file
/// (for an mbox, the line number in the whole mbox).
struct RawLine: Sendable {
    var bytes: ArraySlice<UInt8>
    var number: Int

    /// Splits on CRLF, CR or LF, each one line break.
    static func split(_ bytes: [UInt8]) -> [RawLine] {
        // Without a CR, each LF is found by `memchr`.
        let hasCR = bytes.withUnsafeBufferPointer { ByteWords.offset(of: 0x0D, in: $0) != nil }
        guard hasCR else {
            var lines: [RawLine] = []
            lines.reserveCapacity(bytes.count / 40 + 1)
            var start = 0
            bytes.withUnsafeBufferPointer { buffer in
                ByteWords.forEachOffset(of: 0x0A, in: buffer) { end in
                    lines.append(RawLine(bytes: bytes[start..<end], number: lines.count + 1))
                    start = end + 1
                }
            }
            if start < bytes.count { lines.append(RawLine(bytes: bytes[start...], number: lines.count + 1)) }
            return lines
        }
        return splitByBytes(bytes)
    }

    /// `split` for bytes with CRs, byte by byte past every byte above CR.
    static func splitByBytes(_ bytes: [UInt8]) -> [RawLine] {
        var lines: [RawLine] = []
        // About one line per 40 bytes in mail: fewer regrowths of an array of slices.
        lines.reserveCapacity(bytes.count / 40 + 1)
        var start = 0
        var index = 0
        // Breaks are looked for on the buffer, past every byte above CR at once.
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                let byte = buffer[index]
                if byte > 0x0D {
                    index += 1
                    continue
                }
                if byte == 0x0A || byte == 0x0D {
                    lines.append(RawLine(bytes: bytes[start..<index], number: lines.count + 1))
                    if byte == 0x0D, index + 1 < buffer.count, buffer[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
        }
        if start < bytes.count { lines.append(RawLine(bytes: bytes[start...], number: lines.count + 1)) }
        return lines
    }

    var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}

/// An RFC 5322 header field, unfolded.
struct HeaderField: Sendable {
    /// Lower-case name.
    var name: String
    /// The value's bytes with folding line breaks removed (the folding white space is kept).
    var value: [UInt8]
    /// The raw lines the field spans, for positions.
    var lines: ArraySlice<RawLine>
    /// Bytes before the value on the first line (`Subject:` and the spaces after it).
    var valueOffset: Int

    /// The value as text: UTF-8 (RFC 6532), else Windows-1252.
    var text: String {
        // Valid UTF-8 is its own text: no decoding to scalars and encoding back.
        String(validating: value, as: UTF8.self) ?? TextScalars.string(TextDecoding.decode(value[...]).scalars)
    }
}

/// The header section of a message or MIME part.
struct MIMEHeaders: Sendable {
    var fields: [HeaderField] = []

    subscript(name: String) -> HeaderField? { fields.first { $0.name == name } }

    /// Reads fields up to the blank line; returns them and the index where the body starts.
    /// A line that is neither a field nor a folded continuation ends the header section.
    static func parse(_ lines: ArraySlice<RawLine>) -> (MIMEHeaders, bodyStart: Int) {
        var headers = MIMEHeaders()
        // A message or part has a handful of fields: room for them made once.
        headers.fields.reserveCapacity(16)
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let next = index + 1 < lines.endIndex ? lines[index + 1] : nil
            if line.bytes.isEmpty { return (headers, index + 1) }
            if line.isBlank {
                // White space alone ends the headers unless the field goes on after it (obsolete folding).
                guard !headers.fields.isEmpty, let next, let first = next.bytes.first, first == 0x20 || first == 0x09 else { return (headers, index + 1) }
                index += 1
                continue
            }
            if let first = line.bytes.first, first == 0x20 || first == 0x09, !headers.fields.isEmpty {
                let last = headers.fields.count - 1
                headers.fields[last].value.append(contentsOf: line.bytes)
                headers.fields[last].lines = lines[headers.fields[last].lines.startIndex...index]
            } else if let colon = fieldColon(line) {
                // The name is printable ASCII up to spaces or tabs before the colon (`fieldColon`):
                // trimmed and lower-cased on its bytes.
                var nameEnd = colon
                while nameEnd > line.bytes.startIndex, line.bytes[nameEnd - 1] == 0x20 || line.bytes[nameEnd - 1] == 0x09 { nameEnd -= 1 }
                let name = HeaderValueWithParameters.lowercased(line.bytes[line.bytes.startIndex..<nameEnd])
                var valueStart = colon + 1
                while valueStart < line.bytes.endIndex, line.bytes[valueStart] == 0x20 || line.bytes[valueStart] == 0x09 { valueStart += 1 }
                headers.fields.append(HeaderField(name: name, value: Array(line.bytes[valueStart...]), lines: lines[index...index], valueOffset: valueStart - line.bytes.startIndex))
            } else if headers.fields.isEmpty, line.bytes.starts(with: Array("From ".utf8)) {
                // An mbox separator line left at the top: not a field, not the body.
            } else if !headers.fields.isEmpty, !line.bytes.starts(with: [0x2D, 0x2D]), let next, fieldColon(next) != nil || next.bytes.first == 0x20 || next.bytes.first == 0x09, !next.bytes.starts(with: [0x2D, 0x2D]) {
                // A field broken by a stray line break: more fields follow, so this is still headers.
                let last = headers.fields.count - 1
                headers.fields[last].value.append(0x20)
                headers.fields[last].value.append(contentsOf: line.bytes)
                headers.fields[last].lines = lines[headers.fields[last].lines.startIndex...index]
            } else {
                return (headers, index)
            }
            index += 1
        }
        return (headers, lines.endIndex)
    }

    /// The colon ending a field name (`Subject:`, or the obsolete `To :`), or nil.
    static func fieldColon(_ line: RawLine) -> Int? {
        guard let colon = line.bytes.firstIndex(of: UInt8(ascii: ":")), colon > line.bytes.startIndex else { return nil }
        var nameEnd = colon
        while nameEnd > line.bytes.startIndex, line.bytes[nameEnd - 1] == 0x20 || line.bytes[nameEnd - 1] == 0x09 { nameEnd -= 1 }
        guard nameEnd > line.bytes.startIndex, line.bytes[line.bytes.startIndex..<nameEnd].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        return colon
    }
}

/// `type/subtype; name=value; name="quoted value"` (Content-Type, Content-Disposition).
struct HeaderValueWithParameters: Sendable {
    let value: String
    /// `value` before and after its `/`, split once: a part's type is asked several times.
    let type: String
    let subtype: String
    var parameters: [String: String] = [:]

    init(_ text: String) {
        var text = text
        if let parsed = text.withUTF8(Self.init(ascii:)) {
            self = parsed
        } else {
            self.init(byCharacters: text)
        }
    }

    /// ASCII bytes as a String, their capitals lower-cased as it is written: a header's name, a
    /// value's parts.
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
            return bytes.count
        }
    }

    /// `init` on the bytes of an ASCII value without CR (each byte one Character): parts, names
    /// and values trimmed, lower-cased and split on their bytes, a String made only of what is
    /// kept. Nil for any other value.
    init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        // Every part's bytes, unquoted and unescaped, one after another in one buffer.
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var parts: [Range<Int>] = []
        var partStart = 0
        var quoted = false
        var escaped = false
        for byte in bytes {
            guard byte < 0x80, byte != 0x0D else { return nil }
            if escaped { text.append(byte); escaped = false; continue }
            if quoted, byte == UInt8(ascii: "\\") { escaped = true; continue }
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if byte == UInt8(ascii: ";"), !quoted {
                parts.append(partStart..<text.count)
                partStart = text.count
                continue
            }
            text.append(byte)
        }
        parts.append(partStart..<text.count)
        func trimmed(_ range: Range<Int>) -> Range<Int> { WhiteSpace.trimmed(text[range]).indices }
        func lowercased(_ range: Range<Int>) -> String { Self.lowercased(text[range]) }
        let valueRange = trimmed(parts[0])
        value = lowercased(valueRange)
        // The first two pieces between slashes that are not empty, as `split` gives them.
        var pieces: [Range<Int>] = []
        var pieceStart = valueRange.lowerBound
        for index in valueRange where text[index] == UInt8(ascii: "/") {
            if index > pieceStart { pieces.append(pieceStart..<index) }
            pieceStart = index + 1
            if pieces.count == 2 { break }
        }
        if pieces.count < 2, valueRange.upperBound > pieceStart { pieces.append(pieceStart..<valueRange.upperBound) }
        type = pieces.first.map(lowercased) ?? ""
        subtype = pieces.count > 1 ? lowercased(pieces[1]) : ""
        for part in parts.dropFirst() {
            guard let equals = text[part].firstIndex(of: UInt8(ascii: "=")) else { continue }
            var name = trimmed(part.lowerBound..<equals)
            // RFC 2231 `charset*=utf-8''...`: keep the name, drop the language part of the value.
            var value = trimmed((equals + 1)..<part.upperBound)
            if name.upperBound > name.lowerBound, text[name.upperBound - 1] == UInt8(ascii: "*") {
                name = name.lowerBound..<(name.upperBound - 1)
                if let quote = text[value].lastIndex(of: UInt8(ascii: "'")) { value = (quote + 1)..<value.upperBound }
            }
            let key = lowercased(name)
            if parameters[key] == nil { parameters[key] = String(decoding: text[value], as: UTF8.self) }
        }
    }

    /// `init` on the value's Characters, for any value.
    init(byCharacters text: String) {
        let parts = Self.parts(text)
        value = parts[0].trimmingSpaces.lowercased()
        // On the bytes of an ASCII value (each byte one Character), as `split` on Characters gives
        // them: the first two pieces between slashes that are not empty.
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            let pieces = value.utf8.split(separator: UInt8(ascii: "/"), maxSplits: 2)
            type = pieces.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
            subtype = pieces.dropFirst().first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        } else {
            let halves = value.split(separator: "/")
            type = halves.first.map(String.init) ?? ""
            subtype = halves.dropFirst().first.map(String.init) ?? ""
        }
        for part in parts.dropFirst() {
            guard let equals = part.firstIndex(of: "=") else { continue }
            var name = part[..<equals].trimmingSpaces.lowercased()
            // RFC 2231 `charset*=utf-8''...`: keep the name, drop the language part of the value.
            var value = part[part.index(after: equals)...].trimmingSpaces
            if name.hasSuffix("*") {
                name.removeLast()
                if let quote = value.lastIndex(of: "'") { value = String(value[value.index(after: quote)...]) }
            }
            if parameters[name] == nil { parameters[name] = value }
        }
    }

    /// Splits on `;` outside quotes, unquoting and unescaping.
    private static func parts(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped { current.append(character); escaped = false; continue }
            if quoted, character == "\\" { escaped = true; continue }
            if character == "\"" { quoted.toggle(); continue }
            if character == ";", !quoted { parts.append(current); current = ""; continue }
            current.append(character)
        }
        parts.append(current)
        return parts
    }
}
