import Foundation
import Testing

/// One finding of a JSON report, as the end-to-end tests compare them.
struct FindingRow: Decodable {
    var rule: String
    var file: String
    var line: Int
    var column: Int

    static func parse(_ json: String) throws -> [FindingRow] {
        struct Report: Decodable { var findings: [FindingRow] }
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8)).findings
    }
}

/// A small tree written to a temporary folder and checked by the real binary: its findings as
/// `file:line:col rule`.
enum TreeCheck {
    static func findings(_ files: [String: String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let outcome = try AlignCLI.run(["check", "--format", "json", "--fail-on", "never"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try FindingRow.parse(outcome.stdout).map { "\($0.file):\($0.line):\($0.column) \($0.rule)" }
    }
}
