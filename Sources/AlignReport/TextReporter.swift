import AlignModel

/// `--format text`: what a writer reads in a terminal. Each finding is
/// `path:line:col: severity: message [rule]`, then its source line with a caret under the span,
/// then its related places; a closing summary counts them.
public struct TextReporter: Reporter {
    /// ANSI colour; the CLI decides (a terminal, no `NO_COLOR`).
    public var color: Bool
    /// `--quiet` leaves the closing summary out.
    public var showsSummary: Bool

    public init(color: Bool, showsSummary: Bool = true) {
        self.color = color
        self.showsSummary = showsSummary
    }

    public func stream(_ report: Report) -> any ReportStream {
        Stream(reporter: self, documentsChecked: report.documentsChecked)
    }

    struct Stream: ReportStream {
        let reporter: TextReporter
        let documentsChecked: Int
        var summary = ReportSummary()

        mutating func add(_ findings: [Finding]) -> String {
            var out = ""
            for finding in findings {
                out += reporter.render(finding)
                summary.add(finding)
            }
            return out
        }

        mutating func finish() -> String {
            guard reporter.showsSummary else { return "" }
            return (summary.total > 0 ? "\n" : "") + TextReporter.summary(summary, documentsChecked: documentsChecked)
        }
    }

    private func render(_ finding: Finding) -> String {
        let start = finding.span.start
        let location = paint("\(Self.printable(finding.file)):\(start.line):\(start.column):", .bold)
        let severity = paint("\(finding.severity.rawValue):", Style(finding.severity))
        let message = Self.printable(finding.message).replacingNewlines(with: "\n    ")
        var out = "\(location) \(severity) \(message) [\(finding.rule)]\n"
        if let sourceLine = finding.sourceLine {
            let full = Self.printable(sourceLine.trimmingLineEnd()).replacingNewlines(with: " ")
            let (line, span) = CaretLine.window(full, span: finding.span)
            out += line + "\n"
            out += paint(CaretLine.under(line, span: span), .green) + "\n"
        }
        for related in finding.related {
            let text = Self.printable(related.message).replacingNewlines(with: " ")
            out += "  \(paint("note:", .bold)) \(Self.printable(related.file)):\(related.line): \(text)\n"
        }
        return out
    }

    /// The closing lines alone: what `--output` still prints on the terminal.
    public static func summary(_ summary: ReportSummary, documentsChecked: Int) -> String {
        let documents = plural(documentsChecked, "document")
        guard summary.total > 0 else { return "No findings in \(documents).\n" }
        var out = "\(Self.counts(summary.bySeverity, all: true)) in \(documents)\n"
        let channels = Channel.allCases.filter { summary.count(in: $0) > 0 }
        if !channels.isEmpty {
            let parts = channels.map { channel in
                "\(channel.rawValue) \(Self.counts(summary.byChannel[channel] ?? [:], all: false))"
            }
            out += "By channel: \(parts.joined(separator: "; "))\n"
        }
        return out
    }

    /// "3 errors, 5 warnings, 1 info"; zeros left out unless `all`.
    private static func counts(_ bySeverity: [Severity: Int], all: Bool) -> String {
        let parts: [(Severity, String)] = [(.error, "error"), (.warning, "warning"), (.info, "info")]
        return parts.compactMap { severity, noun in
            let count = bySeverity[severity] ?? 0
            guard all || count > 0 else { return nil }
            // "info" is a mass noun: "2 info", like "2 errors".
            return severity == .info ? "\(count) info" : plural(count, noun)
        }.joined(separator: ", ")
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// Document text may hold control characters; a terminal must not run them as commands.
    private static func printable(_ text: String) -> String {
        // C1 controls are two UTF-8 bytes starting 0xC2; ASCII text without controls is kept as is.
        var copy = text
        let clean = copy.withUTF8 { bytes in !bytes.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 } }
        if clean { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = (value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(value)
            out.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
        }
        return out
    }

    private enum Style {
        case bold, red, yellow, cyan, green

        init(_ severity: Severity) {
            switch severity {
            case .error: self = .red
            case .warning: self = .yellow
            case .info: self = .cyan
            }
        }

        var code: String {
            switch self {
            case .bold: "\u{1B}[1m"
            case .red: "\u{1B}[1;31m"
            case .yellow: "\u{1B}[1;33m"
            case .cyan: "\u{1B}[1;36m"
            case .green: "\u{1B}[32m"
            }
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? style.code + text + "\u{1B}[0m" : text
    }
}

private extension String {
    func trimmingLineEnd() -> String {
        guard let last = utf8.last, last == 0x0A || last == 0x0D else { return self }
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last == "\n" || last == "\r" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    func replacingNewlines(with separator: String) -> String {
        guard utf8.contains(0x0A) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
