/// The sections that raw HTML opens in Markdown and leaves open for the Markdown written inside:
/// a `<details>` headed by its `<summary>`, and a component headed by its `title` attribute
/// (`<Accordion title="Webpacker compilation errors">`, `<Tab title="Members">`), which docs
/// sites show as the heading of what the component holds. Innermost last.
struct RawHTMLSections {
    private var open: [(tag: String, heading: String)] = []

    /// The headings of the open sections, outermost first (empty ones left out).
    var headings: [String] { open.map(\.heading).filter { !$0.isEmpty } }

    var isEmpty: Bool { open.isEmpty }

    /// Keeps the sections in step with one piece of raw HTML: the tags it opens and leaves
    /// open, and those it closes.
    mutating func follow(_ html: String) {
        guard html.contains("<") else { return }
        let lower = html.lowercased()
        if lower.contains("details") { followDetails(html, lower: lower) }
        for tag in Self.componentTags(in: html) {
            if tag.isClosing {
                if let index = open.lastIndex(where: { $0.tag == tag.name }) { open.removeSubrange(index...) }
            } else if let title = tag.title {
                open.append((tag.name, title))
            }
        }
    }

    private mutating func followDetails(_ html: String, lower: String) {
        let opened = lower.ranges(of: "<details").count
        let closed = lower.ranges(of: "</details").count
        if opened > closed {
            var summary = ""
            if let open = lower.range(of: "<summary"), let start = lower[open.upperBound...].firstIndex(of: ">"),
               let close = lower.range(of: "</summary", range: start..<lower.endIndex) {
                summary = Self.textOfTags(String(html[html.index(after: start)..<close.lowerBound]))
            }
            for _ in 0..<(opened - closed) { open.append(("details", summary)) }
        } else {
            for _ in 0..<(closed - opened) {
                guard let index = open.lastIndex(where: { $0.tag == "details" }) else { break }
                open.remove(at: index)
            }
        }
    }

    /// The text of a short piece of HTML, tags dropped and white space collapsed.
    static func textOfTags(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A component's tag: a JSX name (a capital first letter: `Accordion`, `Tabs.Tab`), whether it
    /// closes, and for an opening tag that stays open, its `title`.
    struct ComponentTag: Equatable {
        var name: String
        var isClosing: Bool
        var title: String?
    }

    /// The component tags of `html` in order; a self-closing tag opens nothing and is left out.
    static func componentTags(in html: String) -> [ComponentTag] {
        let scalars = Array(html.unicodeScalars)
        var tags: [ComponentTag] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else {
                index += 1
                continue
            }
            var cursor = index + 1
            let isClosing = cursor < scalars.count && scalars[cursor] == "/"
            if isClosing { cursor += 1 }
            let nameStart = cursor
            while cursor < scalars.count, isNameScalar(scalars[cursor]) { cursor += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<cursor]))
            guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else {
                index = cursor
                continue
            }
            // To the tag's end, quoted values skipped.
            var quote: Unicode.Scalar?
            var title: String?
            var selfClosing = false
            while cursor < scalars.count {
                let scalar = scalars[cursor]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                    if title == nil, isTitleAttribute(scalars, before: cursor), let end = scalars[(cursor + 1)...].firstIndex(of: scalar) {
                        title = String(String.UnicodeScalarView(scalars[(cursor + 1)..<end]))
                            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                    }
                } else if scalar == ">" {
                    selfClosing = cursor > 0 && scalars[cursor - 1] == "/"
                    break
                }
                cursor += 1
            }
            if isClosing {
                tags.append(ComponentTag(name: name, isClosing: true))
            } else if !selfClosing {
                tags.append(ComponentTag(name: name, isClosing: false, title: title))
            }
            index = cursor + 1
        }
        return tags
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
    }

    /// Whether the quote at `index` opens the value of a `title` attribute (`title="…"`).
    private static func isTitleAttribute(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        let name: [Unicode.Scalar] = [" ", "t", "i", "t", "l", "e", "="]
        guard index >= name.count else { return false }
        return zip(scalars[(index - name.count)..<index], name).allSatisfy { $0 == $1 || ($1 == " " && ($0 == "\n" || $0 == "\t")) }
    }
}
