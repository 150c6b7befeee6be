import Foundation
import Testing
import AlignConfig
import AlignModel
import AlignRules
import AlignText

/// Runs every example of every rule this module builds (both built-in packs, the user pack
/// fixture and the core rules terminology, avoid-phrase, impersonal-greeting) through the real
/// pipeline: Document with blocks → SentenceSplitter → AnalyzedDocument → rule.check. A `flags`
/// example must give a finding exactly at its `↓`; a `passes` example must give none.
@Suite struct RuleExampleTests {
    /// One example of one rule.
    struct Example: Sendable, CustomTestStringConvertible {
        var rule: String
        var text: String
        var flags: Bool
        var testDescription: String { "\(rule) \(flags ? "flags" : "passes") \(text.debugDescription)" }
    }

    static let userPack = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/packs/user-pack.yml")
    /// Where the harness says `packs:` is in align.yml: `required` rules with scope any report there.
    static let packsAt = SourcePosition(line: 9, column: 8)

    static func packs() throws -> [RulePack] {
        let yaml = try String(contentsOf: userPack, encoding: .utf8)
        return try PackLoader.builtins() + [PackLoader.load(yaml: yaml, file: "user-pack.yml", name: "user-pack")]
    }

    /// Every rule this module builds, compiled at its definition's severity (an override that
    /// switches a rule off does not stop its examples from running).
    static func rules(stemmer: Stemmer) throws -> [CompiledRule] {
        let context = CompileContext(expectation: ExampleExpectation.statement, packsLocation: ("align.yml", packsAt), stemmer: stemmer)
        var rules: [CompiledRule] = []
        let terminology = TerminologyRule(expectation: ExampleExpectation.statement, stemmer: stemmer)
        rules.append(CompiledRule(description: terminology.description, scope: terminology.scope, document: terminology, corpus: nil))
        let avoid = try AvoidPhraseRule(expectation: ExampleExpectation.statement, stemmer: stemmer)
        rules.append(CompiledRule(description: avoid.description, scope: avoid.scope, document: avoid, corpus: nil))
        let greeting = ImpersonalGreetingRule()
        rules.append(CompiledRule(description: greeting.description, scope: greeting.scope, document: greeting, corpus: nil))
        for definition in try packs().flatMap(\.rules) {
            rules.append(try RuleKinds.compile(definition, severity: .warning, context: context))
        }
        return rules
    }

    static var examples: [Example] {
        guard let rules = try? rules(stemmer: Stemmer()) else { return [] }
        return rules.flatMap { rule in
            rule.description.examples.flags.map { Example(rule: rule.description.id, text: $0, flags: true) }
                + rule.description.examples.passes.map { Example(rule: rule.description.id, text: $0, flags: false) }
        }
    }

    @Test func everyRuleHasExamplesAndTheyAllLoad() throws {
        let rules = try Self.rules(stemmer: Stemmer())
        #expect(rules.count == 3 + 3 + 6 + 5)
        for rule in rules {
            #expect(rule.description.examples.flags.count >= 1, "\(rule.description.id) has no flags example")
            #expect(rule.description.examples.passes.count >= 1, "\(rule.description.id) has no passes example")
        }
        #expect(Self.examples.count > 80)
    }

    @Test(arguments: examples)
    func example(_ example: Example) throws {
        let stemmer = Stemmer()
        let rules = try Self.rules(stemmer: stemmer)
        let rule = try #require(rules.first { $0.description.id == example.rule })
        let sample = ExampleDocument(example.text, rule: rule)
        let findings = sample.check(rule, stemmer: stemmer)
        let ownFindings = findings.filter { $0.rule == example.rule }
        #expect(ownFindings.count == findings.count, "a rule reported under another id: \(findings)")
        guard example.flags else {
            #expect(ownFindings.isEmpty, "expected no finding, got \(ownFindings.map { "\($0.span.start): \($0.message)" })")
            return
        }
        let expected: (file: String, position: SourcePosition)
        if rule.corpus != nil, rule.description.kind == "required" {
            // Reported once for the run, at the `packs:` entry; its `↓` must open the example.
            #expect(sample.markerOffset == 0, "a rule judged across documents marks its example at the start")
            expected = ("align.yml", Self.packsAt)
        } else {
            expected = (sample.document.path, sample.markerPosition)
        }
        #expect(ownFindings.contains { $0.file == expected.file && $0.span.start == expected.position },
                "expected a finding at \(expected.file):\(expected.position.line):\(expected.position.column), got \(ownFindings.map { "\($0.file):\($0.span.start.line):\($0.span.start.column): \($0.message)" })")
        #expect(ownFindings.allSatisfy { $0.severity == .warning && !$0.message.isEmpty })
    }
}

/// An example turned into the document its rule checks: an email (subject-less, one body block
/// per line) when the rule is scoped to emails, else a page; each line of the example is a block
/// on its own line of the file, so the `↓` maps to an exact line and column.
struct ExampleDocument {
    var document: Document
    var channel: Channel
    var audience: Audience?
    /// UTF-8 offset of the `↓` in the example without it.
    var markerOffset: Int
    var markerPosition: SourcePosition

    init(_ example: String, rule: CompiledRule) {
        let marker = example.range(of: "↓").map { example.utf8.distance(from: example.utf8.startIndex, to: $0.lowerBound.samePosition(in: example.utf8) ?? example.utf8.startIndex) } ?? 0
        let text = example.replacingOccurrences(of: "↓", with: "")
        let kind = rule.scope.documentKinds.first ?? .page
        channel = rule.scope.channels.first ?? .customer
        audience = rule.scope.audiences.first ?? (rule.description.kind == "parity" ? .prospect : nil)
        markerOffset = marker
        markerPosition = SourcePosition(line: 1, column: 1)
        var blocks: [Block] = []
        var lineStart = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let length = line.utf8.count
            if !line.isEmpty {
                let block = Block(kind: kind == .email ? .emailBody : .paragraph, text: String(line),
                                  anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))])
                if marker >= lineStart && marker <= lineStart + length {
                    markerPosition = block.position(atUTF8Offset: marker - lineStart)
                }
                blocks.append(block)
            }
            lineStart += length + 1
        }
        document = Document(path: kind == .email ? "emails/example.eml" : "site/example.html", kind: kind, blocks: blocks)
    }

    /// Runs `rule` over the document; a rule that looks across documents then judges the one
    /// document's facts.
    func check(_ rule: CompiledRule, stemmer: Stemmer) -> [Finding] {
        let analyzed = AnalyzedDocument(document: document, channel: channel, audience: audience,
                                        sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
        let context = RuleContext(configuration: Configuration(root: "/tmp", file: "align.yml", expectPath: "/tmp/expect.yml"),
                                  expectation: ExampleExpectation.statement)
        var result = DocumentResult()
        result.facts.file = document.path
        result.facts.channel = channel
        result.facts.audience = audience
        rule.document?.check(analyzed, context: context, stemmer: stemmer, into: &result)
        var findings = result.findings
        if let corpus = rule.corpus { findings += corpus.check([result.facts], context: context) }
        return findings
    }
}
