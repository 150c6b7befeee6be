/// The words around a block that say what it is about: the headings above it, its table row and
/// column headers, the paragraph that introduces its list, the `Label:` that opens it. Readers fill
/// it; claims take a topic or a condition from it when the sentence itself names none.
public struct BlockContext: Hashable, Sendable {
    /// Headings above the block, outermost first ("Support", "Response times").
    public var headings: [String]
    /// A table cell's row header: the first cell of its row (nil for the first cell itself).
    public var rowHeader: String?
    /// A table cell's column header: the header row's cell above it (nil in the header row).
    public var columnHeader: String?
    /// A list item's parent: the enclosing list item, or the paragraph just before the list.
    public var listParent: String?
    /// The label that opens the block ("First reply" of "**First reply:** 4 hours"), without its colon.
    public var label: String?

    public init(
        headings: [String] = [], rowHeader: String? = nil, columnHeader: String? = nil,
        listParent: String? = nil, label: String? = nil
    ) {
        self.headings = headings
        self.rowHeader = rowHeader
        self.columnHeader = columnHeader
        self.listParent = listParent
        self.label = label
    }

    public static let none = BlockContext()

    public var isEmpty: Bool {
        headings.isEmpty && rowHeader == nil && columnHeader == nil && listParent == nil && label == nil
    }

    /// The context's texts in the order a topic or condition is taken from them: label, row
    /// header, column header, list parent, then headings from the innermost out.
    public var nearestFirst: [String] {
        var texts: [String] = []
        texts.reserveCapacity(4 + headings.count)
        if let label { texts.append(label) }
        if let rowHeader { texts.append(rowHeader) }
        if let columnHeader { texts.append(columnHeader) }
        if let listParent { texts.append(listParent) }
        texts.append(contentsOf: headings.reversed())
        return texts
    }
}
