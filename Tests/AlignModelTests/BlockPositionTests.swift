import Testing
import AlignModel

/// Anchors keep source indexes; a block's line table makes them lines and columns when asked.
@Suite struct BlockPositionTests {
    /// "ab\ncd  ef": lines start at 0 and 3.
    static let lines = LineTable(starts: [0, 3], lineOffset: 10)

    @Test func anIndexIsALineAndColumnOfTheTable() {
        let block = Block(kind: .paragraph, text: "ab cd ef", anchors: [
            PositionAnchor(offset: 0, place: .index(0)), PositionAnchor(offset: 3, place: .index(3)), PositionAnchor(offset: 6, place: .index(7)),
        ], lines: Self.lines)
        #expect(block.position(atUTF8Offset: 0) == SourcePosition(line: 11, column: 1))
        #expect(block.position(atUTF8Offset: 2) == SourcePosition(line: 11, column: 3))
        #expect(block.position(atUTF8Offset: 4) == SourcePosition(line: 12, column: 2))
        #expect(block.position(atUTF8Offset: 7) == SourcePosition(line: 12, column: 6))
        // The end of a span stays on the line of its last scalar.
        #expect(block.span(ofUTF8: 6..<8).end == SourcePosition(line: 12, column: 7))
    }

    @Test func aReadersPositionIsKeptAsGiven() {
        let block = Block(kind: .paragraph, text: "héllo", anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: 2, column: 5))])
        #expect(block.position(atUTF8Offset: 3) == SourcePosition(line: 2, column: 7))
        let approximate = Block(kind: .paragraph, text: "hello", anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: 2, column: 5))],
                                hasExactPositions: false)
        #expect(approximate.position(atUTF8Offset: 3) == SourcePosition(line: 2, column: 5))
    }

    @Test func aLongLineGetsAnchorsOnTheWay() {
        let text = String(repeating: "é", count: 3000)
        let block = Block(kind: .paragraph, text: text, anchors: [PositionAnchor(offset: 0, place: .index(5))], lines: LineTable(starts: [0]))
        #expect(block.anchors.count > 2)
        #expect(block.anchors.dropFirst().allSatisfy { if case .index = $0.place { true } else { false } })
        #expect(block.position(atUTF8Offset: 2 * 2500) == SourcePosition(line: 1, column: 2506))
    }
}
