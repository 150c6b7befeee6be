import AlignConfig
import AlignEngine
import AlignModel
import AlignReport
import Foundation

/// `align lsp`: findings as the writer types. Each check reads the open documents as the editor
/// holds them and the rest of the repository through `.align/cache`, so the findings across
/// documents (a conflict with another page, a promise no document states) are those `align
/// check` would report once the files are saved.
public actor LanguageServer {
    struct OpenDocument {
        var path: String
        var text: String
        var version: Int?
    }

    private let write: @Sendable (Data) -> Void
    private let debounce: Duration
    private var root: String?
    private var session: AlignSession?
    /// The configuration file a broken configuration was reported at, to clear it once mended.
    private var configProblemURI: String?
    private var open: [String: OpenDocument] = [:]
    /// The findings last published per open document, for code actions and hovers.
    private var findings: [String: [Finding]] = [:]
    /// Bumped by every edit: a check that finishes after a newer edit publishes nothing.
    private var generation = 0
    private var shutdownRequested = false

    /// `write` sends one framed message; `debounce` is how long typing must pause before a check.
    public init(debounce: Duration = .milliseconds(150), write: @escaping @Sendable (Data) -> Void) {
        self.debounce = debounce
        self.write = write
    }

    /// Handles one message's JSON. Returns the exit status once the client asks the server to exit.
    public func handle(_ body: Data) async -> Int32? {
        let decoder = JSONDecoder()
        guard let envelope = try? decoder.decode(Envelope.self, from: body) else {
            send(ErrorResponse(id: nil, error: .init(code: -32700, message: "not a JSON-RPC message")))
            return nil
        }
        guard let method = envelope.method else { return nil }
        do {
            switch method {
            case "initialize":
                let params = try decoder.decode(Incoming<InitializeParams>.self, from: body).params
                root = (params.workspaceFolders?.first?.uri ?? params.rootUri).flatMap(Self.path(of:)) ?? params.rootPath
                    ?? FileManager.default.currentDirectoryPath
                loadSession()
                reply(envelope.id, InitializeResult(serverInfo: .init(name: "align", version: AlignVersion.current)))
            case "initialized":
                break
            case "shutdown":
                shutdownRequested = true
                reply(envelope.id, Optional<String>.none)
            case "exit":
                return shutdownRequested ? 0 : 1
            case "textDocument/didOpen":
                let item = try decoder.decode(Incoming<DidOpenParams>.self, from: body).params.textDocument
                guard let path = relativePath(of: item.uri) else { return nil }
                open[item.uri] = OpenDocument(path: path, text: item.text, version: item.version)
                await check()
            case "textDocument/didChange":
                let params = try decoder.decode(Incoming<DidChangeParams>.self, from: body).params
                guard var document = open[params.textDocument.uri], let text = params.contentChanges.last?.text else { return nil }
                document.text = text
                document.version = params.textDocument.version
                open[params.textDocument.uri] = document
                generation += 1
                let edit = generation
                Task {
                    try? await Task.sleep(for: debounce)
                    await checkIfLatest(edit)
                }
            case "textDocument/didSave":
                let uri = try decoder.decode(Incoming<DocumentParams>.self, from: body).params.textDocument.uri
                if isConfiguration(uri) { loadSession() }
                await check()
            case "textDocument/didClose":
                let uri = try decoder.decode(Incoming<DocumentParams>.self, from: body).params.textDocument.uri
                open[uri] = nil
                findings[uri] = nil
                publish(uri, [])
            case "workspace/didChangeWatchedFiles":
                let changes = try decoder.decode(Incoming<WatchedFilesParams>.self, from: body).params.changes
                if changes.contains(where: { isConfiguration($0.uri) }) { loadSession() }
                await check()
            case "textDocument/codeAction":
                let params = try decoder.decode(Incoming<CodeActionParams>.self, from: body).params
                reply(envelope.id, codeActions(params))
            case "textDocument/hover":
                let params = try decoder.decode(Incoming<HoverParams>.self, from: body).params
                reply(envelope.id, hover(params))
            default:
                // Requests align does not serve get an error; notifications are ignored.
                if let id = envelope.id {
                    send(ErrorResponse(id: id, error: .init(code: -32601, message: "align does not handle \(method)")))
                }
            }
        } catch {
            send(ErrorResponse(id: envelope.id, error: .init(code: -32602, message: "invalid params for \(method): \(error)")))
        }
        return nil
    }

    // MARK: Checking

    private func checkIfLatest(_ edit: Int) async {
        guard edit == generation else { return }
        await check()
    }

    /// Checks every open document and publishes its findings.
    private func check() async {
        generation += 1
        let started = generation
        guard let session, !open.isEmpty else { return }
        var unsaved: [String: [UInt8]] = [:]
        for document in open.values { unsaved[document.path] = Array(document.text.utf8) }
        let documents = open
        let result = await session.engine.run(paths: documents.values.map(\.path).sorted(), jobs: ProcessInfo.processInfo.activeProcessorCount,
                                              useCache: true, unsaved: unsaved)
        guard started == generation else { return }
        var byFile: [String: [Finding]] = [:]
        for finding in result.findings { byFile[finding.file, default: []].append(finding) }
        var mapping = mapping(for: session, documents: documents)
        for (uri, document) in documents.sorted(by: { $0.key < $1.key }) {
            let mine = byFile[document.path] ?? []
            findings[uri] = mine
            publish(uri, mine.map { mapping.diagnostic($0) }, version: document.version)
        }
    }

    private func mapping(for session: AlignSession, documents: [String: OpenDocument]) -> DiagnosticMapping {
        let root = session.configuration.root
        let texts = Dictionary(documents.values.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        return DiagnosticMapping(
            text: { path in texts[path] ?? (try? String(contentsOfFile: FilePaths.absolute(path, against: root), encoding: .utf8)) },
            uri: { path in URL(fileURLWithPath: FilePaths.absolute(path, against: root)).absoluteString })
    }

    /// Loads align.yml, expect.yml and the packs again; a broken one is a diagnostic at its place.
    private func loadSession() {
        if let uri = configProblemURI {
            publish(uri, [])
            configProblemURI = nil
        }
        do {
            session = try AlignSession.load(configPath: nil, startingAt: root ?? FileManager.default.currentDirectoryPath)
        } catch {
            session = nil
            let uri = URL(fileURLWithPath: FilePaths.absolute(error.file)).absoluteString
            configProblemURI = uri
            publish(uri, [DiagnosticMapping.diagnostic(error)])
            for uri in open.keys { publish(uri, []) }
            findings = [:]
        }
    }

    private func isConfiguration(_ uri: String) -> Bool {
        guard let path = Self.path(of: uri) else { return false }
        guard let session else { return path.hasSuffix(".yml") || path.hasSuffix(".yaml") }
        let configuration = session.configuration
        return path == FilePaths.absolute(configuration.file) || path == configuration.expectPath
            || configuration.packs.contains { !$0.isBuiltin && path.hasSuffix("/" + $0.name + ".yml") }
    }

    // MARK: Code actions and hovers

    private func codeActions(_ params: CodeActionParams) -> [CodeAction] {
        guard let session, let document = open[params.textDocument.uri] else { return [] }
        var mapping = mapping(for: session, documents: [params.textDocument.uri: document])
        var actions: [CodeAction] = []
        for finding in findings[params.textDocument.uri] ?? [] {
            guard let replacement = finding.fix else { continue }
            let diagnostic = mapping.diagnostic(finding)
            guard diagnostic.range.overlaps(params.range) else { continue }
            actions.append(CodeAction(
                title: "Replace with \u{201C}\(replacement)\u{201D}", diagnostics: [diagnostic],
                edit: WorkspaceEdit(changes: [params.textDocument.uri: [TextEdit(range: diagnostic.range, newText: replacement)]])))
        }
        return actions
    }

    private func hover(_ params: HoverParams) -> Hover? {
        guard let session, let document = open[params.textDocument.uri] else { return nil }
        var mapping = mapping(for: session, documents: [params.textDocument.uri: document])
        for finding in findings[params.textDocument.uri] ?? [] {
            let range = mapping.diagnostic(finding).range
            guard range.contains(params.position) else { continue }
            var text = ""
            if let promise = finding.promise, let stated = session.expectation.promises.first(where: { $0.id == promise }) {
                text += "**\(promise)**: \(stated.statement)\n\n"
            }
            if let rule = session.rules.descriptions.first(where: { $0.id == finding.rule })
                ?? RuleListing.all().first(where: { $0.id == finding.rule }) {
                text += "```\n" + Explanation.render(rule) + "\n```"
            }
            return Hover(contents: .init(value: text), range: range)
        }
        return nil
    }

    // MARK: Paths and output

    private func relativePath(of uri: String) -> String? {
        guard let path = Self.path(of: uri), let root = session?.configuration.root ?? root else { return nil }
        return FilePaths.relative(path, to: root)
    }

    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    private func publish(_ uri: String, _ diagnostics: [Diagnostic], version: Int? = nil) {
        send(Notification(method: "textDocument/publishDiagnostics",
                          params: PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)))
    }

    private func reply<Result: Encodable>(_ id: RequestID?, _ result: Result?) {
        guard let id else { return }
        send(Response(id: id, result: result))
    }

    private func send(_ message: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let body = try? encoder.encode(message) else { return }
        write(MessageFraming.frame(body))
    }
}
