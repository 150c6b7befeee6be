import AlignText

extension ClaimReader {
    /// Whether the values clause `clause` states for `promise` all keep it short of its limit:
    /// "caches the token based on the token's expiry time (typically one hour)" beside "caches the
    /// token for up to twelve hours". The hedge is on a typical figure the promise allows, and
    /// leaves the promise as firm as it was; "usually within 12 hours" hedges it.
    func hedgesAllowedFigure(of promise: Int, in clause: Int, reading: SentenceReading) -> Bool {
        let values = reading.values.filter { $0.promise == promise && $0.clause == clause }
        return !values.isEmpty && values.allSatisfy { $0.agrees == true && !promises.statesValue(promise, $0.read.quantity) }
    }

    /// Whether "may take" opens a ceiling: "content may take up to 48 hours to be stored" says
    /// what "within 48 hours" says.
    static func isCeiling(_ hit: WordPhrases.Hit, in words: [Word]) -> Bool {
        guard hit.key == "may take" || hit.key == "might take", hit.words.upperBound + 1 < words.count else { return false }
        return words[hit.words.upperBound].lowercased == "up" && words[hit.words.upperBound + 1].lowercased == "to"
    }

    /// Whether a word of the hedge after its first is capitalised: "In **General** settings, find
    /// Default alias domain" names a tab of the settings, not what mostly happens.
    static func isTitle(_ hit: WordPhrases.Hit, in words: [Word], bytes: [UInt8], base: Int) -> Bool {
        words[(hit.words.lowerBound + 1)..<hit.words.upperBound].contains { $0.isCapitalised(in: bytes, base: base) }
    }
}
