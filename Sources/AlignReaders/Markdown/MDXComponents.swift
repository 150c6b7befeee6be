/// The components of an MDX page whose tags stand on lines of their own, and the Markdown they
/// hold. MDX reads what is between `<Accordion title="…">` and `</Accordion>` as Markdown, however
/// it is indented; cmark would take the tag and the text under it for one raw HTML block (read
/// as flat text, its lists and links unparsed) and text indented four spaces after a blank line
/// for code (not read at all). So the tag lines are blanked and recorded, and cmark is given each
/// component's lines moved left by the indent of its first line of text, padded at the end so
/// that every line keeps its length: the walker reads positions from the file's own layout.
struct MDXComponents {
    /// A component tag on a line of its own, and the line it starts on (from 1, as cmark counts).
    struct Tag: Equatable {
        var line: Int
        var tag: ComponentTag
    }

    /// The page with its tag lines blanked (the walker's source).
    var source: [Unicode.Scalar]
    /// The same with each component's lines moved left (cmark's input).
    var layout: [Unicode.Scalar]
    var tags: [Tag]

    /// The components of `scalars`, or nil when no tag stands on a line of its own.
    static func read(_ scalars: [Unicode.Scalar]) -> MDXComponents? {
        var lines: [Range<Int>] = []
        var start = 0
        for index in scalars.indices where scalars[index] == "\n" {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<scalars.count)
        var source = scalars
        var layout = scalars
        var tags: [Tag] = []
        // Open components, innermost last, with the indent their text is moved left by.
        var open: [(name: String, indent: Int?)] = []
        var fence: (scalar: Unicode.Scalar, length: Int)?
        var number = 0
        while number < lines.count {
            let line = lines[number]
            let indent = indentation(scalars, line)
            let text = (line.lowerBound + indent)..<line.upperBound
            if fence == nil, let span = tagSpan(scalars, lines: lines, from: number) {
                for covered in number...span.lastLine {
                    for index in lines[covered] where !isLineEnd(scalars[index]) { source[index] = " "; layout[index] = " " }
                }
                for tag in span.tags {
                    tags.append(Tag(line: number + 1, tag: tag))
                    switch tag.kind {
                    case .opening: open.append((tag.name, nil))
                    case .closing: if let at = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(at...) }
                    case .selfClosing: break
                    }
                }
                number = span.lastLine + 1
                continue
            }
            if let marker = MDXSyntax.fenceMarker(scalars, at: text.lowerBound) {
                if fence == nil { fence = marker } else if marker.scalar == fence?.scalar, marker.length >= fence?.length ?? 0 { fence = nil }
            }
            if !open.isEmpty, !text.isEmpty {
                if open[open.count - 1].indent == nil { open[open.count - 1].indent = indent }
                let shift = min(indent, open[open.count - 1].indent ?? 0)
                if shift > 0 {
                    // The line's text moved left by `shift`, the same number of spaces after it.
                    let moved = Array(scalars[(line.lowerBound + shift)..<line.upperBound]) + Array(repeating: " ", count: shift)
                    layout.replaceSubrange(line, with: moved)
                }
            }
            number += 1
        }
        return tags.isEmpty ? nil : MDXComponents(source: source, layout: layout, tags: tags)
    }

    private static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "\r" }

    private static func indentation(_ scalars: [Unicode.Scalar], _ line: Range<Int>) -> Int {
        var count = 0
        while line.lowerBound + count < line.upperBound, scalars[line.lowerBound + count] == " " { count += 1 }
        return count
    }

    /// The tags of a tag span starting on line `number`: lines holding nothing but component
    /// tags (`<Accordion title="…">`, `</Tab>`, `<Card … />`, an opening tag written over several
    /// lines). Nil when the line holds anything else.
    static func tagSpan(_ scalars: [Unicode.Scalar], lines: [Range<Int>], from number: Int) -> (tags: [ComponentTag], lastLine: Int)? {
        var tags: [ComponentTag] = []
        var cursor = lines[number].lowerBound
        var lineNumber = number
        func skipSpace() {
            while cursor < lines[lineNumber].upperBound, scalars[cursor] == " " || scalars[cursor] == "\t" || scalars[cursor] == "\r" { cursor += 1 }
        }
        skipSpace()
        guard cursor < lines[number].upperBound, scalars[cursor] == "<" else { return nil }
        while cursor < lines[lineNumber].upperBound {
            guard scalars[cursor] == "<", let tag = ComponentTag.read(scalars, at: cursor) else { return nil }
            tags.append(tag)
            cursor = tag.end
            // An opening tag written over several lines ends on a later one.
            while lineNumber + 1 < lines.count, cursor > lines[lineNumber].upperBound { lineNumber += 1 }
            skipSpace()
        }
        return (tags, lineNumber)
    }
}
