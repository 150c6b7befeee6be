import AlignConfig
import AlignModel
import AlignText

/// How a run configures one rule: its severity after every override and, when `rules:` names
/// them, the only channels it reports in.
public struct RuleConfiguration: Hashable, Sendable {
    public var severity: Severity
    public var channels: [Channel]?

    public init(severity: Severity, channels: [Channel]? = nil) {
        self.severity = severity
        self.channels = channels
    }

    /// `finding` as this configuration has it, or nil when it falls outside the channels.
    public func apply(to finding: Finding) -> Finding? {
        if let channels, let channel = finding.channel, !channels.contains(channel) { return nil }
        var finding = finding
        finding.severity = severity
        return finding
    }
}

/// Every rule of a run, built in one place: the core rules on rule kinds and the packs' rules
/// (`RuleCatalogue`), the claim rules and the engine's own. A rule's level (its default, then each
/// pack's `overrides:`, then `rules:` in align.yml) and channels are applied once, as the rule is
/// added; nothing downstream reads `rules:` again.
public struct RuleRegistry: Sendable {
    public private(set) var documentRules: [any DocumentRule] = []
    public private(set) var corpusRules: [any CorpusRule] = []
    /// Every enabled rule, the engine's included, at its effective severity, in id order.
    public private(set) var descriptions: [RuleDescription] = []
    /// The engine's rules, whose findings it raises itself, as configured; absent when off.
    public private(set) var engineRules: [String: RuleConfiguration] = [:]
    /// Reads a document's claims for the claim rules.
    private var claimReader: ClaimReader?
    /// What records each document's facts from its claims, and whether its rule is on: a rule
    /// that is off collects only when the run keeps every fact (the audit).
    private var collectors: [(collector: any FactCollector, enabled: Bool)] = []
    /// Whether an enabled rule reads claims: when none does, a run that does not keep every fact
    /// reads no claims at all.
    public private(set) var readsClaims = false

    /// The ids of the rules whose facts a run collects, when it does not keep every fact; nil
    /// when they are all of them (then a run's facts are whole).
    public var partialFacts: [String]? {
        collectors.allSatisfy(\.enabled) ? nil : collectors.filter(\.enabled).map(\.collector.description.id)
    }
    /// Index in `documentRules` of the first rule that reads claims: `analyse` runs just before
    /// it, so that a document's time budget is spent in the same order as the rules.
    public private(set) var analysisIndex = 0

    public init(documentRules: [any DocumentRule] = [], corpusRules: [any CorpusRule] = [], descriptions: [RuleDescription] = [],
                engineRules: [String: RuleConfiguration] = [:]) {
        self.documentRules = documentRules
        self.corpusRules = corpusRules
        self.descriptions = descriptions
        self.engineRules = engineRules
    }

    /// Builds every rule of a run. Throws on a rule that refers to nothing, and on `rules:`
    /// naming a rule no one defines.
    public static func build(
        configuration: Configuration, expectation: Expectation, packs: [RulePack], packsAt: SourcePosition, stemmer: Stemmer
    ) throws(ConfigError) -> RuleRegistry {
        let catalogue = try RuleCatalogue.build(configuration: configuration, expectation: expectation, packs: packs, packsAt: packsAt, stemmer: stemmer)
        let claims = ClaimRules(expectation: expectation, stemmer: stemmer)
        let known = Set(try RuleCatalogue.entries(packs: packs).map(\.description.id))
            .union(claims.descriptions.map(\.id)).union(EngineRules.all.map(\.id))
        try configuration.checkRuleIDs(known: known)

        func configured(_ description: RuleDescription) -> RuleConfiguration? {
            guard case .severity(let severity) = RuleCatalogue.level(
                of: description.id, defaultLevel: .severity(description.severity), packs: packs, settings: configuration.rules) else { return nil }
            // `channels:` in align.yml, else the rule's own (a pack rule's, or promise-hedged's).
            let channels = configuration.rules[description.id]?.channels ?? (description.channels.isEmpty ? nil : description.channels)
            return RuleConfiguration(severity: severity, channels: channels)
        }
        func shown(_ description: RuleDescription, _ configuration: RuleConfiguration) -> RuleDescription {
            var shown = description
            shown.severity = configuration.severity
            return shown
        }

        var registry = RuleRegistry(documentRules: catalogue.documentRules, corpusRules: catalogue.corpusRules, descriptions: catalogue.descriptions)
        registry.claimReader = claims.reader
        registry.analysisIndex = registry.documentRules.count
        for rule in claims.documentRules {
            guard let setting = configured(rule.description) else { continue }
            registry.documentRules.append(ConfiguredDocumentRule(rule: rule, configuration: setting))
            registry.descriptions.append(shown(rule.description, setting))
        }
        for rule in claims.corpusRules {
            guard let setting = configured(rule.description) else { continue }
            registry.corpusRules.append(ConfiguredCorpusRule(rule: rule, configuration: setting))
            registry.descriptions.append(shown(rule.description, setting))
        }
        registry.collectors = claims.collectors.map { ($0, configured($0.description) != nil) }
        registry.readsClaims = registry.collectors.contains(where: \.enabled)
            || claims.documentRules.contains { configured($0.description) != nil }
        for description in EngineRules.all {
            guard let setting = configured(description) else { continue }
            registry.engineRules[description.id] = setting
            registry.descriptions.append(shown(description, setting))
        }
        registry.descriptions.sort { $0.id < $1.id }
        return registry
    }

    /// The engine's step, run before the rule at `analysisIndex`: the document's claims are read
    /// here, once, and the facts of it collected, by the enabled rules or, when `keepingAll`
    /// (the audit), by every one. With no claim rule on and nothing kept, nothing is read.
    public func analyse(_ document: inout AnalyzedDocument, stemmer: Stemmer, into facts: inout DocumentFacts, keepingAll: Bool) {
        guard let claimReader, readsClaims || keepingAll else { return }
        document.claims = ClaimReading(document, reader: claimReader, stemmer: stemmer)
        for (collector, enabled) in collectors where enabled || keepingAll { collector.collect(document, into: &facts) }
    }
}

/// A claim rule as configured: its findings take the configured severity and channels.
struct ConfiguredDocumentRule: DocumentRule {
    let rule: any DocumentRule
    let configuration: RuleConfiguration

    var description: RuleDescription { rule.description }

    func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        let start = result.findings.count
        rule.check(document, stemmer: stemmer, into: &result)
        guard result.findings.count > start else { return }
        let raised = result.findings[start...].compactMap(configuration.apply)
        result.findings.replaceSubrange(start..., with: raised)
    }
}

/// A claim rule across documents as configured.
struct ConfiguredCorpusRule: CorpusRule {
    let rule: any CorpusRule
    let configuration: RuleConfiguration

    var description: RuleDescription { rule.description }

    func check(_ facts: [DocumentFacts]) -> [Finding] {
        rule.check(facts).compactMap(configuration.apply)
    }

    func reads(_ claim: Claim) -> Bool {
        rule.reads(claim)
    }
}
