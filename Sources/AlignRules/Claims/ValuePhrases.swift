import AlignText

/// What the words around a value say it is of: a condition written beside it, a best case, what
/// it depends on, a topic it names or whose unit it carries, a figure beyond a default, things
/// already named.
extension ClaimReader {
    /// Words of a figure beyond a promise's default: its maximum, an extension.
    static let beyondDefault: WordSet = ["maximum", "max", "extend", "extended", "extends", "extension", "longest"]

    /// Whether the value at `range` is followed by "for", "on" or "in" and a condition of
    /// `promise` ("16kiB for free accounts").
    func namesOwnCondition(_ range: Range<Int>, of promise: Int, in words: [Word]) -> Bool {
        !promises.entries[promise].promise.values.isEmpty && Self.ownCondition(of: range, in: words[...], entry: promises.entries[promise]) != nil
    }

    /// The condition written right after the value at `range`: "for", "on" or "in" and a
    /// condition of `entry` within three words ("15 minutes on the Pro plan").
    static func ownCondition(of range: Range<Int>, in words: ArraySlice<Word>, entry: PromiseIndex.Entry) -> ClaimCondition? {
        guard let next = words.firstIndex(where: { $0.range.lowerBound >= range.upperBound }),
              ["for", "on", "in"].contains(words[next].lowercased) else { return nil }
        return entry.condition(in: words[(next + 1)..<min(words.endIndex, next + 4)], whole: false)
    }

    /// The middle word of "as low as", "as little as", "as few as", "as fast as".
    static let bestCaseWords: WordSet = ["low", "little", "few", "fast", "quickly", "cheap"]

    /// Whether the value at `range` follows "as low as" (or "as little as", "as fast as"): the
    /// best a figure gets, not what it is.
    static func isBestCase(_ range: Range<Int>, in words: [Word]) -> Bool {
        guard let next = words.firstIndex(where: { $0.range.lowerBound >= range.lowerBound }), next >= 3 else { return false }
        return words[next - 1].lowercased == "as" && bestCaseWords.contains(words[next - 2]) && words[next - 3].lowercased == "as"
    }

    /// Whether `read` is a count after "the", "these" or "those": things already named ("on a
    /// field that has the same name in the two datasets"), not how many there may be.
    static func isReference(_ read: ReadQuantity, in words: [Word]) -> Bool {
        guard read.quantity.dimension == .count,
              let index = words.firstIndex(where: { $0.range.lowerBound >= read.range.lowerBound }), index > 0 else { return false }
        return ["the", "these", "those"].contains(words[index - 1].lowercased)
    }

    /// Words that say a figure depends on what follows them: "depending on", "based on".
    static let dependencyLeads: WordSet = ["depending", "based", "according", "dependent"]

    /// Whether the topic at `range` follows "depending on" (or "based on", "according to"),
    /// with up to two fillers between ("depending on the persistence").
    static func isDependency(_ range: Range<Int>, in words: [Word]) -> Bool {
        guard var index = words.firstIndex(where: { $0.range.lowerBound == range.lowerBound }) else { return false }
        var fillers = 0
        while index > 0, fillers < 2, countFromFillers.contains(words[index - 1]) {
            index -= 1
            fillers += 1
        }
        guard index >= 2, ["on", "to", "upon"].contains(words[index - 1].lowercased) else { return false }
        return dependencyLeads.contains(words[index - 2])
    }

    /// Whether a topic at `topic` holds the value at `value` and more: the value names the topic.
    static func names(_ topic: Range<Int>, _ value: Range<Int>) -> Bool {
        topic.lowerBound <= value.lowerBound && value.upperBound <= topic.upperBound && topic != value
    }

    /// Whether a topic at `topic` starts inside the value at `value`, after its number, and runs
    /// on past it: "per million messages" of "$2.00 per million messages".
    static func carriesUnit(_ topic: Range<Int>, of value: Range<Int>) -> Bool {
        topic.lowerBound > value.lowerBound && topic.lowerBound < value.upperBound && topic.upperBound > value.upperBound
    }
}
