/// A JSX component's tag in Markdown or MDX (`<Accordion title="…">`, `</Tab>`, `<Card … />`): a
/// capitalised name, whether it opens, closes or closes itself, and its `title`, which docs sites
/// show as the heading of what the component holds.
struct ComponentTag: Equatable {
    enum Kind: Equatable { case opening, closing, selfClosing }

    var name: String
    var kind: Kind
    var title: String?
    /// Where the title's text starts, as a scalar index.
    var titleStart: Int?
    /// Just past the tag's `>`.
    var end: Int

    /// A tag longer than this is taken for something else.
    static let maxLength = 2_000

    /// The component tag at `start`, to its `>` (quoted values skipped, across line breaks),
    /// within `maxLength` scalars; nil for anything else (an HTML tag, a `<` of text).
    static func read(_ scalars: [Unicode.Scalar], at start: Int) -> ComponentTag? {
        var cursor = start + 1
        let isClosing = cursor < scalars.count && scalars[cursor] == "/"
        if isClosing { cursor += 1 }
        let nameStart = cursor
        while cursor < scalars.count, isNameScalar(scalars[cursor]) { cursor += 1 }
        guard cursor > nameStart, ("A"..."Z").contains(scalars[nameStart]) else { return nil }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<cursor]))
        var quote: Unicode.Scalar?
        var title: String?
        var titleStart: Int?
        let limit = min(scalars.count, start + maxLength)
        while cursor < limit {
            let scalar = scalars[cursor]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
                if title == nil, !isClosing, isTitle(scalars, before: cursor), let end = scalars[(cursor + 1)..<limit].firstIndex(of: scalar) {
                    title = String(String.UnicodeScalarView(scalars[(cursor + 1)..<end])).collapsingWhiteSpace
                    titleStart = cursor + 1
                }
            } else if scalar == "<" {
                return nil
            } else if scalar == ">" {
                let kind: Kind = isClosing ? .closing : scalars[cursor - 1] == "/" ? .selfClosing : .opening
                return ComponentTag(name: name, kind: kind, title: title, titleStart: titleStart, end: cursor + 1)
            }
            cursor += 1
        }
        return nil
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
    }

    /// Whether the quote at `index` opens the value of a `title` attribute: `title="…"`, or with
    /// spaces around the `=` (`title ="AWS SNS"`).
    private static func isTitle(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, scalars[cursor] == " " { cursor -= 1 }
        guard cursor >= 0, scalars[cursor] == "=" else { return false }
        cursor -= 1
        while cursor >= 0, scalars[cursor] == " " { cursor -= 1 }
        let name: [Unicode.Scalar] = ["t", "i", "t", "l", "e"]
        guard cursor >= name.count else { return false }
        let before = scalars[cursor - name.count]
        return (before == " " || before == "\n" || before == "\t") && scalars[(cursor - name.count + 1)...cursor].elementsEqual(name)
    }
}
