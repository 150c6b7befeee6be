import Foundation
import Testing

/// Golden files, all under Tests/Fixtures: a text is compared whole with its file.
/// `ALIGN_UPDATE_GOLDEN=1 swift test` rewrites the files instead; read the diff before committing.
enum Golden {
    static let fixtures = TestPaths.fixtures

    /// `path` is relative to Fixtures, such as `report/expected.json`.
    static func expect(_ text: String, matches path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = fixtures.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["ALIGN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "differs from Fixtures/\(path)", sourceLocation: sourceLocation)
    }
}
