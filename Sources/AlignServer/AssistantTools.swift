import AlignConfig
import AlignEngine
import AlignModel
import AlignReport
import Foundation

/// What `align mcp` offers a writing assistant: check a draft or files, explain a rule, list the
/// promises. Each call loads the configuration afresh (it may have changed) and only reads:
/// neither the documents nor `.align/cache` are ever written.
public struct AssistantTools: Sendable {
    /// A call the assistant got wrong: said back to it as the tool's error.
    public struct Refusal: Error, Sendable {
        public var message: String
    }

    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `check_text`: `text` read as if it were the file at `path` (relative to the folder of
    /// align.yml): the path decides its channel, kind and audience. The findings as the JSON output
    /// writes them, against the rest of the repository as it is on disk.
    public func checkText(_ text: String, path: String) async throws(Refusal) -> String {
        let session = try session()
        let relative = try insideTree(path, root: session.configuration.root)
        let result = await session.engine.run(paths: [relative], jobs: ProcessInfo.processInfo.activeProcessorCount,
                                              unsaved: [relative: Array(text.utf8)], writesCache: false)
        return json(result, session: session)
    }

    /// `check_files`: files or folders of the repository, as `align check PATH...` reports them.
    public func checkFiles(_ paths: [String]) async throws(Refusal) -> String {
        let session = try session()
        var relative: [String] = []
        for path in paths { relative.append(try insideTree(path, root: session.configuration.root)) }
        let result = await session.engine.run(paths: relative.map { FilePaths.absolute($0, against: session.configuration.root) },
                                              jobs: ProcessInfo.processInfo.activeProcessorCount, writesCache: false)
        return json(result, session: session)
    }

    /// `explain_rule`: `align explain RULE`.
    public func explain(_ rule: String) throws(Refusal) -> String {
        guard let description = RuleListing.all().first(where: { $0.id == rule }) else {
            throw Refusal(message: "no rule '\(rule)'; `align rules` lists them all")
        }
        return Explanation.render(description)
    }

    /// `list_promises`: the expectation statement, to ground a draft in what the company promises.
    public func listPromises() throws(Refusal) -> String {
        let session = try session()
        let promises: [JSONValue] = session.expectation.promises.map { promise in
            .object([
                "id": .string(promise.id),
                "statement": .string(promise.statement),
                "value": .optional(promise.value),
                "values": .array(promise.values.map { .object(["when": .array($0.when.map(JSONValue.string)), "value": .string($0.value)]) }),
                "strength": .string(promise.strength.rawValue),
                "requiredIn": .array(promise.requiredIn.map { .string($0.rawValue) }),
            ])
        }
        var out = ""
        JSONValue.object(["promises": .array(promises)]).write(into: &out, indent: 0)
        return out + "\n"
    }

    private func session() throws(Refusal) -> AlignSession {
        do {
            return try AlignSession.load(configPath: nil, startingAt: directory)
        } catch {
            throw Refusal(message: error.description)
        }
    }

    /// `path` relative to the root, refused when it leaves the tree.
    private func insideTree(_ path: String, root: String) throws(Refusal) -> String {
        guard let relative = FilePaths.relative(FilePaths.absolute(path, against: root), to: root) else {
            throw Refusal(message: "'\(path)' is outside the repository (\(root)); give a path inside it")
        }
        return relative
    }

    private func json(_ result: RunResult, session: AlignSession) -> String {
        let report = Report(toolVersion: AlignVersion.current, findings: [], rules: session.rules.descriptions,
                            documentsChecked: result.documents.count, documents: result.documents, root: session.configuration.root)
        var stream = JSONReporter().stream(report)
        var out = ""
        result.order.forEachFile { out += stream.add($0) }
        return out + stream.finish()
    }
}
