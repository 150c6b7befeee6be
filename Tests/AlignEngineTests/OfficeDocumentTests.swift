import Foundation
import Testing
@testable import AlignTestSupport

/// Office documents through the real binary: findings at paragraph and slide positions, the
/// paragraph shown as the source line, and `--fix` that leaves the archive byte for byte alone.
@Suite struct OfficeDocumentTests {
    @Test func fixNeverTouchesAnOfficeDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("readers/plan.docx"))
        try original.write(to: folder.appendingPathComponent("plan.docx"))
        try Data("expect: expect.yml\n".utf8).write(to: folder.appendingPathComponent("align.yml"))
        try Data("""
            promises:
              - id: reply-time
                statement: We reply within 24 hours.
                topic: [reply]
                value: 24 hours
            terminology:
              - use: teammate
                instead_of: [leads]
            """.utf8).write(to: folder.appendingPathComponent("expect.yml"))
        let outcome = try AlignCLI.run(["check", "--fix", "--no-cache"], in: folder)
        #expect(outcome.stderr.contains("plan.docx: an Office document"), "\(outcome.stderr)")
        #expect(outcome.stdout.contains("plan.docx:9:15: warning: use \"teammate\" instead of \"leads\""), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Train two new leads by March."))
        #expect(try Data(contentsOf: folder.appendingPathComponent("plan.docx")) == original)
    }
}
