import Foundation

/// Where the tests' shared files are: every test target reads its inputs and golden outputs from
/// `Tests/Fixtures`, and runs the CLI in the package root.
enum TestPaths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let packageRoot = tests.deletingLastPathComponent()
}
