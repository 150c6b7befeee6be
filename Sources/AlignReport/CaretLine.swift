import AlignModel

/// The `^~~~` line printed under a source line to show a finding's span.
enum CaretLine {
    /// Columns count Unicode scalars, as positions do. Tabs before the span are copied so the
    /// caret lines up however wide the terminal draws a tab; other scalars become one space.
    /// A span that runs past its line is underlined to the line's end.
    static func under(_ line: String, span: SourceSpan) -> String {
        let scalars = Array(line.unicodeScalars)
        let startIndex = max(span.start.column, 1) - 1
        var indent = ""
        for index in 0..<startIndex {
            indent += index < scalars.count && scalars[index] == "\t" ? "\t" : " "
        }
        let lineEnd = max(scalars.count - startIndex, 1)
        let spanWidth = span.end.line == span.start.line ? span.end.column - span.start.column : lineEnd
        let width = max(1, min(spanWidth, lineEnd))
        return indent + "^" + String(repeating: "~", count: width - 1)
    }
}
