/// Percent-encoding of file paths for URIs (RFC 3986).
enum URIEncoding {
    /// `path` as a URI path: every byte but the unreserved ones and `/` percent-encoded, UTF-8
    /// first. `:` is encoded too, so a relative path is never read as a scheme.
    static func path(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isUnreserved(byte) || byte == UInt8(ascii: "/") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hex(byte >> 4) + hex(byte & 0x0F)
            }
        }
        return out
    }

    /// A `file:` URI for a folder, ending in `/` as SARIF wants for a base.
    static func folder(_ absolutePath: String) -> String {
        var encoded = path(absolutePath)
        if !encoded.hasPrefix("/") { encoded = "/" + encoded }
        if !encoded.hasSuffix("/") { encoded += "/" }
        return "file://" + encoded
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hex(_ nibble: UInt8) -> String {
        String(nibble, radix: 16, uppercase: true)
    }
}
