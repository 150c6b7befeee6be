import CLibXML2

/// libxml2's line for a node, said once: where a text node's text ends, 0 when libxml2 does not
/// know it, and capped at 65,535 by the HTML parser (it has no `XML_PARSE_BIG_LINES`). Only a
/// `known` line bounds a search for the node's text in the source.
struct NodeLine {
    let value: Int

    init(_ node: UnsafeMutablePointer<xmlNode>) {
        value = Int(xmlGetLineNo(node))
    }

    /// The line, when it is one libxml2 can count to.
    var known: Int? { value > 0 && value < 65_535 ? value : nil }
}
