/// When an HTML file is a customer email rather than a page: teams keep their transactional and
/// marketing emails as HTML templates, which must be read as emails (greeting, listening) even
/// though nothing in the file is a message header.
public enum EmailTemplate {
    /// Folder names (lower-case) whose HTML files are emails; so is a Rails mailer's views folder,
    /// named for the mailer (`app/views/user_mailer/`).
    static let folders: Set<String> = ["email", "emails", "mail", "newsletter", "newsletters", "notifications"]
    static let mailerSuffix = Array("_mailer".utf8)

    /// Whether an HTML file at `path` with these bytes is an email template: it lies under an
    /// email folder, or it is shaped like one (a preheader, `role="presentation"` layout tables).
    static func isEmail(path: String, body: ArraySlice<UInt8>) -> Bool {
        isUnderEmailFolder(path) || hasEmailShape(body)
    }

    static func isUnderEmailFolder(_ path: String) -> Bool {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            // Lower-cased and split as Characters (a `/` may carry a combining mark).
            let components = path.lowercased().split(separator: "/")
            return components.dropLast().contains { folders.contains(String($0)) || $0.hasSuffix("_mailer") }
        }
        // ASCII, as nearly every path is: its folders compared in place, with no string made.
        var path = path
        return path.withUTF8 { bytes in
            // The folders are the components before the last one that is not empty (what
            // `split(separator:).dropLast()` keeps): up to the last `/` before it.
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            while end > 0, bytes[end - 1] != UInt8(ascii: "/") { end -= 1 }
            var start = 0
            for index in 0..<end where bytes[index] == UInt8(ascii: "/") {
                if isFolder(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return true }
                start = index + 1
            }
            return false
        }
    }

    /// Whether ASCII bytes name an email folder in any case: only names of a folder's length are
    /// compared.
    private static func isFolder(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        if name.count > mailerSuffix.count, zip(mailerSuffix, name.suffix(mailerSuffix.count)).allSatisfy({ $0 == lower($1) }) { return true }
        guard name.count >= 4, name.count <= 13 else { return false }
        return folderBytes.contains { folder in
            folder.count == name.count && zip(folder, name).allSatisfy { $0 == lower($1) }
        }
    }

    private static let folderBytes = folders.map { Array($0.utf8) }

    /// Markers no web page needs and nearly every email template has: a preheader (the hidden
    /// preview line) and tables marked as layout for screen readers.
    static let markers: [[UInt8]] = ["preheader", "role=\"presentation\"", "role='presentation'", "role=presentation"].map { Array($0.utf8) }

    public static func hasEmailShape(_ body: ArraySlice<UInt8>) -> Bool {
        body.withUnsafeBufferPointer { bytes in
            // Every marker has "pre" ("preheader", "presentation"): the markers are compared only
            // where a `p` or a `P` could start it, each found by `memchr`.
            func marked(around index: Int) -> Bool {
                guard bytes[index] | 0x20 == UInt8(ascii: "p"), index + 2 < bytes.count,
                      bytes[index + 1] | 0x20 == UInt8(ascii: "r"), bytes[index + 2] | 0x20 == UInt8(ascii: "e") else { return false }
                for (marker, offset) in zip(markers, markerOffsets) where index >= offset && matches(marker, in: bytes, at: index - offset) {
                    return true
                }
                return false
            }
            return ByteWords.contains(in: bytes, byte: UInt8(ascii: "p"), where: marked)
                || ByteWords.contains(in: bytes, byte: UInt8(ascii: "P"), where: marked)
        }
    }

    /// Where each marker's "pre" starts in it.
    private static let markerOffsets: [Int] = markers.map { marker in
        (0..<marker.count).first { Array(marker[$0...]).starts(with: Array("pre".utf8)) } ?? 0
    }

    private static func matches(_ marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        for offset in 0..<marker.count where lower(bytes[index + offset]) != marker[offset] { return false }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
