import Foundation
import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// Real-world malformed input nobody on the project wrote (html5lib-tests, enmime, the Ruby
/// mail gem): every reader must finish, and every position must lie inside the file.
@Suite struct ReadersRobustnessTests {
    static let testdata = TestPaths.fixtures.appendingPathComponent("testdata")

    static func files(under folder: String, suffix: String?) -> [URL] {
        let root = testdata.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .filter { suffix == nil || $0.pathExtension == suffix }
            .filter { !["LICENSE", "README.md", ".gitattributes"].contains($0.lastPathComponent) }
            .sorted { $0.path < $1.path }
    }

    /// The `#data` sections of an html5lib `.dat` file (the final newline removed).
    static func snippets(in file: URL) -> [String] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var snippets: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "#data" {
                if let lines = current { snippets.append(lines.joined(separator: "\n")) }
                current = []
            } else if line.hasPrefix("#"), current != nil, ["#errors", "#new-errors", "#document", "#document-fragment", "#encoding", "#script-off", "#script-on"].contains(String(line)) {
                if let lines = current { snippets.append(lines.joined(separator: "\n")) }
                current = nil
            } else {
                current?.append(line)
            }
        }
        if let lines = current { snippets.append(lines.joined(separator: "\n")) }
        return snippets
    }

    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            if bytes[index] == 0x0A || bytes[index] == 0x0D { lines += 1 }
            index += 1
        }
        return lines
    }

    /// Every anchor, suppression and problem position within the file, for every document.
    static func outOfRange(_ documents: [Document], bytes: [UInt8]) -> [String] {
        let lines = lineCount(bytes)
        var bad: [String] = []
        func check(_ position: SourcePosition, _ what: String) {
            if position.line < 1 || position.line > lines || position.column < 1 { bad.append("\(what) at \(position.line):\(position.column) (file has \(lines) lines)") }
        }
        for document in documents {
            for block in document.blocks {
                for anchor in block.anchors { check(block.position(of: anchor), "block \"\(block.text.prefix(40))\"") }
                if block.anchors.first?.offset != 0 { bad.append("block without an anchor at offset 0") }
                if block.text.isEmpty || block.text != block.text.trimmingCharacters(in: .whitespacesAndNewlines) || block.text.contains("\n") {
                    bad.append("block text not trimmed to one line: \"\(block.text.prefix(40))\"")
                }
            }
            for suppression in document.suppressions { check(suppression.position, "suppression") }
            for problem in document.problems { check(problem.position, "problem \(problem.message)") }
        }
        return bad
    }

    @Test func html5libSnippetsAreReadWithPositionsInRange() {
        let files = Self.files(under: "html5lib", suffix: "dat")
        #expect(files.count > 50)
        var snippets = 0
        var blocks = 0
        for file in files {
            for snippet in Self.snippets(in: file) {
                snippets += 1
                let bytes = Array(snippet.utf8)
                for path in ["snippet.html", "snippet.md", "snippet.txt", "snippet.svelte", "snippet.vue", "snippet.blade.php"] {
                    let documents = DocumentReaders.read(bytes: bytes, path: path) ?? []
                    #expect(documents.count == 1)
                    blocks += documents.flatMap(\.blocks).count
                    let bad = Self.outOfRange(documents, bytes: bytes)
                    #expect(bad.isEmpty, "\(file.lastPathComponent) as \(path): \(bad.prefix(3)) in \(snippet.prefix(80))")
                }
            }
        }
        #expect(snippets > 1_500)
        #expect(blocks > 1_500)
    }

    @Test func mailFilesAreReadWithPositionsInRange() throws {
        let files = Self.files(under: "mail", suffix: nil)
        #expect(files.count > 100)
        var withBlocks = 0
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            for path in ["message.eml", "messages.mbox"] {
                let documents = DocumentReaders.read(bytes: bytes, path: path) ?? []
                if path == "message.eml" {
                    #expect(documents.count == 1)
                    if !(documents.first?.blocks.isEmpty ?? true) { withBlocks += 1 }
                }
                let bad = Self.outOfRange(documents, bytes: bytes)
                #expect(bad.isEmpty, "\(file.path.split(separator: "/").suffix(2).joined(separator: "/")) as \(path): \(bad.prefix(3))")
            }
        }
        #expect(withBlocks > files.count / 2)
    }

    @Test func arbitraryBytesNeverCrashAnyReader() {
        var generator = SeededGenerator(seed: 42)
        let alphabet: [UInt8] = Array("<>&;#x=\"' /-!:\r\n\tabcpdivlmeta=?QB0123456789".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0x94, 0xFF, 0xA0]
        for round in 0..<300 {
            let length = Int(generator.next() % 400)
            var bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            if round % 3 == 0 { bytes = Array("Subject: =?utf-8?q?x=E2?=\nContent-Type: multipart/mixed; boundary=\"a\"\n\n--a\n".utf8) + bytes }
            for path in ["f.html", "f.md", "f.txt", "f.eml", "f.mbox"] {
                let documents = DocumentReaders.read(bytes: bytes, path: path) ?? []
                let bad = Self.outOfRange(documents, bytes: bytes)
                #expect(bad.isEmpty, "round \(round) \(path): \(bad.prefix(2))")
            }
        }
    }
}
