import AlignModel

/// `---` ... `---` at the top of a Markdown file: `key: value` lines, read without a YAML library.
struct FrontMatter {
    var settings: [String: String] = [:]
    /// The file's scalars with the front matter's characters (not its line breaks) removed.
    var blanked: [Unicode.Scalar]
    /// No front matter: `blanked` is the file's scalars unchanged.
    private(set) var isEmpty = true
    /// Scalars from here on are the file's own.
    private(set) var blankedEnd = 0

    init(_ source: SourceText) {
        blanked = source.scalars
        guard source.lineCount >= 2, TextScalars.string(source.text(ofLine: 1)).trimmingSpaces == "---" else { return }
        var closing: Int?
        for line in 2...source.lineCount where ["---", "..."].contains(TextScalars.string(source.text(ofLine: line)).trimmingSpaces) {
            closing = line
            break
        }
        guard let closing else { return }
        isEmpty = false
        for line in 2..<closing {
            let text = TextScalars.string(source.text(ofLine: line))
            guard let colon = text.firstIndex(of: ":"), !text.hasPrefix(" "), !text.hasPrefix("#") else { continue }
            let key = text[..<colon].trimmingSpaces.lowercased()
            var value = text[text.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, !value.isEmpty { settings[key] = ["channel", "audience"].contains(key) ? value.lowercased() : value }
        }
        for line in 1...closing {
            for index in source.start(ofLine: line)..<source.end(ofLine: line) { blanked[index] = " " }
        }
        blankedEnd = source.end(ofLine: closing)
    }
}
