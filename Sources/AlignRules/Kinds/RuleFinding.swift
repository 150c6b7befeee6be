import AlignModel
import AlignText

extension AnalyzedDocument {
    /// A finding at the UTF-8 range `range` of the block holding sentence `index`.
    func finding(_ description: RuleDescription, sentence index: Int, range: Range<Int>, message: String, fix: String? = nil) -> Finding {
        let sentence = sentences[index]
        let block = block(of: sentence)
        return Finding(
            rule: description.id, severity: description.severity, file: path,
            span: block.span(ofUTF8: range), channel: channel, message: message,
            context: sentence.normalised, fix: block.hasExactPositions ? fix : nil
        )
    }

    /// A finding about the whole document, at the start of its first block (or 1:1 when empty).
    func findingAtStart(_ description: RuleDescription, message: String) -> Finding {
        let position = document.blocks.first?.position(atUTF8Offset: 0) ?? SourcePosition(line: 1, column: 1)
        return Finding(
            rule: description.id, severity: description.severity, file: path, span: SourceSpan(at: position),
            channel: channel, message: message, context: sentences.first?.normalised ?? ""
        )
    }

    /// The finding a runaway pattern leaves instead of stalling the run.
    func runawayFinding(_ description: RuleDescription, pattern: TextMatcher.SourcedPattern, sentence index: Int) -> Finding {
        let sentence = sentences[index]
        return finding(
            description, sentence: index, range: sentence.range.lowerBound..<sentence.range.lowerBound,
            message: "pattern stopped: runaway backtracking in '\(pattern.pattern.source)' (\(pattern.file):\(pattern.position.line)); simplify the pattern"
        )
    }
}
