import Foundation
import Testing
@testable import AlignServer
@testable import AlignTestSupport

/// `align lsp` driven through the real binary, as an editor drives it, on a copy of corpus/.
@Suite struct LanguageServerTests {
    private func start() throws -> LSPClient {
        let client = try LSPClient(root: try AlignCLI.corpusCopy())
        let result = try client.request("initialize", ["rootUri": client.root.absoluteString, "capabilities": [:]]) as? [String: Any]
        #expect((result?["serverInfo"] as? [String: Any])?["name"] as? String == "align")
        try client.notify("initialized")
        return client
    }

    private func range(_ diagnostic: [String: Any]) -> [Int] {
        let range = diagnostic["range"] as? [String: [String: Int]] ?? [:]
        return [range["start"]?["line"], range["start"]?["character"], range["end"]?["line"], range["end"]?["character"]].map { $0 ?? -1 }
    }

    @Test func aConflictWithAnotherDocumentIsPublishedWithItsOtherSideAndClearedWhenEditedAway() throws {
        let client = try start()
        let path = "playbooks/repairs.md"
        try client.open(path)
        let diagnostics = try client.diagnostics(for: path)
        let drift = try #require(diagnostics.first { $0["code"] as? String == "claim-drift" })
        // "three weeks" on line 9, columns 40-51 as align check reports it; the protocol counts from 0.
        #expect(range(drift) == [8, 39, 8, 50])
        #expect(drift["severity"] as? Int == 2)
        #expect(drift["source"] as? String == "align")
        let related = try #require((drift["relatedInformation"] as? [[String: Any]])?.first)
        let location = related["location"] as? [String: Any]
        #expect(location?["uri"] as? String == client.uri("emails/we-miss-you.eml"))
        #expect((location?["range"] as? [String: [String: Int]])?["start"]?["line"] == 15)

        try client.change(path, to: try client.text(path).replacingOccurrences(of: "three weeks", with: "10 days"), version: 2)
        let after = try client.diagnostics(for: path)
        #expect(!after.contains { $0["code"] as? String == "claim-drift" })
        #expect(try client.shutDown() == 0)
    }

    @Test func aTerminologyFindingOffersTheEditFixWouldMakeAndExplainsItsRuleOnHover() throws {
        let client = try start()
        let path = "playbooks/support-tone.md"
        try client.open(path)
        let terminology = try #require(try client.diagnostics(for: path).first { $0["code"] as? String == "terminology" })
        #expect(range(terminology) == [20, 7, 20, 14])
        let actions = try #require(try client.request("textDocument/codeAction", [
            "textDocument": ["uri": client.uri(path)], "range": terminology["range"]!, "context": ["diagnostics": [terminology]],
        ]) as? [[String: Any]])
        let action = try #require(actions.first)
        #expect(action["kind"] as? String == "quickfix")
        let edits = try #require(((action["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[client.uri(path)])
        #expect(edits.count == 1)
        #expect(edits.first?["newText"] as? String == "customer")

        // The edit, applied as an editor applies it, gives the file `align check --fix` writes.
        let edited = Self.apply(edits, to: try client.text(path))
        let fixed = try AlignCLI.corpusCopy()
        _ = try AlignCLI.run(["check", "--fix", "--quiet", path], in: fixed)
        #expect(edited == (try String(contentsOf: fixed.appendingPathComponent(path), encoding: .utf8)))

        let hover = try client.request("textDocument/hover", [
            "textDocument": ["uri": client.uri(path)], "position": ["line": 20, "character": 9],
        ]) as? [String: Any]
        let text = (hover?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(text.contains("terminology"))
        #expect(text.contains("Why it matters"))
        #expect(try client.shutDown() == 0)
    }

    @Test func aBrokenConfigurationIsADiagnosticAtItsPlaceAndTheServerCarriesOn() throws {
        let client = try start()
        let config = client.root.appendingPathComponent("align.yml")
        let original = try String(contentsOf: config, encoding: .utf8)
        try original.replacingOccurrences(of: "fail_on: error", with: "fail_on: sometimes").write(to: config, atomically: true, encoding: .utf8)
        try client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": config.absoluteString, "type": 2]]])
        let problems = try client.diagnostics(for: "align.yml")
        let problem = try #require(problems.first)
        #expect(problem["severity"] as? Int == 1)
        #expect((problem["message"] as? String ?? "").contains("sometimes"))
        let line = try #require(original.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("fail_on:") })
        #expect(range(problem)[0] == line)

        // Mended, the problem is cleared and documents are checked again.
        try original.write(to: config, atomically: true, encoding: .utf8)
        try client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": config.absoluteString, "type": 2]]])
        #expect(try client.diagnostics(for: "align.yml").isEmpty)
        try client.open("playbooks/repairs.md")
        #expect(try client.diagnostics(for: "playbooks/repairs.md").contains { $0["code"] as? String == "claim-drift" })
        #expect(try client.shutDown() == 0)
    }

    @Test func framingReadsMessagesSplitAnywhereAndRefusesAHeaderWithoutLength() throws {
        var framing = MessageFraming()
        let body = Data(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.utf8)
        let framed = MessageFraming.frame(body) + MessageFraming.frame(body)
        for byte in framed.prefix(10) { framing.append([byte]) }
        #expect(try framing.next() == nil)
        framing.append(framed.dropFirst(10))
        #expect(try framing.next() == body)
        #expect(try framing.next() == body)
        #expect(try framing.next() == nil)
        var broken = MessageFraming()
        broken.append(Data("Content-Type: x\r\n\r\n{}".utf8))
        #expect(throws: MessageFraming.Problem.self) { try broken.next() }
    }

    static func apply(_ edits: [[String: Any]], to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).utf16) }
        for edit in edits {
            let range = edit["range"] as? [String: [String: Int]] ?? [:]
            let line = range["start"]?["line"] ?? 0
            let from = range["start"]?["character"] ?? 0
            let to = range["end"]?["character"] ?? 0
            lines[line].replaceSubrange(from..<to, with: Array((edit["newText"] as? String ?? "").utf16))
        }
        return lines.map { String(decoding: $0, as: UTF16.self) }.joined(separator: "\n")
    }
}
