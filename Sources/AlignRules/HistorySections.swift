import AlignModel

/// The sections of a document that record what was so: under a heading that names a changelog
/// ("### Document changelog"), or under a heading of a year when a later year heads another
/// section ("## GSoC 2021" on an archive page that opens with "## GSoC 2025"). Their figures and
/// names are that time's. Made once per document, asked per block.
struct HistorySections {
    private let document: AnalyzedDocument
    /// The latest year a heading names; nil unless the headings name two years or more.
    private let latestYear: Int?

    init(_ document: AnalyzedDocument) {
        self.document = document
        var years: [Int] = []
        for block in document.document.blocks where block.kind == .heading {
            if let year = Self.year(in: block.text) { years.append(year) }
        }
        latestYear = years.min() != years.max() ? years.max() : nil
    }

    func contains(block index: Int) -> Bool {
        if document.isUnderHistoryHeading(block: index) { return true }
        guard let latestYear else { return false }
        let block = document.document.blocks[index]
        // The nearest heading that names a year, the block itself if it is one.
        let headings = block.kind == .heading ? block.context.headings + [block.text] : block.context.headings
        guard let year = headings.reversed().lazy.compactMap(Self.year).first else { return false }
        return year < latestYear
    }

    /// The year a heading names: four digits from 1990 to 2099 standing alone, not part of a
    /// version ("2021.1") or a longer number.
    static func year(in heading: String) -> Int? {
        // Asked of every heading of every document: read in place, not copied.
        heading.utf8.withContiguousStorageIfAvailable(year(in:)) ?? Array(heading.utf8).withUnsafeBufferPointer(year(in:))
    }

    private static func year(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            guard Self.isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            guard index - start == 4, !Self.isJoined(bytes, before: start), !Self.isJoined(bytes, after: index),
                  case let year = bytes[start..<index].reduce(0, { $0 * 10 + Int($1 - 0x30) }), (1990...2099).contains(year) else { continue }
            return year
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether a dot and a digit join the number to a version: "v2021.1", "1.2021".
    private static func isJoined(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        start >= 2 && bytes[start - 1] == UInt8(ascii: ".") && isDigit(bytes[start - 2])
            || start >= 1 && (bytes[start - 1] | 0x20) == UInt8(ascii: "v")
    }

    private static func isJoined(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        end + 1 < bytes.count && bytes[end] == UInt8(ascii: ".") && isDigit(bytes[end + 1])
    }
}
