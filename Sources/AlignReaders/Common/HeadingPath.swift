/// The headings above the text read so far, outermost first. A heading replaces those at its
/// level and deeper. Its texts are kept as the very array a block's context holds, so every
/// block under the same headings shares it instead of having its own copy made.
struct HeadingPath {
    /// Each heading's level, rising: a heading removes every one at its level or deeper, so the
    /// ones left are all above it.
    private var levels: [Int] = []
    private(set) var texts: [String] = []

    mutating func enter(_ text: String, level: Int) {
        close(level: level)
        levels.append(level)
        texts.append(text)
    }

    /// Leaves the headings at `level` and deeper: done before a heading is read, so that its own
    /// context is the headings above it, not the sibling before it.
    mutating func close(level: Int) {
        while let last = levels.last, last >= level {
            levels.removeLast()
            texts.removeLast()
        }
    }
}
