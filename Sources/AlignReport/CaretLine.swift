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

    /// A long line (minified HTML, a generated table) is cut to a window around the span, marked
    /// with `…` at each cut, and the span is shifted to match, so the caret still lands right.
    static func window(_ line: String, span: SourceSpan, width: Int = 160) -> (line: String, span: SourceSpan) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, span) }
        let startIndex = min(max(span.start.column, 1) - 1, scalars.count)
        let from = max(0, min(startIndex - width / 3, scalars.count - width))
        let to = min(scalars.count, from + width)
        var view = String.UnicodeScalarView()
        if from > 0 { view.append("…") }
        view.append(contentsOf: scalars[from..<to])
        if to < scalars.count { view.append("…") }
        let shift = from - (from > 0 ? 1 : 0)
        var shifted = span
        shifted.start.column -= shift
        if span.end.line == span.start.line { shifted.end.column = min(span.end.column - shift, to - shift + 1) }
        return (String(view), shifted)
    }
}
