import AlignModel
import Yams

/// Reads YAML content files (i18n catalogues, CMS exports) that `data:` in align.yml lists: every
/// string value is a block, its key path the headings of its context, as `JSONDataReader` does.
/// Aliases are not followed (a value is read once, where it is written).
public struct YAMLDataReader: DocumentReader {
    public static let extensions = ["yml", "yaml"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: .page)
        let source: SourceText
        switch TextInput.decode(bytes) {
        case .success(let decoded): source = decoded
        case .failure(let error):
            document.problems.append(error.problem)
            return [document]
        }
        // libyaml's composer recurses per level: a file nested past the limit is not handed to it.
        if let deep = Self.tooDeep(source, limit: options.maxNestingDepth) {
            document.problems.append(ReadProblem(kind: .unreadable, message: "values nested deeper than \(options.maxNestingDepth) levels: the file was not read", position: deep))
            return [document]
        }
        var nodes: [Node] = []
        do {
            let parser = try Parser(yaml: TextScalars.string(source.allScalars))
            while let node = try parser.nextRoot() { nodes.append(node) }
        } catch let error as YamlError {
            document.problems.append(Self.problem(error))
            return [document]
        } catch {
            document.problems.append(ReadProblem(kind: .unreadable, message: "invalid YAML: \(error)"))
            return [document]
        }
        var collector = Collector(source: source)
        for node in nodes { collector.collect(node, path: []) }
        document.blocks = collector.blocks
        return [document]
    }

    private struct Collector {
        let source: SourceText
        var blocks: [Block] = []
        /// Where each node read so far was written: an alias repeats a node, which is read once
        /// (and a chain of aliases to aliases costs no more than the text it is written in).
        private var visited: Set<SourcePosition> = []

        init(source: SourceText) {
            self.source = source
        }

        mutating func collect(_ node: Node, path: [String]) {
            if let mark = node.mark, !visited.insert(SourcePosition(line: mark.line, column: mark.column)).inserted { return }
            switch node {
            case .scalar(let scalar):
                guard scalar.style != .plain || !Self.isPlainValue(scalar.string) else { return }
                let text = scalar.string
                guard text.contains(where: { $0.isLetter }) else { return }
                blocks.append(block(text, style: scalar.style, mark: node.mark, path: path))
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let name = key.scalar?.string ?? ""
                    collect(value, path: path + [name])
                }
            case .sequence(let sequence):
                for item in sequence { collect(item, path: path) }
            case .alias:
                break
            }
        }

        /// Numbers, booleans and nulls written plain are not text.
        private static func isPlainValue(_ text: String) -> Bool {
            ["", "~", "null", "Null", "NULL", "true", "false", "True", "False", "yes", "no"].contains(text) || Double(text) != nil
        }

        /// Exact positions when the value is written as it reads, on its line (plain or quoted
        /// without escapes); a block scalar or an escaped string is placed at its first line.
        private func block(_ text: String, style: Node.Scalar.Style, mark: Mark?, path: [String]) -> Block {
            let line = mark?.line ?? 1
            let column = mark?.column ?? 1
            let scalars = Array(text.unicodeScalars)
            var builder: BlockBuilder
            switch style {
            case .literal, .folded:
                builder = BlockBuilder(approximateAt: SourcePosition(line: min(line + 1, max(source.lineCount, 1)), column: 1))
                for scalar in scalars { builder.append(scalar, at: nil) }
            default:
                let start = SourcePosition(line: line, column: column + (style == .plain ? 0 : 1))
                if source.text(ofLine: line).dropFirst(start.column - 1).starts(with: scalars) {
                    builder = BlockBuilder(lines: source.lines)
                    builder.append(scalars[...], from: .index(source.start(ofLine: line) + start.column - 1))
                } else {
                    builder = BlockBuilder(approximateAt: start)
                    for scalar in scalars { builder.append(scalar, at: nil) }
                }
            }
            var block = builder.build(kind: .paragraph) ?? Block(kind: .paragraph, text: text, anchors: [])
            block.context = BlockContext(headings: path)
            return block
        }
    }

    /// Where nesting (flow brackets, or block indentation) first passes `limit`, if it does.
    static func tooDeep(_ source: SourceText, limit: Int) -> SourcePosition? {
        var depth = 0
        var quote: Unicode.Scalar?
        for line in 1...max(source.lineCount, 1) {
            let text = source.text(ofLine: line)
            var indent = 0
            while indent < text.count, text[text.startIndex + indent] == " " { indent += 1 }
            if indent > limit { return SourcePosition(line: line, column: indent + 1) }
            for (offset, scalar) in text.enumerated() {
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == "#" {
                    break
                } else if scalar == "[" || scalar == "{" {
                    depth += 1
                    if depth > limit { return SourcePosition(line: line, column: offset + 1) }
                } else if scalar == "]" || scalar == "}" {
                    depth = max(depth - 1, 0)
                }
            }
            // A quote left open is an apostrophe in plain text, not a string across lines.
            if quote == "'" { quote = nil }
        }
        return nil
    }

    private static func problem(_ error: YamlError) -> ReadProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ReadProblem(kind: .unreadable, message: "invalid YAML: \(problem)", position: SourcePosition(line: mark.line, column: mark.column))
        default:
            return ReadProblem(kind: .unreadable, message: "invalid YAML: \(error)")
        }
    }
}
