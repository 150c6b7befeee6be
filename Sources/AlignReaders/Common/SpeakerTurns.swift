import AlignModel

/// Lines read as speaker turns, in a script or a canned reply kept in a fence: `NAME: text`
/// starts a turn, a blank line ends one, and the other party's turns (the customer's words)
/// are dropped, never checked.
struct SpeakerTurns {
    let otherParty: Set<String>
    /// The text's line table, when turns are placed by source index.
    let lines: LineTable?
    private(set) var blocks: [Block] = []
    private var current: (builder: BlockBuilder, speaker: String?, dropped: Bool)?

    init(otherParty: Set<String>, lines: LineTable? = nil) {
        self.otherParty = otherParty
        self.lines = lines
    }

    /// One non-blank line, trimmed, its first scalar at `place`. `ascii`: the same text as the
    /// bytes of a source kept as bytes (its indexes need not be the text's), copied as they are.
    mutating func add(_ text: ArraySlice<Unicode.Scalar>, at place: SourcePlace, ascii: ArraySlice<UInt8>? = nil) {
        // How far into the line the turn's text starts.
        var offset = 0
        // A line of a source kept as bytes is told on its bytes: no String until a turn opens.
        if let turn = ascii.map(Self.turn(ascii:)) ?? Self.turn(text) {
            endTurn()
            current = (BlockBuilder(lines: lines), turn.speaker, OpeningLabel.isOtherParty(turn.speaker, among: otherParty))
            offset = turn.textStart - (ascii?.startIndex ?? text.startIndex)
        } else if current == nil {
            current = (BlockBuilder(lines: lines), nil, false)
        } else {
            current?.builder.appendSpace()
        }
        if let ascii, case .index(let first) = place {
            current?.builder.append(ascii.dropFirst(offset), verbatimFrom: first + offset)
        } else {
            current?.builder.append(text.dropFirst(offset), from: place.advanced(by: offset))
        }
    }

    /// A blank line, or the end of the text.
    mutating func endTurn() {
        if let turn = current, !turn.dropped,
           let block = turn.builder.build(kind: turn.speaker == nil ? .paragraph : .speakerTurn, speaker: turn.speaker) {
            blocks.append(block)
        }
        current = nil
    }

    /// `Alex: ...` or `Alex (Sales): ...`: one to four words of letters, an optional parenthesis,
    /// a colon, then a space or the end of the line (so `http://` is no speaker).
    static func turn(_ line: ArraySlice<Unicode.Scalar>) -> (speaker: String, textStart: Int)? {
        // The first colon, looked for only as far as a speaker's name may reach.
        guard let colon = line.prefix(61).firstIndex(of: ":") else { return nil }
        let afterColon = colon + 1
        guard afterColon == line.endIndex || TextScalars.isSpace(line[afterColon]) else { return nil }
        var name = TextScalars.string(TextScalars.trimmed(line[line.startIndex..<colon]))
        var role = ""
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            role = String(name[open...])
            name = String(name[..<open]).trimmingSpaces
            guard !role.dropFirst().dropLast().contains(where: { $0 == "(" || $0 == ")" }) else { return nil }
        }
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count),
              words.allSatisfy(isNameWord)
        else { return nil }
        var textStart = afterColon
        while textStart < line.endIndex, TextScalars.isSpace(line[textStart]) { textStart += 1 }
        return (role.isEmpty ? name : name + " " + role, textStart)
    }

    /// `turn` on the bytes of an ASCII line (each byte one scalar; a split on spaces and a name's
    /// words are the same on bytes as on Characters there): the same speaker and text start.
    static func turn(ascii line: ArraySlice<UInt8>) -> (speaker: String, textStart: Int)? {
        guard let colon = line.prefix(61).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let afterColon = colon + 1
        guard afterColon == line.endIndex || WhiteSpace.isSpace(line[afterColon]) else { return nil }
        var name = WhiteSpace.trimmed(line[line.startIndex..<colon])
        var role: ArraySlice<UInt8> = []
        if name.last == UInt8(ascii: ")"), let open = name.lastIndex(of: UInt8(ascii: "(")) {
            role = name[open...]
            name = WhiteSpace.trimmed(name[..<open])
            guard !role.dropFirst().dropLast().contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else { return nil }
        }
        // One to four words between spaces, each a name's: told in place, with no array of them.
        var words = 0
        var wordStart = name.startIndex
        for index in name.indices where name[index] == 0x20 {
            if index > wordStart {
                words += 1
                guard words <= 4, isNameWord(ascii: name[wordStart..<index]) else { return nil }
            }
            wordStart = index + 1
        }
        if name.endIndex > wordStart {
            words += 1
            guard words <= 4, isNameWord(ascii: name[wordStart..<name.endIndex]) else { return nil }
        }
        guard words >= 1 else { return nil }
        var textStart = afterColon
        while textStart < line.endIndex, WhiteSpace.isSpace(line[textStart]) { textStart += 1 }
        let speaker = role.isEmpty ? String(decoding: name, as: UTF8.self) : String(decoding: name + [0x20] + role, as: UTF8.self)
        return (speaker, textStart)
    }

    /// A word of a name: a letter, then letters, `'`, `-` or `.`. An ASCII word is told on its
    /// bytes (each one Character, and a letter only when it is A-Z or a-z).
    static func isNameWord(_ word: Substring) -> Bool {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return word.first?.isLetter == true && word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" || $0 == "." }
        }
        return isNameWord(ascii: word.utf8)
    }

    /// `isNameWord` for ASCII bytes: a letter only when it is A-Z or a-z.
    static func isNameWord(ascii word: some Collection<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }
        guard let first = word.first, isLetter(first) else { return false }
        return word.allSatisfy { isLetter($0) || $0 == 0x27 || $0 == 0x2D || $0 == 0x2E }
    }
}
