import Foundation
import Testing
import AlignConfig
import AlignModel
import AlignRules
import AlignText
@testable import AlignTestSupport

/// Every rule the catalogue builds (core rules on kinds, both built-in packs, the user pack with
/// its overrides) run over a small company's documents, compared with the whole expected output.
@Suite struct PackRunTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("packs/run")

    /// Where a document belongs, by its folder.
    static func placement(of path: String) -> (kind: DocumentKind, channel: Channel, audience: Audience?) {
        if path.hasPrefix("emails/existing/") { return (.email, .customer, .existing) }
        if path.hasPrefix("emails/prospect/") { return (.email, .customer, .prospect) }
        if path.hasPrefix("site/landing/") { return (.page, .customer, .prospect) }
        if path.hasPrefix("plans/") { return (.page, .management, nil) }
        if path.hasPrefix("scripts/") { return (.script, .employee, nil) }
        return (.page, .customer, nil)
    }

    /// One block per non-empty line; a script line `NAME: text` is a speaker turn of NAME.
    static func document(_ path: String, text: String, kind: DocumentKind) -> Document {
        var blocks: [Block] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            var body = String(line)
            var column = 1
            var speaker: String?
            if kind == .script, let colon = line.firstIndex(of: ":") {
                speaker = String(line[..<colon])
                body = String(line[line.index(after: colon)...].drop { $0 == " " })
                column += line.unicodeScalars.count - body.unicodeScalars.count
            }
            let blockKind: BlockKind = kind == .email ? .emailBody : kind == .script ? .speakerTurn : index == 0 ? .heading : .paragraph
            blocks.append(Block(kind: blockKind, text: body, anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: column))],
                                speaker: speaker))
        }
        return Document(path: path, kind: kind, blocks: blocks)
    }

    @Test func everyRuleOverTheSampleCompanyGivesTheExpectedFindings() throws {
        let stemmer = Stemmer()
        let configuration = Configuration(root: Self.folder.path, file: "align.yml", expectPath: Self.folder.path + "/expect.yml")
        let at = SourcePosition(line: 6, column: 8)
        let packs = try PackLoader.load([
            PackReference(name: "recommended", isBuiltin: true, written: "recommended", position: at),
            PackReference(name: "loyalty", isBuiltin: true, written: "loyalty", position: at),
            PackReference(name: Self.folder.path + "/../user-pack.yml", isBuiltin: false, written: "../user-pack.yml", position: at),
        ], configuration: configuration)
        let rules = try RuleCatalogue.build(configuration: configuration, expectation: ExampleExpectation.statement, packs: packs,
                                            packsAt: SourcePosition(line: 6, column: 8), stemmer: stemmer)

        let paths = try #require(FileManager.default.subpaths(atPath: Self.folder.path)).filter { $0.hasSuffix(".txt") && $0 != "expected.txt" }.sorted()
        #expect(paths.count == 8)
        var findings: [Finding] = []
        var facts: [DocumentFacts] = []
        for path in paths {
            let text = try String(contentsOf: Self.folder.appending(path: path), encoding: .utf8)
            let place = Self.placement(of: path)
            let document = Self.document(path, text: text, kind: place.kind)
            let analyzed = AnalyzedDocument(document: document, channel: place.channel, audience: place.audience,
                                            sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
            var result = DocumentResult()
            result.facts.file = path
            result.facts.channel = place.channel
            result.facts.audience = place.audience
            for rule in rules.documentRules { rule.check(analyzed, stemmer: stemmer, into: &result) }
            findings += result.findings
            facts.append(result.facts)
        }
        for rule in rules.corpusRules { findings += rule.check(facts) }
        let output = findings.sorted(by: Finding.reportOrder).map { finding in
            "\(finding.file):\(finding.span.start.line):\(finding.span.start.column): \(finding.severity): \(finding.message) [\(finding.rule)]"
                + (finding.fix.map { " (fix: \($0))" } ?? "")
        }
        try Golden.expect(output.map { $0 + "\n" }.joined(), matches: "packs/run/expected.txt")
    }
}
