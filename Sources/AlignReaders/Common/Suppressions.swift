import AlignModel

/// One `align-disable` / `align-enable` / `align-disable-next-line` directive as written in a
/// comment, before it is resolved to line ranges.
struct SuppressionDirective: Sendable {
    enum Action: Sendable { case disable, enable, disableNextLine }
    var action: Action
    /// Rule ids; empty means every rule.
    var rules: [String]
    /// Where the comment starts.
    var position: SourcePosition
    /// The line the comment ends on: "next line" counts from there.
    var endLine: Int

    /// Reads a directive from a comment's text (`align-disable claim-conflict, terminology`).
    init?(comment: String, position: SourcePosition, endLine: Int) {
        // Nearly every comment is no directive: an ASCII one is told so by its first word alone.
        if Self.isPlainASCII(comment) { return nil }
        let words = comment.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard let first = words.first else { return nil }
        switch first.lowercased() {
        case "align-disable": action = .disable
        case "align-enable": action = .enable
        case "align-disable-next-line": action = .disableNextLine
        default: return nil
        }
        rules = Array(words.dropFirst())
        self.position = position
        self.endLine = endLine
    }

    static let actionWords: Set<String> = ["align-disable", "align-enable", "align-disable-next-line"]

    /// Whether an ASCII comment's first word (between white space and commas, as `init` splits
    /// it: a Character there is white space exactly when its bytes are) names no directive.
    /// False for any comment that is not ASCII.
    static func isPlainASCII(_ comment: String) -> Bool {
        let utf8 = comment.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        func separates(_ byte: UInt8) -> Bool { WhiteSpace.isSpace(byte) || byte == UInt8(ascii: ",") }
        guard let start = utf8.firstIndex(where: { !separates($0) }) else { return true }
        let end = utf8[start...].firstIndex(where: separates) ?? utf8.endIndex
        return !actionWords.contains(String(Substring(utf8[start..<end])).lowercased())
    }

    /// Turns directives, in file order, into line ranges. A disable never enabled again runs to
    /// `lastLine`; a next-line directive covers the next non-blank line.
    static func resolve(_ directives: [SuppressionDirective], lastLine: Int, isBlank: (Int) -> Bool) -> [Suppression] {
        var result: [Suppression] = []
        // Open disables, by rule id ("" = every rule), with the line and comment that opened them.
        var open: [(rule: String, line: Int, position: SourcePosition)] = []
        func close(_ index: Int, at line: Int) {
            let entry = open.remove(at: index)
            let rules = entry.rule.isEmpty ? [] : [entry.rule]
            result.append(Suppression(rules: rules, lines: entry.line...max(entry.line, line), position: entry.position))
        }
        for directive in directives {
            switch directive.action {
            case .disableNextLine:
                var line = directive.endLine + 1
                while line < lastLine, isBlank(line) { line += 1 }
                let target = min(max(line, 1), max(lastLine, 1))
                result.append(Suppression(rules: directive.rules, lines: target...target, position: directive.position))
            case .disable:
                for rule in directive.rules.isEmpty ? [""] : directive.rules where !open.contains(where: { $0.rule == rule }) {
                    open.append((rule, directive.position.line, directive.position))
                }
            case .enable:
                if directive.rules.isEmpty {
                    while !open.isEmpty { close(0, at: directive.endLine) }
                } else {
                    for rule in directive.rules {
                        if let index = open.firstIndex(where: { $0.rule == rule }) { close(index, at: directive.endLine) }
                    }
                }
            }
        }
        while !open.isEmpty { close(0, at: max(lastLine, 1)) }
        return mergeSameRange(result)
    }

    /// One suppression per comment and range, listing all its rules.
    private static func mergeSameRange(_ suppressions: [Suppression]) -> [Suppression] {
        var merged: [Suppression] = []
        for suppression in suppressions {
            if let index = merged.firstIndex(where: { $0.lines == suppression.lines && $0.position == suppression.position && !$0.rules.isEmpty && !suppression.rules.isEmpty }) {
                merged[index].rules.append(contentsOf: suppression.rules)
            } else {
                merged.append(suppression)
            }
        }
        return merged.sorted { ($0.position, $0.lines.lowerBound) < ($1.position, $1.lines.lowerBound) }
    }
}
