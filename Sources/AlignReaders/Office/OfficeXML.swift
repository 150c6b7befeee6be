import CLibXML2

/// One XML part of an Office document, parsed by libxml2 with no network, no DTD and no entity
/// substitution, walked by local names (`w:p` is `p`): the namespaces of a part are fixed.
final class OfficeXML {
    typealias Node = UnsafeMutablePointer<xmlNode>
    private let document: xmlDocPtr

    init?(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        let flags = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "part.xml", "UTF-8", flags) }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: Node? { xmlDocGetRootElement(document) }

    static func name(_ node: Node) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func isElement(_ node: Node, _ name: String) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE && Self.name(node) == name
    }

    /// The element children of `node`.
    static func children(_ node: Node) -> [Node] {
        var result: [Node] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    static func child(_ node: Node, _ name: String) -> Node? {
        children(node).first { Self.name($0) == name }
    }

    /// The value of the attribute with local name `name`, whatever its namespace.
    static func attribute(_ node: Node, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let local = current.pointee.name, String(cString: local) == name,
               let text = current.pointee.children?.pointee.content {
                return String(cString: text)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The text directly in a text element (`w:t`, `a:t`).
    static func text(_ node: Node) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                text += String(cString: content)
            }
            child = current.pointee.next
        }
        return text
    }
}
