import AlignModel

extension Pattern {
    /// A pattern a user wrote in a file that PCRE2 refused, placed where it stopped.
    public struct WrittenError: Error, Hashable, Sendable {
        public var message: String
        /// 0-based offset in the pattern where PCRE2 stopped.
        public var offset: Int
        /// Where that is in the file.
        public var position: SourcePosition
    }

    /// Compiles a pattern written at `position` in `source` (the whole file, as read), the one way
    /// config files compile theirs, so that every loader places a bad pattern alike.
    public static func compile(_ written: String, at position: SourcePosition, in source: String) throws(WrittenError) -> Pattern {
        do {
            return try Pattern(written)
        } catch {
            throw WrittenError(message: error.message, offset: error.offset,
                               position: WrittenText.position(ofUTF8Offset: error.offset, in: written, at: position, source: source))
        }
    }
}

extension Pattern: Hashable {
    // Two patterns are the same when they were written the same: the loaders compile every
    // pattern with the same options.
    public static func == (a: Pattern, b: Pattern) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// Text a user wrote in a config file (a pattern, a value), placed in the file as read.
public enum WrittenText {
    /// The place in the file of a UTF-8 offset in `written`, a YAML scalar at `position` in
    /// `source`: exact when it is written on one line as it reads (plain, or quoted without
    /// escapes); else `position`.
    public static func position(ofUTF8Offset offset: Int, in written: String, at position: SourcePosition, source: String) -> SourcePosition {
        // Split on scalars: as Characters, "\r\n" is one and would not split on "\n".
        let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line >= 1, position.line <= lines.count, position.column >= 1 else { return position }
        let rest = String(String.UnicodeScalarView(lines[position.line - 1].dropFirst(position.column - 1)))
        let opening: Int
        if rest.hasPrefix(written) {
            opening = 0
        } else if let quote = rest.first, quote == "'" || quote == "\"", rest.dropFirst().hasPrefix(written) {
            opening = 1
        } else {
            return position
        }
        let scalars = String(decoding: written.utf8.prefix(max(0, offset)), as: UTF8.self).unicodeScalars.count
        return SourcePosition(line: position.line, column: position.column + opening + scalars)
    }
}
