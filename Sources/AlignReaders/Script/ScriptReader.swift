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
            source = TemplateMarkup.blankedSource(decoded, utf8: utf8) ?? decoded
        case .failure(let error):
            document.problems.append(error.problem)
            return [document]
        }
        var turns = SpeakerTurns(otherParty: options.otherParty, lines: source.lines)
        var directives: [SuppressionDirective] = []
        // Widened once, not line by line, when the source is kept as bytes: a line is read by
        // scalar, and its bytes are what is copied.
        let scalars = source.allScalars
        for line in 1...max(source.lineCount, 1) {
            let trimmed = TextScalars.trimmed(scalars[source.start(ofLine: line)..<source.end(ofLine: line)])
            if trimmed.isEmpty {
                turns.endTurn()
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
            // An ASCII line is told and copied on its bytes, in a file that is not all ASCII too.
            let ascii = options.readsASCIIAsBytes ? source.asciiBytes(in: trimmed.startIndex..<trimmed.endIndex) : nil
            turns.add(trimmed, at: .index(trimmed.startIndex), ascii: ascii)
        }
        turns.endTurn()
        document.blocks = turns.blocks
        document.suppressions = SuppressionDirective.resolve(directives, lastLine: source.lineCount, isBlank: source.isBlank(line:))
        return [document]
    }
}
