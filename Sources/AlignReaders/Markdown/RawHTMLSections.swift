/// The sections that raw HTML opens in Markdown and leaves open for the Markdown written inside:
/// a `<details>` headed by its `<summary>`, and a component headed by its `title` attribute
/// (`<Accordion title="Webpacker compilation errors">`, `<Tab title="Members">`), which docs
/// sites show as the heading of what the component holds. Innermost last.
struct RawHTMLSections {
    private var stack: [(tag: String, heading: String)] = []

    /// The headings of the open sections, outermost first (empty ones left out).
    var headings: [String] { stack.map(\.heading).filter { !$0.isEmpty } }

    var isEmpty: Bool { stack.isEmpty }

    /// A section opened by `tag` and headed by `heading`.
    mutating func open(_ tag: String, heading: String) {
        stack.append((tag, heading))
    }

    /// Closes the innermost section `tag` opened, and any opened inside it.
    mutating func close(_ tag: String) {
        if let index = stack.lastIndex(where: { $0.tag == tag }) { stack.removeSubrange(index...) }
    }

    /// Keeps the sections in step with one piece of raw HTML: the tags it opens and leaves
    /// open, and those it closes.
    mutating func follow(_ html: String) {
        guard html.contains("<") else { return }
        let lower = html.lowercased()
        if lower.contains("details") { followDetails(html, lower: lower) }
        for tag in Self.componentTags(in: html) {
            if tag.kind == .closing {
                close(tag.name)
            } else if let title = tag.title {
                open(tag.name, heading: title)
            }
        }
    }

    private mutating func followDetails(_ html: String, lower: String) {
        let opened = lower.ranges(of: "<details").count
        let closed = lower.ranges(of: "</details").count
        if opened > closed {
            var summary = ""
            if let summaryTag = lower.range(of: "<summary"), let start = lower[summaryTag.upperBound...].firstIndex(of: ">"),
               let close = lower.range(of: "</summary", range: start..<lower.endIndex) {
                summary = Self.textOfTags(String(html[html.index(after: start)..<close.lowerBound]))
            }
            for _ in 0..<(opened - closed) { open("details", heading: summary) }
        } else {
            for _ in 0..<(closed - opened) {
                guard let index = stack.lastIndex(where: { $0.tag == "details" }) else { break }
                stack.remove(at: index)
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
        return text.collapsingWhiteSpace
    }

    /// The component tags of `html` that open or close a section, in order: a self-closing tag
    /// opens nothing and is left out.
    static func componentTags(in html: String) -> [ComponentTag] {
        let scalars = Array(html.unicodeScalars)
        var tags: [ComponentTag] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", let tag = ComponentTag.read(scalars, at: index) else {
                index += 1
                continue
            }
            if tag.kind != .selfClosing { tags.append(tag) }
            index = tag.end
        }
        return tags
    }
}
