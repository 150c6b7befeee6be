import Foundation
import Testing
@testable import AlignTestSupport

/// Every file of the real-world test data (Fixtures/testdata: html5lib, enmime, ruby-mail) in one
/// checked tree, through `align check`: exit 0 or 1, never 2, 3 or a crash.
@Suite struct HostileTestdataTests {
    static let testdata = TestPaths.fixtures.appendingPathComponent("testdata")

    /// Where a test-data file goes in the tree, by what it holds: `.dat` files are HTML
    /// snippets, `.raw` files are messages; the rest keep their own extension.
    static func treePath(for relative: String) -> String {
        let name = relative.replacingOccurrences(of: "/", with: "_")
        if relative.hasSuffix(".dat") { return "site/" + name + ".html" }
        if relative.hasSuffix(".raw") || relative.hasPrefix("mail/") && !relative.hasSuffix(".eml") { return "emails/" + name + ".eml" }
        if relative.hasSuffix(".eml") { return "emails/" + name }
        return "site/" + name + (relative.hasSuffix(".md") || relative.hasSuffix(".txt") ? "" : ".md")
    }

    static func files() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: testdata.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { path in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: testdata.appendingPathComponent(path).path, isDirectory: &folder) && !folder.boolValue
        }.sorted()
    }

    @Test func everyTestdataFileIsCheckedWithoutCrashing() throws {
        let files = Self.files()
        #expect(files.count > 250, "found \(files.count) test-data files")
        let tree = try HostileTree()
        defer { tree.remove() }
        var placed: Set<String> = []
        for file in files {
            let path = Self.treePath(for: file)
            placed.insert(path)
            try tree.write(path, Array(try Data(contentsOf: Self.testdata.appendingPathComponent(file))))
        }
        let (run, findings) = try tree.check(timeout: 300)
        #expect(run.checkedNormally, "exit \(run.status): \(run.stderr.prefix(2_000))")
        #expect(!findings.isEmpty)
        // No finding points at a file that is not in the tree.
        let stray = findings.filter { !placed.contains($0.file) && $0.file != "align.yml" && $0.file != "expect.yml" }
        #expect(stray.isEmpty, "\(stray.prefix(5))")
        for format in ["text", "sarif", "github", "junit"] {
            let other = try tree.run(["check", "--format", format], timeout: 300)
            #expect(other.checkedNormally, "\(format): exit \(other.status): \(other.stderr.prefix(1_000))")
        }
    }
}
