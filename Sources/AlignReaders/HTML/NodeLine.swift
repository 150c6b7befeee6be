import CLibXML2

/// libxml2's line for a node, said once: where a text node's text ends, and 0 when libxml2 does
/// not know it. A node stores its line in 16 bits, so 65,535 and above may be the cap rather than
/// the line (`XML_PARSE_BIG_LINES` keeps the rest for some nodes only). Only a `known` line bounds
/// a search for the node's text in the source.
struct NodeLine {
    let value: Int

    init(_ node: UnsafeMutablePointer<xmlNode>) {
        value = Int(xmlGetLineNo(node))
    }

    /// The line, when it is one libxml2 can count to.
    var known: Int? { value > 0 && value < 65_535 ? value : nil }
}
