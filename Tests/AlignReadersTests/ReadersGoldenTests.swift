import Foundation
import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// Tree dumps: every fixture under Fixtures/readers is read and compared with its `.blocks`
/// golden file. `ALIGN_UPDATE_GOLDEN=1 swift test --filter ReadersGoldenTests` rewrites them.
@Suite struct ReadersGoldenTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("readers")

    static func fixtures() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".blocks") && !$0.hasPrefix(".") }.sorted()
    }

    @Test func everyFixtureHasFixtures() {
        #expect(Self.fixtures().count >= 15)
    }

    @Test(arguments: fixtures())
    func fixtureMatchesGolden(_ name: String) throws {
        let input = Self.folder.appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: input))
        let documents = try #require(DocumentReaders.read(bytes: bytes, path: name, options: ReadOptions()))
        let dump = ReaderDump.dump(documents)
        try Golden.expect(dump, matches: "readers/\(name).blocks")
    }
}

/// The text form of what a reader read: one line per block (`line:col kind context "text"` and
/// flags, the context only when there is one),
/// its anchors below it, then declared settings, suppressions and problems.
enum ReaderDump {
    static func dump(_ documents: [Document]) -> String {
        var lines: [String] = []
        for document in documents {
            if let index = document.messageIndex { lines.append("== message \(index)") }
            lines.append("kind \(document.kind.rawValue)")
            for (key, value) in document.declared.sorted(by: { $0.key < $1.key }) { lines.append("declared \(key)=\(value)") }
            for block in document.blocks {
                let start = block.position(of: block.anchors[0])
                var flags = ""
                if block.isBoilerplate { flags += " [boilerplate]" }
                if !block.hasExactPositions { flags += " [inexact]" }
                if let speaker = block.speaker { flags += " [speaker=\(speaker)]" }
                let context = block.context.isEmpty ? "" : " " + Self.context(block.context)
                lines.append("\(start.line):\(start.column) \(block.kind.rawValue)\(context) \"\(block.text)\"\(flags)")
                if block.anchors.count > 1 {
                    lines.append("    anchors " + block.anchors.map { "\($0.offset)=\(block.position(of: $0).line):\(block.position(of: $0).column)" }.joined(separator: " "))
                }
            }
            for suppression in document.suppressions {
                let rules = suppression.rules.isEmpty ? "all" : suppression.rules.joined(separator: ",")
                lines.append("suppress \(rules) lines \(suppression.lines.lowerBound)-\(suppression.lines.upperBound) at \(suppression.position.line):\(suppression.position.column)")
            }
            for problem in document.problems {
                lines.append("problem \(problem.kind.rawValue) \(problem.position.line):\(problem.position.column) \(problem.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func context(_ context: BlockContext) -> String {
        var parts: [String] = []
        if !context.headings.isEmpty { parts.append("h=" + context.headings.joined(separator: " > ")) }
        if let row = context.rowHeader { parts.append("row=" + row) }
        if let column = context.columnHeader { parts.append("col=" + column) }
        if let parent = context.listParent { parts.append("list=" + parent) }
        if let label = context.label { parts.append("label=" + label) }
        return "{" + parts.joined(separator: " | ") + "}"
    }
}
