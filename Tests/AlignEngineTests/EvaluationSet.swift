import AlignReaders
import Foundation
@testable import AlignTestSupport

/// One labelled set of real content under Tests/Evaluation: `tree/` (the documents, align.yml
/// and expect.yml), `truth.yml` (the labels) and `first-run.sarif` (the run made after the labels
/// were committed, with the engine as it was then).
struct EvaluationSet: Sendable {
    var name: String
    var folder: URL
    var heldOut: Bool

    static let root = AlignCLI.packageRoot.appendingPathComponent("Tests/Evaluation")

    var tree: URL { folder.appendingPathComponent("tree") }

    /// Every set under `sets/`, and under `held-out/` when `includeHeldOut` (ALIGN_EVAL_HELD_OUT=1):
    /// the held-out set stays unscored until the end, so its first run is the honest estimate.
    static func all(includeHeldOut: Bool = ProcessInfo.processInfo.environment["ALIGN_EVAL_HELD_OUT"] == "1") -> [EvaluationSet] {
        var sets = sets(in: "sets", heldOut: false)
        if includeHeldOut {
            sets += self.sets(in: "held-out", heldOut: true)
        }
        return sets
    }

    private static func sets(in group: String, heldOut: Bool) -> [EvaluationSet] {
        let folder = root.appendingPathComponent(group)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            let set = EvaluationSet(name: name, folder: folder.appendingPathComponent(name), heldOut: heldOut)
            return FileManager.default.fileExists(atPath: set.folder.appendingPathComponent("truth.yml").path) ? set : nil
        }
    }

    func truth() throws -> EvaluationTruth {
        let url = folder.appendingPathComponent("truth.yml")
        return try EvaluationTruth(yaml: String(contentsOf: url, encoding: .utf8), source: "\(name)/truth.yml")
    }

    /// Paths of the documents in `tree/` (the files align has a reader for), relative to it.
    func documents() -> [String] {
        let base = tree.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(at: tree, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let url = walker?.nextObject() as? URL {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            guard DocumentReaders.reader(forPath: path) != nil, !["align.yml", "expect.yml"].contains(path) else { continue }
            paths.append(path)
        }
        return paths.sorted()
    }

    func firstRun() throws -> EvaluationRun {
        let url = folder.appendingPathComponent("first-run.sarif")
        return try EvaluationRun(sarif: Data(contentsOf: url), source: "\(name)/first-run.sarif")
    }

    /// What the binary built beside the tests reports on a copy of `tree/` (a run never writes
    /// into the labelled set). `status` 2 is a configuration the engine rejects: no results.
    func currentRun() throws -> (status: Int32, stderr: String, run: EvaluationRun) {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("align-eval-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: tree, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let output = copy.appendingPathComponent(".align-eval.sarif")
        let run = try AlignCLI.run(["check", "--no-cache", "--format", "sarif", "--output", output.path, "."], in: copy)
        guard run.status == 0 || run.status == 1 else {
            return (run.status, run.stderr, EvaluationRun(results: []))
        }
        return (run.status, run.stderr, try EvaluationRun(sarif: Data(contentsOf: output), source: "\(name) current run"))
    }
}
