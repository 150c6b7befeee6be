import AlignModel
import Yams

/// A YAML document as the loaders need it: every node keeps the position it was written at, so
/// that every error can name file, line and column.
public indirect enum YAMLValue: Sendable {
    case scalar(String, SourcePosition)
    case null(SourcePosition)
    case list([YAMLValue], SourcePosition)
    case map(YAMLMap)

    public var position: SourcePosition {
        switch self {
        case .scalar(_, let p), .null(let p), .list(_, let p): p
        case .map(let m): m.position
        }
    }

    /// What the value is, for "expected a list, found a mapping".
    public var shape: String {
        switch self {
        case .scalar: "a value"
        case .null: "nothing"
        case .list: "a list"
        case .map: "a mapping"
        }
    }

    /// Parses `text` (the contents of `file`), turning Yams' errors into positioned ConfigErrors.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(yaml: error, file: file)
        } catch {
            throw ConfigError(file: file, line: 1, column: 1, message: "cannot read YAML: \(error)")
        }
        guard let node else { return .null(SourcePosition(line: 1, column: 1)) }
        return try convert(node, file: file, depth: 0)
    }

    private static func convert(_ node: Node, file: String, depth: Int) throws(ConfigError) -> YAMLValue {
        let position = SourcePosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        guard depth < 64 else {
            throw ConfigError(file: file, line: position.line, column: position.column, message: "YAML nested too deeply")
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .null(position)
            }
            return .scalar(scalar.string, position)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence { items.append(try convert(item, file: file, depth: depth + 1)) }
            return .list(items, position)
        case .mapping(let mapping):
            var entries: [YAMLMap.Entry] = []
            for (key, value) in mapping {
                let keyPosition = SourcePosition(line: key.mark?.line ?? position.line, column: key.mark?.column ?? position.column)
                guard case .scalar(let keyScalar) = key else {
                    throw ConfigError(file: file, line: keyPosition.line, column: keyPosition.column, message: "a key must be a plain word")
                }
                if entries.contains(where: { $0.key == keyScalar.string }) {
                    throw ConfigError(file: file, line: keyPosition.line, column: keyPosition.column, message: "duplicate key '\(keyScalar.string)'")
                }
                entries.append(YAMLMap.Entry(key: keyScalar.string, keyPosition: keyPosition, value: try convert(value, file: file, depth: depth + 1)))
            }
            return .map(YAMLMap(file: file, position: position, entries: entries))
        case .alias:
            throw ConfigError(file: file, line: position.line, column: position.column, message: "YAML aliases are not supported here")
        }
    }
}

extension ConfigError {
    init(yaml error: YamlError, file: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            self.init(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams finds duplicates before `convert` can, and marks the key's first occurrence;
            // the one to point at is the repeat, found below it at the same column.
            let key = duplicates.first ?? ""
            let first = SourcePosition(line: context.mark.line, column: context.mark.column)
            if let again = ConfigError.repeatedKey(key, after: first, in: context.text) {
                self.init(file: file, line: again.line, column: again.column,
                          message: "duplicate key '\(key)' (first at line \(first.line))")
            } else {
                self.init(file: file, line: first.line, column: first.column,
                          message: "duplicate key '\(key)': it is written again later in the same mapping")
            }
        case .reader(let problem, _, _, _):
            self.init(file: file, line: 1, column: 1, message: "invalid YAML: \(problem)")
        default:
            self.init(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
    }
}

extension ConfigError {
    /// The next line below `first` that writes `key:` at the same column of a block mapping,
    /// before the mapping ends (a line indented less).
    static func repeatedKey(_ key: String, after first: SourcePosition, in text: String) -> SourcePosition? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.column >= 1, first.line < lines.count else { return nil }
        let indent = first.column - 1
        for index in first.line..<lines.count {
            let line = lines[index]
            let leading = line.prefix { $0 == " " || $0 == "-" }.count
            let content = String(String.UnicodeScalarView(line.dropFirst(leading)))
            if content.isEmpty || content.hasPrefix("#") || content == "\r" { continue }
            if leading < indent { return nil }
            guard leading == indent else { continue }
            let written = [key, "\"\(key)\"", "'\(key)'"]
            if written.contains(where: { content.hasPrefix($0) && content.dropFirst($0.count).drop { $0 == " " }.hasPrefix(":") }) {
                return SourcePosition(line: index + 1, column: first.column)
            }
        }
        return nil
    }
}
