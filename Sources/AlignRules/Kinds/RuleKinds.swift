import AlignModel
import AlignConfig
import AlignText

/// What compiling needs besides the definition: the expectation statement (a `required` rule may
/// name promises, a hedge rule may skip promise sentences), where `align.yml` lists its packs
/// (findings of rules that look across documents are reported there), and a stemmer for phrases.
public struct CompileContext {
    public var expectation: Expectation
    public var packsLocation: (file: String, position: SourcePosition)
    public var stemmer: Stemmer

    public init(expectation: Expectation, packsLocation: (file: String, position: SourcePosition), stemmer: Stemmer) {
        self.expectation = expectation
        self.packsLocation = packsLocation
        self.stemmer = stemmer
    }
}

/// A compiled rule: checked per document, across documents, or both (`required` with scope any
/// and `parity` record facts per document, then judge them together).
public struct CompiledRule: Sendable {
    public var description: RuleDescription
    public var scope: RuleScope
    public var document: (any DocumentRule)?
    public var corpus: (any CorpusRule)?

    public init(description: RuleDescription, scope: RuleScope, document: (any DocumentRule)?, corpus: (any CorpusRule)?) {
        self.description = description
        self.scope = scope
        self.document = document
        self.corpus = corpus
    }
}

/// Turns a pack rule's definition into the rule kind it names, once per run.
public enum RuleKinds {
    /// Compiles `definition` at `severity` (the level after every override; the caller drops
    /// rules that are off). Throws when the rule refers to something that does not exist.
    public static func compile(_ definition: PackRuleDefinition, severity: Severity, context: CompileContext) throws(ConfigError) -> CompiledRule {
        let description = describe(definition, severity: severity)
        let scope = RuleScope(channels: definition.channels, audiences: definition.audiences, documentKinds: definition.documentKinds)
        let patterns = definition.patterns.map { TextMatcher.SourcedPattern(pattern: $0.pattern, file: definition.file, position: $0.position) }
        var unless = definition.unless
        if definition.unlessPromise { unless += context.expectation.promises.flatMap(\.topics) }

        switch definition.kind {
        case "existence":
            let matcher = TextMatcher(phrases: definition.phrases, patterns: patterns, when: definition.when, whenAlso: definition.whenAlso,
                                      onlyWith: definition.onlyWith, onlyWithOnPages: definition.onlyWithOnPages,
                                      unless: unless, unlessAnywhere: definition.unlessAnywhere, except: definition.except, stemmer: context.stemmer)
            let rule = ExistenceRule(description: description, scope: scope, matcher: matcher, message: definition.message,
                                     unlessDefined: definition.unlessDefined, unlessSpecified: definition.unlessSpecified)
            return CompiledRule(description: description, scope: scope, document: rule, corpus: nil)
        case "substitution":
            let rule = SubstitutionRule(description: description, scope: scope, use: definition.use ?? "", insteadOf: definition.insteadOf,
                                        except: definition.except, when: definition.when, whenAlso: definition.whenAlso, unless: unless,
                                        unlessAnywhere: definition.unlessAnywhere, note: definition.message,
                                        stemmer: context.stemmer)
            return CompiledRule(description: description, scope: scope, document: rule, corpus: nil)
        case "required":
            var phrases = definition.phrases
            for id in definition.promises {
                guard let promise = context.expectation.promises.first(where: { $0.id == id }) else {
                    throw ConfigError(file: definition.file, line: definition.position.line, column: definition.position.column,
                                      message: "rule '\(definition.id)' names promise '\(id)', which \(context.expectation.file) does not define")
                }
                phrases += promise.topics
            }
            let matcher = TextMatcher(phrases: phrases, patterns: patterns, when: definition.when, whenAlso: definition.whenAlso,
                                      whenSender: definition.whenSender, unless: unless, unlessAnywhere: definition.unlessAnywhere,
                                      stemmer: context.stemmer)
            let rule = RequiredRule(description: description, scope: scope, quantifier: definition.scope == "any" ? .any : .each,
                                    matcher: matcher, message: definition.message, reportedAt: context.packsLocation)
            return CompiledRule(description: description, scope: scope, document: rule, corpus: rule.quantifier == .any ? rule : nil)
        case "greeting":
            let generic = Set(definition.phrases.map { $0.lowercased() })
            let rule = GreetingRule(description: description, scope: scope, requirement: definition.require == "name" ? .name : .salutation,
                                    message: definition.message, generic: generic)
            return CompiledRule(description: description, scope: scope, document: rule, corpus: nil)
        case "parity":
            let matcher = TextMatcher(phrases: definition.phrases, patterns: patterns, stemmer: context.stemmer)
            let rule = ParityRule(description: description, scope: scope, matcher: matcher, message: definition.message)
            return CompiledRule(description: description, scope: rule.scope, document: rule, corpus: rule)
        default:
            throw ConfigError(file: definition.file, line: definition.position.line, column: definition.position.column,
                              message: "unknown kind '\(definition.kind)'")
        }
    }

    /// What `align rules` and `align explain` show for a pack rule.
    public static func describe(_ definition: PackRuleDefinition, severity: Severity) -> RuleDescription {
        let pack = definition.id.split(separator: "/").first.map(String.init) ?? ""
        return RuleDescription(id: definition.id, pack: pack, kind: definition.kind, summary: definition.message,
                               why: definition.why, severity: severity, channels: definition.channels, examples: definition.examples)
    }
}
