import AlignModel
import AlignRules

/// Applies `align-disable` comments and headers to findings, and reports those that matched nothing.
enum Suppressions {
    static func apply(_ findings: [Finding], suppressions: [String: [Suppression]], channels: [String: Channel], severity: Severity?) -> [Finding] {
        var used: [String: Set<Int>] = [:]
        var kept: [Finding] = []
        kept.reserveCapacity(findings.count)
        for finding in findings {
            guard let list = suppressions[finding.file], finding.rule != EngineRules.inputUnreadable.id else {
                kept.append(finding)
                continue
            }
            let line = finding.span.start.line
            if let index = list.firstIndex(where: { $0.lines.contains(line) && ($0.rules.isEmpty || $0.rules.contains(finding.rule)) }) {
                used[finding.file, default: []].insert(index)
            } else {
                kept.append(finding)
            }
        }
        guard let severity else { return kept }
        for (file, list) in suppressions {
            for (index, suppression) in list.enumerated() where !(used[file]?.contains(index) ?? false) {
                let what = suppression.rules.isEmpty ? "every rule" : suppression.rules.joined(separator: ", ")
                kept.append(Finding(
                    rule: EngineRules.unusedSuppression.id, severity: severity, file: file,
                    span: SourceSpan(at: suppression.position), channel: channels[file],
                    message: "this suppression (\(what)) matches no finding; remove it",
                    context: "align-disable \(what)"))
            }
        }
        return kept
    }
}
