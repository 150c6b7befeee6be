import Foundation
import Testing
@testable import AlignTestSupport

/// Bytes that are not clean UTF-8 with LF line ends: read with the right positions, or reported
/// as unreadable; never a crash, never exit 2 or 3.
@Suite struct HostileEncodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// Line and column of "client", or nil when the file must be reported unreadable.
        var expected: (line: Int, column: Int)?
        var testDescription: String { name }
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [Case] = [
        Case(name: "invalid UTF-8 is read as Windows-1252", bytes: [0x43, 0x61, 0x66, 0xE9, 0x0A] + utf8("A client.\n"), expected: (2, 3)),
        Case(name: "Latin-1 before the word counts one column per character",
             bytes: utf8("R") + [0xE9, 0x73, 0x75, 0x6D, 0xE9] + utf8(": a client.\n"), expected: (1, 11)),
        Case(name: "stray continuation byte", bytes: [0x80, 0x80] + utf8(" client\n"), expected: (1, 4)),
        Case(name: "truncated UTF-8 sequence at the end", bytes: utf8("A client ") + [0xE2, 0x82], expected: (1, 3)),
        Case(name: "UTF-8 BOM is not a column", bytes: [0xEF, 0xBB, 0xBF] + utf8("A client.\n"), expected: (1, 3)),
        Case(name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE] + utf8("x\nA client.\n").flatMap { [$0, 0] }, expected: (2, 3)),
        Case(name: "CRLF line ends", bytes: utf8("First line.\r\n\r\nA client.\r\n"), expected: (3, 3)),
        Case(name: "lone CR line ends", bytes: utf8("First line.\r\rA client.\r"), expected: (3, 3)),
        Case(name: "multi-byte characters before the word", bytes: utf8("Ünïcödé 😀 client.\n"), expected: (1, 11)),
        Case(name: "NUL bytes make it binary", bytes: utf8("A client.\n") + [0, 0, 0, 0] + utf8("more\n"), expected: nil),
        Case(name: "a PNG named .md", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89], expected: nil),
    ]

    @Test(arguments: cases)
    func markdown(_ item: Case) throws {
        try check(item, path: "site/page.md")
    }

    @Test(arguments: cases)
    func script(_ item: Case) throws {
        try check(item, path: "scripts/call.txt")
    }

    func check(_ item: Case, path: String) throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write(path, item.bytes)
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let (run, findings) = try tree.check()
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        let mine = findings.filter { $0.file == path }
        if let expected = item.expected {
            let terms = mine.filter { $0.rule == "terminology" }
            #expect(terms.map { [$0.line, $0.column] } == [[expected.line, expected.column]], "\(mine)")
        } else {
            #expect(mine.map(\.rule) == ["input-unreadable"], "\(mine)")
        }
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }

    @Test func binaryWithEveryTextExtensionIsReported() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        var binary: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<4_096 {   // deterministic noise with NULs in it
            state = state &* 1_103_515_245 &+ 12_345
            binary.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        let paths = ["site/a.html", "site/b.htm", "site/c.md", "site/d.markdown", "scripts/e.txt", "emails/f.eml", "emails/g.mbox"]
        for path in paths { try tree.write(path, binary) }
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let (run, findings) = try tree.check()
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        for path in paths where !path.hasSuffix(".mbox") {
            #expect(findings.contains { $0.file == path && $0.rule == "input-unreadable" }, "\(path)")
        }
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }
}
