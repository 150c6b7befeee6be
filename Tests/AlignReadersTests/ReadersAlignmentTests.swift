import Foundation
import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// `SourceAligner` compares a parser's text with the source in place and writes an index per
/// scalar only past what is there as it is; it must find exactly what matching every scalar one
/// by one finds, on real pages, Markdown and mail.
@Suite struct ReadersAlignmentTests {
    /// `sources()` and every file of `corpus/`.
    static func sourcesAndCorpus() throws -> [(String, [UInt8])] {
        var sources = try sources()
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")
        for path in FileManager.default.enumerator(atPath: corpus.path)?.compactMap({ $0 as? String }).sorted() ?? [] {
            if let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path) { sources.append((path, [UInt8](data))) }
        }
        return sources
    }

    /// `bytes` read as each of `paths` with ASCII read as bytes and without: the same documents,
    /// every position the same. Returns how many readings were compared.
    static func expectBytesReadAsScalars(_ bytes: [UInt8], name: String, as paths: [String],
                                         sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        var slowOptions = ReadOptions()
        slowOptions.readsASCIIAsBytes = false
        for path in paths {
            let fast = DocumentReaders.read(bytes: bytes, path: path) ?? []
            let slow = DocumentReaders.read(bytes: bytes, path: path, options: slowOptions) ?? []
            #expect(fast == slow, "\(name) as \(path)", sourceLocation: sourceLocation)
            for (fastDocument, slowDocument) in zip(fast, slow) {
                for (fastBlock, slowBlock) in zip(fastDocument.blocks, slowDocument.blocks) {
                    let offsets = fastBlock.text.utf8.indices.map { fastBlock.text.utf8.distance(from: fastBlock.text.utf8.startIndex, to: $0) }
                    #expect(offsets.map(fastBlock.position(atUTF8Offset:)) == offsets.map(slowBlock.position(atUTF8Offset:)),
                            "\(name) as \(path)", sourceLocation: sourceLocation)
                }
            }
        }
        return paths.count
    }

    /// The reader fixtures, the html5lib snippets and the mail files, as text.
    static func sources() throws -> [(name: String, bytes: [UInt8])] {
        let readers = TestPaths.fixtures.appendingPathComponent("readers")
        let files = try FileManager.default.contentsOfDirectory(at: readers, includingPropertiesForKeys: nil)
            .filter { ["html", "md", "mdx", "eml", "txt"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        var sources = try files.map { ($0.lastPathComponent, try [UInt8](Data(contentsOf: $0))) }
        for file in ReadersRobustnessTests.files(under: "html5lib", suffix: "dat") {
            sources += ReadersRobustnessTests.snippets(in: file).map { (file.lastPathComponent, Array($0.utf8)) }
        }
        for file in ReadersRobustnessTests.files(under: "mail", suffix: nil) {
            sources.append((file.lastPathComponent, try [UInt8](Data(contentsOf: file))))
        }
        return sources
    }

    /// What a parser hands over for a source: the blocks' texts the readers read, and each line
    /// as it is, with its references decoded, and without its first word.
    static func texts(_ bytes: [UInt8], source: SourceText) -> [(text: [Unicode.Scalar], line: Int)] {
        var texts: [(text: [Unicode.Scalar], line: Int)] = []
        for path in ["page.html", "page.md"] {
            for block in (DocumentReaders.read(bytes: bytes, path: path) ?? []).flatMap(\.blocks) {
                texts.append((Array(block.text.unicodeScalars), block.position(atUTF8Offset: 0).line))
            }
        }
        for line in 1...source.lineCount {
            let scalars = Array(source.text(ofLine: line))
            texts.append((scalars, line))
            texts.append((decodingReferences(scalars), line))
            if let space = scalars.firstIndex(of: " ") { texts.append((Array(scalars[(space + 1)...]), line)) }
        }
        return texts
    }

    /// One text looked for both ways: the same scalars found and the cursor left at the same
    /// place, counted by the kind of match.
    struct Tally {
        var compared = 0
        var verbatim = 0
        var decoded = 0

        mutating func compare(
            _ found: SourceAligner.Found?, _ expected: SourceAligner.Found?, text: [Unicode.Scalar], cursors: (fast: Int, slow: Int), at place: String
        ) {
            #expect(found?.indexes(count: text.count) == expected?.indexes(count: text.count), "\(place): \(String(String.UnicodeScalarView(text)).prefix(60))")
            #expect(cursors.fast == cursors.slow, "\(place)")
            compared += 1
            if case .verbatim? = found { verbatim += 1 }
            if case .decoded(let indexes)? = found, !indexes.isEmpty { decoded += 1 }
        }
    }

    /// `&amp;`, `&#8217;` and the like decoded as libxml2 decodes them.
    static func decodingReferences(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var decoded: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let semicolon = scalars[index...].prefix(12).firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
                let numeric = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                if let value = numeric.flatMap(Unicode.Scalar.init) ?? HTMLExtractor.syntax.namedReference(name)?.first {
                    decoded.append(value)
                    index = semicolon + 1
                    continue
                }
            }
            decoded.append(scalars[index])
            index += 1
        }
        return decoded
    }

    @Test func comparingInPlaceFindsWhatMatchingEveryScalarFinds() throws {
        var tally = Tally()
        for (name, bytes) in try Self.sources() {
            let source = SourceText(TextDecoding.decode(bytes[...]).scalars)
            for syntax in [HTMLExtractor.syntax, MarkdownWalker.syntax] {
                var fast = SourceAligner(source: source, syntax: syntax)
                var slow = SourceAligner(source: source, syntax: syntax)
                for (text, line) in Self.texts(bytes, source: source) {
                    for from in [nil, source.start(ofLine: line - 1)] {
                        let found = fast.locate(text, startingByLine: line + 1, from: from)
                        let expected = slow.locateDecoding(text, startingByLine: line + 1, from: from)
                        tally.compare(found, expected, text: text, cursors: (fast.cursor, slow.cursor), at: "\(name) line \(line)")
                    }
                }
            }
        }
        // Both ways of matching are exercised, on many texts.
        #expect(tally.compared > 50_000)
        #expect(tally.verbatim > 10_000)
        #expect(tally.decoded > 500)
    }

    /// ASCII text is looked for as bytes in an ASCII source: it must be found where matching
    /// every scalar finds it, with the cursor left at the same place.
    @Test func lookingForASCIIBytesFindsWhatMatchingEveryScalarFinds() throws {
        var tally = Tally()
        for (name, bytes) in try Self.sources() {
            let source = SourceText(TextDecoding.decode(bytes[...]).scalars)
            // The fast way on the source kept as bytes, the slow one on its scalars.
            guard let asBytes = SourceText(utf8: bytes[...]), asBytes.ascii != nil else { continue }
            for syntax in [HTMLExtractor.syntax, MarkdownWalker.syntax] {
                var fast = SourceAligner(source: asBytes, syntax: syntax, readsASCII: true)
                var slow = SourceAligner(source: source, syntax: syntax)
                #expect(fast.readsASCII)
                for (text, line) in Self.texts(bytes, source: source) where text.allSatisfy(\.isASCII) {
                    let parsed = ParsedText.ascii(text.map { UInt8($0.value) })
                    for from in [nil, source.start(ofLine: line - 1)] {
                        let found = fast.locate(parsed, startingByLine: line + 1, from: from)
                        let expected = slow.locateDecoding(text, startingByLine: line + 1, from: from)
                        tally.compare(found, expected, text: text, cursors: (fast.cursor, slow.cursor), at: "\(name) line \(line)")
                    }
                }
            }
        }
        #expect(tally.compared > 20_000)
        #expect(tally.verbatim > 5_000)
        #expect(tally.decoded > 100)
    }

    /// A parser's text is kept as bytes when it is ASCII and the source is: as scalars otherwise,
    /// and the same text either way.
    @Test func parsedTextKeepsASCIIAsBytes() {
        let samples = ["", "plain text", "tab\there", "caf\u{e9}", "\u{2019}", String(repeating: "eight by", count: 5) + "\u{e9}"]
        for sample in samples {
            let kept = sample.withCString { ParsedText(cString: $0, keepsASCII: true) }
            let decoded = sample.withCString { ParsedText(cString: $0, keepsASCII: false) }
            #expect(kept.scalars == Array(sample.unicodeScalars), "\(sample)")
            #expect(decoded.scalars == Array(sample.unicodeScalars), "\(sample)")
            if case .ascii = kept { #expect(sample.utf8.allSatisfy { $0 < 0x80 }) } else { #expect(!sample.utf8.allSatisfy { $0 < 0x80 }) }
            if case .ascii = decoded { Issue.record("kept as bytes with no ASCII source: \(sample)") }
            #expect(kept.isSpace == decoded.isSpace)
        }
    }

    /// Every reader that aligns parsed text reads the same documents with ASCII text kept as
    /// bytes as with every text node decoded to scalars.
    @Test func readingASCIIAsBytesReadsWhatReadingScalarsReads() throws {
        var compared = 0
        let sources = try Self.sourcesAndCorpus()
        for (name, bytes) in sources {
            compared += Self.expectBytesReadAsScalars(bytes, name: name, as: ["page.html", "page.md", "page.mdx", "message.eml"])
        }
        #expect(compared > 2_000)
    }

    /// The same sources made not ASCII (an apostrophe between letters written U+2019, as real
    /// pages have them, and a line opened with `é`, a two-byte scalar, or `😀`, four): ASCII text
    /// is then looked for in the source's UTF-8 and found at scalar indexes, and must be read as
    /// reading every text as scalars reads it, positions and all.
    @Test func readingASCIIInUTF8AsBytesReadsWhatReadingScalarsReads() throws {
        var compared = 0
        let sources = try Self.sourcesAndCorpus()
        for (name, ascii) in sources {
            guard let text = String(validating: ascii, as: UTF8.self) else { continue }
            var curly = String.UnicodeScalarView()
            var previous: Unicode.Scalar = " "
            var line = 0
            for (index, scalar) in text.unicodeScalars.enumerated() {
                if previous == "\n" {
                    line += 1
                    if line % 3 == 1 { curly.append(line % 2 == 0 ? "é" : "😀") }
                }
                let next = text.unicodeScalars.dropFirst(index + 1).first
                let between = scalar == "\'" && previous.properties.isAlphabetic && (next?.properties.isLowercase ?? false)
                curly.append(between ? "\u{2019}" : scalar)
                previous = scalar
            }
            let bytes = Array(String(curly).utf8)
            guard bytes != ascii || ascii.contains(where: { $0 >= 0x80 }) else { continue }
            compared += Self.expectBytesReadAsScalars(bytes, name: name, as: ["page.html", "page.md", "page.mdx", "script.txt"])
        }
        #expect(compared > 1_000)
    }

    /// The block builder copies text that follows on in the source as bytes; it must build what
    /// appending scalar by scalar builds, for every line and every run of lines of real files.
    @Test func appendingTextBuildsWhatAppendingEachScalarBuilds() throws {
        var compared = 0
        for (name, bytes) in try Self.sources() {
            let source = SourceText(TextDecoding.decode(bytes[...]).scalars)
            for line in 1...source.lineCount {
                // One line, and the line with the two after it (line breaks inside the text).
                for range in [source.start(ofLine: line)..<source.end(ofLine: line), source.start(ofLine: line)..<source.end(ofLine: line + 2)] {
                    var eachScalar = BlockBuilder(lines: source.lines)
                    for index in range { eachScalar.append(source.allScalars[index], at: .index(index)) }
                    var fromPlace = BlockBuilder(lines: source.lines)
                    fromPlace.append(source.allScalars[range], from: .index(range.lowerBound))
                    var verbatim = BlockBuilder(lines: source.lines)
                    verbatim.append(Array(source.allScalars[range]), at: .verbatim(from: range.lowerBound))
                    var decoded = BlockBuilder(lines: source.lines)
                    decoded.append(Array(source.allScalars[range]), at: .decoded(Array(range)))
                    let expected = eachScalar.build(kind: .paragraph)
                    // A reader's position (an email part's, a script's turn) as well as an index.
                    let start = SourcePosition(line: line, column: 3)
                    var eachAtPosition = BlockBuilder()
                    for (offset, index) in range.enumerated() { eachAtPosition.append(source.allScalars[index], at: .position(SourcePosition(line: line, column: 3 + offset))) }
                    var fromPosition = BlockBuilder()
                    fromPosition.append(source.allScalars[range], from: .position(start))
                    #expect(fromPosition.build(kind: .paragraph) == eachAtPosition.build(kind: .paragraph), "\(name) line \(line)")
                    var approximate = BlockBuilder(approximateAt: start)
                    approximate.append(source.allScalars[range], from: .position(start))
                    var approximateEach = BlockBuilder(approximateAt: start)
                    for (offset, index) in range.enumerated() { approximateEach.append(source.allScalars[index], at: .position(SourcePosition(line: line, column: 3 + offset))) }
                    #expect(approximate.build(kind: .paragraph) == approximateEach.build(kind: .paragraph), "\(name) line \(line)")
                    if source.allScalars[range].allSatisfy(\.isASCII) {
                        // ASCII text handed over as bytes, found as it is or scalar by scalar.
                        let bytes = ParsedText.ascii(source.allScalars[range].map { UInt8($0.value) })
                        var asciiVerbatim = BlockBuilder(lines: source.lines)
                        asciiVerbatim.append(bytes, at: .verbatim(from: range.lowerBound))
                        var asciiDecoded = BlockBuilder(lines: source.lines)
                        asciiDecoded.append(bytes, at: .decoded(Array(range)))
                        #expect(asciiVerbatim.build(kind: .paragraph) == expected, "\(name) line \(line)")
                        // A source kept as bytes: its bytes copied from an index, exact or not.
                        let sourceBytes = source.allScalars[range].map { UInt8($0.value) }[...]
                        var bytesFrom = BlockBuilder(lines: source.lines)
                        bytesFrom.append(sourceBytes, verbatimFrom: range.lowerBound)
                        #expect(bytesFrom.build(kind: .paragraph) == expected, "\(name) line \(line)")
                        var approximateBytes = BlockBuilder(lines: source.lines, approximateAt: start)
                        approximateBytes.append(sourceBytes, verbatimFrom: range.lowerBound)
                        var approximateScalars = BlockBuilder(lines: source.lines, approximateAt: start)
                        approximateScalars.append(source.allScalars[range], from: .index(range.lowerBound))
                        #expect(approximateBytes.build(kind: .paragraph) == approximateScalars.build(kind: .paragraph), "\(name) line \(line)")
                        #expect(asciiDecoded.build(kind: .paragraph) == expected, "\(name) line \(line)")
                    }
                    #expect(fromPlace.build(kind: .paragraph) == expected, "\(name) line \(line)")
                    #expect(verbatim.build(kind: .paragraph) == expected, "\(name) line \(line)")
                    #expect(decoded.build(kind: .paragraph) == expected, "\(name) line \(line)")
                    compared += 1
                }
            }
        }
        #expect(compared > 20_000)
    }

    /// Template markup is looked for in a text's scalars only when two of its bytes may open a
    /// tag: the bytes must say so for every text with markup, and the blanked text keeps its lines.
    @Test func templateMarkupIsFoundFromBytesAsFromScalars() throws {
        var sources = try Self.sources()
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")
        for path in FileManager.default.enumerator(atPath: corpus.path)?.compactMap({ $0 as? String }) ?? [] {
            if let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path) { sources.append((path, [UInt8](data))) }
        }
        sources += ["{{ first_name }}", "Hi *|FNAME|*,", "50% off, %recipient.name%", "<%= user %>", "{# note #}", "{%", "a{", "%\u{e9}t\u{e9}", "{\u{301}{"].map { ("sample", Array($0.utf8)) }
        var withMarkup = 0
        for (name, bytes) in sources {
            let decoded = TextDecoding.decode(bytes[...])
            guard decoded.isUTF8 else { continue }
            let source = SourceText(decoded.scalars)
            let blanked = TemplateMarkup.blanked(source.allScalars)
            #expect(TemplateMarkup.blanked(source.allScalars, utf8: bytes[...]) == blanked, "\(name)")
            if let asBytes = SourceText(utf8: bytes[...]), asBytes.ascii != nil {
                #expect(TemplateMarkup.blanked(asBytes, utf8: nil) == blanked, "\(name)")
            }
            // Bytes that open no tag: no two scalars open one either.
            let opens = source.allScalars.indices.dropLast().contains { TemplateMarkup.tag(in: source.allScalars, at: $0) != nil }
            if opens { #expect(bytes.withUnsafeBufferPointer(TemplateMarkup.mayOpenTag), "\(name)") }
            if let blanked {
                withMarkup += 1
                #expect(source.replacingScalars(with: blanked).lines.starts == SourceText(blanked).lines.starts, "\(name)")
            }
        }
        #expect(sources.count > 2_000)
        #expect(withMarkup > 10)
        // Markup at every offset of the words passed eight bytes at a time.
        var generator = SystemRandomNumberGenerator()
        let pieces = ["{{", "}}", "{%", "%}", "{#", "#}", "<%", "%>", "<%=", "*|", "|*", "%", "x", "name", " ", "\n", "{{{", "}}}", "-", "A"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard let asBytes = SourceText(utf8: Array(text.utf8)[...]) else { continue }
            #expect(TemplateMarkup.blanked(asBytes, utf8: nil) == TemplateMarkup.blanked(Array(text.unicodeScalars)), "\(text.debugDescription)")
        }
        // Eight bytes at a time decides as every pair of bytes does, wherever the pair falls.
        let samples = ReadersByteScanTests.samples().map { $0.map { [0x7B, 0x25, 0x2A, 0x3C, 0x7C, 0x41, 0x23].contains($0 & 0x7F) ? $0 & 0x7F : $0 } }
        for bytes in samples + sources.map(\.bytes) {
            let expected = bytes.indices.dropLast().contains { TemplateMarkup.opensTag(UInt32(bytes[$0]), before: UInt32(bytes[$0 + 1])) }
            #expect(bytes.withUnsafeBufferPointer(TemplateMarkup.mayOpenTag) == expected, "\(bytes.prefix(40))")
        }
    }

    /// UTF-8 is decoded and its lines counted in one pass: the same scalars and line starts as
    /// decoding first and counting the lines of the scalars after.
    @Test func decodingCountsTheLinesThatCountingAfterFinds() throws {
        let crlf: [[UInt8]] = ["a\r\nb", "a\rb", "a\nb", "\r", "\n", "\r\n", "a\r", "\r\r\n\n", "é\r\nü\rx"].map { Array($0.utf8) }
        var decoded = 0
        for bytes in try Self.sources().map(\.bytes) + ReadersByteScanTests.samples() + crlf {
            let scalars = Charset.utf8.decodeStrictly(bytes[...])
            let source = SourceText(utf8: bytes[...])
            #expect(source?.allScalars == scalars, "\(bytes.prefix(40))")
            if let scalars, let source {
                #expect(source.lines.starts == SourceText(scalars).lines.starts, "\(bytes.prefix(40))")
                decoded += 1
            }
            let either = TextDecoding.decodeSource(bytes[...])
            #expect(either.source.allScalars == TextDecoding.decode(bytes[...]).scalars)
            #expect(either.source.lines.starts == SourceText(TextDecoding.decode(bytes[...]).scalars).lines.starts)
        }
        #expect(decoded > 2_000)
    }

    /// An ASCII file is kept as its bytes: it must answer every question as the same text held
    /// as scalars answers it (each scalar, its lines, blank lines, its UTF-8, blanked), and any
    /// other file (curly quotes, é, emoji, invalid UTF-8 read as Windows-1252) is held as scalars.
    @Test func textKeptAsBytesReadsAsItsScalars() throws {
        let samples: [[UInt8]] = ["a\r\nb", "a\rb", "a\nb", "\r", "\n", "\r\n", "a\r", "\r\r\n\n", "", "---\ntitle: x\n---\nbody",
                                  "\u{2019}quoted\u{201D}\ncaf\u{e9}\r\n\u{1F600} emoji\rlone", "eight by" + String(repeating: "\n", count: 9) + "\u{e9}"].map { Array($0.utf8) }
            + [[0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A, 0x92, 0x0D, 0x78]]
        var asBytes = 0
        for bytes in try Self.sources().map(\.bytes) + ReadersByteScanTests.samples() + samples {
            let decoded = TextDecoding.decodeSource(bytes[...])
            let source = decoded.source
            let scalars = SourceText(TextDecoding.decode(bytes[...]).scalars)
            #expect((source.ascii != nil) == (decoded.isUTF8 && bytes.allSatisfy { $0 < 0x80 }), "\(bytes.prefix(40))")
            if source.ascii != nil { asBytes += 1 }
            #expect(source.count == scalars.count)
            #expect(source.allScalars == scalars.allScalars)
            #expect(source.lines.starts == scalars.lines.starts, "\(bytes.prefix(40))")
            #expect(source.lineCount == scalars.lineCount)
            #expect((0..<source.count).allSatisfy { source[$0] == scalars[$0] })
            // `<` found as scanning each scalar finds it, from anywhere to anywhere.
            for start in Set([0, 1, source.count / 3, source.count]) {
                for end in Set([start, start + 1, source.count / 2, source.count]) where end <= source.count {
                    let expected = (start..<max(start, end)).first { scalars[$0] == "<" } ?? end
                    #expect(source.firstIndex(of: "<", from: start, before: end) == expected)
                    #expect(scalars.firstIndex(of: "<", from: start, before: end) == expected)
                }
            }
            for line in 0...(source.lineCount + 1) {
                #expect(source.start(ofLine: line) == scalars.start(ofLine: line))
                #expect(source.end(ofLine: line) == scalars.end(ofLine: line))
                #expect(Array(source.text(ofLine: line)) == Array(scalars.text(ofLine: line)))
                #expect(source.isBlank(line: line) == scalars.isBlank(line: line))
            }
            for end in Set([0, source.count / 2, source.count]) {
                #expect(source.utf8(in: 0..<end) == UTF8Encoding.bytes(scalars.allScalars[..<end]))
                #expect(source.utf8Count(upTo: end) == UTF8Encoding.bytes(scalars.allScalars[..<end]).count)
                let blanked = source.blanking(0..<end)
                #expect(blanked.allScalars == scalars.allScalars.enumerated().map { $0.offset < end && !SourceText.isLineBreak($0.element) ? " " : $0.element })
                #expect((blanked.ascii != nil) == (source.ascii != nil))
                #expect(source.replacingScalars(with: blanked.allScalars).allScalars == blanked.allScalars)
            }
        }
        #expect(asBytes > 1_000)
    }

    /// A page's blocks are taken as in source order from their first source indexes: that must
    /// say what their positions say, for the blocks of real pages in their order and out of it.
    @Test func blocksInSourceOrderAreToldByTheirIndexes() throws {
        var inOrder = 0
        for (name, bytes) in try Self.sources() {
            let blocks = (DocumentReaders.read(bytes: bytes, path: "page.html") ?? []).flatMap(\.blocks)
            guard blocks.count > 1 else { continue }
            var swapped = blocks
            swapped.swapAt(0, 1)
            for order in [blocks, Array(blocks.reversed()), swapped] {
                let starts = order.map { $0.position(atUTF8Offset: 0) }
                let byPositions = zip(starts, starts.dropFirst()).allSatisfy { !($1 < $0) }
                let allIndexed = order.allSatisfy { if case .index? = $0.anchors.first?.place { true } else { false } }
                if allIndexed {
                    #expect(HTMLExtractor.startInSourceOrder(order) == byPositions, "\(name)")
                } else {
                    #expect(!HTMLExtractor.startInSourceOrder(order), "\(name)")
                }
                if byPositions, allIndexed { inOrder += 1 }
            }
        }
        #expect(inOrder > 100)
    }
}
