import AlignModel

/// Reads `.txt` files: sales-call scripts and support macros. `NAME: text` starts a speaker turn;
/// the other party's turns (customer, prospect, ...) are their words, not ours, and are dropped.
public struct ScriptReader: DocumentReader {
    public static let extensions = ["txt"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: options.isEmail ? .email : .script)
        let source: SourceText
        switch TextInput.decode(bytes) {
        case .success(let decoded): source = TemplateMarkup.blanked(decoded.scalars).map(SourceText.init) ?? decoded
        case .failure(let error):
            document.problems.append(error.problem)
            return [document]
        }
        let customerSpeakers = Set(options.customerSpeakers.map { $0.lowercased() })
        var directives: [SuppressionDirective] = []
        var current: (builder: BlockBuilder, speaker: String?, dropped: Bool)?
        func finish() {
            if let turn = current, !turn.dropped,
               let block = turn.builder.build(kind: turn.speaker == nil ? .paragraph : .speakerTurn, speaker: turn.speaker) {
                document.blocks.append(block)
            }
            current = nil
        }
        for line in 1...max(source.lineCount, 1) {
            let start = source.start(ofLine: line)
            let text = source.text(ofLine: line)
            let trimmed = TextScalars.trimmed(text)
            if trimmed.isEmpty {
                finish()
                continue
            }
            if trimmed.first == "#" {
                let comment = TextScalars.string(trimmed.dropFirst())
                if let directive = SuppressionDirective(comment: comment, position: source.position(of: trimmed.startIndex), endLine: line),
                   directive.action == .disableNextLine {
                    directives.append(directive)
                }
                continue
            }
            var textStart = trimmed.startIndex
            if let turn = Self.speakerTurn(trimmed) {
                finish()
                let firstWord = turn.speaker.split(separator: " ").first.map { $0.lowercased() } ?? ""
                current = (BlockBuilder(), turn.speaker, customerSpeakers.contains(firstWord))
                textStart = turn.textStart
            } else if current == nil {
                current = (BlockBuilder(), nil, false)
            } else {
                current?.builder.appendSpace()
            }
            current?.builder.append(source.scalars[textStart..<trimmed.endIndex], from: SourcePosition(line: line, column: textStart - start + 1))
        }
        finish()
        document.suppressions = SuppressionDirective.resolve(directives, lastLine: source.lineCount, isBlank: source.isBlank(line:))
        return [document]
    }

    /// `Alex: ...` or `Alex (Sales): ...`: one to four words of letters, an optional parenthesis,
    /// a colon, then a space or the end of the line (so `http://` is no speaker).
    static func speakerTurn(_ line: ArraySlice<Unicode.Scalar>) -> (speaker: String, textStart: Int)? {
        guard let colon = line.firstIndex(of: ":"), colon - line.startIndex <= 60 else { return nil }
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
              words.allSatisfy({ word in word.first?.isLetter == true && word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" || $0 == "." } })
        else { return nil }
        var textStart = afterColon
        while textStart < line.endIndex, TextScalars.isSpace(line[textStart]) { textStart += 1 }
        return (role.isEmpty ? name : name + " " + role, textStart)
    }
}
