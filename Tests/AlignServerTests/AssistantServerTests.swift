import Foundation
import Testing
@testable import AlignTestSupport

/// `align mcp` driven through the real binary as an assistant's client drives it: newline-
/// delimited JSON-RPC on stdio, on a copy of corpus/.
@Suite struct AssistantServerTests {
    final class Client {
        private let server: ServerProcess
        private var buffer = Data()
        private var nextID = 1

        init(root: URL) throws {
            server = try ServerProcess(["mcp"], root: root)
        }

        func request(_ method: String, _ params: [String: Any] = [:]) throws -> [String: Any] {
            let id = nextID
            nextID += 1
            try send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
            while true {
                let message = try read()
                if message["id"] as? Int == id { return message["result"] as? [String: Any] ?? ["error": message["error"] ?? "none"] }
            }
        }

        func notify(_ method: String) throws {
            try send(["jsonrpc": "2.0", "method": method])
        }

        /// A tool's text and whether it is an error.
        func call(_ tool: String, _ arguments: [String: Any]) throws -> (text: String, isError: Bool) {
            let result = try request("tools/call", ["name": tool, "arguments": arguments])
            let text = (result["content"] as? [[String: Any]])?.first?["text"] as? String ?? ""
            return (text, result["isError"] as? Bool ?? false)
        }

        func close() -> Int32 {
            server.closeInput()
        }

        private func send(_ message: [String: Any]) throws {
            server.write(try JSONSerialization.data(withJSONObject: message) + Data("\n".utf8))
        }

        private func read() throws -> [String: Any] {
            while buffer.firstIndex(of: 10) == nil { buffer.append(try server.read()) }
            let end = buffer.firstIndex(of: 10)!
            let line = buffer[buffer.startIndex..<end]
            buffer = Data(buffer[(end + 1)...])
            return try JSONSerialization.jsonObject(with: line) as? [String: Any] ?? [:]
        }
    }

    /// Every file of the tree with its size and modification time: what a read-only server leaves as it found it.
    private func snapshot(_ root: URL) -> [String: [AnyHashable]] {
        var files: [String: [AnyHashable]] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey])
        while let url = walker?.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
            files[url.path] = [values?.fileSize ?? -1, values?.contentModificationDate ?? Date.distantPast]
        }
        return files
    }

    @Test func anAssistantChecksADraftAgainstThePromisesAndTheServerWritesNothing() throws {
        let root = try AlignCLI.corpusCopy()
        _ = try AlignCLI.run(["check", "--quiet"], in: root)   // a warm cache, as a repository has
        let expected = try AlignCLI.run(["check", "--format", "json", "playbooks/repairs.md"], in: root).stdout
        let before = snapshot(root)
        let client = try Client(root: root)
        let initialized = try client.request("initialize", [
            "protocolVersion": "2025-03-26", "capabilities": [:], "clientInfo": ["name": "test", "version": "1"],
        ])
        #expect((initialized["serverInfo"] as? [String: Any])?["name"] as? String == "align")
        try client.notify("notifications/initialized")

        let tools = try client.request("tools/list")["tools"] as? [[String: Any]] ?? []
        #expect(tools.compactMap { $0["name"] as? String } == ["check_text", "check_files", "explain_rule", "list_promises"])

        // A draft of a new page, not saved: 30-day returns against the promised 60.
        let draft = try client.call("check_text", ["path": "site/spring-returns.md",
                                                   "text": "# Spring returns\n\nYou can return anything within 30 days of delivery.\n"])
        #expect(!draft.isError)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(draft.text.utf8)) as? [String: Any])
        let findings = report["findings"] as? [[String: Any]] ?? []
        #expect(findings.count == 1)
        #expect(findings.first?["rule"] as? String == "claim-conflict")
        #expect(findings.first?["file"] as? String == "site/spring-returns.md")
        #expect(findings.first?["line"] as? Int == 3)
        #expect(findings.first?["expected"] as? String == "60 days")

        // The same text kept to the promise has nothing to say.
        let kept = try client.call("check_text", ["path": "site/spring-returns.md",
                                                  "text": "# Spring returns\n\nYou can return anything within 60 days of delivery.\n"])
        let keptFindings = (try JSONSerialization.jsonObject(with: Data(kept.text.utf8)) as? [String: Any])?["findings"] as? [Any]
        #expect(keptFindings?.isEmpty == true)

        // check_files reports what align check reports for those files.
        let files = try client.call("check_files", ["paths": ["playbooks/repairs.md"]])
        #expect(files.text == expected)

        #expect(try client.call("explain_rule", ["rule": "claim-drift"]).text.contains("Why it matters"))
        #expect(try client.call("explain_rule", ["rule": "no-such-rule"]).isError)
        let promises = try client.call("list_promises", [:]).text
        #expect(promises.contains("\"free-returns\""))
        #expect(promises.contains("60 days"))
        #expect(try client.call("check_text", ["path": "../outside.md", "text": "x"]).isError)
        #expect(client.close() == 0)

        let after = snapshot(root)
        #expect(after == before, "align mcp changed \(Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }.sorted())")
    }
}
