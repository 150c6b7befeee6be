import Foundation
import Testing
@testable import AlignTestSupport

/// The helper itself: a run of a plain tree finds the one planted term, with its position.
@Suite struct HostileSupportTests {
    @Test func plainTreeFindsThePlantedTerm() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/page.md", "# Help\n\nEvery client gets a reply.\n")
        let (run, findings) = try tree.check()
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        #expect(findings.filter { $0.rule == "terminology" } == [
            HostileFinding(rule: "terminology", file: "site/page.md", line: 3, column: 7,
                           message: findings.first { $0.rule == "terminology" }?.message ?? ""),
        ])
    }
}
