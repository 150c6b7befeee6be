import AlignModel

/// `--format json`: the findings as plain JSON, in DESIGN.md's shape.
///
/// Every key is always written, so scripts can rely on it: an optional value that is absent
/// (`channel`, `promise`, `value`, `expected`) is `null`, `related` is `[]` when empty, and
/// `fingerprint` is `""` when the run computed none. Columns count Unicode scalars and `endColumn`
/// is the column just after the span. `summary.byChannel` counts findings that have a channel.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        let summary = report.summary
        let root: [String: JSONValue] = [
            "tool": .object(["name": .string("align"), "version": .string(report.toolVersion)]),
            "findings": .array(report.findings.map(Self.finding)),
            "summary": .object([
                "error": .int(summary.errors),
                "warning": .int(summary.warnings),
                "info": .int(summary.infos),
                "byRule": .object(summary.byRule.mapValues(JSONValue.int)),
                "byChannel": .object(Dictionary(uniqueKeysWithValues: summary.byChannel.keys.map {
                    ($0.rawValue, JSONValue.int(summary.count(in: $0)))
                })),
            ]),
        ]
        return JSONValue.object(root).pretty
    }

    private static func finding(_ finding: Finding) -> JSONValue {
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
