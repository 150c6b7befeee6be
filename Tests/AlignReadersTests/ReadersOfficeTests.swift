import Foundation
import Testing
import ZIPFoundation
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// Office documents that are not what they claim: each is a problem of the document, never a
/// crash, a hang or a file written.
@Suite struct ReadersOfficeTests {
    static let plan = TestPaths.fixtures.appendingPathComponent("readers/plan.docx")

    static func read(_ bytes: [UInt8], path: String = "plan.docx") -> Document {
        DocumentReaders.read(bytes: bytes, path: path)?.first ?? Document(path: path, kind: .article)
    }

    /// An archive of `entries`, made in memory.
    static func archive(_ entries: [(String, Data)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Writes `size` as every header's uncompressed size: what a forged archive declares.
    static func declare(_ size: UInt32, in bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        func put(_ value: UInt32, at offset: Int) {
            for k in 0..<4 { bytes[offset + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
        }
        var index = 0
        while index + 46 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x03, bytes[index + 3] == 0x04 { put(size, at: index + 22) }
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x01, bytes[index + 3] == 0x02 { put(size, at: index + 24) }
            index += 1
        }
        return bytes
    }

    static let documentXML = Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        <w:p><w:r><w:t>Refunds take 5 business days.</w:t></w:r><w:del><w:r><w:delText>Refunds take 10 days.</w:delText></w:r></w:del></w:p>
        </w:body></w:document>
        """.utf8)

    @Test func trackedDeletionsAreNotText() throws {
        let document = Self.read(try Self.archive([("word/document.xml", Self.documentXML)]))
        #expect(document.blocks.map(\.text) == ["Refunds take 5 business days."])
        #expect(document.problems.isEmpty)
    }

    @Test func anEntryDeclaringOneGigabyteIsNotInflated() throws {
        let forged = Self.declare(1 << 30, in: try Self.archive([("word/document.xml", Self.documentXML)]))
        let document = Self.read(forged)
        #expect(document.blocks.isEmpty)
        #expect(document.problems.contains { $0.kind == .truncated && $0.message.contains("1073741824") }, "\(document.problems)")
    }

    /// Tens of megabytes of zeros deflate to a few kilobytes; the header says a thousand bytes.
    @Test func aZipBombStopsAtTheLimit() throws {
        let zeros = Data(count: OfficeArchive.maxPartBytes + (1 << 20))
        let bomb = Self.declare(1_000, in: try Self.archive([("word/document.xml", zeros)]))
        #expect(bomb.count < 1 << 20)
        let document = Self.read(bomb)
        #expect(document.blocks.isEmpty)
        #expect(document.problems.contains { $0.kind == .truncated || $0.kind == .unreadable }, "\(document.problems)")
    }

    @Test func anEntryNamedOutsideTheArchiveIsNeverWritten() throws {
        let name = "align-traversal-\(UUID().uuidString).txt"
        let bytes = try Self.archive([("word/document.xml", Self.documentXML), ("../../\(name)", Data("x".utf8))])
        let document = Self.read(bytes)
        #expect(document.blocks.map(\.text) == ["Refunds take 5 business days."])
        #expect(document.problems.contains { $0.kind == .truncated && $0.message.contains("outside") })
        for folder in [FileManager.default.currentDirectoryPath, NSTemporaryDirectory(), "/"] {
            #expect(!FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name)))
        }
    }

    @Test(arguments: ["half", "noise", "empty", "no-document"])
    func aBrokenArchiveIsUnreadable(_ kind: String) throws {
        let plan = [UInt8](try Data(contentsOf: Self.plan))
        var generator = SeededGenerator(seed: 3)
        let bytes: [UInt8] = switch kind {
        case "half": Array(plan.prefix(plan.count / 2))
        case "noise": (0..<4_096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        case "empty": []
        default: try Self.archive([("word/other.xml", Self.documentXML)])
        }
        let document = Self.read(bytes)
        #expect(document.blocks.isEmpty)
        #expect(document.problems.map(\.kind) == [.unreadable], "\(document.problems)")
    }

    @Test func positionsAreParagraphAndSlideNumbers() throws {
        let deck = [UInt8](try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("readers/deck.pptx")))
        let blocks = Self.read(deck, path: "deck.pptx").blocks
        let price = try #require(blocks.first { $0.text.hasPrefix("We match the price") })
        // Slide 2: its title (16 scalars and a break) and the first bullet (44 and a break) come first.
        #expect(price.position(of: price.anchors[0]) == SourcePosition(line: 2, column: 63))
        #expect(price.position(atUTF8Offset: 23) == SourcePosition(line: 2, column: 86))
    }
}
