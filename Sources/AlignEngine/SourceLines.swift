import AlignModel
import AlignReaders

/// Fills `Finding.sourceLine` with the text of the line each finding starts on, so that the text
/// reporter can show it with a caret without reading files itself.
enum SourceLines {
    /// Longer lines are not kept: every finding on a line carries a copy of it into the cache
    /// and the fingerprint, so a one-line 10 MB page with a thousand findings would cost
    /// gigabytes. Such findings are shown without the source line and caret.
    static let maxLineBytes = 16_384

    /// `lineTexts`: the document's own lines, where they are not the bytes' (an Office document);
    /// a file with neither (a ZIP read again for a report) gets no source line.
    static func fill(_ findings: inout [Finding], bytes: [UInt8], file: String, lineTexts: [Int: String] = [:]) {
        let wanted = Set(findings.filter { $0.file == file && $0.sourceLine == nil }.map(\.span.start.line))
        guard !wanted.isEmpty else { return }
        if lineTexts.isEmpty, isArchive(bytes) { return }
        let lines = lineTexts.isEmpty ? extract(wanted, from: bytes) : lineTexts
        for index in findings.indices where findings[index].file == file && findings[index].sourceLine == nil {
            findings[index].sourceLine = lines[findings[index].span.start.line]
        }
    }

    /// A ZIP container (an Office document): its bytes have no lines to show.
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }

    /// The text of the wanted lines; CRLF, LF and lone CR each end a line, as the readers count them.
    static func extract(_ wanted: Set<Int>, from bytes: [UInt8]) -> [Int: String] {
        var result: [Int: String] = [:]
        // Walked in order, so that each line costs a comparison, not a hash.
        let lines = wanted.sorted()
        var next = 0
        var line = 1
        var start = 0
        var i = 0
        bytes.withUnsafeBufferPointer { bytes in
            while i <= bytes.count, next < lines.count {
                let atEnd = i == bytes.count
                if atEnd || bytes[i] == 0x0A || bytes[i] == 0x0D {
                    if line == lines[next] {
                        next += 1
                        if i - start <= maxLineBytes + 3 {
                            if start == 0, i >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
                            result[line] = SourceLineDecoding.text(of: ArraySlice(bytes[start..<max(i, start)]))
                        }
                    }
                    if atEnd { break }
                    if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    line += 1
                    start = i + 1
                }
                i += 1
            }
        }
        return result
    }
}
