import AlignConfig
import AlignModel
import AlignRules

/// Every rule enabled for a run, compiled once and shared read-only by every worker.
public struct RuleSet: Sendable {
    public var documentRules: [any DocumentRule]
    public var corpusRules: [any CorpusRule]
    /// The catalogue: every rule of the run, engine rules included, with its effective severity.
    public var descriptions: [RuleDescription]

    public init(documentRules: [any DocumentRule], corpusRules: [any CorpusRule], descriptions: [RuleDescription]) {
        self.documentRules = documentRules
        self.corpusRules = corpusRules
        self.descriptions = descriptions
    }

    /// A document's facts with only the claims some rule across documents reads.
    func reducedForCorpusRules(_ facts: DocumentFacts) -> DocumentFacts {
        var reduced = facts
        // A new array, not `removeAll(where:)`, which keeps the buffer of every claim it removed.
        reduced.claims = facts.claims.filter { claim in corpusRules.contains { $0.reads(claim) } }
        return reduced
    }
}

/// `rules:` of align.yml applied to findings: `off` drops a rule, a severity replaces its own,
/// `channels` keeps it to those channels.
struct RuleSettingsFilter: Sendable {
    var settings: [String: RuleSetting]

    func apply(_ finding: Finding) -> Finding? {
        guard let setting = settings[finding.rule] else { return finding }
        var finding = finding
        switch setting.level {
        case .off?: return nil
        case .severity(let severity)?: finding.severity = severity
        case nil: break
        }
        if let channels = setting.channels, let channel = finding.channel, !channels.contains(channel) {
            return nil
        }
        return finding
    }

    func isOff(_ rule: String) -> Bool {
        settings[rule]?.level == .off
    }

    func severity(of description: RuleDescription) -> Severity {
        if case .severity(let severity)? = settings[description.id]?.level { return severity }
        return description.severity
    }
}
