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

    /// A fresh copy of the sample corpus in a temporary folder, for tests that edit files.
    static func corpusCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-corpus-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: corpus, to: folder)
        return folder
    }
}
