import AlignModel

/// A path glob as `align.yml` writes them: `**/` any folders (none included), `**` elsewhere any
/// characters, `*` any characters but `/`, `?` one character, `[abc]` / `[a-z]` / `[!abc]` a set,
/// `{a,b}` alternatives, `\` escapes. Matched against `/`-separated paths relative to the
/// folder of `align.yml`; a leading `./` or `/` is dropped, since every glob is relative to it.
public struct Glob: Hashable, Sendable {
    public let pattern: String
    /// Where align.yml writes it, to say which glob matches no file; not part of its identity.
    public var position: SourcePosition?
    /// One flat sequence per combination of `{a,b}` alternatives.
    private let sequences: [[Token]]

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
        sequences = try Glob.expand(try Glob.parse(&chars, inAlternative: false))
    }

    public static func == (left: Glob, right: Glob) -> Bool { left.pattern == right.pattern }

    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }

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
        matches(Path(path))
    }

    /// Splitting a path into characters costs more than matching it: a path tested against many
    /// globs (every channel's and audience's) is split once.
    public func matches(_ path: Path) -> Bool {
        sequences.contains { Glob.match($0, path.characters) }
    }

    /// A path prepared for matching.
    public struct Path: Sendable {
        let characters: [Character]

        public init(_ path: String) {
            var relative = Substring(path)
            while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
            characters = Array(relative)
        }
    }

    /// Braces expanded into flat token sequences (as a shell expands them), so that matching
    /// is a table over (token, character) and never backtracks exponentially.
    private static func expand(_ tokens: [Token]) throws(GlobError) -> [[Token]] {
        var results: [[Token]] = [[]]
        for token in tokens {
            guard case .alternatives(let options) = token else {
                for index in results.indices { results[index].append(token) }
                continue
            }
            var expanded: [[Token]] = []
            for option in options {
                for tail in try expand(option) {
                    for head in results { expanded.append(head + tail) }
                }
            }
            results = expanded
            if results.count > maxAlternatives {
                throw GlobError(message: "more than \(maxAlternatives) alternatives")
            }
        }
        return results
    }

    private static let maxAlternatives = 1024

    /// Whether `tokens` match all of `path`; each (token, position) pair is decided once.
    private static func match(_ tokens: [Token], _ path: [Character]) -> Bool {
        let width = path.count + 1
        // 0: not decided yet, 1: no match, 2: match.
        var decided = [UInt8](repeating: 0, count: (tokens.count + 1) * width)

        func matches(_ t: Int, _ p: Int) -> Bool {
            let key = t * width + p
            if decided[key] != 0 { return decided[key] == 2 }
            let result: Bool
            if t == tokens.count {
                result = p == path.count
            } else {
                let here: Character? = p < path.count ? path[p] : nil
                switch tokens[t] {
                case .literal(let c):
                    result = here == c && matches(t + 1, p + 1)
                case .one:
                    result = here != nil && here != "/" && matches(t + 1, p + 1)
                case .set(let items, let negated):
                    guard let c = here, c != "/" else { result = false; break }
                    result = items.contains { $0.contains(c) } != negated && matches(t + 1, p + 1)
                case .anyInSegment:
                    result = matches(t + 1, p) || (here != nil && here != "/" && matches(t, p + 1))
                case .anyFolders:
                    // Zero folders, or skip one whole folder and try again.
                    if matches(t + 1, p) {
                        result = true
                    } else if let slash = path[p...].firstIndex(of: "/") {
                        result = matches(t, slash + 1)
                    } else {
                        result = false
                    }
                case .anyPath:
                    result = matches(t + 1, p) || (here != nil && matches(t, p + 1))
                case .alternatives:
                    // Expanded away in init.
                    result = false
                }
            }
            decided[key] = result ? 2 : 1
            return result
        }
        return matches(0, 0)
    }
}
