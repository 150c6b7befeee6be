import AlignModel

/// Reads `.txt` files: sales-call scripts and support macros. `NAME: text` starts a speaker turn;
/// the other party's turns (customer, prospect, ...) are their words, not ours, and are dropped.
public struct ScriptReader: DocumentReader {
    public static let extensions = ["txt"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: options.isEmail ? .email : .script)
        let source: SourceText
        switch TextInput.decodeKeepingUTF8(bytes) {
        case .success(let (decoded, utf8)):
            source = TemplateMarkup.blanked(decoded, utf8: utf8).map(decoded.replacingScalars) ?? decoded
        case .failure(let error):
            document.problems.append(error.problem)
            return [document]
        }
        var turns = SpeakerTurns(otherParty: options.otherParty, lines: source.lines)
        var directives: [SuppressionDirective] = []
        for line in 1...max(source.lineCount, 1) {
            let raw = source.text(ofLine: line)
            let trimmed = TextScalars.trimmed(raw)
            // The line's text is indexed from its start only when the source is held as scalars.
            let start = source.start(ofLine: line) + (trimmed.startIndex - raw.startIndex)
            if trimmed.isEmpty {
                turns.endTurn()
                continue
            }
            if trimmed.first == "#" {
                let comment = TextScalars.string(trimmed.dropFirst())
                if let directive = SuppressionDirective(comment: comment, position: source.position(of: start), endLine: line),
                   directive.action == .disableNextLine {
                    directives.append(directive)
                }
                continue
            }
            turns.add(trimmed, at: .index(start))
        }
        turns.endTurn()
        document.blocks = turns.blocks
        document.suppressions = SuppressionDirective.resolve(directives, lastLine: source.lineCount, isBlank: source.isBlank(line:))
        return [document]
    }
}
