import Foundation
import Testing
import AlignModel
@testable import AlignTestSupport
@testable import AlignReaders

/// The readers' byte-level scans (hand-written UTF-8 decoding, NUL and control-byte counts eight
/// bytes at a time) must decide exactly as the plain ways they replaced.
@Suite struct ReadersByteScanTests {
    /// Random bytes, biased towards the ranges where UTF-8 validity and control bytes are decided.
    static func samples() -> [[UInt8]] {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var samples: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], Array("plain text\n".utf8), Array("café — “quoted” 😀".utf8)]
        for length in [1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 40, 100] {
            for _ in 0..<200 {
                samples.append((0..<length).map { _ in
                    Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator)
                })
            }
        }
        return samples
    }

    /// Eight ASCII bytes a block's stretch takes whole, told at once as byte by byte; and a
    /// block built from ASCII bytes (spaces, tabs, line breaks, controls) as scalar by scalar.
    @Test func stretchWordsAreToldAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        let spaces: [UInt8] = [0x20, 0x20, 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x00, 0x08, 0x0E, 0x1F, 0x21, 0x7F]
        var words = Self.samples().filter { $0.count == 8 && $0.allSatisfy { $0 < 0x80 } }
        for _ in 0..<20_000 {
            words.append((0..<8).map { _ in Bool.random(using: &generator) ? spaces.randomElement(using: &generator)! : UInt8.random(in: 0x21...0x7E, using: &generator) })
        }
        var plain = 0
        for bytes in words {
            let word = bytes.withUnsafeBufferPointer { ByteWords.word($0, at: 0) }
            var expected = bytes.last != 0x20
            for (offset, byte) in bytes.enumerated() where WhiteSpace.isSpace(byte) {
                if byte != 0x20 || (offset + 1 < 8 && bytes[offset + 1] == 0x20) { expected = false }
            }
            #expect(ByteWords.isPlainWithSingleSpaces(word) == expected, "\(bytes)")
            if expected { plain += 1 }
            // Two words after a place that follows on: built as the same scalars one by one.
            let text = bytes + bytes.reversed()
            var eachScalar = BlockBuilder(lines: LineTable(starts: [0]))
            var fromBytes = BlockBuilder(lines: LineTable(starts: [0]))
            eachScalar.append("x", at: .index(0))
            fromBytes.append("x", at: .index(0))
            for (offset, byte) in text.enumerated() { eachScalar.append(Unicode.Scalar(byte), at: .index(1 + offset)) }
            fromBytes.append(text[...], verbatimFrom: 1)
            #expect(fromBytes.build(kind: .paragraph) == eachScalar.build(kind: .paragraph), "\(text)")
        }
        #expect(plain > 1_000)
    }

    /// Scalars found as they are (`.verbatim`) are built as the same scalars found at each of
    /// their indexes (`.decoded`, the per-scalar way): plain ASCII, single and repeated white
    /// space (NBSP, thin space, line separator, tabs, line breaks), other scalars; after text
    /// that follows on, after text that does not, after pending white space.
    @Test func verbatimScalarsAreBuiltAsScalarsAtEachIndex() {
        var generator = SystemRandomNumberGenerator()
        let others: [Unicode.Scalar] = [" ", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2009}", "\u{2028}", "\u{85}", "\u{2019}", "é", "😀", "\u{00}", "\u{1F}", "\u{7F}"]
        var stretches = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text: [Unicode.Scalar] = (0..<length).map { _ in
                Bool.random(using: &generator) ? others.randomElement(using: &generator)! : Unicode.Scalar(UInt8.random(in: 0x21...0x7E, using: &generator))
            }
            // What came before: text that the node follows on from (or not), ending in white space or not.
            let before: [Unicode.Scalar] = [["x"], ["x", " "], ["x", "\n"], ["x", "\u{A0}"], []].randomElement(using: &generator)!
            let first = Bool.random(using: &generator) ? before.count : before.count + Int.random(in: 1...3, using: &generator)
            var verbatim = BlockBuilder(lines: LineTable(starts: [0]))
            var eachIndex = BlockBuilder(lines: LineTable(starts: [0]))
            for (offset, scalar) in before.enumerated() {
                verbatim.append(scalar, at: .index(offset))
                eachIndex.append(scalar, at: .index(offset))
            }
            verbatim.append(text, at: .verbatim(from: first))
            eachIndex.append(text, at: .decoded(Array(first..<(first + text.count))))
            // And a second node after it, as a run's next piece.
            verbatim.append(text, at: .verbatim(from: first + text.count))
            eachIndex.append(text, at: .decoded(Array((first + text.count)..<(first + 2 * text.count))))
            let built = verbatim.build(kind: .paragraph)
            #expect(built == eachIndex.build(kind: .paragraph), "\(before) \(first) \(text)")
            if let built, built.text.utf8.count > 8 { stretches += 1 }
        }
        #expect(stretches > 1_000)
    }

    /// A text's verbatim prefix in a source that is not ASCII, compared where the source's
    /// scalars are held, is the prefix compared through the source's subscript: texts taken from
    /// the source at each place, some changed, some running past its end, with `&` and CR.
    @Test func verbatimPrefixesInHeldScalarsAreThePrefixesBySubscript() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["a", "b", " ", "&", "\r", "\n", "<", "\u{2019}", "é", "😀", "\u{A0}"]
        var compared = 0
        for _ in 0..<300 {
            var scalars: [Unicode.Scalar] = ["\u{2019}"]
            for _ in 0..<Int.random(in: 1...60, using: &generator) { scalars.append(alphabet.randomElement(using: &generator)!) }
            guard let source = SourceText(utf8: Array(String(String.UnicodeScalarView(scalars)).utf8)[...]), source.ascii == nil else {
                Issue.record("a text that is not ASCII is held as scalars")
                continue
            }
            let aligner = SourceAligner(source: source, syntax: HTMLExtractor.syntax)
            for start in 0..<scalars.count {
                var text = Array(scalars[start..<min(scalars.count, start + Int.random(in: 0...70, using: &generator))])
                if !text.isEmpty, Bool.random(using: &generator) {
                    text[Int.random(in: 0..<text.count, using: &generator)] = alphabet.randomElement(using: &generator)!
                }
                if Bool.random(using: &generator) { text.append("b") }
                #expect(aligner.verbatimPrefix(text, at: start) == aligner.verbatimPrefixByScalars(text, at: start), "\(scalars) \(start) \(text)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }

    /// Whether an index is on a line, told from the line's start and the next one's, is what
    /// looking its line up says: every index of texts with LF, CRLF, CR alone, empty lines, a
    /// final line break or none, ASCII or not, against lines from before the first to past the last.
    @Test func indexesAreOnTheLinesTheirLookUpSays() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "bc", " ", "\n", "\r\n", "\r", "\n\n", "\u{2019}"]
        var checked = 0
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &generator) { text += pieces.randomElement(using: &generator)! }
            guard let source = SourceText(utf8: Array(text.utf8)[...]) else { continue }
            for index in 0...source.count {
                for line in -1...(source.lineStarts.count + 2) {
                    #expect(source.isOnLine(line, index: index) == (source.line(of: index) == line), "\(text.debugDescription) \(index) \(line)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    /// UTF-8 decoded with eight ASCII bytes at a time decodes as the standard library does, and
    /// finds the lines that counting the decoded scalars finds: runs of ASCII of every length
    /// and alignment, with line breaks (LF, CRLF, CR alone), controls, other scalars and bytes
    /// that are not UTF-8 between them.
    @Test func utf8DecodedEightBytesAtATimeIsDecodedAsByTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("plain".utf8), Array("words and spaces ".utf8), Array("x".utf8), Array("\n".utf8), Array("\r\n".utf8),
            Array("\r".utf8), [0x09], [0x0B], [0x0C], [0x0D, 0x0D], [0x0E], [0x1F], [0x7F], Array("é".utf8), Array("\u{2019}".utf8),
            Array("😀".utf8), [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80],
        ]
        var texts = Self.samples()
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            texts.append(bytes)
        }
        var decoded = 0
        for bytes in texts {
            let expected = Self.decodedByTheStandardLibrary(bytes)
            let withLines = bytes.withUnsafeBufferPointer(UTF8Scalars.decodeWithLines)
            #expect(bytes.withUnsafeBufferPointer(UTF8Scalars.decode) == expected, "\(bytes)")
            #expect(withLines?.scalars == expected, "\(bytes)")
            if let expected, let withLines {
                #expect(withLines.lineStarts == SourceText(expected).lineStarts, "\(bytes)")
                decoded += 1
            }
        }
        #expect(decoded > 1_000)
    }

    /// A UTF-8 text's map tells each scalar's byte offset, and each byte offset's scalar, as
    /// adding up the scalars' widths does; blanking it blanks what blanking the scalars blanks.
    @Test func utf8MapOffsetsAreTheScalarsWidthsAddedUp() throws {
        var texts = Self.samples()
        texts += ["é", "a’b", "x😀y\r\nz—", "“quoted” and 'plain'\n", "ab\ncd é\nef"].map { Array($0.utf8) }
        var mapped = 0
        for bytes in texts {
            guard let source = SourceText(utf8: bytes[...]), let map = source.utf8 else { continue }
            let scalars = source.allScalars
            var offset = 0
            for index in 0...scalars.count {
                #expect(map.byteOffset(ofScalar: index) == offset, "\(bytes) \(index)")
                #expect(map.scalarIndex(ofByte: offset) == index, "\(bytes) \(offset)")
                if index < scalars.count { offset += UTF8.width(scalars[index]) }
            }
            #expect(map.bytes == bytes)
            for start in 0...scalars.count {
                for end in start...min(scalars.count, start + 3) {
                    let blanked = source.blanking(start..<end)
                    if let blankedMap = blanked.utf8 {
                        #expect(blankedMap.bytes == UTF8Encoding.bytes(blanked.allScalars), "\(bytes) \(start)..<\(end)")
                    } else {
                        #expect(scalars[start..<end].contains { !$0.isASCII }, "\(bytes) \(start)..<\(end)")
                    }
                }
            }
            mapped += 1
        }
        #expect(mapped > 5)
    }

    /// Quoted-printable decoded run by run gives what decoding byte by byte gave, on the mail
    /// files and on random lines dense with `=`, hex digits, soft breaks and trailing spaces.
    @Test func quotedPrintableRunsDecodeAsEachByteDid() throws {
        func byteByByte(_ lines: ArraySlice<RawLine>) -> [UInt8] {
            var output: [UInt8] = []
            for (position, line) in lines.enumerated() {
                var bytes = line.bytes
                while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
                var softBreak = false
                if bytes.last == 0x3D { softBreak = true; bytes = bytes.dropLast() }
                var index = bytes.startIndex
                while index < bytes.endIndex {
                    let hex: (UInt8) -> UInt8? = { byte in
                        switch byte {
                        case 0x30...0x39: byte - 0x30
                        case 0x41...0x46: byte - 0x41 + 10
                        case 0x61...0x66: byte - 0x61 + 10
                        default: nil
                        }
                    }
                    if bytes[index] == 0x3D, index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                        output.append(high << 4 | low)
                        index += 3
                    } else {
                        output.append(bytes[index])
                        index += 1
                    }
                }
                if !softBreak, position < lines.count - 1 { output.append(0x0A) }
            }
            return output
        }
        var generator = SystemRandomNumberGenerator()
        let dense: [UInt8] = Array("==3D=3d=E2=80=99=G1=a=\r\n \t0fFx".utf8)
        var texts = Self.samples()
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...60, using: &generator)).map { _ in dense.randomElement(using: &generator)! })
        }
        for file in ReadersRobustnessTests.files(under: "mail", suffix: nil) { texts.append(try [UInt8](Data(contentsOf: file))) }
        for text in texts {
            let lines = RawLine.split(text)[...]
            #expect(TransferEncoding.quotedPrintable(lines) == byteByByte(lines), "\(text.prefix(60))")
        }
    }

    /// Callout markers (`[!`, `:::`) looked for with `memchr` are found where looking
    /// at every `[` and `:` finds them.
    @Test func calloutMarkersAreFoundAsByteByByte() throws {
        func byteByByte(_ bytes: ArraySlice<UInt8>) -> Bool {
            var index = bytes.startIndex
            while let found = bytes[index...].firstIndex(where: { $0 == 0x5B || $0 == 0x3A }) {
                let next = bytes.index(after: found)
                guard next < bytes.endIndex else { return false }
                if bytes[found] == 0x5B, bytes[next] == 0x21 { return true }
                if bytes[found] == 0x3A, bytes[next] == 0x3A, bytes.index(after: next) < bytes.endIndex, bytes[bytes.index(after: next)] == 0x3A { return true }
                index = next
            }
            return false
        }
        var generator = SystemRandomNumberGenerator()
        let dense: [UInt8] = Array("[[!!:::a \n".utf8)
        var texts = Self.samples() + (try ReadersAlignmentTests.sources().map(\.bytes))
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 0...40, using: &generator)).map { _ in Bool.random(using: &generator) ? dense.randomElement(using: &generator)! : 0x61 })
        }
        var holding = 0
        for text in texts {
            for slice in [text[...], text.dropFirst(min(3, text.count))] {
                #expect(CalloutMarkers.mayHoldMarker(slice) == byteByByte(slice), "\(text.prefix(40))")
                if byteByByte(slice) { holding += 1 }
            }
        }
        #expect(holding > 1_000)
    }

    /// Template openers (`{{`, `{%`, `{#`, `<%`, `*|`, `%` before a letter) looked for with
    /// `memchr` are found where asking at every byte finds them.
    @Test func templateOpenersAreFoundAsByteByByte() throws {
        func byteByByte(_ bytes: [UInt8]) -> Bool {
            bytes.indices.contains { index in
                let next = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
                return (index + 1 < bytes.count && TemplateMarkup.opensTag(UInt32(bytes[index]), before: next))
                    || (bytes[index] == 0x25 && index > 0 && bytes[index - 1] == 0x3C)
            }
        }
        var generator = SystemRandomNumberGenerator()
        let dense: [UInt8] = Array("{{%#<*|aZ 5\n".utf8)
        var texts = Self.samples() + (try ReadersAlignmentTests.sources().map(\.bytes))
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 0...40, using: &generator)).map { _ in Bool.random(using: &generator) ? dense.randomElement(using: &generator)! : 0x61 })
        }
        var holding = 0
        for text in texts {
            let found = text.withUnsafeBufferPointer(TemplateMarkup.mayOpenTag)
            #expect(found == byteByByte(text), "\(text.prefix(40))")
            if found { holding += 1 }
        }
        #expect(holding > 1_000)
    }

    /// A text without CRs has its lines found by `memchr`, and mail without CRs is split so:
    /// the same line starts and lines as the byte-by-byte ways, which texts with CRs still take.
    @Test func linesWithoutCRsAreFoundAsByteByByte() throws {
        var generator = SystemRandomNumberGenerator()
        let dense: [UInt8] = Array("\n\n\ra b".utf8) + [0xC3, 0xA9]
        var texts = Self.samples() + (try ReadersAlignmentTests.sources().map(\.bytes))
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...60, using: &generator)).map { _ in Bool.random(using: &generator) ? dense.randomElement(using: &generator)! : 0x61 })
        }
        var withoutCR = 0
        for text in texts {
            let byWords = text.withUnsafeBufferPointer(SourceText.asciiLineStartsByWords)
            let source = SourceText(utf8: text[...])
            if let byWords { #expect(source?.lines.starts == byWords, "\(text.prefix(40))") }
            let lines = RawLine.split(text)
            let byBytes = RawLine.splitByBytes(text)
            #expect(lines.map(\.bytes) == byBytes.map(\.bytes) && lines.map(\.number) == byBytes.map(\.number), "\(text.prefix(40))")
            if !text.contains(0x0D), text.contains(0x0A) { withoutCR += 1 }
        }
        #expect(withoutCR > 1_000)
    }

    /// An email template's markers found from each `p` and `P` that `memchr` finds, as a
    /// search for each marker at every byte, ignoring ASCII case, finds them.
    @Test func emailShapeIsFoundAsByteByByte() throws {
        func byteByByte(_ bytes: [UInt8]) -> Bool {
            let lower = bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            return EmailTemplate.markers.contains { marker in
                lower.count >= marker.count && (0...(lower.count - marker.count)).contains { lower[$0..<($0 + marker.count)].elementsEqual(marker) }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["pre", "PRE", "preheader", "PreHeader", "role=\"presentation\"", "role='Presentation'", "role=presentation", "p", "P", "r", "e", " ", "=", "\""].map { Array($0.utf8) }
        var texts = Self.samples() + (try ReadersAlignmentTests.sources().map(\.bytes))
        for _ in 0..<10_000 {
            texts.append((0..<Int.random(in: 0...12, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! })
        }
        var marked = 0
        for text in texts {
            let found = EmailTemplate.hasEmailShape(text[...])
            #expect(found == byteByByte(text), "\(text.prefix(40))")
            if found { marked += 1 }
        }
        #expect(marked > 1_000)
    }

    /// An opening label is looked for only when `memchr` finds a colon in a block's first bytes:
    /// the same labels as reading every block's opening byte by byte.
    @Test func openingLabelsAreFoundAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["First reply", "Returns", ":", ": ", " ", "  ", "a", "10:30", ".", "é", "word ", String(repeating: "x", count: 44)]
        var texts = ["", ":", "a: b", "Note: it", String(repeating: "a", count: 47) + ": b", String(repeating: "a", count: 48) + ": b"]
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var labelled = 0
        for text in texts {
            var copy = text
            let expected = copy.withUTF8(OpeningLabel.colonOffsetByBytes).map { String(text.utf8.prefix($0))!.trimmingSpaces }
            #expect(OpeningLabel.of(text) == expected, "\(text)")
            if expected != nil { labelled += 1 }
        }
        #expect(labelled > 1_000)
    }

    /// A start tag found by comparing its name's bytes with an ASCII source's bytes where the
    /// name's scalars, compared scalar by scalar, find it: from every cursor, up to each line.
    @Test func startTagsAreFoundAsByTheirScalars() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["<a", "<A", "<b", "<br/>", "<P", "<p>", "<div", "<DiV ", "<img", " href=", "\"x>y\"", "'q'", ">", " ", "\n", "\t", "</a>", "<", "<!--", "b", "=\""]
        var texts: [String] = []
        for _ in 0..<600 { texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for (_, bytes) in try ReadersAlignmentTests.sources().prefix(40) where bytes.count < 20_000 { texts.append(String(decoding: bytes, as: UTF8.self)) }
        Self.expectStartTagsByBytesAsByScalars(in: texts, names: ["a", "A", "b", "br", "p", "div", "DIV", "img", "x", "", "ab"]) { $0.ascii != nil }
    }

    /// A start tag found on a UTF-8 source's bytes (a source that is not all ASCII) where the
    /// name's scalars, compared scalar by scalar, find it: wider scalars in names' places, after
    /// names, before quotes (a no-break space, which is white space) and inside values.
    @Test func startTagsInUTF8AreFoundAsByTheirScalars() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["<a", "<A", "<b", "<br/>", "<p>", "<div", "<img", " href=", "\"x>y\"", "'q'", ">", " ", "\n", "</a>", "<", "b", "=\"",
                      "é", "’", "\u{00A0}", "😀", "<é", "<a\u{00A0}", "=\u{00A0}\"", " title='it’s>'", "<p’"]
        var texts: [String] = []
        for _ in 0..<800 { texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for (_, bytes) in try ReadersAlignmentTests.sources().prefix(40) where bytes.count < 20_000 {
            texts.append("’" + String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "'", with: "’"))
        }
        Self.expectStartTagsByBytesAsByScalars(in: texts, names: ["a", "A", "b", "br", "p", "div", "img", "x", "", "ab"]) { $0.utf8 != nil }
    }

    /// For each of `texts` whose source `holds` (its bytes kept), every start tag of `names`
    /// found by its bytes from forty cursors and five line bounds is the one its scalars find.
    static func expectStartTagsByBytesAsByScalars(in texts: [String], names: [String], holds: (SourceText) -> Bool,
                                                  sourceLocation: SourceLocation = #_sourceLocation) {
        var compared = 0
        var found = 0
        for text in texts {
            guard let source = SourceText(utf8: Array(text.utf8)[...]), holds(source) else { continue }
            let lastLine = source.lineCount
            for cursor in stride(from: 0, through: source.count, by: max(1, source.count / 40)) {
                var aligner = SourceAligner(source: source, syntax: HTMLExtractor.syntax)
                aligner.move(to: cursor)
                for name in names {
                    let bytes = Array(name.utf8)
                    for (latest, endLine) in [(lastLine, nil), (1, nil), (lastLine, 1), (lastLine, lastLine), (2, 2)] as [(Int, Int?)] {
                        let expected = aligner.findStartTag(bytes.lazy.map { Unicode.Scalar($0) }, startingByLine: latest, endLine: endLine)
                        let byBytes = bytes.withUnsafeBufferPointer { aligner.findStartTag(bytes: $0, startingByLine: latest, endLine: endLine) }
                        #expect(byBytes == expected, "\(name) in \(text.prefix(80).debugDescription) from \(cursor)", sourceLocation: sourceLocation)
                        compared += 1
                        if expected != nil { found += 1 }
                    }
                }
            }
        }
        #expect(compared > 50_000, sourceLocation: sourceLocation)
        #expect(found > 5_000, sourceLocation: sourceLocation)
    }

    /// An ASCII text's template markup blanked on its bytes blanks what blanking its scalars
    /// blanks, and stays bytes exactly when that is ASCII (no blank made a no-break space).
    @Test func templateMarkupBlankedOnBytesIsBlankedAsOnScalars() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["{{ first_name }}", "{{", "}}", "{% if x %}", "{% endif %}", "{# note #}", "{{#each}}", "{{{raw}}}", "<%= name %>", "<% x %>",
                      "*|FNAME|*", "*|", "|*", "%recipient.name%", "50%", " off", "\n", "  ", "\t", "Hi ", "text", "{", "%", "<", "*", "{{< ref >}}"]
        var texts: [String] = []
        for _ in 0..<3_000 { texts.append((0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for (_, bytes) in try ReadersAlignmentTests.sources() { texts.append(String(decoding: bytes, as: UTF8.self)) }
        var blanked = 0
        var asBytes = 0
        for text in texts {
            guard let source = SourceText(utf8: Array(text.utf8)[...]), source.ascii != nil else { continue }
            let expected = TemplateMarkup.blanked(source.allScalars)
            let byBytes = TemplateMarkup.blankedSource(source, utf8: nil)
            #expect(byBytes?.allScalars == expected, "\(text.prefix(80).debugDescription)")
            #expect((byBytes?.ascii != nil) == (expected?.allSatisfy(\.isASCII) ?? false), "\(text.prefix(80).debugDescription)")
            #expect(byBytes?.lineStarts ?? source.lineStarts == source.lineStarts)
            if expected != nil { blanked += 1 }
            if byBytes?.ascii != nil { asBytes += 1 }
        }
        #expect(blanked > 1_000)
        #expect(asBytes > 500)
    }

    /// A start tag's end found on an ASCII source's bytes where reading it scalar by scalar finds it.
    @Test func tagEndsAreFoundAsScalarByScalar() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["<a", " href=", "\"x>y\"", "'q'", " = ", "\"", "'", ">", " ", "\n", "b", "=\"", "title='it>s'"]
        var compared = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard let source = SourceText(utf8: Array(text.utf8)[...]), let bytes = source.ascii else { continue }
            let aligner = SourceAligner(source: source, syntax: HTMLExtractor.syntax)
            // A tag's end is looked for after its name: never from the text's first byte.
            for start in 1..<max(bytes.count, 1) {
                #expect(bytes.withUnsafeBufferPointer { SourceAligner.tagEnd(ascii: $0, from: start) } == aligner.tagEndByScalars(from: start), "\(text) from \(start)")
                compared += 1
            }
        }
        #expect(compared > 10_000)
    }

    /// `bytes` decoded by the standard library's UTF-8 decoder; nil where they are not UTF-8.
    static func decodedByTheStandardLibrary(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    @Test func utf8DecodingAgreesWithTheStandardLibrary() {
        for bytes in Self.samples() {
            let expected = Self.decodedByTheStandardLibrary(bytes)
            #expect(Charset.utf8.decodeStrictly(bytes[...]) == expected, "\(bytes)")
        }
    }

    /// A source line shown under a finding reads as the reader read it, whether it takes the
    /// validating fast path (UTF-8) or the decoder's (Windows-1252).
    @Test func sourceLinesDecodeAsTheReadersDo() {
        for bytes in Self.samples() {
            // Scalars, not Strings: String equality is canonical equivalence, not identity.
            #expect(Array(SourceLineDecoding.text(of: bytes[...]).unicodeScalars) == TextDecoding.decode(bytes[...]).scalars, "\(bytes)")
        }
    }

    /// Bytes below 0x20 counted eight at a time, in lanes summed now and then, as one by one:
    /// on texts long enough to fill the lanes, some all low bytes.
    @Test func lowBytesAreCountedAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        var texts = Self.samples()
        for length in [2_039, 2_040, 2_041, 4_096, 8_192, 20_000] {
            texts.append([UInt8](repeating: 0x0A, count: length))
            texts.append([UInt8](repeating: 0x20, count: length))
            texts.append((0..<length).map { _ in UInt8.random(in: 0...0x40, using: &generator) })
        }
        for bytes in texts {
            #expect(bytes.withUnsafeBufferPointer(TextDecoding.lowByteCount) == bytes.filter { $0 < 0x20 }.count, "\(bytes.count)")
        }
    }

    @Test func binaryTestAgreesWithCountingByteByByte() {
        for bytes in Self.samples() {
            let expected: String? = {
                if let nul = bytes.firstIndex(of: 0) {
                    let line = 1 + bytes[..<nul].filter { $0 == 0x0A }.count
                    return "the file contains NUL bytes (first on line \(line)): it is binary, not text"
                }
                let sample = bytes.prefix(8192)
                let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C, 0x1B].contains($0) }.count
                return sample.count >= 32 && controls * 10 > sample.count ? "the file is mostly control bytes: it is binary, not text" : nil
            }()
            #expect(TextDecoding.binaryReason(bytes[...]) == expected, "\(bytes)")
            // A slice that does not start at 0, as after a byte order mark.
            #expect(TextDecoding.binaryReason(([0xEF, 0xBB, 0xBF] + bytes).dropFirst(3)) == expected, "\(bytes)")
        }
    }
}
