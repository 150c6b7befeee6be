import AlignModel
import Foundation
import Testing
@testable import AlignTestSupport
@testable import AlignConfig

/// The pack loader and the expectation loader compile a pattern through the same function, so a
/// bad pattern is placed alike in both, whatever the file's line ends.
@Suite struct ConfigPatternPlaceTests {
    static let pack = [
        "pack: acme",
        "rules:",
        "  - id: acme/expiry",
        "    kind: existence",
        "    message: Say how long points last.",
        "    patterns: ['points (expire']",
    ]
    static let expect = [
        "organization: Acme",
        "avoid:",
        "  - phrase: lose your points",
        "    because: It stings.",
        "  - because: It stings.",
        "    pattern: 'points (expire'",
    ]

    @Test(arguments: ["\n", "\r\n"])
    func bothLoadersPlaceABadPatternWherePCRE2Stopped(_ lineEnd: String) throws {
        // Line 6 in both; PCRE2 stops at the pattern's end, 14 scalars after its opening quote.
        let packError = #expect(throws: ConfigError.self) {
            _ = try PackLoader.load(yaml: Self.pack.joined(separator: lineEnd) + lineEnd, file: "packs/acme.yml", name: "acme")
        }
        #expect(packError.map { [$0.line, $0.column] } == [6, 31])

        let folder = try TemporaryFolder(files: ["expect.yml": Self.expect.joined(separator: lineEnd) + lineEnd])
        let expectError = #expect(throws: ConfigError.self) {
            _ = try ExpectationLoader.load(path: folder.path + "/expect.yml", displayPath: "expect.yml", validateValue: { _ in nil })
        }
        #expect(expectError.map { [$0.line, $0.column] } == [6, 29])
        #expect(packError?.message.hasPrefix("invalid pattern 'points (expire': missing closing parenthesis") == true)
        #expect(expectError?.message.hasPrefix("invalid pattern 'points (expire': missing closing parenthesis") == true)
    }
}
