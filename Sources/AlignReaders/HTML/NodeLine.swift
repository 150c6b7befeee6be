import CLibXML2

/// libxml2's line for a node, said once: where a text node's text ends, and 0 when libxml2 does
/// not know it. A tree node stores its line in 16 bits, so 65,535 and above may be the cap rather
/// than the line; the SAX pass reads the parser's own line, which has no cap. Only a `known` line
/// bounds a search for the node's text in the source.
struct NodeLine {
    let value: Int

    init(value: Int) {
        self.value = value
    }

    /// A tree node's line, as the tree keeps it.
    init(_ node: UnsafeMutablePointer<xmlNode>) {
        value = Int(xmlGetLineNo(node))
    }

    /// The line, when it is one libxml2 can count to.
    var known: Int? { value > 0 && value < 65_535 ? value : nil }
}
