/// Where each line of a document's source text starts, as scalar indexes: a block's anchors keep
/// source indexes, and this table makes them lines and columns only when a position is asked for
/// (as swift-syntax's `SourceLocationConverter` does). The blocks read from one text share one
/// table: an array, never copied unless written.
public struct LineTable: Sendable {
    /// Scalar index where each line starts; line 1 starts at 0.
    public let starts: [Int]
    /// Lines of the file before the text (an email part, HTML inside a Markdown page).
    public let lineOffset: Int

    public init(starts: [Int], lineOffset: Int = 0) {
        self.starts = starts.isEmpty ? [0] : starts
        self.lineOffset = lineOffset
    }

    /// The same text placed `lines` further down its file.
    public func offset(by lines: Int) -> LineTable {
        LineTable(starts: starts, lineOffset: lineOffset + lines)
    }

    /// The 1-based line of the text (not counting `lineOffset`) that holds the scalar at `index`.
    public func line(of index: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Whether `line(of: index)` is `line`, told from where that line and the next start, with
    /// no search of the table.
    public func isOnLine(_ line: Int, index: Int) -> Bool {
        guard line >= 1, line <= starts.count else { return false }
        if line > 1, index < starts[line - 1] { return false }
        return line == starts.count || index < starts[line]
    }

    /// The file position of the scalar at `index`.
    public func position(of index: Int) -> SourcePosition {
        let line = line(of: index)
        return SourcePosition(line: line + lineOffset, column: index - starts[line - 1] + 1)
    }
}

// Blocks are hashed and compared whole: a table compares by its content (the array first checks
// whether both share one buffer, as blocks of one text do), and hashes only its size, so hashing
// a block never walks every line start.
extension LineTable: Hashable {
    public static func == (a: LineTable, b: LineTable) -> Bool {
        a.lineOffset == b.lineOffset && a.starts == b.starts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lineOffset)
        hasher.combine(starts.count)
    }
}
