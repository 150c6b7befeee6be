import Foundation

// The few Language Server Protocol structures align speaks, by their protocol names. Decoding
// ignores the fields a client sends that align does not use.

public enum RequestID: Codable, Hashable, Sendable {
    case number(Int)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }
}

/// What every incoming message has: a request has both, a notification only a method, a
/// response to one of ours only an id.
struct Envelope: Decodable {
    var id: RequestID?
    var method: String?
}

struct Incoming<Params: Decodable>: Decodable {
    var params: Params
}

struct Response<Result: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var id: RequestID
    var result: Result?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(jsonrpc, forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        // A request answered with nothing still carries `"result": null`.
        if let result { try container.encode(result, forKey: .result) } else { try container.encodeNil(forKey: .result) }
    }

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result }
}

struct ErrorResponse: Encodable {
    struct Body: Encodable {
        var code: Int
        var message: String
    }

    var jsonrpc = "2.0"
    var id: RequestID?
    var error: Body
}

struct Notification<Params: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var method: String
    var params: Params
}

public struct LSPPosition: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int
}

public struct LSPRange: Codable, Hashable, Sendable {
    public var start: LSPPosition
    public var end: LSPPosition

    func contains(_ position: LSPPosition) -> Bool {
        (start.line, start.character) <= (position.line, position.character)
            && (position.line, position.character) <= (end.line, end.character)
    }

    func overlaps(_ other: LSPRange) -> Bool {
        (start.line, start.character) <= (other.end.line, other.end.character)
            && (other.start.line, other.start.character) <= (end.line, end.character)
    }
}

public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: LSPRange
}

public struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
    public var location: Location
    public var message: String
}

public struct Diagnostic: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var severity: Int?
    public var code: String?
    public var source: String?
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
}

struct PublishDiagnosticsParams: Encodable {
    var uri: String
    var version: Int?
    var diagnostics: [Diagnostic]
}

struct TextDocumentIdentifier: Decodable {
    var uri: String
}

struct TextDocumentItem: Decodable {
    var uri: String
    var version: Int?
    var text: String
}

struct DidOpenParams: Decodable {
    var textDocument: TextDocumentItem
}

struct DidChangeParams: Decodable {
    struct Document: Decodable {
        var uri: String
        var version: Int?
    }

    /// With full synchronisation (what align asks for) each change is the whole text.
    struct Change: Decodable {
        var text: String
    }

    var textDocument: Document
    var contentChanges: [Change]
}

struct DocumentParams: Decodable {
    var textDocument: TextDocumentIdentifier
}

struct WatchedFilesParams: Decodable {
    struct Change: Decodable {
        var uri: String
    }

    var changes: [Change]
}

struct InitializeParams: Decodable {
    struct Folder: Decodable {
        var uri: String
    }

    var rootUri: String?
    var rootPath: String?
    var workspaceFolders: [Folder]?
}

struct InitializeResult: Encodable {
    struct Capabilities: Encodable {
        struct Sync: Encodable {
            var openClose = true
            /// 1: the client sends the whole text on every change.
            var change = 1
            var save = ["includeText": false]
        }

        var textDocumentSync = Sync()
        var codeActionProvider = true
        var hoverProvider = true
    }

    struct Info: Encodable {
        var name: String
        var version: String
    }

    var capabilities = Capabilities()
    var serverInfo: Info
}

struct CodeActionParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var range: LSPRange
}

struct TextEdit: Codable, Hashable {
    var range: LSPRange
    var newText: String
}

struct WorkspaceEdit: Encodable {
    var changes: [String: [TextEdit]]
}

struct CodeAction: Encodable {
    var title: String
    var kind = "quickfix"
    var diagnostics: [Diagnostic]
    var edit: WorkspaceEdit
}

struct HoverParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var position: LSPPosition
}

struct Hover: Encodable {
    struct Content: Encodable {
        var kind = "markdown"
        var value: String
    }

    var contents: Content
    var range: LSPRange
}
