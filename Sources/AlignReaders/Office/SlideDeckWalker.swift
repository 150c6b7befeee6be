import AlignModel

/// A slide and its speaker notes: every paragraph of every text shape and table, in the order
/// written. Line = the slide's number; column = the scalar's offset in the slide's text, its
/// paragraphs counted one after another (the notes after the slide). The title placeholder is
/// the slide's heading; the notes sit under it, in "Speaker notes".
struct SlideDeckWalker {
    typealias Node = OfficeXML.Node
    var text: OfficeText
    let maxDepth: Int
    private var slide = 0
    private var column = 1

    init(otherParty: Set<String>, maxDepth: Int) {
        text = OfficeText(otherParty: otherParty)
        self.maxDepth = maxDepth
    }

    mutating func walk(slide document: OfficeXML, notes: OfficeXML?) {
        slide += 1
        column = 1
        text.resetHeadings()
        if let tree = document.root.flatMap({ OfficeXML.child($0, "cSld") }).flatMap({ OfficeXML.child($0, "spTree") }) {
            shapes(tree, isNotes: false, depth: 0)
        }
        guard let tree = notes?.root.flatMap({ OfficeXML.child($0, "cSld") }).flatMap({ OfficeXML.child($0, "spTree") }) else { return }
        text.heading(OfficeText.Paragraph(text: "Speaker notes", position: SourcePosition(line: slide, column: column)), level: 2)
        shapes(tree, isNotes: true, depth: 0)
    }

    private mutating func shapes(_ node: Node, isNotes: Bool, depth: Int) {
        guard depth < maxDepth else { return }
        for child in OfficeXML.children(node) {
            switch OfficeXML.name(child) {
            case "sp":
                let placeholder = Self.placeholder(child)
                // A notes page repeats the slide's picture and number: not notes.
                if isNotes, ["sldImg", "sldNum", "hdr", "ftr", "dt"].contains(placeholder ?? "") { continue }
                guard let body = OfficeXML.child(child, "txBody") else { continue }
                let isTitle = !isNotes && (placeholder == "title" || placeholder == "ctrTitle")
                for paragraph in OfficeXML.children(body) where OfficeXML.name(paragraph) == "p" {
                    let read = self.read(paragraph)
                    if isTitle { text.heading(read, level: 1) } else { text.add([read], kind: .paragraph, context: .none) }
                }
            case "grpSp":
                shapes(child, isNotes: isNotes, depth: depth + 1)
            case "graphicFrame":
                if let table = Self.descendant(child, "tbl", depth: 0) { self.table(table) }
            default:
                break
            }
        }
    }

    /// The `type` of a shape's placeholder (`title`, `body`, `sldNum`…), if it is one.
    private static func placeholder(_ shape: Node) -> String? {
        guard let properties = OfficeXML.child(shape, "nvSpPr"), let application = OfficeXML.child(properties, "nvPr"),
              let placeholder = OfficeXML.child(application, "ph") else { return nil }
        return OfficeXML.attribute(placeholder, "type") ?? "body"
    }

    private static func descendant(_ node: Node, _ name: String, depth: Int) -> Node? {
        guard depth < 8 else { return nil }
        for child in OfficeXML.children(node) {
            if OfficeXML.name(child) == name { return child }
            if let found = descendant(child, name, depth: depth + 1) { return found }
        }
        return nil
    }

    private mutating func read(_ paragraph: Node) -> OfficeText.Paragraph {
        var content = ""
        for child in OfficeXML.children(paragraph) {
            switch OfficeXML.name(child) {
            case "r", "fld": if let run = OfficeXML.child(child, "t") { content += OfficeXML.text(run) }
            case "br": content += " "
            default: break
            }
        }
        let paragraph = OfficeText.Paragraph(text: content, position: SourcePosition(line: slide, column: column))
        column += content.unicodeScalars.count + 1
        text.record(paragraph)
        return paragraph
    }

    private mutating func table(_ node: Node) {
        let rows = OfficeXML.children(node).filter { OfficeXML.name($0) == "tr" }.map { row in
            OfficeXML.children(row).filter { OfficeXML.name($0) == "tc" }.map { cell in
                OfficeXML.child(cell, "txBody").map { body in OfficeXML.children(body).filter { OfficeXML.name($0) == "p" }.map { read($0) } } ?? []
            }
        }
        text.addTable(rows)
    }
}
