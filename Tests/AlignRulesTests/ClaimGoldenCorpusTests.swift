import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// A small company corpus (Fixtures/claims/corpus: a help page, a landing page, a renewal email,
/// a support playbook, a staffing plan; one paragraph a line, `# channel:`/`# audience:` headers)
/// checked by every claim rule, compared whole with `expected.txt`. Set ALIGN_UPDATE_GOLDEN=1 to
/// rewrite the golden file after a deliberate change, and review the diff.
@Suite struct ClaimGoldenCorpusTests {
    static let folder = ClaimTestSupport.fixtures.appendingPathComponent("corpus")

    static func load(stemmer: Stemmer) throws -> [AnalyzedDocument] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") && $0 != "expected.txt" }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var channel = Channel.customer
            var audience: Audience?
            var blocks: [Block] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                if line.hasPrefix("# channel: ") { channel = Channel(rawValue: String(line.dropFirst(11))) ?? .customer; continue }
                if line.hasPrefix("# audience: ") { audience = Audience(rawValue: String(line.dropFirst(12))); continue }
                blocks.append(Block(kind: .paragraph, text: String(line), anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))]))
            }
            let document = Document(path: name, kind: .article, blocks: blocks)
            return AnalyzedDocument(document: document, channel: channel, audience: audience,
                                    sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
        }
    }

    @Test func corpusFindingsMatchTheGoldenFile() throws {
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimTestSupport.expectation, stemmer: stemmer)
        let documents = try Self.load(stemmer: stemmer)
        #expect(documents.count == 5)
        let findings = ClaimTestSupport.corpus(documents, rules: rules, expectation: ClaimTestSupport.expectation).findings
        let rendered = ClaimCorpusTests.render(findings).joined(separator: "\n") + "\n"
        try Golden.expect(rendered, matches: "claims/corpus/expected.txt")
    }
}
