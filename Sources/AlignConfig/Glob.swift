/// A path glob as `align.yml` writes them: `**` any folders, `*` any characters but `/`, `?` one
/// character, `[abc]` a set, `{a,b}` alternatives. Matched against `/`-separated relative paths.
public struct Glob: Hashable, Sendable {
    public let pattern: String
    private let tokens: [Token]

    enum Token: Hashable, Sendable {
        case literal(Character)
        case anyInSegment
        case anyPath
        case one
        case set([Character], negated: Bool)
        case alternatives([[Token]])
    }

    /// Throws a message (without position; the loader adds it) when the glob is malformed.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        var chars = Array(pattern)[...]
        tokens = try Glob.parse(&chars, inAlternative: false)
        if !chars.isEmpty { throw GlobError(message: "unbalanced '}' in glob '\(pattern)'") }
    }

    public struct GlobError: Error, Hashable, Sendable {
        public var message: String
    }

    private static func parse(_ chars: inout ArraySlice<Character>, inAlternative: Bool) throws(GlobError) -> [Token] {
        var tokens: [Token] = []
        while let c = chars.first {
            if inAlternative, c == "," || c == "}" { return tokens }
            chars.removeFirst()
            switch c {
            case "*":
                if chars.first == "*" {
                    chars.removeFirst()
                    if chars.first == "/" { chars.removeFirst() }
                    tokens.append(.anyPath)
                } else {
                    tokens.append(.anyInSegment)
                }
            case "?":
                tokens.append(.one)
            case "[":
                var set: [Character] = []
                var negated = false
                if chars.first == "!" || chars.first == "^" { negated = true; chars.removeFirst() }
                var closed = false
                while let d = chars.first {
                    chars.removeFirst()
                    if d == "]", !set.isEmpty { closed = true; break }
                    set.append(d)
                }
                if !closed { throw GlobError(message: "unclosed '[' in glob") }
                tokens.append(.set(set, negated: negated))
            case "{":
                var options: [[Token]] = []
                while true {
                    options.append(try parse(&chars, inAlternative: true))
                    guard let d = chars.first else { throw GlobError(message: "unclosed '{' in glob") }
                    chars.removeFirst()
                    if d == "}" { break }
                }
                tokens.append(.alternatives(options))
            case "}":
                throw GlobError(message: "unbalanced '}' in glob")
            case "\\":
                guard let d = chars.first else { throw GlobError(message: "glob ends with '\\'") }
                chars.removeFirst()
                tokens.append(.literal(d))
            default:
                tokens.append(.literal(c))
            }
        }
        return tokens
    }

    public func matches(_ path: String) -> Bool {
        Glob.match(tokens[...], Array(path)[...])
    }

    private static func match(_ tokens: ArraySlice<Token>, _ path: ArraySlice<Character>) -> Bool {
        guard let token = tokens.first else { return path.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let c):
            return path.first == c && match(rest, path.dropFirst())
        case .one:
            guard let c = path.first, c != "/" else { return false }
            return match(rest, path.dropFirst())
        case .set(let set, let negated):
            guard let c = path.first, c != "/" else { return false }
            let inSet = set.contains(c)
            return inSet != negated && match(rest, path.dropFirst())
        case .anyInSegment:
            var p = path
            while true {
                if match(rest, p) { return true }
                guard let c = p.first, c != "/" else { return false }
                p = p.dropFirst()
            }
        case .anyPath:
            // `**/` matches zero or more whole folders; a trailing `**` matches everything.
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                if let slash = p.firstIndex(of: "/") {
                    p = p[(slash + 1)...]
                } else if rest.isEmpty {
                    return true
                } else {
                    return false
                }
            }
        case .alternatives(let options):
            return options.contains { match($0[...] + rest, path) }
        }
    }
}
