import AlignConfig
import AlignModel
import AlignReaders
@testable import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// Every input a fuzzer crashed on (Fixtures/fuzz-crashes/TARGET/), through the same API as the
/// target that found it. Each must finish; a crash here stops the whole test run.
@Suite struct HostileFuzzCrashTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("fuzz-crashes")

    struct Input: CustomTestStringConvertible, Sendable {
        var target: String
        var name: String
        var bytes: [UInt8]
        var testDescription: String { "\(target)/\(name)" }
    }

    static func inputs(_ target: String) -> [Input] {
        let directory = folder.appendingPathComponent(target)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        return names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
            return Input(target: target, name: name, bytes: Array(data))
        }
    }

    @Test func everyTargetWithACrashHasItsInputs() {
        #expect(Self.inputs("quantity").count >= 1)
        #expect(Self.inputs("claims").count >= 1)
        #expect(Self.inputs("office").count >= 1)
    }

    /// FuzzOffice: each input read as a Word document and a slide deck, a problem and no crash.
    @Test(arguments: inputs("office"))
    func office(_ input: Input) {
        for path in ["plan.docx", "deck.pptx"] {
            let documents = DocumentReaders.read(bytes: input.bytes, path: path) ?? []
            #expect(documents.count == 1)
        }
    }

    /// FuzzQuantity: every range inside the text.
    @Test(arguments: inputs("quantity") + inputs("claims"))
    func quantity(_ input: Input) {
        let text = String(decoding: input.bytes, as: UTF8.self)
        for found in QuantityReader.quantities(in: text) {
            #expect(found.range.lowerBound >= 0 && found.range.upperBound <= text.utf8.count)
        }
        _ = QuantityReader.parse(text)
    }

    /// FuzzClaims: each line a block, through the sentence splitter and every claim rule.
    @Test(arguments: inputs("claims") + inputs("quantity"))
    func claims(_ input: Input) {
        let text = String(decoding: input.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: ClaimTestSupport.expectation, stemmer: stemmer)
        let document = ClaimTestSupport.document(lines, stemmer: stemmer)
        let result = ClaimTestSupport.check(document, rules: rules, expectation: ClaimTestSupport.expectation)
        for finding in result.findings {
            #expect(finding.span.start.line >= 1 && finding.span.start.line <= lines.count)
        }
    }

    /// The smallest form of the bug: a unit then "or" at the very end.
    @Test func unitThenOrAtTheEndIsNotAValueRange() {
        let found = QuantityReader.quantities(in: "Answers arrive in 24h or")
        #expect(found.map(\.quantity.text) == ["24h"])
    }
}
