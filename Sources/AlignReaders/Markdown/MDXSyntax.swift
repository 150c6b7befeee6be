import AlignModel

/// MDX's own syntax is not text: `import`/`export` statements (to the next blank line, as MDX
/// reads them) and `{expressions}`. They are blanked like template markup, scalar for scalar and
/// keeping line breaks; fenced code and inline code are left as they are. Components are HTML
/// to cmark, and their text children are read through the HTML reader.
enum MDXSyntax {
    /// An expression is balanced within this many scalars, or it is taken for a stray brace.
    static let maxExpressionLength = 10_000

    /// `scalars` with MDX syntax blanked, or nil when there is none; the prose strings of the
    /// components' attribute expressions (`MDXProperties`) are added to `properties`.
    static func blanked(_ scalars: [Unicode.Scalar], properties: inout [MDXProperty]) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar]?
        var index = 0
        var fence: (scalar: Unicode.Scalar, length: Int)?
        var atLineStart = true
        while index < scalars.count {
            if atLineStart {
                atLineStart = false
                let lineEnd = end(ofLineAt: index, in: scalars)
                if let marker = fenceMarker(scalars, at: index) {
                    if fence == nil { fence = marker } else if marker.scalar == fence?.scalar, marker.length >= fence?.length ?? 0 { fence = nil }
                }
                if fence != nil || fenceMarker(scalars, at: index) != nil {
                    index = lineEnd
                    continue
                }
                if startsStatement(scalars, at: index) {
                    let end = statementEnd(scalars, from: index)
                    blank(index..<end, in: scalars, into: &result)
                    index = end
                    atLineStart = true
                    continue
                }
            }
            let scalar = scalars[index]
            if SourceText.isLineBreak(scalar) {
                atLineStart = true
                index += 1
            } else if scalar == "`" {
                index = inlineCodeEnd(scalars, at: index)
            } else if scalar == "{", index == 0 || scalars[index - 1] != "\\", let end = expressionEnd(scalars, at: index) {
                blank(index..<end, in: scalars, into: &result)
                // An attribute's expression (`text={...}`) becomes an empty quoted value, so that
                // the component's tag stays a tag and is not read as words.
                if index > 0, scalars[index - 1] == "=" {
                    result?[index] = "\""
                    result?[end - 1] = "\""
                    properties += MDXProperties.strings(in: scalars, expression: index..<end)
                }
                // An expression over several lines must not leave blank lines that end its paragraph.
                for line in index + 1..<end where SourceText.isLineBreak(scalars[line - 1]) && !SourceText.isLineBreak(scalars[line]) {
                    result?[line] = "\u{A0}"
                }
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    private static func blank(_ range: Range<Int>, in scalars: [Unicode.Scalar], into result: inout [Unicode.Scalar]?) {
        if result == nil { result = scalars }
        for index in range where !SourceText.isLineBreak(scalars[index]) { result?[index] = " " }
        // Blanks at a line's start would indent its text into a code block (as in TemplateMarkup).
        if TemplateMarkup.opensLineBeforeText(scalars, start: range.lowerBound, end: range.upperBound) {
            result?[range.lowerBound] = "\u{A0}"
        }
    }

    private static func end(ofLineAt index: Int, in scalars: [Unicode.Scalar]) -> Int {
        var cursor = index
        while cursor < scalars.count, !SourceText.isLineBreak(scalars[cursor]) { cursor += 1 }
        return cursor
    }

    /// Three or more backticks or tildes after at most three spaces.
    static func fenceMarker(_ scalars: [Unicode.Scalar], at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var cursor = index
        while cursor < scalars.count, cursor - index < 3, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor] == "`" || scalars[cursor] == "~" else { return nil }
        let marker = scalars[cursor]
        var length = 0
        while cursor < scalars.count, scalars[cursor] == marker { cursor += 1; length += 1 }
        return length >= 3 ? (marker, length) : nil
    }

    /// `import ` or `export ` at the very start of a line.
    private static func startsStatement(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for keyword in ["import", "export"] {
            let keyScalars = Array(keyword.unicodeScalars)
            guard index + keyScalars.count < scalars.count, Array(scalars[index..<index + keyScalars.count]) == keyScalars else { continue }
            let after = scalars[index + keyScalars.count]
            if after == " " || after == "{" || after == "\t" { return true }
        }
        return false
    }

    /// The start of the next blank line after `index`, or the end of the text.
    private static func statementEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var cursor = end(ofLineAt: index, in: scalars)
        while cursor < scalars.count {
            var next = cursor + 1
            if scalars[cursor] == "\r", next < scalars.count, scalars[next] == "\n" { next += 1 }
            let lineEnd = end(ofLineAt: next, in: scalars)
            if scalars[next..<lineEnd].allSatisfy({ $0 == " " || $0 == "\t" }) { return next }
            cursor = lineEnd
        }
        return cursor
    }

    /// Past a run of backticks and its closing run of the same length (inline code), or past
    /// the opening run when none closes it.
    private static func inlineCodeEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == "`" { cursor += 1 }
        let length = cursor - index
        var search = cursor
        let limit = min(scalars.count, cursor + maxExpressionLength)
        while search < limit {
            if scalars[search] == "`" {
                var run = search
                while run < scalars.count, scalars[run] == "`" { run += 1 }
                if run - search == length { return run }
                search = run
            } else {
                search += 1
            }
        }
        return cursor
    }

    /// Past the brace that closes the expression opening at `index`, strings skipped; nil when
    /// none does within `maxExpressionLength`. A quote after a letter or digit opens no string:
    /// it is an apostrophe in the text of JSX inside the expression ("If you're providing"),
    /// and taken for a string it would carry the expression over every brace to the next one.
    private static func expressionEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var depth = 0
        var quote: Unicode.Scalar?
        var cursor = index
        let limit = min(scalars.count, index + maxExpressionLength)
        while cursor < limit {
            let scalar = scalars[cursor]
            if let open = quote {
                if scalar == "\\" { cursor += 1 } else if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" || scalar == "`", cursor == index || !isWordScalar(scalars[cursor - 1]) {
                quote = scalar
            } else if scalar == "{" {
                depth += 1
            } else if scalar == "}" {
                depth -= 1
                if depth == 0 { return cursor + 1 }
            }
            cursor += 1
        }
        return nil
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
