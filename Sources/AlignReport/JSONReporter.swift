import AlignModel

/// `--format json`: the findings as plain JSON, for scripts and dashboards.
///
/// Every key is always written, so scripts can rely on it: an optional value that is absent
/// (`channel`, `promise`, `value`, `expected`) is `null`, `related` is `[]` when empty, and
/// `fingerprint` is `""` when the run computed none. Columns count Unicode scalars and `endColumn`
/// is the column just after the span. `summary.byChannel` counts findings that have a channel.
public struct JSONReporter: Reporter {
    public init() {}

    public func stream(_ report: Report) -> any ReportStream {
        Stream(toolVersion: report.toolVersion)
    }

    /// The root object's keys in sorted order, as `JSONValue.write` orders them: `findings`
    /// (one finding at a time), then `summary` and `tool`, known at the end.
    struct Stream: ReportStream {
        let toolVersion: String
        var summary = ReportSummary()
        var written = 0

        mutating func add(_ findings: [Finding]) -> String {
            var out = ""
            for finding in findings {
                out += written == 0 ? "{\n  \"findings\": [\n    " : ",\n    "
                JSONReporter.write(finding, into: &out)
                written += 1
                summary.add(finding)
            }
            return out
        }

        mutating func finish() -> String {
            var out = written == 0 ? "{\n  \"findings\": []" : "\n  ]"
            out += ",\n  \"summary\": "
            JSONValue.object([
                "error": .int(summary.errors),
                "warning": .int(summary.warnings),
                "info": .int(summary.infos),
                "byRule": .object(summary.byRule.mapValues(JSONValue.int)),
                "byChannel": .object(Dictionary(uniqueKeysWithValues: summary.byChannel.keys.map {
                    ($0.rawValue, JSONValue.int(summary.count(in: $0)))
                })),
            ]).write(into: &out, indent: 1)
            out += ",\n  \"tool\": "
            JSONValue.object(["name": .string("align"), "version": .string(toolVersion)]).write(into: &out, indent: 1)
            return out + "\n}\n"
        }
    }

    /// `finding(_:).write(into:indent: 2)`, written directly: the keys are known and already in
    /// sorted order, and a report of a million findings should not build a tree for each.
    static func write(_ finding: Finding, into out: inout String) {
        func key(_ name: String, _ level: Int = 3) {
            out.append(level == 3 ? "\n      \"" : "\n          \"")
            out.append(name)
            out.append("\": ")
        }
        func optional(_ text: String?) {
            if let text { JSONValue.writeString(text, into: &out) } else { out.append("null") }
        }
        out.append("{")
        key("channel"); optional(finding.channel?.rawValue); out.append(",")
        key("column"); out.append(String(finding.span.start.column)); out.append(",")
        key("endColumn"); out.append(String(finding.span.end.column)); out.append(",")
        key("endLine"); out.append(String(finding.span.end.line)); out.append(",")
        key("expected"); optional(finding.expected); out.append(",")
        key("file"); JSONValue.writeString(finding.file, into: &out); out.append(",")
        key("fingerprint"); JSONValue.writeString(finding.fingerprint, into: &out); out.append(",")
        key("line"); out.append(String(finding.span.start.line)); out.append(",")
        key("message"); JSONValue.writeString(finding.message, into: &out); out.append(",")
        key("promise"); optional(finding.promise); out.append(",")
        key("related")
        if finding.related.isEmpty {
            out.append("[]")
        } else {
            out.append("[")
            for (index, related) in finding.related.enumerated() {
                out.append(index == 0 ? "\n        {" : ",\n        {")
                key("column", 5); out.append(String(related.column)); out.append(",")
                key("file", 5); JSONValue.writeString(related.file, into: &out); out.append(",")
                key("line", 5); out.append(String(related.line)); out.append(",")
                key("message", 5); JSONValue.writeString(related.message, into: &out)
                out.append("\n        }")
            }
            out.append("\n      ]")
        }
        out.append(",")
        key("rule"); JSONValue.writeString(finding.rule, into: &out); out.append(",")
        key("severity"); JSONValue.writeString(finding.severity.rawValue, into: &out); out.append(",")
        key("value"); optional(finding.value)
        out.append("\n    }")
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            "rule": .string(finding.rule),
            "severity": .string(finding.severity.rawValue),
            "file": .string(finding.file),
            "line": .int(finding.span.start.line),
            "column": .int(finding.span.start.column),
            "endLine": .int(finding.span.end.line),
            "endColumn": .int(finding.span.end.column),
            "channel": .optional(finding.channel?.rawValue),
            "message": .string(finding.message),
            "promise": .optional(finding.promise),
            "value": .optional(finding.value),
            "expected": .optional(finding.expected),
            "related": .array(finding.related.map { related in
                .object([
                    "file": .string(related.file),
                    "line": .int(related.line),
                    "column": .int(related.column),
                    "message": .string(related.message),
                ])
            }),
            "fingerprint": .string(finding.fingerprint),
        ])
    }
}
