import Foundation

/// Runs the real `align` binary that `swift test` built beside the test bundle.
enum AlignCLI {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = TestPaths.packageRoot
    static let corpus = packageRoot.appendingPathComponent("corpus")
    static let fixtures = TestPaths.fixtures

    static var binary: URL {
        (try? HostileTree.binary()) ?? packageRoot.appendingPathComponent(".build/debug/align")
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Outcome {
        let run = try HostileTree.runBinary(arguments, in: directory)
        return Outcome(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    /// A fresh copy of the sample corpus in a temporary folder, for tests that edit files. Not
    /// its `.align` cache: other tests check the corpus in place at the same time, and a cache
    /// file they write and rename can vanish in the middle of the copy.
    static func corpusCopy() throws -> URL {
        let files = FileManager.default
        let folder = files.temporaryDirectory.appendingPathComponent("align-corpus-\(UUID().uuidString)")
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: corpus.path) where name != ".align" {
            try files.copyItem(at: corpus.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }
}
