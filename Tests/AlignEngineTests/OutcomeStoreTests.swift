@testable import AlignEngine
import AlignModel
import AlignRules
import Foundation
import Testing
@testable import AlignTestSupport

/// The spill and `.align/cache` keep what checking a file left behind in `ByteWriter`'s form:
/// what goes in comes back, and a damaged cache is ignored, never believed.
@Suite struct OutcomeStoreTests {
    /// Every corpus file's findings and facts survive the round trip through a blob and a spill.
    @Test func everyCorpusOutcomeComesBackFromItsBlob() async throws {
        let session = try AlignSession.load(configPath: nil, startingAt: AlignCLI.corpus.path)
        let result = await session.engine.run(paths: [], jobs: 2, useCache: false, keepAllFacts: true)
        let findings = result.findings
        #expect(findings.count > 40)
        #expect(result.facts.contains { !$0.claims.isEmpty })
        let spill = Spill.anonymous()
        var places: [(Int, Int)] = []
        for (file, group) in Dictionary(grouping: findings, by: \.file).sorted(by: { $0.key < $1.key }) {
            let facts = result.facts.filter { $0.file == file }
            let bytes = FileBlob.encode(findings: group, facts: facts)
            places.append((try #require(spill.append(bytes)), bytes.count))
            let back = try #require(spill.read(offset: places.last!.0, length: bytes.count))
            #expect(try FileBlob.findings(back) == group)
            #expect(try FileBlob.facts(back) == facts)
        }
    }

    /// What the rules across documents read of a claim beyond its value: the condition it is said
    /// under (drift never compares tiers) and whether it quotes the statement (the owner page decides).
    @Test func aClaimsConditionAndQuoteComeBack() throws {
        var claim = Claim(promise: "first-reply", valueText: "4 hours", valueKey: "4 hours", file: "playbooks/urgent.md",
                          span: SourceSpan(start: SourcePosition(line: 3, column: 14), end: SourcePosition(line: 3, column: 21)),
                          channel: .employee, sentence: "First reply: 4 hours")
        claim.condition = "urgent"
        claim.agreesWithStatement = true
        var facts = DocumentFacts()
        facts.file = claim.file
        facts.channel = claim.channel
        facts.claims = [claim]
        #expect(try FileBlob.facts(FileBlob.encode(findings: [], facts: [facts])) == [facts])
    }

    /// Two tiers' reply times for a promise with no value, and a third file edited between runs:
    /// the second run reads the unchanged files' claims back from `.align/cache`, conditions and
    /// all, and reports what a run without the cache reports (no drift between the tiers).
    @Test func aCachedRunKeepsTheConditionsOfItsClaims() throws {
        let root = try FirstRunTests.makeTree([
            "align.yml": "channels:\n  customer: [\"docs/**\"]\n",
            "expect.yml": "organization: Acme\npromises:\n  - id: first-reply\n    statement: We answer every ticket quickly.\n    topic: [first reply]\n",
            "docs/enterprise.md": "## Enterprise plan\n\nFirst reply within 4 hours.\n",
            "docs/starter.md": "## Starter plan\n\nFirst reply within 2 days.\n",
            "docs/other.md": "Nothing here.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let expected = try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: root).stdout
        #expect(!expected.contains("claim-drift"))
        _ = try AlignCLI.run(["check", "--format", "json"], in: root)
        try Data("Nothing here, still.\n".utf8).write(to: root.appendingPathComponent("docs/other.md"))
        #expect(try AlignCLI.run(["check", "--format", "json"], in: root).stdout == expected)
    }

    @Test func integersOfEverySizeComeBack() throws {
        let values = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int.max, Int.min, 1 << 40]
        var writer = ByteWriter()
        for value in values { writer.int(value) }
        writer.double(1_764_000_000.123456)
        var reader = ByteReader(writer.bytes)
        for value in values { #expect(try reader.int() == value) }
        #expect(try reader.double() == 1_764_000_000.123456)
        #expect(reader.atEnd)
    }

    @Test func truncatedBytesAreMalformedNotACrash() throws {
        let finding = Finding(rule: "terminology", severity: .warning, file: "site/a.html",
                              span: SourceSpan(start: SourcePosition(line: 3, column: 4), end: SourcePosition(line: 3, column: 10)),
                              channel: .customer, message: "Say customer", sourceLine: "Every client", context: "every client")
        let bytes = FileBlob.encode(findings: [finding], facts: [])
        for length in 0..<bytes.count - 1 {
            #expect(throws: ByteReader.Malformed.self) { try FileBlob.facts(Array(bytes.prefix(length))) }
        }
        #expect(try FileBlob.findings(bytes) == [finding])
    }

    /// Each cache file cut short, filled with garbage or paired with another run's findings file:
    /// the next run reports exactly what a run without the cache reports.
    @Test func aDamagedCacheIsIgnored() throws {
        let folder = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: folder).stdout
        let cache = folder.appendingPathComponent(".align/cache")
        let damages: [(String, (Data) -> Data)] = [
            ("index.bin", { $0.prefix($0.count / 2) }),
            ("findings.bin", { $0.prefix($0.count / 2) }),
            ("index.bin", { Data($0.map { $0 ^ 0x5A }) }),
            ("findings.bin", { data in var copy = data; copy.replaceSubrange(data.count / 2..<data.count / 2 + 64, with: Data(repeating: 0xFF, count: 64)); return copy }),
            ("findings.bin", { _ in Data("align findings 4 another-generation\n".utf8) }),
        ]
        for (file, damage) in damages {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".align"))
            _ = try AlignCLI.run(["check", "--format", "json"], in: folder)
            let url = cache.appendingPathComponent(file)
            try damage(try Data(contentsOf: url)).write(to: url)
            let run = try AlignCLI.run(["check", "--format", "json"], in: folder)
            #expect(run.status == 1, "\(file): \(run.stderr)")
            #expect(run.stdout == expected, "\(file) damaged")
        }
    }
}
