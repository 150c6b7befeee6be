import Foundation

/// Drives `align lsp` as an editor does: JSON-RPC with Content-Length framing over the server's
/// stdin and stdout.
final class LSPClient {
    typealias Failure = ServerProcess.Failure

    let root: URL
    private let server: ServerProcess
    private var buffer = Data()
    private var nextID = 1

    init(root: URL) throws {
        self.root = root
        server = try ServerProcess(["lsp"], root: root)
    }

    func uri(_ path: String) -> String {
        root.appendingPathComponent(path).absoluteString
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Sends a request and returns its response's `result`.
    @discardableResult
    func request(_ method: String, _ params: [String: Any] = [:]) throws -> Any? {
        let id = nextID
        nextID += 1
        try send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        let response = try next { ($0["id"] as? Int) == id }
        if let error = response["error"] { throw Failure(description: "\(method) failed: \(error)") }
        return response["result"]
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) throws {
        try send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// The next diagnostics published for `path`.
    func diagnostics(for path: String) throws -> [[String: Any]] {
        let uri = uri(path)
        let message = try next { ($0["method"] as? String) == "textDocument/publishDiagnostics" && (($0["params"] as? [String: Any])?["uri"] as? String) == uri }
        return ((message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? []
    }

    func open(_ path: String, text: String? = nil) throws {
        try notify("textDocument/didOpen", ["textDocument": ["uri": uri(path), "languageId": "markdown", "version": 1, "text": try text ?? self.text(path)]])
    }

    func change(_ path: String, to text: String, version: Int) throws {
        try notify("textDocument/didChange", ["textDocument": ["uri": uri(path), "version": version], "contentChanges": [["text": text]]])
    }

    /// Shuts the server down as a client must, and returns its exit status.
    func shutDown() throws -> Int32 {
        try request("shutdown")
        try notify("exit")
        return server.waitForExit()
    }

    private func send(_ message: [String: Any]) throws {
        let body = try JSONSerialization.data(withJSONObject: message)
        server.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// Reads messages until one satisfies `matches`; the others (notifications for other files,
    /// earlier publications) are passed over.
    private func next(_ matches: ([String: Any]) -> Bool) throws -> [String: Any] {
        while true {
            let message = try read()
            if matches(message) { return message }
        }
    }

    private func read() throws -> [String: Any] {
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil { try fill() }
        let end = buffer.range(of: separator)!
        let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        guard let length = header.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw Failure(description: "bad header \(header)")
        }
        while buffer.count - (end.upperBound - buffer.startIndex) < length { try fill() }
        let body = buffer[end.upperBound..<end.upperBound + length]
        buffer = Data(buffer[(end.upperBound + length)...])
        guard let message = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw Failure(description: "not a JSON object")
        }
        return message
    }

    private func fill() throws {
        buffer.append(try server.read())
    }
}
