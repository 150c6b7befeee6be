import AlignModel
import AlignConfig
import AlignText

/// One rule as `align rules` lists it: its description and its level after every override.
public struct CatalogueEntry: Sendable {
    public var description: RuleDescription
    public var level: RuleLevel
    /// Channels, audiences and document kinds the rule checks (empty lists: all).
    public var scope: RuleScope
}

/// The one place that builds the rules this module owns for a run: the core rules built on rule
/// kinds (terminology, avoid-phrase, impersonal-greeting) and every rule of the packs `align.yml`
/// names. A rule's level comes from its definition, then each pack's `overrides:` in order, then
/// `rules:` in `align.yml`; a rule that ends `off` is not built.
public enum RuleCatalogue {
    /// The rules of one run built here, compiled once and shared read-only by every worker. (The
    /// engine adds the claim rules and its own to these; the name is nested so as not to clash
    /// with the engine's set.)
    public struct Rules: Sendable {
        public var documentRules: [any DocumentRule] = []
        public var corpusRules: [any CorpusRule] = []
        /// Every enabled rule built here, at its effective severity, in catalogue order.
        public var descriptions: [RuleDescription] = []
        /// The scope of every enabled rule built here, by id.
        public var scopes: [String: RuleScope] = [:]

        public init() {}
    }

    /// Every core rule id of the product, whoever builds it. Pack overrides and
    /// `rules:` in `align.yml` may name these as well as pack rules.
    public static let coreRuleIDs = [
        "claim-conflict", "claim-drift", "promise-hedged", "promise-missing", "promise-negated", "terminology", "avoid-phrase",
        "audience-parity", "impersonal-greeting", "input-unreadable", "input-truncated", "unused-suppression",
    ]

    /// The core rules built here, at their default severities.
    public static var coreDescriptions: [RuleDescription] {
        [TerminologyRule.describe(), AvoidPhraseRule.describe(), ImpersonalGreetingRule.describe()]
    }

    /// Builds the rules for a run. `packs` are the loaded packs (`PackLoader.load`);
    /// `packsAt` is where `packs:` is written in `align.yml` (rules that look across documents
    /// report there). Throws on an override naming no rule, or a rule naming no promise.
    public static func build(
        configuration: Configuration, expectation: Expectation, packs: [RulePack], packsAt: SourcePosition, stemmer: Stemmer
    ) throws(ConfigError) -> Rules {
        try validate(packs)
        var set = Rules()
        let settings = configuration.rules

        func add(_ description: RuleDescription, _ scope: RuleScope, document: (any DocumentRule)?, corpus: (any CorpusRule)?) {
            set.descriptions.append(description)
            set.scopes[description.id] = scope
            if let document { set.documentRules.append(document) }
            if let corpus { set.corpusRules.append(corpus) }
        }

        if case .severity(let severity) = level(of: TerminologyRule.id, defaultLevel: .severity(.warning), packs: packs, settings: settings),
           !expectation.terminology.isEmpty {
            let rule = TerminologyRule(expectation: expectation, severity: severity, channels: settings[TerminologyRule.id]?.channels ?? [], stemmer: stemmer)
            add(rule.description, rule.scope, document: rule, corpus: nil)
        }
        if case .severity(let severity) = level(of: AvoidPhraseRule.id, defaultLevel: .severity(.warning), packs: packs, settings: settings),
           !expectation.avoid.isEmpty {
            let rule = try AvoidPhraseRule(expectation: expectation, severity: severity, channels: settings[AvoidPhraseRule.id]?.channels ?? [], stemmer: stemmer)
            add(rule.description, rule.scope, document: rule, corpus: nil)
        }
        if case .severity(let severity) = level(of: ImpersonalGreetingRule.id, defaultLevel: .severity(.warning), packs: packs, settings: settings) {
            let rule = ImpersonalGreetingRule(severity: severity, channels: settings[ImpersonalGreetingRule.id]?.channels ?? [.customer])
            add(rule.description, rule.scope, document: rule, corpus: rule)
        }

        let context = CompileContext(expectation: expectation, packsLocation: (configuration.file, packsAt), stemmer: stemmer)
        for pack in packs {
            for var definition in pack.rules {
                guard case .severity(let severity) = level(of: definition.id, defaultLevel: definition.level, packs: packs, settings: settings) else { continue }
                if let channels = settings[definition.id]?.channels { definition.channels = channels }
                let compiled = try RuleKinds.compile(definition, severity: severity, context: context)
                add(compiled.description, compiled.scope, document: compiled.document, corpus: compiled.corpus)
            }
        }
        return set
    }

    /// Every rule for `align rules` and `align explain`: the core rules built here, then every
    /// pack rule, each with its level after overrides (including those that are off). Core rules
    /// built elsewhere (claims, inputs) add their own descriptions.
    public static func entries(packs: [RulePack], settings: [String: RuleSetting] = [:]) throws(ConfigError) -> [CatalogueEntry] {
        try validate(packs)
        var entries: [CatalogueEntry] = []
        let coreScopes = [ImpersonalGreetingRule.id: ImpersonalGreetingRule().scope]
        for description in coreDescriptions {
            let level = level(of: description.id, defaultLevel: .severity(description.severity), packs: packs, settings: settings)
            var shown = description
            if case .severity(let severity) = level { shown.severity = severity }
            entries.append(CatalogueEntry(description: shown, level: level, scope: coreScopes[description.id] ?? RuleScope()))
        }
        for pack in packs {
            for definition in pack.rules {
                let level = level(of: definition.id, defaultLevel: definition.level, packs: packs, settings: settings)
                var severity = Severity.warning
                if case .severity(let s) = level { severity = s }
                let scope = RuleScope(channels: definition.channels, audiences: definition.audiences, documentKinds: definition.documentKinds)
                entries.append(CatalogueEntry(description: RuleKinds.describe(definition, severity: severity), level: level, scope: scope))
            }
        }
        return entries
    }

    /// The rules built here with their default severities: the core rules on rule kinds and
    /// every rule of the built-in packs (user packs: `entries(packs:settings:)`). The engine's
    /// and the claim rules' descriptions are added by whoever lists them.
    public static func allDescriptions() -> [RuleDescription] {
        // The built-in packs are tested to load; should one not, it is left out, not a crash.
        let packs = (try? PackLoader.builtins()) ?? []
        return ((try? entries(packs: packs)) ?? []).map(\.description)
    }

    /// A rule's level: `defaultLevel`, then each pack's override in order, then `align.yml`.
    /// The integrator can use it for the core rules built elsewhere, too.
    public static func level(of id: String, defaultLevel: RuleLevel, packs: [RulePack], settings: [String: RuleSetting]) -> RuleLevel {
        var level = defaultLevel
        for pack in packs {
            if let override = pack.overrides[id] { level = override }
        }
        if let setting = settings[id]?.level { level = setting }
        return level
    }

    /// Pack names are unique in a run (rule ids depend on it), and an override must name a core
    /// rule or a rule of one of the packs in the run.
    static func validate(_ packs: [RulePack]) throws(ConfigError) {
        var files: [String: String] = [:]
        for pack in packs {
            if let first = files[pack.name] {
                let position = pack.rules.first?.position ?? SourcePosition(line: 1, column: 1)
                throw ConfigError(file: pack.file, line: position.line, column: position.column,
                                  message: "pack '\(pack.name)' is already loaded from \(first); give this pack another name")
            }
            files[pack.name] = pack.file
        }
        var known = Set(coreRuleIDs)
        for pack in packs { known.formUnion(pack.rules.map(\.id)) }
        for pack in packs {
            for id in pack.overrides.keys.sorted() where !known.contains(id) {
                let position = pack.overridePositions[id] ?? SourcePosition(line: 1, column: 1)
                let hint = didYouMean(id, among: known.sorted())
                throw ConfigError(file: pack.file, line: position.line, column: position.column,
                                  message: "override names rule '\(id)', which no pack in this run defines\(hint)")
            }
        }
    }
}
