/// How one run scores against one set's labels (EVALUATION-FORMAT.md): a finding is found when a
/// result has one of its rules (a pack rule `pack/name` also matches `name`) in one of its files
/// within one line of a labelled line; every result that matches no finding is a false alarm,
/// trap or not; several results on one finding count once.
struct EvaluationScore: Sendable {
    var findings: Int
    var found: Int
    var misses: [EvaluationTruth.Finding]
    var falseAlarms: [EvaluationRun.Result]
    var documents: Int

    init(truth: EvaluationTruth, run: EvaluationRun, documents: Int) {
        var foundIDs: Set<String> = []
        var falseAlarms: [EvaluationRun.Result] = []
        for result in run.results {
            let matched = truth.findings.filter { Self.matches($0, result) }
            if matched.isEmpty {
                falseAlarms.append(result)
            }
            foundIDs.formUnion(matched.map(\.id))
        }
        self.findings = truth.findings.count
        self.found = foundIDs.count
        self.misses = truth.findings.filter { !foundIDs.contains($0.id) }
        self.falseAlarms = falseAlarms
        self.documents = documents
    }

    private init(findings: Int, found: Int, falseAlarms: [EvaluationRun.Result], documents: Int) {
        self.findings = findings
        self.found = found
        self.misses = []
        self.falseAlarms = falseAlarms
        self.documents = documents
    }

    static func matches(_ finding: EvaluationTruth.Finding, _ result: EvaluationRun.Result) -> Bool {
        let name = result.rule.split(separator: "/").last.map(String.init) ?? result.rule
        guard finding.rules.contains(result.rule) || finding.rules.contains(name) else { return false }
        return finding.places.contains { $0.file == result.file && abs($0.line - result.line) <= 1 }
    }

    /// nil where there is nothing to divide: a set with no findings has no recall.
    var recall: Double? { findings == 0 ? nil : Double(found) / Double(findings) }
    /// nil where the run raised nothing.
    var precision: Double? { found + falseAlarms.count == 0 ? nil : Double(found) / Double(found + falseAlarms.count) }
    var packFalseAlarms: Int { falseAlarms.filter(\.isPackRule).count }
    var packFalseAlarmsPer100Documents: Double? {
        documents == 0 ? nil : Double(packFalseAlarms) * 100 / Double(documents)
    }

    /// Figures summed over sets: recall and precision of the pool, not an average of ratios.
    static func pooled(_ scores: [EvaluationScore]) -> EvaluationScore {
        EvaluationScore(
            findings: scores.map(\.findings).reduce(0, +),
            found: scores.map(\.found).reduce(0, +),
            falseAlarms: scores.flatMap(\.falseAlarms),
            documents: scores.map(\.documents).reduce(0, +))
    }
}
