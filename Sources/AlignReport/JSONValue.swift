/// A JSON value written the same way on every run: object keys sorted by their UTF-8 bytes,
/// two-space indentation, non-ASCII text kept as is. Foundation's serializer is avoided so that
/// the bytes do not depend on the platform's number boxing or escaping choices.
public indirect enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    /// `.string` for a value, `.null` for none.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// The pretty-printed text at nesting level `indent`: reporters write a report a piece at a
    /// time, each piece where a whole tree printed at once would have put it.
    public func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .string(let text): Self.writeString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            for (index, item) in items.enumerated() {
                out.append(Self.spaces(indent + 1))
                item.write(into: &out, indent: indent + 1)
                out.append(index == items.count - 1 ? "\n" : ",\n")
            }
            out.append(Self.spaces(indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                out.append(Self.spaces(indent + 1))
                Self.writeString(key, into: &out)
                out.append(": ")
                members[key]?.write(into: &out, indent: indent + 1)
                out.append(index == keys.count - 1 ? "\n" : ",\n")
            }
            out.append(Self.spaces(indent) + "}")
        }
    }

    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private static func spaces(_ level: Int) -> String {
        level < indents.count ? indents[level] : String(repeating: "  ", count: level)
    }

    static func writeString(_ text: String, into out: inout String) {
        out.append("\"")
        // Most text needs no escape: it is appended whole, not a scalar at a time.
        var text = text
        let plain = text.withUTF8 { bytes in !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F } }
        if plain {
            out.append(text)
            out.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append("\\u" + hex4(scalar.value))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
