import AlignModel

/// A YAML mapping with typed accessors that throw positioned errors, and a check for unknown keys.
public struct YAMLMap: Sendable {
    public struct Entry: Sendable {
        public var key: String
        public var keyPosition: SourcePosition
        public var value: YAMLValue
    }

    public var file: String
    public var position: SourcePosition
    public var entries: [Entry]

    public subscript(key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }

    public func error(at position: SourcePosition, _ message: String) -> ConfigError {
        ConfigError(file: file, line: position.line, column: position.column, message: message)
    }

    /// Throws at the first key not in `allowed`, suggesting the nearest allowed key.
    public func rejectUnknownKeys(_ allowed: [String], in context: String) throws(ConfigError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw error(at: entry.keyPosition, "unknown key '\(entry.key)' in \(context)"
                + didYouMean(entry.key, among: allowed, otherwise: " (expected one of: \(allowed.joined(separator: ", ")))"))
        }
    }

    /// A required or optional single value.
    public func string(_ key: String, required: Bool = false) throws(ConfigError) -> (value: String, position: SourcePosition)? {
        guard let value = self[key] else {
            if required { throw error(at: position, "missing '\(key)'") }
            return nil
        }
        switch value {
        case .scalar(let s, let p):
            return (s, p)
        case .null(let p):
            if required { throw error(at: p, "'\(key)' must not be empty") }
            return nil
        default:
            throw error(at: value.position, "'\(key)' must be a value, not \(value.shape)")
        }
    }

    /// A list of values; a single value is read as a list of one.
    public func strings(_ key: String) throws(ConfigError) -> [(value: String, position: SourcePosition)] {
        guard let value = self[key] else { return [] }
        switch value {
        case .scalar(let s, let p):
            return [(s, p)]
        case .null:
            return []
        case .list(let items, _):
            var result: [(value: String, position: SourcePosition)] = []
            for item in items {
                guard case .scalar(let s, let p) = item else {
                    throw error(at: item.position, "each entry of '\(key)' must be a value, not \(item.shape)")
                }
                result.append((s, p))
            }
            return result
        case .map:
            throw error(at: value.position, "'\(key)' must be a list, not a mapping")
        }
    }

    public func map(_ key: String) throws(ConfigError) -> YAMLMap? {
        guard let value = self[key] else { return nil }
        switch value {
        case .map(let m): return m
        case .null: return nil
        default: throw error(at: value.position, "'\(key)' must be a mapping, not \(value.shape)")
        }
    }

    public func list(_ key: String) throws(ConfigError) -> [YAMLValue] {
        guard let value = self[key] else { return [] }
        switch value {
        case .list(let items, _): return items
        case .null: return []
        default: throw error(at: value.position, "'\(key)' must be a list, not \(value.shape)")
        }
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
