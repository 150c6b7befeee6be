import Foundation
import Testing
@testable import AlignTestSupport

/// The labelled sets of real content (Tests/Evaluation, issue #16): their labels point at real
/// lines, the first run (engine as it was when the labels were committed) is scored from the
/// committed SARIF, and the binary built now is run on each set and held to the floors in
/// floors.yml. `scripts/evaluate` prints the tables (ALIGN_EVAL_PRINT=1); sets under held-out/
/// count only with ALIGN_EVAL_HELD_OUT=1.
@Suite struct EvaluationSetTests {
    static let printing = ProcessInfo.processInfo.environment["ALIGN_EVAL_PRINT"] == "1"

    static func show(_ text: String) {
        guard printing else { return }
        print("--- align evaluation ---\n\(text)\n--- end ---")
    }

    @Test func everySetIsCompleteAndItsLabelsPointAtRealLines() throws {
        let sets = EvaluationSet.all()
        #expect(sets.count >= 3)
        for set in sets {
            let truth = try set.truth()
            #expect(truth.traps.count >= 25, "\(set.name) has \(truth.traps.count) traps; the format asks for at least 25")
            for file in ["SOURCE.md", "tree/align.yml", "tree/expect.yml"] {
                #expect(FileManager.default.fileExists(atPath: set.folder.appendingPathComponent(file).path), "\(set.name) lacks \(file)")
            }
            let licence = try FileManager.default.contentsOfDirectory(atPath: set.folder.path).contains { $0.uppercased().contains("LICEN") }  // LICENSE, LICENCE.txt, MIT-LICENSE
            #expect(licence, "\(set.name) has no licence file")
            let places = truth.findings.flatMap(\.places) + truth.traps.map(\.place)
            for place in places {
                let url = set.tree.appendingPathComponent(place.file)
                // Counted in bytes: a labelled email may be in another charset, and a CRLF line is one
                // line (as a Character, "\r\n" is not "\n", so a CRLF file would be one long line).
                let lines = (try? Data(contentsOf: url)).map { $0.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count }
                #expect(lines != nil, "\(set.name): \(place.file) is not in tree/")
                #expect(place.line >= 1 && place.line <= (lines ?? 0), "\(set.name): \(place.file):\(place.line) is past the end of the file")
            }
        }
    }

    @Test func firstRunFigures() throws {
        var scores: [(name: String, score: EvaluationScore, note: String)] = []
        for set in EvaluationSet.all() where FileManager.default.fileExists(atPath: set.folder.appendingPathComponent("first-run.sarif").path) {
            let score = EvaluationScore(truth: try set.truth(), run: try set.firstRun(), documents: set.documents().count)
            scores.append((set.name, score, set.heldOut ? "held out" : ""))
        }
        #expect(!scores.isEmpty)
        Self.show(EvaluationTable.render(title: "First run (labels committed before it)", scores))
    }

    @Test func currentFiguresHoldTheirFloors() throws {
        let floors = try EvaluationFloors.load()
        var scores: [(name: String, score: EvaluationScore, note: String)] = []
        var shortfalls: [String] = []
        for set in EvaluationSet.all() {
            let (status, stderr, run) = try set.currentRun()
            #expect(status <= 2, "\(set.name): align exited \(status): \(stderr)")
            let score = EvaluationScore(truth: try set.truth(), run: run, documents: set.documents().count)
            let rejected = status == 2 ? "config rejected: \(stderr.split(separator: "\n").first ?? "")" : ""
            let unfloored = floors.sets[set.name] == nil ? "no floor in floors.yml" : ""
            scores.append((set.name, score, [set.heldOut ? "held out" : "", rejected, unfloored].filter { !$0.isEmpty }.joined(separator: "; ")))
            shortfalls += floors.shortfalls(set.name, score)
        }
        Self.show(EvaluationTable.render(title: "Current binary", scores))
        #expect(shortfalls.isEmpty, "\(shortfalls.joined(separator: "\n"))")
    }
}
