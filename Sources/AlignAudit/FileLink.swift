/// A link from the report to a corpus file. Always relative and without a scheme: every path
/// segment is percent-encoded (':' included), so no file name can become `javascript:` or
/// `http://`, and the report never points outside the reader's own copy of the corpus.
public enum FileLink {
    /// `base` leads from the report's folder to the configuration's folder ("" or "../..").
    static func href(file: String, line: Int, base: String) -> String {
        let segments = base.split(separator: "/").map(String.init) + file.split(separator: "/").map(String.init)
        // A leading "./" keeps the first segment from ever reading as a scheme or an authority.
        return "./" + segments.map(encode).joined(separator: "/") + "#L\(line)"
    }

    /// The relative path from `folder` to `target` (both absolute, standardised), for `base`.
    public static func relativePath(from folder: String, to target: String) -> String {
        let from = folder.split(separator: "/")
        let to = target.split(separator: "/")
        var shared = 0
        while shared < min(from.count, to.count) && from[shared] == to[shared] { shared += 1 }
        let up = Array(repeating: "..", count: from.count - shared)
        return (up + to[shared...].map(String.init)).joined(separator: "/")
    }

    private static func encode(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            let isSafe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
            if isSafe {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
