import Foundation
import Testing
import AlignConfig
import AlignModel
import AlignRules
import AlignText
@testable import AlignTestSupport

/// Runs every example of every rule this module builds (both built-in packs, the user pack
/// fixture and the core rules terminology, avoid-phrase, impersonal-greeting) through
/// `verifyRule`, in its three variants.
@Suite struct RuleExampleTests {
    static let userPack = TestPaths.fixtures.appendingPathComponent("packs/user-pack.yml")
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
        rules.append(CompiledRule(description: greeting.description, scope: greeting.scope, document: greeting, corpus: greeting))
        for definition in try packs().flatMap(\.rules) {
            rules.append(try RuleKinds.compile(definition, severity: .warning, context: context))
        }
        return rules
    }

    static var examples: [RuleExample] {
        guard let rules = try? rules(stemmer: Stemmer()) else { return [] }
        return RuleExample.all(of: rules.map(\.description))
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

    @Test(arguments: examples, ExampleVariant.allCases)
    func example(_ example: RuleExample, _ variant: ExampleVariant) throws {
        let rule = try #require(try Self.rules(stemmer: Stemmer()).first { $0.description.id == example.rule })
        verifyRule(example, variant, setting: Self.setting(of: rule))
    }

    /// An email (subject-less, one body block per line) when the rule is scoped to emails, else a
    /// page; a rule that looks across documents then judges the one document's facts.
    static func setting(of rule: CompiledRule) -> RuleExampleSetting {
        RuleExampleSetting(
            kind: rule.scope.documentKinds.first ?? .page,
            channel: rule.scope.channels.first ?? .customer,
            audience: rule.scope.audiences.first ?? (rule.description.kind == "parity" ? .prospect : nil),
            linePerDocument: rule.description.id == ImpersonalGreetingRule.id,
            reportedAt: rule.corpus != nil && rule.description.kind == "required" ? ("align.yml", packsAt) : nil,
            severity: .warning,
            run: { documents, stemmer in PackKindTests.run(rule, documents, stemmer: stemmer) })
    }
}
