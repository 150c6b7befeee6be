import Foundation
import Testing
@testable import AlignTestSupport

/// The README's worked examples, run by the real binary on the files they name: the README shows
/// the configuration and the report exactly as they are, so neither can go stale unnoticed.
@Suite struct ReadmeExampleTests {
    static let readme = TestPaths.packageRoot.appendingPathComponent("README.md")

    /// "Tiers, scopes, floors and periods": Fixtures/readme/tiers.
    @Test func tiersScopesFloorsAndPeriods() throws {
        let folder = AlignCLI.fixtures.appendingPathComponent("readme/tiers")
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let expect = try String(contentsOf: folder.appendingPathComponent("expect.yml"), encoding: .utf8)
        #expect(readme.contains("```yaml\n" + expect + "```\n"), "the README's expect.yml differs from Fixtures/readme/tiers/expect.yml")

        let outcome = try AlignCLI.run(["check", "--no-color"], in: folder)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        // The findings, without the closing summary lines.
        let findings = outcome.stdout.components(separatedBy: "\n\n").first ?? ""
        #expect(findings.contains("site/releases.md:5:22: error: release-cadence"))
        #expect(readme.contains("```\n" + findings + "\n```\n"), "the README's report differs from this run:\n\(findings)")
    }
}
