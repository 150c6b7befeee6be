/// A path glob as `align.yml` writes them: `**/` any folders (none included), `**` elsewhere any
/// characters, `*` any characters but `/`, `?` one character, `[abc]` / `[a-z]` / `[!abc]` a set,
/// `{a,b}` alternatives, `\` escapes. Matched against `/`-separated paths relative to the
/// folder of `align.yml`; a leading `./` or `/` is dropped, since every glob is relative to it.
public struct Glob: Hashable, Sendable {
    public let pattern: String
    private let tokens: [Token]

    enum Token: Hashable, Sendable {
        case literal(Character)
        case anyInSegment
        /// `**/`: zero or more whole folders.
        case anyFolders
        /// `**` not followed by `/`: anything, across folders.
        case anyPath
        case one
        case set([SetItem], negated: Bool)
        case alternatives([[Token]])
    }

    enum SetItem: Hashable, Sendable {
        case character(Character)
        case range(Character, Character)

        func contains(_ c: Character) -> Bool {
            switch self {
            case .character(let d): c == d
            case .range(let low, let high): low <= c && c <= high
            }
        }
    }

    /// Throws a message (without position; the loader adds it) when the glob is malformed.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        var relative = Substring(pattern)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        while relative.hasPrefix("/") { relative = relative.dropFirst() }
        if relative.isEmpty { throw GlobError(message: "empty glob") }
        var chars = Array(relative)[...]
        tokens = try Glob.parse(&chars, inAlternative: false)
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
                    while chars.first == "*" { chars.removeFirst() }
                    if chars.first == "/" {
                        chars.removeFirst()
                        tokens.append(.anyFolders)
                    } else {
                        tokens.append(.anyPath)
                    }
                } else {
                    tokens.append(.anyInSegment)
                }
            case "?":
                tokens.append(.one)
            case "[":
                tokens.append(try parseSet(&chars))
            case "{":
                var options: [[Token]] = []
                while true {
                    options.append(try parse(&chars, inAlternative: true))
                    guard let d = chars.first else { throw GlobError(message: "unclosed '{'") }
                    chars.removeFirst()
                    if d == "}" { break }
                }
                tokens.append(.alternatives(options))
            case "}":
                throw GlobError(message: "'}' without its '{'")
            case "\\":
                guard let d = chars.first else { throw GlobError(message: "ends with '\\'") }
                chars.removeFirst()
                tokens.append(.literal(d))
            default:
                tokens.append(.literal(c))
            }
        }
        return tokens
    }

    /// `[...]` after its `[`: a `]` right after the opening (or `!`/`^`) is a member.
    private static func parseSet(_ chars: inout ArraySlice<Character>) throws(GlobError) -> Token {
        var items: [SetItem] = []
        var negated = false
        if chars.first == "!" || chars.first == "^" { negated = true; chars.removeFirst() }
        while let d = chars.first {
            chars.removeFirst()
            if d == "]", !items.isEmpty { return .set(items, negated: negated) }
            if d == "/" { throw GlobError(message: "'/' inside '[...]'") }
            if chars.first == "-", chars.count >= 2, let high = chars.dropFirst().first, high != "]" {
                chars.removeFirst(2)
                guard d <= high else { throw GlobError(message: "range '\(d)-\(high)' is backwards") }
                items.append(.range(d, high))
            } else {
                items.append(.character(d))
            }
        }
        throw GlobError(message: "unclosed '['")
    }

    public func matches(_ path: String) -> Bool {
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return Glob.match(tokens[...], Array(relative)[...])
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
        case .set(let items, let negated):
            guard let c = path.first, c != "/" else { return false }
            let inSet = items.contains { $0.contains(c) }
            return inSet != negated && match(rest, path.dropFirst())
        case .anyInSegment:
            var p = path
            while true {
                if match(rest, p) { return true }
                guard let c = p.first, c != "/" else { return false }
                p = p.dropFirst()
            }
        case .anyFolders:
            var p = path
            while true {
                if match(rest, p) { return true }
                guard let slash = p.firstIndex(of: "/") else { return false }
                p = p[(slash + 1)...]
            }
        case .anyPath:
            if rest.isEmpty { return true }
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        case .alternatives(let options):
            return options.contains { match($0[...] + rest, path) }
        }
    }
}
