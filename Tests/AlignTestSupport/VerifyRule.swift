@testable import AlignEngine
import AlignModel
@testable import AlignReaders
import AlignConfig
import AlignRules
import AlignText
import Foundation
import Testing

/// One example of one rule, as its description writes it.
///
/// The `↓` convention, the only one: `↓` stands just before the first character of the text the
/// finding starts at; it is counted as a column in Unicode scalars from 1, as a user reads the
/// column in `file:line:column`. Each line of an example is one block on its own line. When a
/// rule judges documents together, each line is a document of its own, headed
/// `channel[/audience]: ` (the header is not part of its text). An example with no `↓` that flags
/// must raise the rule somewhere (a rule reporting in expect.yml or align.yml).
struct RuleExample: Sendable, CustomTestStringConvertible {
    var rule: String
    var text: String
    var flags: Bool
    var testDescription: String { "\(rule) \(flags ? "flags" : "passes") \(text.debugDescription)" }

    static func all(of descriptions: [RuleDescription]) -> [RuleExample] {
        descriptions.flatMap { description in
            description.examples.flags.map { RuleExample(rule: description.id, text: $0, flags: true) }
                + description.examples.passes.map { RuleExample(rule: description.id, text: $0, flags: false) }
        }
    }
}

/// The three ways every example runs (SwiftLint's `verifyRule`): as written; with a non-ASCII
/// prefix on every line, so that the paths for text that is not plain ASCII run and every column
/// after it moves; and under an `align-disable` comment naming the rule, which must suppress it.
enum ExampleVariant: CaseIterable, Sendable {
    case asWritten, nonASCIIPrefix, disabled

    /// A no-break space and an em space: whitespace, so no rule reads a word more, but two
    /// scalars of two and three UTF-8 bytes.
    static let prefix = "\u{00A0}\u{2003}"
}

/// How a rule's examples become documents, and how the rule runs over them.
struct RuleExampleSetting {
    var kind: DocumentKind = .page
    var channel: Channel = .customer
    var audience: Audience?
    /// Each line of an example is a document headed `channel[/audience]: `.
    var linePerDocument = false
    /// Where the rule reports instead of in the documents (a rule across documents reporting at
    /// `packs:`); the example's `↓` must then open it.
    var reportedAt: (file: String, position: SourcePosition)?
    /// The severity every finding must carry.
    var severity: Severity?
    /// Runs the rule over the documents and returns every finding.
    var run: ([AnalyzedDocument], Stemmer) -> [Finding]
}

/// One line of an example, parsed.
struct ExampleLine {
    var channel: Channel?
    var audience: Audience?
    var text: String
    /// Scalar column (from 1) of the `↓`, if the line has one.
    var marker: Int?

    static func parse(_ example: String, headed: Bool) -> [ExampleLine] {
        example.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var text = Substring(line)
            var channel: Channel?
            var audience: Audience?
            if headed, let colon = line.firstIndex(of: ":") {
                let scope = line[..<colon].split(separator: "/")
                channel = scope.first.flatMap { Channel(rawValue: String($0)) }
                audience = scope.count > 1 ? Audience(rawValue: String(scope[1])) : nil
                text = line[line.index(after: colon)...].drop { $0 == " " }
            }
            let scalars = Array(text.unicodeScalars)
            let marker = scalars.firstIndex(of: "↓")
            return ExampleLine(channel: channel, audience: audience,
                               text: String(String.UnicodeScalarView(scalars.filter { $0 != "↓" })),
                               marker: marker.map { $0 + 1 })
        }
    }
}

/// Runs one example of one rule in one variant and records every way it goes wrong.
func verifyRule(_ example: RuleExample, _ variant: ExampleVariant, setting: RuleExampleSetting,
                sourceLocation: SourceLocation = #_sourceLocation) {
    let stemmer = Stemmer()
    let lines = ExampleLine.parse(example.text, headed: setting.linePerDocument)
    let groups: [[ExampleLine]] = setting.linePerDocument ? lines.map { [$0] } : [lines]
    let prefix = variant == .nonASCIIPrefix ? ExampleVariant.prefix : ""
    // Under `disabled` the comment takes the first line, so the example starts on the second.
    let firstLine = variant == .disabled ? 2 : 1
    let `extension` = setting.kind == .email ? "eml" : "html"
    var expected: [(file: String, position: SourcePosition)] = []
    var documents: [AnalyzedDocument] = []
    for (index, group) in groups.enumerated() {
        let path = groups.count == 1 ? "example.\(`extension`)" : "example\(index).\(`extension`)"
        var blocks: [Block] = []
        for (offset, line) in group.enumerated() {
            let number = firstLine + offset
            if let marker = line.marker {
                expected.append((path, SourcePosition(line: number, column: marker + prefix.unicodeScalars.count)))
            }
            guard !line.text.isEmpty else { continue }
            blocks.append(Block(kind: setting.kind == .email ? .emailBody : .paragraph, text: prefix + line.text,
                                anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: number, column: 1))]))
        }
        var document = Document(path: path, kind: setting.kind, blocks: blocks)
        if variant == .disabled, let directive = SuppressionDirective(
            comment: "align-disable \(example.rule)", position: SourcePosition(line: 1, column: 1), endLine: 1) {
            document.suppressions = SuppressionDirective.resolve([directive], lastLine: firstLine + group.count - 1, isBlank: { $0 == 1 })
        }
        documents.append(AnalyzedDocument(document: document, channel: group.first?.channel ?? setting.channel,
                                          audience: group.first?.audience ?? setting.audience,
                                          sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer)))
    }
    var findings = setting.run(documents, stemmer)
    #expect(findings.allSatisfy { $0.rule == example.rule }, "a rule reported under another id: \(findings)", sourceLocation: sourceLocation)
    #expect(findings.allSatisfy { finding in !finding.message.isEmpty && setting.severity.map { finding.severity == $0 } ?? true },
            "a finding without a message or at the wrong severity", sourceLocation: sourceLocation)
    let paths = Set(documents.map(\.path))
    var raisedIn: Set<String> = []
    if variant == .disabled {
        let suppressions = Dictionary(uniqueKeysWithValues: documents.map { ($0.path, $0.document.suppressions) })
        raisedIn = Set(findings.map(\.file)).intersection(paths)
        findings = Suppressions.apply(findings, suppressions: suppressions, channels: [:], severity: .info)
    }
    if let place = setting.reportedAt, example.flags, variant != .disabled {
        #expect(expected.map(\.position) == [SourcePosition(line: 1, column: 1 + prefix.unicodeScalars.count)],
                "a rule reporting outside the documents marks its example at the start", sourceLocation: sourceLocation)
        expected = [place]
    }
    judge(example, variant, findings: findings, paths: paths, raisedIn: raisedIn, expected: expected,
          sourceLocation: sourceLocation)
}

/// The engine's own rules are about files, not text: each example is the source of an email
/// (`example.eml`), checked by the real engine in a folder of its own. A prefix would break a
/// header, so the variants add a first line instead: a header with non-ASCII text, or an
/// `X-Align-Disable` header naming the rule. A broken file and a stale suppression are never
/// excused by a suppression (`neverSuppressed`): under `disabled` they must still be raised.
func verifyEngineRule(_ example: RuleExample, _ variant: ExampleVariant, neverSuppressed: Bool,
                      sourceLocation: SourceLocation = #_sourceLocation) async throws {
    let lines = ExampleLine.parse(example.text, headed: false)
    let added: [String] = switch variant {
    case .asWritten: []
    case .nonASCIIPrefix: ["Comments: na\u{00EF}ve \u{2014} \u{2713}"]
    case .disabled: ["X-Align-Disable: \(example.rule)"]
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-engine-example-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("expect: expect.yml\nchannels:\n  customer: [\"**\"]\n".utf8).write(to: folder.appendingPathComponent("align.yml"))
    try Data("promises: []\n".utf8).write(to: folder.appendingPathComponent("expect.yml"))
    try Data((added + lines.map(\.text)).joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("example.eml"))
    let session = try AlignSession.load(configPath: nil, startingAt: folder.path)
    let findings = await session.engine.run(paths: [], jobs: 1, useCache: false).findings
        .filter { $0.rule == example.rule || $0.rule == EngineRules.unusedSuppression.id }
    let expected = lines.enumerated().compactMap { offset, line in
        line.marker.map { (file: "example.eml", position: SourcePosition(line: added.count + offset + 1, column: $0)) }
    }
    if variant == .disabled, neverSuppressed {
        for place in expected {
            #expect(findings.contains { $0.rule == example.rule && $0.file == place.file && $0.span.start == place.position },
                    "\(example.rule) must not be suppressed, got \(findings)", sourceLocation: sourceLocation)
        }
        return
    }
    judge(example, variant, findings: findings, paths: ["example.eml"], raisedIn: example.flags ? ["example.eml"] : [],
          expected: expected, sourceLocation: sourceLocation)
}

/// What every variant of every example must show. Under `disabled`, `findings` are those left
/// after the suppression and `raisedIn` the documents the rule raised something in before it.
func judge(_ example: RuleExample, _ variant: ExampleVariant, findings: [Finding], paths: Set<String>,
                   raisedIn: Set<String>, expected: [(file: String, position: SourcePosition)], sourceLocation: SourceLocation) {
    if variant == .disabled {
        #expect(!findings.contains { $0.rule == example.rule && paths.contains($0.file) },
                "align-disable \(example.rule) left \(findings)", sourceLocation: sourceLocation)
        // The comment is honest: it is reported unused exactly in the documents the rule raised nothing in.
        let unused = Set(findings.filter { $0.rule == EngineRules.unusedSuppression.id }.map(\.file))
        #expect(unused == paths.subtracting(raisedIn), "unused-suppression in \(unused.sorted())", sourceLocation: sourceLocation)
        return
    }
    let own = findings.filter { $0.rule == example.rule }
    let described = own.map { "\($0.file):\($0.span.start.line):\($0.span.start.column): \($0.message)" }
    guard example.flags else {
        #expect(own.isEmpty, "expected no finding, got \(described)", sourceLocation: sourceLocation)
        return
    }
    #expect(!own.isEmpty, "expected a finding, got none", sourceLocation: sourceLocation)
    for place in expected {
        #expect(own.contains { $0.file == place.file && $0.span.start == place.position },
                "expected a finding at \(place.file):\(place.position.line):\(place.position.column), got \(described)",
                sourceLocation: sourceLocation)
    }
}
