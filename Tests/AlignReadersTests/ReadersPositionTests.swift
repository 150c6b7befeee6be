import Foundation
import Testing
@testable import AlignTestSupport
import AlignModel
@testable import AlignReaders

/// Exact positions, and the behaviours the readers promise, one at a time.
@Suite struct ReadersPositionTests {
    func read(_ text: String, _ path: String, options: ReadOptions = ReadOptions()) -> [Document] {
        DocumentReaders.read(bytes: Array(text.utf8), path: path, options: options) ?? []
    }

    /// Where `word` (its first occurrence in any block) maps to in the source.
    func position(of word: String, in documents: [Document]) -> SourcePosition? {
        for block in documents.flatMap(\.blocks) {
            if let range = block.text.utf8.firstRange(of: word.utf8) {
                return block.position(atUTF8Offset: block.text.utf8.distance(from: block.text.utf8.startIndex, to: range.lowerBound))
            }
        }
        return nil
    }

    @Test func wordAfterMultiByteCharactersHasItsScalarColumnInHTML() {
        let html = "<html><body>\n  <p>“Café” — we’ll reply within <em>24</em>&nbsp;hours.</p>\n</body></html>\n"
        let documents = read(html, "page.html")
        // Columns count scalars: `“Café” — we’ll ` is 15 scalars from column 6, so "reply" is at 21.
        #expect(position(of: "Café", in: documents) == SourcePosition(line: 2, column: 7))
        #expect(position(of: "reply", in: documents) == SourcePosition(line: 2, column: 21))
        #expect(position(of: "24", in: documents) == SourcePosition(line: 2, column: 38))
        #expect(position(of: "hours", in: documents) == SourcePosition(line: 2, column: 51))
        #expect(documents.first?.blocks.first?.text == "“Café” — we’ll reply within 24 hours.")
    }

    @Test func wordAfterMultiByteCharactersHasItsScalarColumnInMarkdownAndScripts() {
        let markdown = read("# Guide\n\n“Café” — *we* reply within 24 hours.\n", "guide.md")
        #expect(position(of: "reply", in: markdown) == SourcePosition(line: 3, column: 15))
        let script = read("Alex: “Café” — we reply within 24 hours.\n", "call.txt")
        #expect(position(of: "reply", in: script) == SourcePosition(line: 1, column: 19))
        let email = read("Subject: Hi\nContent-Type: text/plain; charset=utf-8\n\n“Café” — we reply within 24 hours.\n", "mail.eml")
        #expect(position(of: "reply", in: email) == SourcePosition(line: 4, column: 13))
    }

    /// An autolink's address is its text: the words after it keep their places even when the same
    /// address comes again later in the paragraph. A link's own target is still kept apart.
    @Test func wordsAfterAnAutolinkKeepTheirPlaces() {
        let autolinks = read("See https://example.com/a for more. Later <https://example.com/a> again: we reply within 24 hours.\n", "faq.md")
        #expect(position(of: "more", in: autolinks) == SourcePosition(line: 1, column: 31))
        #expect(position(of: "24", in: autolinks) == SourcePosition(line: 1, column: 90))
        #expect(autolinks.flatMap(\.linkTargets).isEmpty)
        let link = read("Read the [docs](https://example.com/docs) and https://example.com/docs: we reply within 24 hours.\n", "faq.md")
        #expect(position(of: "24", in: link) == SourcePosition(line: 1, column: 89))
        #expect(link.flatMap(\.linkTargets).map(\.text) == ["https://example.com/docs"])
    }

    @Test func wrappedSentenceKeepsItsStartingLine() {
        let html = "<p>We reply to every\n     customer message within\n24 hours.</p>\n"
        let documents = read(html, "page.html")
        let block = documents.first?.blocks.first
        #expect(block?.text == "We reply to every customer message within 24 hours.")
        #expect(block?.position(atUTF8Offset: 0) == SourcePosition(line: 1, column: 4))
        #expect(position(of: "customer", in: documents) == SourcePosition(line: 2, column: 6))
        #expect(position(of: "24", in: documents) == SourcePosition(line: 3, column: 1))
        let markdown = read("We reply to every\ncustomer within\n24 hours.\n", "a.md")
        #expect(markdown.first?.blocks.first?.position(atUTF8Offset: 0) == SourcePosition(line: 1, column: 1))
        #expect(position(of: "24", in: markdown) == SourcePosition(line: 3, column: 1))
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("align-xxe-\(UUID().uuidString).txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let html = """
        <!DOCTYPE html [<!ENTITY xxe SYSTEM "\(secret.absoluteString)"> <!ENTITY pw SYSTEM "file:///etc/passwd">]>
        <html><body><p>Value: &xxe; and &pw;</p><img src="x" alt="&xxe;"></body></html>
        """
        let documents = read(html, "xxe.html")
        let text = documents.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        #expect(!text.contains("TOP-SECRET"))
        #expect(!text.contains("root:"))
        #expect(text.contains("Value:"))
    }

    @Test func quotedPrintableSoftBreakInsideANumberJoinsIt() {
        let email = """
        Subject: Refunds
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        Refunds arrive within 1=
        0 days, or twenty-=
        four hours for store credit =E2=80=94 always.
        """
        let block = read(email, "mail.eml").first?.blocks.last
        #expect(block?.text == "Refunds arrive within 10 days, or twenty-four hours for store credit — always.")
        #expect(block?.hasExactPositions == false)
        #expect(block?.position(atUTF8Offset: 0) == SourcePosition(line: 5, column: 1))
    }

    @Test func multipartAlternativeIsReadOnce() {
        let email = """
        Subject: Once
        Content-Type: multipart/alternative; boundary=XYZ

        --XYZ
        Content-Type: text/html; charset=utf-8

        <p>We reply within 24 hours.</p>
        --XYZ
        Content-Type: text/plain; charset=utf-8

        We reply within 24 hours.
        --XYZ--
        """
        let blocks = read(email, "mail.eml").first?.blocks ?? []
        #expect(blocks.map(\.text) == ["Once", "We reply within 24 hours."])
        #expect(blocks.last?.position(atUTF8Offset: 0) == SourcePosition(line: 11, column: 1))
    }

    @Test func unknownCharsetIsAProblemAndOtherPartsAreRead() {
        let email = """
        Subject: Parts
        Content-Type: multipart/mixed; boundary=B

        --B
        Content-Type: text/plain; charset=x-unknown-42

        Not readable.
        --B
        Content-Type: text/plain; charset=iso-8859-15

        Readable part.
        --B--
        """
        let document = read(email, "mail.eml").first
        #expect(document?.blocks.map(\.text) == ["Parts", "Readable part."])
        #expect(document?.problems.count == 1)
        #expect(document?.problems.first?.kind == .unreadable)
        #expect(document?.problems.first?.message.contains("x-unknown-42") == true)
        #expect(document?.problems.first?.position == SourcePosition(line: 7, column: 1))
    }

    @Test(arguments: ["file.html", "file.md", "file.txt"])
    func nulBytesMakeATextFileUnreadable(_ path: String) {
        let bytes: [UInt8] = Array("<p>Hello</p>\nWe reply within".utf8) + [0, 0, 0x12, 0xFF, 0] + Array(" 24 hours.\n".utf8)
        let document = DocumentReaders.read(bytes: bytes, path: path)?.first
        #expect(document?.blocks.isEmpty == true)
        #expect(document?.problems.first?.kind == .unreadable)
        #expect(document?.problems.first?.message.contains("NUL") == true)
    }

    @Test func extensionsAlignDoesNotReadGiveNil() {
        #expect(DocumentReaders.read(bytes: [], path: "logo.png") == nil)
        #expect(DocumentReaders.read(bytes: [], path: "README") == nil)
        #expect(DocumentReaders.read(bytes: [], path: "Site/INDEX.HTM")?.count == 1)
        #expect(DocumentReaders.read(bytes: [], path: "archive.mbox")?.isEmpty == true)
    }

    @Test func customerSpeakersComeFromOptions() {
        let script = "Agent: We reply within 24 hours.\nShopper: Great.\nCustomer: Also read now.\n"
        let options = ReadOptions(otherParty: ["shopper"])
        let texts = read(script, "call.txt", options: options).first?.blocks.map(\.text)
        #expect(texts == ["We reply within 24 hours.", "Also read now."])
    }

    @Test func markdownSuppressionsAndFrontMatter() {
        let markdown = "---\nchannel: management\n---\n<!-- align-disable claim-conflict terminology -->\nText.\n<!-- align-enable claim-conflict -->\nMore.\n"
        let document = read(markdown, "plan.md").first
        #expect(document?.declared["channel"] == "management")
        let suppressions = document?.suppressions ?? []
        #expect(suppressions.contains(Suppression(rules: ["claim-conflict"], lines: 4...6, position: SourcePosition(line: 4, column: 1))))
        #expect(suppressions.contains(Suppression(rules: ["terminology"], lines: 4...7, position: SourcePosition(line: 4, column: 1))))
        #expect(document?.blocks.first?.position(atUTF8Offset: 0) == SourcePosition(line: 5, column: 1))
    }

    @Test func htmlNestingBoundCutsOnlyTheDeepPart() {
        let html = "<body><p>Top.</p>" + String(repeating: "<div>", count: 10) + "Deep." + String(repeating: "</div>", count: 10) + "<p>After.</p></body>"
        let document = read(html, "page.html", options: ReadOptions(maxNestingDepth: 6)).first
        #expect(document?.blocks.map(\.text) == ["Top.", "After."])
        #expect(document?.problems.map(\.kind) == [.truncated])
        #expect(read(html, "page.html").first?.blocks.map(\.text) == ["Top.", "Deep.", "After."])
    }

    @Test func mimeNestingAndPartLimitsTruncate() {
        var email = "Subject: Deep\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 0..<12 { email += "--b\(level)\nContent-Type: multipart/mixed; boundary=b\(level + 1)\n\n" }
        email += "--b12\nContent-Type: text/plain\n\nDeep words.\n"
        let shallow = read(email, "deep.eml", options: ReadOptions(maxNestingDepth: 5)).first
        #expect(shallow?.problems.first?.kind == .truncated)
        #expect(shallow?.blocks.map(\.text) == ["Deep"])
        let deep = read(email, "deep.eml").first
        #expect(deep?.blocks.map(\.text) == ["Deep", "Deep words."])
        #expect(deep?.problems.isEmpty == true)

        var many = "Subject: Many\nContent-Type: multipart/mixed; boundary=m\n\n"
        for part in 0..<20 { many += "--m\nContent-Type: text/plain\n\nPart \(part).\n" }
        let limited = read(many + "--m--\n", "many.eml", options: ReadOptions(maxMimeParts: 3)).first
        #expect(limited?.blocks.count == 4)
        #expect(limited?.problems.map(\.kind) == [.truncated])
    }
}

/// The engine reads documents in parallel: libxml2, cmark and iconv must give the same result
/// on many threads as on one.
@Suite struct ReadersConcurrencyTests {
    @Test func parallelReadsMatchSerialReads() async throws {
        let names = ReadersGoldenTests.fixtures()
        var inputs: [(String, [UInt8])] = []
        for name in names {
            inputs.append((name, try [UInt8](Data(contentsOf: ReadersGoldenTests.folder.appendingPathComponent(name)))))
        }
        let serial = inputs.map { DocumentReaders.read(bytes: $0.1, path: $0.0) ?? [] }
        let parallel = await withTaskGroup(of: (Int, [Document]).self) { group in
            for _ in 0..<8 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index, DocumentReaders.read(bytes: input.1, path: input.0) ?? []) }
                }
            }
            var results: [(Int, [Document])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == inputs.count * 8)
        for (index, documents) in parallel { #expect(documents == serial[index], "\(names[index])") }
    }

    /// cmark-gfm keeps the characters that open an extension's inline syntax in one table for
    /// the whole process, which each parse fills and empties: pages finished on many threads at
    /// once must still read struck text as struck, as one page alone does. A long quoted message
    /// (parsed by cmark, skipped by the walker) keeps each parse in its inlines most of its time.
    @Test func markdownOnManyThreadsKeepsItsStruckText() async {
        var page = "On Mon, Jane wrote:\n\n"
        for index in 0..<200 { page += "> *one* _two_ `three` [four](x) **five** ~~six~~ see https://example.net/\(index)\n" }
        page += "\nSee https://example.com/a and ~~old~~ new.\n"
        let bytes = Array(page.utf8)
        let serial = DocumentReaders.read(bytes: bytes, path: "page.md") ?? []
        #expect(serial.first?.blocks.map(\.text) == ["See https://example.com/a and new."])
        let differing = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<120 { group.addTask { (DocumentReaders.read(bytes: bytes, path: "page.md") ?? []) != serial } }
            var count = 0
            for await differs in group where differs { count += 1 }
            return count
        }
        #expect(differing == 0)
    }
}
