import AlignModel

/// `--format sarif`: SARIF 2.1.0 for code-scanning tools. One run; paths are relative URIs
/// against the base `SRCROOT` (the folder of `align.yml`); columns count Unicode code points.
public struct SARIFReporter: Reporter {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let baseID = "SRCROOT"
    static let fingerprintKey = "alignFingerprint/v1"

    public init() {}

    public func stream(_ report: Report) -> any ReportStream {
        Stream(report: report)
    }

    /// Written in `JSONValue.write`'s sorted key order: the run's `results` come before its
    /// `tool`, so the rules a finding names that the catalogue lacks are known by then.
    struct Stream: ReportStream {
        let report: Report
        /// The run's rules, then a bare entry for any rule a finding names that the catalogue
        /// lacks, so every result's `ruleIndex` points somewhere.
        var catalogue: [RuleDescription]
        var ruleIndex: [String: Int] = [:]
        var written = 0

        init(report: Report) {
            self.report = report
            catalogue = report.rules
            for (index, rule) in catalogue.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        }

        mutating func add(_ findings: [Finding]) -> String {
            var out = ""
            for finding in findings {
                if ruleIndex[finding.rule] == nil {
                    ruleIndex[finding.rule] = catalogue.count
                    catalogue.append(RuleDescription(id: finding.rule, pack: "", kind: "", summary: "", why: "", severity: finding.severity))
                }
                out += written == 0 ? opening + "[\n        " : ",\n        "
                SARIFReporter.result(finding, ruleIndex: ruleIndex[finding.rule]).write(into: &out, indent: 4)
                written += 1
            }
            return out
        }

        mutating func finish() -> String {
            var out = written == 0 ? opening + "[]" : "\n      ]"
            out += ",\n      \"tool\": "
            JSONValue.object(["driver": .object([
                "name": .string("align"),
                "version": .string(report.toolVersion),
                "rules": .array(catalogue.map(SARIFReporter.rule)),
            ])]).write(into: &out, indent: 3)
            out += "\n    }\n  ],\n  \"version\": \"2.1.0\"\n}\n"
            return out
        }

        /// Everything before the results array.
        private var opening: String {
            var out = "{\n  \"$schema\": "
            JSONValue.writeString(SARIFReporter.schema, into: &out)
            out += ",\n  \"runs\": [\n    {\n      \"columnKind\": \"unicodeCodePoints\",\n      \"originalUriBaseIds\": "
            JSONValue.object([SARIFReporter.baseID: SARIFReporter.base(report.root)]).write(into: &out, indent: 3)
            return out + ",\n      \"results\": "
        }
    }

    static func base(_ root: String?) -> JSONValue {
        guard let root, !root.isEmpty else {
            return .object(["description": .object(["text": .string("The folder of align.yml.")])])
        }
        return .object(["uri": .string(URIEncoding.folder(root))])
    }

    static func rule(_ rule: RuleDescription) -> JSONValue {
        var descriptor: [String: JSONValue] = [
            "id": .string(rule.id),
            "name": .string(name(of: rule.id)),
            "defaultConfiguration": .object(["level": .string(level(rule.severity))]),
        ]
        if !rule.summary.isEmpty {
            descriptor["shortDescription"] = text(rule.summary)
        }
        let why = rule.why.isEmpty ? rule.summary : rule.why
        if !why.isEmpty {
            descriptor["fullDescription"] = text(why)
            descriptor["help"] = text(help(rule))
        }
        if !rule.pack.isEmpty || !rule.kind.isEmpty || !rule.channels.isEmpty {
            descriptor["properties"] = .object([
                "pack": .string(rule.pack),
                "kind": .string(rule.kind),
                "channels": .array(rule.channels.map { .string($0.rawValue) }),
            ])
        }
        return .object(descriptor)
    }

    /// What a code-scanning page shows under "help": the summary, the why, the examples.
    private static func help(_ rule: RuleDescription) -> String {
        var parts = [rule.summary, rule.why].filter { !$0.isEmpty }
        if !rule.examples.flags.isEmpty {
            // `↓` marks the flagged place for the rule's own tests; a reader needs no marker.
            parts.append("Flags:\n" + rule.examples.flags.map { "- " + $0.filter { $0 != "↓" } }.joined(separator: "\n"))
        }
        if !rule.examples.passes.isEmpty {
            parts.append("Passes:\n" + rule.examples.passes.map { "- " + $0 }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    /// SARIF wants a readable identifier: `loyalty/points-expiry` becomes `LoyaltyPointsExpiry`.
    static func name(of id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var result: [String: JSONValue] = [
            "ruleId": .string(finding.rule),
            "level": .string(level(finding.severity)),
            "message": text(finding.message),
            "locations": .array([.object(["physicalLocation": location(finding.file, span: finding.span, snippet: finding.context)])]),
        ]
        if let ruleIndex { result["ruleIndex"] = .int(ruleIndex) }
        if !finding.related.isEmpty {
            result["relatedLocations"] = .array(finding.related.enumerated().map { index, related in
                let position = SourcePosition(line: related.line, column: related.column)
                return .object([
                    "id": .int(index),
                    "physicalLocation": location(related.file, span: SourceSpan(at: position), withEnd: false),
                    "message": text(related.message),
                ])
            })
        }
        if !finding.fingerprint.isEmpty {
            result["partialFingerprints"] = .object([fingerprintKey: .string(finding.fingerprint)])
        }
        var properties: [String: JSONValue] = [:]
        properties["channel"] = finding.channel.map { .string($0.rawValue) }
        properties["promise"] = finding.promise.map(JSONValue.string)
        properties["value"] = finding.value.map(JSONValue.string)
        properties["expected"] = finding.expected.map(JSONValue.string)
        if !properties.isEmpty { result["properties"] = .object(properties) }
        return .object(result)
    }

    /// SARIF lines and columns start at 1 and an end may not come before its start; a finding
    /// that breaks this is clamped rather than written invalid.
    /// `snippet`: the sentence that holds the finding, for a viewer that cannot open the file (an
    /// Office document's line is a paragraph or slide number).
    private static func location(_ file: String, span: SourceSpan, withEnd: Bool = true, snippet: String = "") -> JSONValue {
        let startLine = max(span.start.line, 1)
        let startColumn = max(span.start.column, 1)
        var region: [String: JSONValue] = ["startLine": .int(startLine), "startColumn": .int(startColumn)]
        if withEnd {
            let endLine = max(span.end.line, startLine)
            let endColumn = endLine == startLine ? max(span.end.column, startColumn) : max(span.end.column, 1)
            region["endLine"] = .int(endLine)
            region["endColumn"] = .int(endColumn)
        }
        if !snippet.isEmpty { region["snippet"] = text(snippet) }
        return .object([
            "artifactLocation": .object(["uri": .string(URIEncoding.path(file)), "uriBaseId": .string(baseID)]),
            "region": .object(region),
        ])
    }

    private static func text(_ text: String) -> JSONValue {
        .object(["text": .string(text)])
    }
}
