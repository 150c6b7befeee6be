import Foundation
import Testing
@testable import AlignTestSupport
import AlignModel
@testable import AlignReaders

/// JSON content files: string values are blocks with their key path as context; anything else
/// (numbers, keys, a broken file) is not text.
@Suite struct ReadersJSONDataTests {
    @Test func stringValuesCarryTheirKeyPath() throws {
        let json = Array("{\"returns\": {\"window\": \"You have 30 days.\", \"days\": 30, \"list\": [\"a\", {\"deep\": \"b\"}]}}".utf8)
        let document = try #require(DocumentReaders.read(bytes: json, path: "content/x.json")?.first)
        #expect(document.blocks.map(\.text) == ["You have 30 days.", "a", "b"])
        #expect(document.blocks.map(\.context.headings) == [["returns", "window"], ["returns", "list"], ["returns", "list", "deep"]])
        #expect(document.blocks[0].position(atUTF8Offset: 0) == SourcePosition(line: 1, column: 25))
    }

    @Test(arguments: ["{\"a\": }", "[1, 2", "{\"a\" 1}", "\"abc", "{} {}", "{\"a\": \"\\u12\"}"])
    func brokenJSONIsUnreadableWithNoBlocks(_ text: String) throws {
        let document = try #require(DocumentReaders.read(bytes: Array(text.utf8), path: "x.json")?.first)
        #expect(document.blocks.isEmpty)
        #expect(document.problems.map(\.kind) == [.unreadable])
    }

    @Test func deepNestingIsCutNotACrash() throws {
        let text = String(repeating: "[", count: 100_000) + "\"x\""
        let document = try #require(DocumentReaders.read(bytes: Array(text.utf8), path: "x.json")?.first)
        #expect(document.problems.map(\.kind) == [.truncated])
    }

    /// Only files `data:` names are read: a `package.json` beside the content is configuration.
    @Test func onlyFilesTheDataSettingNamesAreRead() throws {
        let text = "{\"faq\": {\"answer\": \"You can return it within 30 days.\"}}\n"
        let found = try TreeCheck.findings([
            "align.yml": "expect: expect.yml\ndata: [\"content/*.json\"]\n",
            "expect.yml": "promises:\n  - id: returns\n    statement: Returns within 60 days.\n    topic: [return]\n    value: 60 days\n",
            "content/faq.json": text, "package.json": text,
        ])
        #expect(found == ["content/faq.json:1:46 claim-conflict"])
    }
}
