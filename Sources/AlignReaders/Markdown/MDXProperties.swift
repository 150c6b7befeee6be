/// Prose an MDX page keeps in its components' attribute expressions: `<FAQ items={[{ question:
/// "Is Sim free to use?", answer: "Sim offers …" }]} />` shows each question and answer on the
/// page, though MDX reads the expression as code. A string literal that is the value of a key
/// naming prose (`question`, `answer`, `title`, `description`, …) is read as text; any other
/// value (`href`, `icon`, `className`, a number, a call) is not.
struct MDXProperty: Equatable, Sendable {
    /// The key the string is the value of ("answer").
    var key: String
    /// The string's text, its escapes resolved, and the source index of each of its scalars.
    var text: [Unicode.Scalar]
    var indexes: [Int]
    /// The line the string starts on, from 1 (set once the page's lines are counted).
    var line = 0

    /// Keys whose value is the heading of what follows: a question, a title.
    var isHeading: Bool { MDXProperties.headingKeys.contains(key) }
}

enum MDXProperties {
    static let headingKeys: Set<String> = ["question", "title", "heading", "subtitle", "label"]
    static let proseKeys: Set<String> = headingKeys.union(["answer", "description", "summary", "text", "content", "body", "caption", "quote"])

    /// The prose strings of the expression at `range` of `scalars` (braces included), in order.
    static func strings(in scalars: [Unicode.Scalar], expression range: Range<Int>) -> [MDXProperty] {
        var found: [MDXProperty] = []
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let scalar = scalars[cursor]
            if isQuote(scalar), cursor == range.lowerBound || !isKeyScalar(scalars[cursor - 1]) {
                // A string: a quoted key ("answer": …), or passed over whole.
                let string = stringEnd(scalars, from: cursor, limit: range.upperBound)
                cursor = string.end
                if let key = string.text, let value = value(after: cursor, of: String(String.UnicodeScalarView(key.scalars)), in: scalars, limit: range.upperBound) {
                    if let property = value.property { found.append(property) }
                    cursor = value.end
                }
            } else if isKeyScalar(scalar), cursor == range.lowerBound || !isKeyScalar(scalars[cursor - 1]) {
                var end = cursor
                while end < range.upperBound, isKeyScalar(scalars[end]) { end += 1 }
                let key = String(String.UnicodeScalarView(scalars[cursor..<end]))
                cursor = end
                if let value = value(after: end, of: key, in: scalars, limit: range.upperBound) {
                    if let property = value.property { found.append(property) }
                    cursor = value.end
                }
            } else {
                cursor += 1
            }
        }
        return found
    }

    /// After a prose key at `start`, a colon and a string: the property, and where it ends. Nil
    /// when no colon and string follow, or the key names no prose.
    private static func value(after start: Int, of key: String, in scalars: [Unicode.Scalar], limit: Int) -> (property: MDXProperty?, end: Int)? {
        guard proseKeys.contains(key) else { return nil }
        var next = skipSpace(scalars, from: start, limit: limit)
        guard next < limit, scalars[next] == ":" else { return nil }
        next = skipSpace(scalars, from: next + 1, limit: limit)
        guard next < limit, isQuote(scalars[next]) else { return nil }
        let string = stringEnd(scalars, from: next, limit: limit)
        guard let text = string.text, text.scalars.contains(where: { $0 != " " }) else { return (nil, string.end) }
        return (MDXProperty(key: key, text: text.scalars, indexes: text.indexes), string.end)
    }

    /// Past the string literal opening at `start`, and its text with escapes resolved (nil for a
    /// template literal with a `${…}` substitution, whose text is partly code).
    private static func stringEnd(_ scalars: [Unicode.Scalar], from start: Int, limit: Int)
        -> (end: Int, text: (scalars: [Unicode.Scalar], indexes: [Int])?) {
        let quote = scalars[start]
        var text: [Unicode.Scalar] = []
        var indexes: [Int] = []
        var isCode = false
        var cursor = start + 1
        while cursor < limit {
            let scalar = scalars[cursor]
            if scalar == "\\", cursor + 1 < limit {
                // "\u2014" is the scalar it names.
                if scalars[cursor + 1] == "u", cursor + 6 <= limit,
                   let value = UInt32(String(String.UnicodeScalarView(scalars[(cursor + 2)..<(cursor + 6)])), radix: 16),
                   let named = Unicode.Scalar(value) {
                    text.append(named)
                    indexes.append(cursor)
                    cursor += 6
                    continue
                }
                // "\n" and "\t" are white space in the text; any other escape is its scalar.
                let escaped = scalars[cursor + 1]
                text.append(escaped == "n" || escaped == "t" ? " " : escaped)
                indexes.append(cursor + 1)
                cursor += 2
                continue
            }
            if scalar == quote { return (cursor + 1, isCode ? nil : (text, indexes)) }
            if quote == "`", scalar == "$", cursor + 1 < limit, scalars[cursor + 1] == "{" { isCode = true }
            text.append(scalar)
            indexes.append(cursor)
            cursor += 1
        }
        return (limit, nil)
    }

    private static func skipSpace(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var cursor = start
        while cursor < limit, scalars[cursor] == " " || scalars[cursor] == "\t" || scalars[cursor] == "\n" || scalars[cursor] == "\r" { cursor += 1 }
        return cursor
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool { scalar == "\"" || scalar == "'" || scalar == "`" }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "$"
    }

    /// Sets each property's line: `properties` in source order.
    static func numberLines(_ properties: inout [MDXProperty], in scalars: [Unicode.Scalar]) {
        var line = 1
        var cursor = 0
        for index in properties.indices {
            let start = properties[index].indexes.first ?? 0
            while cursor < start {
                if scalars[cursor] == "\n" || scalars[cursor] == "\r" && (cursor + 1 == scalars.count || scalars[cursor + 1] != "\n") { line += 1 }
                cursor += 1
            }
            properties[index].line = line
        }
    }
}
