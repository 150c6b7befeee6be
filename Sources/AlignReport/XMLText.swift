/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// Element content: markup characters escaped, characters XML 1.0 forbids dropped.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// An attribute value in double quotes. Tabs and line breaks are written as character
    /// references, since a parser would otherwise turn them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// XML 1.0 `Char`: tab, line feed, carriage return, and everything from U+0020 but U+FFFE and
    /// U+FFFF (Swift strings hold no surrogates).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
