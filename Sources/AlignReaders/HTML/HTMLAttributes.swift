import CLibXML2

/// An element's attributes as libxml2's SAX parser hands them over: names and values in turn,
/// ended by a null name. A value may be null (`<td nowrap>`); it then reads as "", as the tree's
/// `xmlGetProp` reads it (the names asked for here are none of HTML's boolean attributes, whose
/// value would be their name). The parser keeps only the first of a repeated name.
struct HTMLAttributes {
    let pairs: UnsafePointer<UnsafePointer<xmlChar>?>?

    /// Whether the element has none (most have none: nothing to look up).
    var isEmpty: Bool { pairs?[0] == nil }

    /// The value of `name` (lower case, as the parser writes names).
    func value(_ name: StaticString) -> String? {
        guard let pairs else { return nil }
        var index = 0
        while let attribute = pairs[index] {
            if Self.equal(attribute, name) {
                return pairs[index + 1].map { String(cString: $0) } ?? ""
            }
            index += 2
        }
        return nil
    }

    private static func equal(_ bytes: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let expected = name.utf8Start
        for offset in 0..<name.utf8CodeUnitCount where bytes[offset] != expected[offset] { return false }
        return bytes[name.utf8CodeUnitCount] == 0
    }
}
