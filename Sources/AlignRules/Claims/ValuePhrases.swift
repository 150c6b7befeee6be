import AlignText

/// What the words around a value say it is of: a condition written beside it, a best case, what
/// it depends on, a topic it names or whose unit it carries, a figure beyond a default, things
/// already named.
extension ClaimReader {
    /// Words of a figure beyond a promise's default: its maximum, an extension, what a user can
    /// set it to ("you can configure the snapshot retention to be from 1 to 60 days", "This
    /// example sets the retention period to 14 days").
    static let beyondDefault: WordSet = [
        "maximum", "max", "extend", "extended", "extends", "extension", "longest",
        "configure", "configured", "configurable", "set", "sets", "adjust", "adjustable", "customize", "customise", "override",
    ]

    /// Whether the value at `range` is followed by "for", "on" or "in" and a condition of
    /// `promise` ("16kiB for free accounts"), or names one with its own unit ("$59.99/yr").
    func namesOwnCondition(_ range: Range<Int>, of promise: Int, in words: [Word]) -> Bool {
        guard !promises.entries[promise].promise.values.isEmpty else { return false }
        return Self.ownCondition(of: range, in: words[...], entry: promises.entries[promise]) != nil
            || Self.unitCondition(of: range, in: words, entry: promises.entries[promise]) != nil
    }

    /// The condition the value at `range` names with its own unit: "$9.99/mo, $59.99/yr, or
    /// $149.99 lifetime" under `when: [month, mo]` and `when: [year, yr]` gives each price its
    /// plan, whatever else its clause names. A number names none ("6" of "6.5 hours").
    static func unitCondition(of range: Range<Int>, in words: [Word], entry: PromiseIndex.Entry) -> ClaimCondition? {
        // Most promises have no conditions, and most values are a word or two: nothing is copied for them.
        guard !entry.conditionPhrases.isEmpty, let first = words.firstIndex(where: { $0.range.lowerBound >= range.lowerBound }) else { return nil }
        let end = words[first...].firstIndex { $0.range.lowerBound >= range.upperBound } ?? words.endIndex
        let unit = words[first..<end].filter { !($0.lowercased.first?.isNumber ?? true) }
        return unit.isEmpty ? nil : entry.condition(in: unit[...], whole: false)
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

    /// Whether `read` (offsets in `bytes`) is a count after "the", "these" or "those": things
    /// already named ("on a field that has the same name in the two datasets"), not how many
    /// there may be.
    static func isReference(_ read: ReadQuantity, in bytes: [UInt8]) -> Bool {
        read.quantity.dimension == .count && isWord(before: read.range.lowerBound, in: bytes, oneOf: referringWords)
    }
    static let referringWords: [[UInt8]] = ["the", "these", "those"].map { Array($0.utf8) }

    /// Whether the word that ends just before `offset` of `bytes` (spaces between) is one of
    /// `candidates` (lower-case ASCII), in any case: read from the bytes, so that a test on
    /// every value neither walks the sentence's words nor makes a string.
    static func isWord(before offset: Int, in bytes: [UInt8], oneOf candidates: [[UInt8]]) -> Bool {
        var end = min(offset, bytes.count)
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, (bytes[start - 1] | 0x20) >= 0x61, (bytes[start - 1] | 0x20) <= 0x7A { start -= 1 }
        let word = bytes[start..<end]
        return candidates.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 | 0x20 } }
    }

    /// Whether a duration is followed at once (one space, no comma) by "in advance", "ahead",
    /// "beforehand", "before" or "prior": a lead time. "kept for 2 days, before they're wiped
    /// out" is how long, then what follows.
    static func isLeadTime(_ read: ReadQuantity, in words: [Word]) -> Bool {
        guard read.quantity.dimension == .duration, var next = wordRightAfter(read, in: words) else { return false }
        // "A day or so before the practice meeting": an approximation between.
        if words[next].lowercased == "or", next + 2 < words.count, words[next + 1].lowercased == "so" { next += 2 }
        if PromiseSubject.leadTimeWords.contains(words[next]) { return true }
        return words[next].lowercased == "in" && next + 1 < words.count && words[next + 1].lowercased == "advance"
    }

    /// The index of the word that follows a value at once (one space, no comma): "4 weeks in
    /// advance", "24-hour window".
    static func wordRightAfter(_ read: ReadQuantity, in words: [Word]) -> Int? {
        guard let next = words.firstIndex(where: { $0.range.lowerBound >= read.range.upperBound }),
              words[next].range.lowerBound - read.range.upperBound <= 1 else { return nil }
        return next
    }

    /// Whether `clause` offers something "on request", "upon request" or "by request".
    static func isOnRequest(_ clause: ArraySlice<Word>) -> Bool {
        clause.indices.dropFirst().contains { index in
            clause[index].lowercased == "request" && ["on", "upon", "by"].contains(clause[index - 1].lowercased)
        }
    }

    /// Whether a value is one the reader sets: after "to" (or "to any … between"), in a sentence
    /// that sets something ("To update the timeout for the current job to 20 minutes", "You can
    /// configure the session duration to any timeout between 6 hours and 8,760 hours"). A ceiling
    /// ("set it to up to 30 days") is still the limit, and states it.
    static func isReadersSetting(_ read: ReadQuantity, in words: [Word]) -> Bool {
        guard read.quantity.bound == .exact else { return false }
        let before = words.prefix { $0.range.upperBound <= read.range.lowerBound }
        guard let to = before.lastIndex(where: { $0.lowercased == "to" }), before.endIndex - to <= 4 else { return false }
        let between = before[(to + 1)...]
        guard between.isEmpty || between.first?.lowercased == "any" && between.last?.lowercased == "between" else { return false }
        return before[..<to].suffix(8).contains { settingVerbs.contains($0) }
    }

    static let settingVerbs: WordSet = [
        "set", "sets", "update", "updates", "change", "changes", "configure", "configures", "adjust", "adjusts",
        "modify", "modifies", "customize", "customise",
    ]

    /// Whether a duration is the length of a window named as one already known ("beyond the
    /// standard 24-hour window", "within the extended 7-day window"): the time another system
    /// allows, which states only a promise about a window. "Our 60-day return window" and "a
    /// 48-hour reply window" name their own.
    static func isWindowLength(_ read: ReadQuantity, in words: [Word]) -> Bool {
        guard read.quantity.dimension == .duration, let next = wordRightAfter(read, in: words),
              windowWords.contains(words[next]) else { return false }
        let before = words.prefix { $0.range.upperBound <= read.range.lowerBound }.suffix(2)
        return before.last?.lowercased == "the" || before.count == 2 && before.first?.lowercased == "the"
    }

    static let windowWords: WordSet = ["window", "windows"]

    /// Whether `clause` opens, or goes on after a label ("The Problem: …"), with other providers
    /// as its subject: "Traditional MoR solutions charge 5-8%", "Other platforms keep logs for 7
    /// days", "Most competitors offer 14 days". Their figures are theirs. "Other plans", "most
    /// customers" are not other providers, and "Unlike other platforms, we …" is the company's.
    /// `text` is the sentence's UTF-8, at offset `base` of the block.
    static func opensWithOthers(_ clause: ArraySlice<Word>, text: [UInt8], base: Int) -> Bool {
        guard let opener = clause.prefix(4).firstIndex(where: { otherOpeners.contains($0) }) else { return false }
        if opener != clause.startIndex {
            let at = clause[opener].range.lowerBound - base
            guard at >= 2, text[at - 2] == UInt8(ascii: ":") || text[at - 1] == UInt8(ascii: ":") else { return false }
        }
        return clause[(opener + 1)...].prefix(3).contains { otherProviders.contains($0) }
    }

    static let otherOpeners: WordSet = ["traditional", "other", "most", "many", "typical", "legacy", "conventional"]
    static let otherProviders: WordSet = [
        "providers", "vendors", "competitors", "solutions", "platforms", "processors", "companies", "services", "tools",
    ]

    /// For a value written as an adjective ("6-character", "30-day") after "or" or "and" (and an
    /// article): the indexes of that conjunction and of the word the value qualifies, right after
    /// it ("a password or 6-character pin": "or", "pin"). Nil for a value written otherwise.
    static func alternativeAfterAdjective(_ read: ReadQuantity, in words: [Word]) -> (conjunction: Int, noun: Int)? {
        // A number, a hyphen and a unit: not a range ("1-2 years").
        let text = read.quantity.text
        guard let hyphen = text.firstIndex(of: "-"), hyphen > text.startIndex,
              text[..<hyphen].allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }),
              text[text.index(after: hyphen)...].first?.isLetter == true,
              let noun = wordRightAfter(read, in: words), words[noun].lowercased.first?.isLetter == true,
              var before = words.lastIndex(where: { $0.range.upperBound <= read.range.lowerBound }) else { return nil }
        if ["a", "an"].contains(words[before].lowercased), before > 0 { before -= 1 }
        guard ["or", "and"].contains(words[before].lowercased), before > 0 else { return nil }
        return (before, noun)
    }

    /// Whether a percentage is a tax's, named right after it: "a $30 purchase from Sweden (25%
    /// VAT)". It states only a promise about that tax.
    static func isTaxRate(_ read: ReadQuantity, in words: [Word]) -> Bool {
        guard read.quantity.dimension == .percent, let next = wordRightAfter(read, in: words) else { return false }
        return taxWords.contains(words[next])
    }

    static let taxWords: WordSet = ["vat", "gst", "hst", "tax", "taxes"]

    /// Whether a count of two says that no two things may share something: "Your app cannot have
    /// two global commands with the same name". That is a rule of uniqueness, not a limit of two.
    static func isUniqueness(_ read: ReadQuantity, in words: [Word]) -> Bool {
        guard read.quantity.dimension == .count, read.quantity.low == 2, read.quantity.high == 2,
              let next = words.firstIndex(where: { $0.range.lowerBound >= read.range.upperBound }) else { return false }
        let after = words[next..<min(words.count, next + 7)]
        return after.indices.dropFirst(2).contains { index in
            after[index].lowercased == "same" && after[index - 1].lowercased == "the" && sharingWords.contains(after[index - 2])
        }
    }

    /// Before "the same": "with the same name", "sharing the same URL".
    static let sharingWords: WordSet = ["with", "within", "sharing", "having", "share", "of", "in", "on", "at"]

    /// Whether a duration is how long a change takes to take effect: "can take up to two minutes
    /// to be enforced", "may take 24 hours for changes to propagate". That delay states only a
    /// promise about one, not the figure that changed.
    static func isEffectDelay(_ read: ReadQuantity, in words: [Word]) -> Bool {
        guard read.quantity.dimension == .duration,
              let next = words.firstIndex(where: { $0.range.lowerBound >= read.range.upperBound }) else { return false }
        let before = words[max(0, next - 6)..<next].filter { $0.range.upperBound <= read.range.lowerBound }.suffix(3)
        guard before.contains(where: { takeWords.contains($0) }) else { return false }
        let after = words[next..<min(words.count, next + 6)]
        guard let to = after.firstIndex(where: { $0.lowercased == "to" }) else { return false }
        return words[(to + 1)..<min(words.count, to + 3)].contains { effectWords.contains($0) }
    }

    static let takeWords: WordSet = ["take", "takes", "taking", "took"]
    /// What a change does when it takes effect, after "to": "to take effect", "to be enforced".
    static let effectWords: WordSet = [
        "effect", "propagate", "propagated", "enforced", "applied", "reflected", "activated",
    ]

    /// Whether the words at `range` follow "these", "those", "this" or "that": things already named.
    static func followsDemonstrative(_ range: Range<Int>, in words: [Word]) -> Bool {
        guard let before = words.last(where: { $0.range.upperBound <= range.lowerBound }) else { return false }
        return demonstratives.contains(before)
    }
    static let demonstratives: WordSet = ["these", "those", "this", "that"]

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

    /// Whether the topic at `range` follows "<part> of": "the first pass of reviews to be completed
    /// within about 2-4 weeks" gives the first pass's time, not the reviews'.
    static func isPartOf(_ range: Range<Int>, in words: [Word]) -> Bool {
        guard let index = words.firstIndex(where: { $0.range.lowerBound == range.lowerBound }), index >= 2,
              words[index - 1].lowercased == "of" else { return false }
        return partWords.contains(words[index - 2])
    }

    static let partWords: WordSet = ["pass", "part", "portion", "stage", "phase", "round", "half", "step"]

    /// Whether a topic at `topic` holds the value at `value` and more: the value names the topic.
    static func names(_ topic: Range<Int>, _ value: Range<Int>) -> Bool {
        topic.lowerBound <= value.lowerBound && value.upperBound <= topic.upperBound && topic != value
    }

    /// Whether a topic at `topic` starts inside the value `read`, after its number, and runs on
    /// past it ("per million messages" of "$2.00 per million messages"), or names the value's
    /// unit inside it ("per GB of memory" of "$130 per GB of memory reserved per month", not "per
    /// month" of "$50 per GB of memory per month").
    static func carriesUnit(_ topic: Range<Int>, of read: ReadQuantity, in words: [Word]) -> Bool {
        let value = read.range
        guard topic.lowerBound > value.lowerBound && topic.lowerBound < value.upperBound else { return false }
        if topic.upperBound > value.upperBound { return true }
        guard let unit = read.quantity.unit else { return false }
        return words.contains { topic.contains($0.range.lowerBound) && isPlural($0.lowercased, of: unit) }
    }

    /// Whether `word` (lower-case) is the count unit `unit` or its plural: "keys" of "key",
    /// "entries" of "entry".
    static func isPlural(_ word: String, of unit: String) -> Bool {
        word == unit || word == unit + "s" || word == unit + "es" || unit.hasSuffix("y") && word == unit.dropLast() + "ies"
    }
}
