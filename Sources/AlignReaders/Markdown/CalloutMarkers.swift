/// The markers of callouts are not text: a GitHub alert's `[!WARNING]` opening a blockquote, and
/// the `:::note` and `:::` fences of Docusaurus and VitePress admonitions. Docs sites render them
/// as a box and its icon; read as words they joined the sentence after them ("[!WARNING]
/// Triggers are rate limited to …"). Blanked scalar for scalar, as template markup is, so that
/// lines and columns stay the file's.
enum CalloutMarkers {
    /// `scalars` with callout markers blanked, or nil when there is none. `utf8`, the file's own
    /// bytes when `scalars` are its text unchanged, says so at once for most files.
    static func blanked(_ scalars: [Unicode.Scalar], utf8: ArraySlice<UInt8>?) -> [Unicode.Scalar]? {
        if let utf8, !mayHoldMarker(utf8) { return nil }
        var result: [Unicode.Scalar]?
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, !SourceText.isLineBreak(scalars[lineEnd]) { lineEnd += 1 }
            if let marker = marker(in: scalars, from: lineStart, to: lineEnd) {
                if result == nil { result = scalars }
                for index in marker { result?[index] = " " }
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    /// `blanked` on `scalars` when a blanking before made them, else on `source`, whose scalars
    /// are made only when its bytes may hold a marker.
    static func blanked(_ scalars: [Unicode.Scalar]?, or source: SourceText, utf8: ArraySlice<UInt8>?) -> [Unicode.Scalar]? {
        if let scalars { return blanked(scalars, utf8: utf8) }
        if let bytes = utf8 ?? source.ascii?[...], !mayHoldMarker(bytes) { return nil }
        return blanked(source.allScalars, utf8: nil)
    }

    /// Whether the bytes hold `[!` or `:::` anywhere: each `[` and each `:` found by `memchr`.
    static func mayHoldMarker(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            func opens(at index: Int) -> Bool {
                let byte = buffer[index]
                if byte == 0x5B { return index + 1 < buffer.count && buffer[index + 1] == 0x21 }
                return byte == 0x3A && index + 2 < buffer.count && buffer[index + 1] == 0x3A && buffer[index + 2] == 0x3A
            }
            return ByteWords.contains(in: buffer, byte: 0x5B, where: opens) || ByteWords.contains(in: buffer, byte: 0x3A, where: opens)
        }
    }

    /// The marker on the line `start..<end`, after its indent and blockquote signs: `[!WORD]`
    /// alone on its line, or a line opening with `:::`.
    static func marker(in scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Range<Int>? {
        var cursor = start
        while cursor < end, scalars[cursor] == " " || scalars[cursor] == ">" || scalars[cursor] == "\t" { cursor += 1 }
        let markerStart = cursor
        if cursor + 2 < end, scalars[cursor] == "[", scalars[cursor + 1] == "!" {
            cursor += 2
            let word = cursor
            while cursor < end, isLetter(scalars[cursor]) { cursor += 1 }
            guard cursor > word, cursor < end, scalars[cursor] == "]" else { return nil }
            let markerEnd = cursor + 1
            guard scalars[markerEnd..<end].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            return markerStart..<markerEnd
        }
        guard cursor + 2 < end || cursor + 3 == end, scalars[cursor...].prefix(3).elementsEqual([":", ":", ":"]) else { return nil }
        // The fence with its type and title (":::tip[Good to know]", "::: warning Heads up"): the
        // title is the box's heading, which left on the line would indent into a code block.
        return markerStart..<end
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
