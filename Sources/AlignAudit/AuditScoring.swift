/// The score formula, in one place, with the words the report's footer and docs/audit.md print.
public enum AuditScoring {
    /// Points taken off per wording finding (terminology, avoid-phrase, impersonal-greeting, audience-parity).
    public static let pointsPerWordingFinding = 1
    /// At most this many points are taken off for wording: a broken promise must weigh more than style.
    public static let wordingCap = 10

    public static let formula = """
        Each promise is scored in each channel of its required_in: stated consistently = 1, \
        hedged = 0.5, conflicting = 0, missing = 0. A channel's base is 100 × the mean of its cells; \
        the overall base is 100 × the mean of all cells (100 when no promise is required anywhere). \
        Then 1 point is taken off per terminology, avoid-phrase, impersonal-greeting or \
        audience-parity finding (of that channel, or of every channel for the overall score), at \
        most 10 points. The score is the result rounded to the nearest whole number, never below 0. \
        Verdict: 90 and above aligned, 75 and above mostly aligned, 50 and above drifting, below 50 misaligned.
        """

    /// The rounded score from a base (0...100) and a count of wording findings.
    static func score(base: Double, wordingFindings: Int) -> (score: Int, deduction: Int) {
        let deduction = min(wordingCap, wordingFindings * pointsPerWordingFinding)
        let value = max(0, (base - Double(deduction)).rounded(.toNearestOrAwayFromZero))
        return (Int(value), deduction)
    }

    public static func verdict(_ score: Int) -> String {
        switch score {
        case 90...: "aligned"
        case 75..<90: "mostly aligned"
        case 50..<75: "drifting"
        default: "misaligned"
        }
    }

    /// A channel with no required cell has no score: nothing is asked of it.
    static func channelScore(cells: [CellState], wording: WordingCounts) -> AuditScore {
        var counts = StateCounts()
        for cell in cells { counts.add(cell) }
        let credits = cells.compactMap(\.credit)
        guard !credits.isEmpty else {
            return AuditScore(score: nil, base: nil, deduction: 0, cells: counts, wording: wording)
        }
        let base = 100 * credits.reduce(0, +) / Double(credits.count)
        let (score, deduction) = score(base: base, wordingFindings: wording.total)
        return AuditScore(score: score, base: base, deduction: deduction, cells: counts, wording: wording)
    }

    /// Overall: every scored cell counts once, whatever its channel; no cells gives a base of 100.
    static func overallScore(cells: [CellState], wording: WordingCounts) -> AuditScore {
        var counts = StateCounts()
        for cell in cells { counts.add(cell) }
        let credits = cells.compactMap(\.credit)
        let base = credits.isEmpty ? 100 : 100 * credits.reduce(0, +) / Double(credits.count)
        let (score, deduction) = score(base: base, wordingFindings: wording.total)
        return AuditScore(score: score, base: base, deduction: deduction, cells: counts, wording: wording)
    }
}
