import AlignEngine
import MCP

/// `align mcp`: the assistant tools over the Model Context Protocol on stdio.
public enum AssistantServer {
    static let tools = [
        Tool(name: "check_text",
             description: "Check a draft against the company's promises (expect.yml) and its other documents, as if it were saved at `path` "
                 + "(the path decides its channel: a page, an email, a playbook). Returns align's JSON findings; none means the draft keeps every promise.",
             inputSchema: schema(["text": "The draft, as it would be saved.", "path": "Where it would be saved, relative to the folder of align.yml, such as site/returns.md."],
                                 required: ["text", "path"])),
        Tool(name: "check_files",
             description: "Check files or folders of the repository, as `align check PATH...` does. Returns align's JSON findings.",
             inputSchema: .object([
                 "type": "object",
                 "properties": .object(["paths": .object(["type": "array", "items": .object(["type": "string"]),
                                                          "description": "Files or folders, relative to the folder of align.yml."])]),
                 "required": .array(["paths"]),
             ])),
        Tool(name: "explain_rule",
             description: "What one of align's rules checks, why it matters, and examples of what it flags and leaves alone.",
             inputSchema: schema(["rule": "A rule id, such as claim-conflict or terminology."], required: ["rule"])),
        Tool(name: "list_promises",
             description: "The company's promises (expect.yml): each one's statement and value, per condition, to ground a draft in them.",
             inputSchema: .object(["type": "object", "properties": .object([:])])),
    ]

    private static func schema(_ properties: [String: String], required: [String]) -> Value {
        .object([
            "type": "object",
            "properties": .object(properties.mapValues { .object(["type": "string", "description": .string($0)]) }),
            "required": .array(required.map { .string($0) }),
        ])
    }

    /// Serves until the client closes the connection.
    public static func run(directory: String) async throws {
        let assistant = AssistantTools(directory: directory)
        let server = Server(name: "align", version: AlignVersion.current, capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: tools) }
        await server.withMethodHandler(CallTool.self) { params in
            do throws(AssistantTools.Refusal) {
                let text = try await call(assistant, params.name, params.arguments ?? [:])
                return .init(content: [.text(text: text, annotations: nil, _meta: nil)], isError: false)
            } catch {
                return .init(content: [.text(text: error.message, annotations: nil, _meta: nil)], isError: true)
            }
        }
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }

    static func call(_ assistant: AssistantTools, _ name: String, _ arguments: [String: Value]) async throws(AssistantTools.Refusal) -> String {
        func argument(_ key: String) throws(AssistantTools.Refusal) -> String {
            guard let value = arguments[key]?.stringValue else { throw .init(message: "\(name) needs the argument '\(key)' (a string)") }
            return value
        }
        switch name {
        case "check_text":
            return try await assistant.checkText(try argument("text"), path: try argument("path"))
        case "check_files":
            guard let paths = arguments["paths"]?.arrayValue?.compactMap(\.stringValue), !paths.isEmpty else {
                throw .init(message: "check_files needs 'paths', a list of files or folders")
            }
            return try await assistant.checkFiles(paths)
        case "explain_rule":
            return try assistant.explain(try argument("rule"))
        case "list_promises":
            return try assistant.listPromises()
        default:
            throw .init(message: "no tool '\(name)'; the tools are \(tools.map(\.name).joined(separator: ", "))")
        }
    }
}
