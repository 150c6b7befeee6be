import Foundation
import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// String work the readers do on bytes or in place must give what the plain string operations
/// they replaced give, on real text.
@Suite struct ReadersStringShortcutTests {
    /// Lines of the reader fixtures and mail files, with odd white space around some.
    static func lines() throws -> [String] {
        var lines: [String] = []
        for (_, bytes) in try ReadersAlignmentTests.sources() {
            let text = TextScalars.string(TextDecoding.decode(bytes[...]).scalars)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = String(line)
                lines += [line, " \t" + line + "\u{A0} ", "\u{2003}" + line + "\r", line + " \u{301}"]
            }
        }
        return lines
    }

    @Test func trimmingInPlaceTrimsAsTheScalarArrayDid() throws {
        for line in try Self.lines() {
            let expected = TextScalars.string(TextScalars.trimmed(Array(line.unicodeScalars)[...]))
            // Scalars, not Strings: String equality is canonical equivalence, not identity.
            #expect(Array(line.trimmingSpaces.unicodeScalars) == Array(expected.unicodeScalars), "\(line.debugDescription)")
            let substring = line.dropFirst(min(2, line.count))
            #expect(Array(substring.trimmingSpaces.unicodeScalars) == Array(TextScalars.string(TextScalars.trimmed(Array(substring.unicodeScalars)[...])).unicodeScalars))
        }
    }

    /// A speaker's name is told word by word on the bytes of an ASCII word, as on its Characters;
    /// and a line whose first colon is past a name's reach opens no turn.
    @Test func speakerNamesAreToldAsOnCharacters() throws {
        var words: [Substring] = ["Alex", "O'Brien", "Jean-Luc", "St.", "3CX", "-", "", "caf\u{e9}", "e\u{301}", "\u{C9}mile", "A1", "a_b", "x\u{2019}s", "Z", "z.", "@"]
        var named = 0
        for line in try Self.lines() {
            words += line.split(separator: " ")
            let scalars = Array(line.unicodeScalars)[...]
            if let colon = scalars.firstIndex(of: ":"), colon - scalars.startIndex > 60 { #expect(SpeakerTurns.turn(scalars) == nil) }
            if SpeakerTurns.turn(scalars) != nil { named += 1 }
        }
        for word in words {
            let expected = word.first?.isLetter == true && word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" || $0 == "." }
            #expect(SpeakerTurns.isNameWord(word) == expected, "\(word.debugDescription)")
        }
        #expect(words.count > 10_000)
        #expect(named > 50)
    }

    /// Lines of an ASCII source open a turn on their bytes as on their scalars: the same speaker
    /// and text start, on the fixtures' lines and on lines made of a name's bytes.
    @Test func speakerTurnsOnBytesAreTheTurnsOnScalars() throws {
        var lines = try Self.lines().filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        lines += ["Alex: hi", "Alex (Sales): hi", "Alex (Sales)): x", "Alex ((S)): x", "(Sales): x", "Alex ():", "A B C D: x", "A B C D E: x",
                  "Alex:", "Alex:x", "Alex :\tx", "\tAlex\t: x", "Alex\tB: x", "Jean-Luc O'Brien St.: x", "3CX: x", "http://x", "Alex  (  S  ) : y",
                  "Alex\r: x", ": x", " : x", "Q: yes", "Customer (angry):  x  "]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("Ab z:()'-.\t1/".utf8)
        for _ in 0..<5_000 {
            lines.append(String(decoding: (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self))
        }
        var turns = 0
        for line in lines {
            let expected = SpeakerTurns.turn(Array(line.unicodeScalars)[...])
            let found = SpeakerTurns.turn(ascii: Array(line.utf8)[...])
            #expect(found?.speaker == expected?.speaker && found?.textStart == expected?.textStart, "\(line.debugDescription)")
            if expected != nil { turns += 1 }
            for label in [line, expected?.speaker].compactMap({ $0 }) {
                let otherParty = ReadOptions.defaultOtherParty.union(["alex", "a"])
                #expect(OpeningLabel.isOtherParty(label, among: otherParty) == OpeningLabel.isOtherPartyByCharacters(label, among: otherParty), "\(label.debugDescription)")
            }
        }
        #expect(turns > 500)
    }

    /// A comment is told no directive on its bytes exactly when its first word, split as
    /// Characters, is none of the three.
    @Test func plainCommentsAreToldAsByTheirWords() throws {
        var comments = try Self.lines()
        let pieces = ["align-disable", "ALIGN-Enable", "align-disable-next-line", "align-disablex", " ", "\t", ",", "\r\n", "claim-conflict", "x", "\u{B}", "\u{1C}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            comments.append((0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var directives = 0
        for comment in comments where comment.utf8.allSatisfy({ $0 < 0x80 }) {
            let first = comment.split(whereSeparator: { $0.isWhitespace || $0 == "," }).first?.lowercased()
            let isDirective = first.map(SuppressionDirective.actionWords.contains) ?? false
            #expect(SuppressionDirective.isPlainASCII(comment) == !isDirective, "\(comment.debugDescription)")
            if isDirective { directives += 1 }
        }
        #expect(directives > 500)
    }

    @Test func headerTypesAreSplitAsBefore() throws {
        var values: [String] = ["text/plain", "TEXT/HTML; charset=utf-8", "/plain", "text//html", "multipart/", "", " image/png ; name=\"a;b.png\""]
        for file in ReadersRobustnessTests.files(under: "mail", suffix: nil) {
            let bytes = try [UInt8](Data(contentsOf: file))
            let (headers, _) = MIMEHeaders.parse(RawLine.split(bytes)[...])
            values += headers.fields.filter { $0.name.hasPrefix("content-") }.map(\.text)
        }
        #expect(values.count > 100)
        for value in values {
            let header = HeaderValueWithParameters(value)
            #expect(header.type == String(header.value.split(separator: "/").first ?? ""), "\(value)")
            #expect(header.subtype == (header.value.split(separator: "/").dropFirst().first.map(String.init) ?? ""), "\(value)")
        }
    }

    /// An ASCII header value is parsed on its bytes as on its Characters: value, type, subtype
    /// and every parameter; and a transfer encoding's first token is the same.
    @Test func headerValuesOnBytesAreTheValuesOnCharacters() throws {
        var values: [String] = ["text/plain", "TEXT/HTML; charset=utf-8", "/plain", "text//html", "multipart/", "", " image/png ; name=\"a;b.png\"",
                                "text/plain; CHARSET*=utf-8''%E2%82%AC", "a; b; =c; d=; e = \" f \" ; E=g", "x; n*=a'b'c; n=d", "x;\tq=\"a\\\"b\"; r=\"\\\\\"",
                                "base64;", "quoted-printable  x", " 7BIT ", "\u{B}8bit\u{1C}", "x\r\ny", "caf\u{E9}/x; a=\u{E9}"]
        for file in ReadersRobustnessTests.files(under: "mail", suffix: nil) {
            let bytes = try [UInt8](Data(contentsOf: file))
            let (headers, _) = MIMEHeaders.parse(RawLine.split(bytes)[...])
            values += headers.fields.filter { $0.name.hasPrefix("content-") }.map(\.text)
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ/ ;=*'\"\\\t-".utf8)
        for _ in 0..<5_000 {
            values.append(String(decoding: (0..<Int.random(in: 0...20, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self))
        }
        for _ in 0..<2_000 {
            values.append(String(decoding: (0..<Int.random(in: 0...6, using: &generator)).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }, as: UTF8.self))
        }
        var parsed = 0
        for value in values {
            let expected = HeaderValueWithParameters(byCharacters: value)
            let found = HeaderValueWithParameters(value)
            #expect(found.value == expected.value && found.type == expected.type && found.subtype == expected.subtype, "\(value.debugDescription)")
            #expect(found.parameters == expected.parameters, "\(value.debugDescription)")
            var copy = value
            if copy.withUTF8({ HeaderValueWithParameters(ascii: $0) }) != nil { parsed += 1 }
            #expect(MessageReader.transferEncoding(value) == MessageReader.transferEncodingByCharacters(value), "\(value.debugDescription)")
        }
        #expect(parsed > 5_000)
    }

    @Test func emailFoldersAreFoundAsByLowerCasingTheirNames() throws {
        var paths = ["emails/welcome.html", "site/Emails/x.html", "EMAIL", "a/NOTIFICATIONS/", "mail/b/c.html", "x/mails/y.html",
                     "newsletter//a.html", "/newsletters/a.html", "déjà/email/a.html", "e\u{301}mail/a.html", "email/\u{301}/a.html",
                     "a/MAIL//", "mail/", "/mail", "//Mail//x//", "Newsletters/x", "notification/x", "emailx/y", "x/e-mail/y"]
        // Components that are folders, near misses and plain names, joined by one or two slashes.
        let components = ["email", "EMAIL", "Mail", "mails", "newsletter", "NewsLetters", "notifications", "notificationsx", "x", "", "a.html", "emai"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            paths.append((0..<Int.random(in: 1...4, using: &generator)).map { _ in components.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? "/" : "//"))
        }
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")
        if let enumerator = FileManager.default.enumerator(atPath: corpus.path) {
            paths += enumerator.compactMap { $0 as? String }
        }
        #expect(paths.count > 30)
        for path in paths {
            let expected = path.lowercased().split(separator: "/").dropLast().contains { EmailTemplate.folders.contains(String($0)) }
            #expect(EmailTemplate.isUnderEmailFolder(path) == expected, "\(path)")
        }
    }

    @Test func frontMatterLinesAreReadAsTheirStringsWere() throws {
        let lines = try Self.lines() + ["---", " --- ", "...", "--- \u{301}", "title: A", " indented: no", "#comment: no", "Key : Value",
                                       "Ti\u{301}tle: x", "Clé: valeur", "a:\u{301} b", ":", " \u{301}k: v", "URL: http://x", "KEY: Value"]
        for line in lines {
            let scalars = Array(line.unicodeScalars)[...]
            let trimmed = TextScalars.string(scalars).trimmingSpaces
            #expect(FrontMatter.isFence(scalars, "-") == (trimmed == "---"), "\(line.debugDescription)")
            #expect(FrontMatter.isFence(scalars, ".") == (trimmed == "..."), "\(line.debugDescription)")
            let text = TextScalars.string(scalars)
            let expected = text.firstIndex(of: ":").flatMap { colon in
                text.hasPrefix(" ") || text.hasPrefix("#") ? nil : text[..<colon].trimmingSpaces.lowercased()
            }
            #expect(FrontMatter.key(ofLine: scalars).map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) }, "\(line.debugDescription)")
            if line.utf8.allSatisfy({ $0 < 0x80 }) {
                let bytes = Array(line.utf8)[...]
                #expect(FrontMatter.isFence(bytes, "-") == FrontMatter.isFence(scalars, "-"), "\(line.debugDescription)")
                #expect(FrontMatter.isFence(bytes, ".") == FrontMatter.isFence(scalars, "."), "\(line.debugDescription)")
                #expect(FrontMatter.key(ofLine: bytes) == FrontMatter.key(ofLine: scalars), "\(line.debugDescription)")
            }
        }
    }

    /// A front matter read on an ASCII file's bytes is the one read on its scalars: settings,
    /// shown values and where the file's own text starts.
    @Test func frontMatterOnBytesIsTheFrontMatterOnScalars() throws {
        var texts: [String] = []
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")
        for path in FileManager.default.enumerator(atPath: corpus.path)?.compactMap({ $0 as? String }) ?? [] where path.hasSuffix(".md") || path.hasSuffix(".mdx") {
            if let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path) { texts.append(String(decoding: data, as: UTF8.self)) }
        }
        let lines = ["---", " --- ", "...", "title: \"A page\"", "Description: 'x'", "channel: Support", "AUDIENCE :  Customers ", " indented: no",
                     "#comment: x", "key:", "title:", "url: http://x", "\tTitle\t:\tT", "---x", "----", "description: \"", "", "text"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let body = (0..<Int.random(in: 0...6, using: &generator)).map { _ in lines.randomElement(using: &generator)! }
            let ending = Bool.random(using: &generator) ? "\r\n" : "\n"
            texts.append((["---"] + body + [["---", "...", "text"].randomElement(using: &generator)!, "# Page"]).joined(separator: ending))
        }
        var read = 0
        for text in texts {
            guard let asBytes = SourceText(utf8: Array(text.utf8)[...]), asBytes.ascii != nil else { continue }
            let expected = FrontMatter(SourceText(Array(text.unicodeScalars)))
            let found = FrontMatter(asBytes)
            #expect(found.settings == expected.settings, "\(text.debugDescription)")
            #expect(found.shownText.map(\.key) == expected.shownText.map(\.key) && found.shownText.map(\.range) == expected.shownText.map(\.range), "\(text.debugDescription)")
            #expect(found.isEmpty == expected.isEmpty && found.blankedEnd == expected.blankedEnd, "\(text.debugDescription)")
            if !expected.settings.isEmpty { read += 1 }
        }
        #expect(read > 1_000)
    }

    /// The scan `hasEmailShape` replaced: every marker compared wherever a byte pair starts one.
    static func hasEmailShapeByteByByte(_ bytes: [UInt8]) -> Bool {
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        return bytes.indices.contains { index in
            EmailTemplate.markers.contains { marker in
                index + marker.count <= bytes.count && zip(marker, bytes[index...]).allSatisfy { $0 == lower($1) }
            }
        }
    }

    @Test func emailShapeIsFoundAsByteByByte() throws {
        var samples = try ReadersAlignmentTests.sources().map(\.bytes)
        let corpus = TestPaths.packageRoot.appendingPathComponent("corpus")
        for path in FileManager.default.enumerator(atPath: corpus.path)?.compactMap({ $0 as? String }) ?? [] {
            if let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path) { samples.append([UInt8](data)) }
        }
        // Each marker at every offset of a word, in either case, whole and cut short.
        for marker in ["preheader", "PreHeader", "role=\"presentation\"", "ROLE='Presentation'", "role=presentation", "role=presentatio", "preheade", "xrole=presentationx"] {
            for padding in 0..<9 { samples.append(Array((String(repeating: "ap ", count: padding) + marker + " p").utf8)) }
        }
        var shaped = 0
        for bytes in samples {
            let expected = Self.hasEmailShapeByteByByte(bytes)
            #expect(EmailTemplate.hasEmailShape(bytes[...]) == expected, "\(bytes.prefix(60))")
            #expect(EmailTemplate.hasEmailShape(([0x70] + bytes).dropFirst()) == expected)
            if expected { shaped += 1 }
        }
        #expect(shaped > 20)
        #expect(samples.count - shaped > 1_000)
    }

    /// The heading path keeps its texts as the array blocks share; it must hold what removing
    /// every heading at a level or deeper, then adding the new one, held.
    @Test func headingPathKeepsWhatRemovingDeeperHeadingsKept() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var path = HeadingPath()
            var expected: [(level: Int, text: String)] = []
            for step in 0..<40 {
                let level = Int.random(in: 1...6, using: &generator)
                path.enter("heading \(step)", level: level)
                expected.removeAll { $0.level >= level }
                expected.append((level, "heading \(step)"))
                #expect(path.texts == expected.map(\.text))
            }
        }
    }

    /// What an opening label is, said over the whole text at once: up to `maxWords` words
    /// with a letter, ended within `maxLength` bytes by a colon (no `.`, `!`, `?`, `;` or `/`
    /// before it), a space and more text.
    static func labelByDefinition(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let stop = bytes.prefix(OpeningLabel.maxLength + 1).firstIndex(where: { ":.!?;/".utf8.contains($0) }),
              bytes[stop] == UInt8(ascii: ":"), stop > 0, stop + 2 < bytes.count, bytes[stop + 1] == UInt8(ascii: " ") else { return nil }
        let label = bytes[..<stop]
        let words = 1 + label.indices.filter { label[$0] == 0x20 && ($0 == 0 || label[$0 - 1] != 0x20) }.count
        guard words <= OpeningLabel.maxWords, label.contains(where: { (0x61...0x7A).contains($0 | 0x20) || $0 >= 0x80 }) else { return nil }
        return String(decoding: label, as: UTF8.self).trimmingSpaces
    }

    /// A walker reads a block's label from its builder before making the block: the label of
    /// the text the block would have, white space collapsed as the builder collapses it.
    @Test func buildersLabelIsTheLabelOfTheirBlock() throws {
        var labels = 0
        for line in try Self.lines() + ["Returns:  30 days", "  First reply:\t4 hours", "Clé du jour: x", "a\u{A0}b: c", "Q:"] {
            var builder = BlockBuilder()
            for scalar in line.unicodeScalars { builder.append(scalar, at: nil) }
            let context = BlockContext(headings: ["h"], label: "ignored")
            guard let block = builder.build(kind: .paragraph, context: context) else {
                #expect(builder.openingLabel == nil)
                continue
            }
            let expected = OpeningLabel.of(block.text)
            #expect(builder.openingLabel.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) }, "\(line.debugDescription)")
            #expect(block.context == context)
            if expected != nil { labels += 1 }
        }
        #expect(labels > 50)
    }

    @Test func openingLabelsAreFoundAsDefined() throws {
        var labels = 0
        for line in try Self.lines() + ["Returns: 30 days", "First reply: 4 hours", "a:\u{301} b", "Clé du jour: x", "at 10:30 we", "Q: yes"] {
            let expected = Self.labelByDefinition(line)
            #expect(OpeningLabel.of(line).map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) }, "\(line.debugDescription)")
            if expected != nil { labels += 1 }
        }
        #expect(labels > 50)
    }
}
