import AlignModel

/// `--format github`: one GitHub Actions workflow command per finding, so a pull request shows
/// each finding as an annotation on its line.
///
/// `endColumn` is the column just after the span, as in the other formats; columns are written
/// only for a span on one line, since GitHub rejects them otherwise. Related places become extra
/// lines of the annotation's message.
public struct GitHubReporter: Reporter {
    public init() {}

    public func stream(_ report: Report) -> any ReportStream {
        Stream()
    }

    struct Stream: ReportStream {
        mutating func add(_ findings: [Finding]) -> String {
            findings.map(GitHubReporter.command).joined()
        }

        mutating func finish() -> String { "" }
    }

    static func command(_ finding: Finding) -> String {
        let start = finding.span.start
        let end = finding.span.end
        var properties = ["file=" + escapeProperty(finding.file), "line=\(start.line)"]
        if end.line == start.line {
            properties.append("col=\(start.column)")
            properties.append("endLine=\(end.line)")
            properties.append("endColumn=\(max(end.column, start.column))")
        } else if end.line > start.line {
            properties.append("endLine=\(end.line)")
        }
        properties.append("title=" + escapeProperty(finding.rule))
        var message = finding.message
        for related in finding.related {
            message += "\nnote: \(related.file):\(related.line): \(related.message)"
        }
        return "::\(command(for: finding.severity)) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    private static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The message part, escaped as `@actions/core` escapes command data.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A `key=value` property, where `:` and `,` would also end the value.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
