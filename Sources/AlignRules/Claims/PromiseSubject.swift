import AlignText

/// What a promise is about, read from its statement, and which of its topics only say what is
/// done to it. "Your voucher will be reviewed in 3-5 business days" is about the voucher;
/// "reviewed" (and an "approved" beside it) is what happens to it, and approvals of travel or of
/// an application share the word. "You should submit leave requests at least three business days
/// in advance" is about leave requests; "in advance" is when. A sentence that names the promise
/// only by such a predicate is about the promise only where it, its paragraph or its context names
/// the subject.
///
/// The subject is the grammatical subject of a passive statement ("Your voucher", not a pronoun)
/// and every topic the statement uses as a noun ("leave requests" after "submit"). A topic is a
/// predicate when the statement uses it as a verb (after a pronoun, a modal, "to" or a form of
/// "be"), when it opens with a preposition ("in advance"), or, absent from the statement, when it
/// is one word in "-ed" ("approved"), and so is a one-word topic that a longer topic qualifies
/// ("credits" beside "trial credits", which then names the subject too) unless it is the passive
/// statement's subject ("logs are retained"). A topic written as a verb and its object ("delete
/// this data") is a predicate whose object names the subject, and one ending in "for" or "until"
/// ("available for") is a predicate. An active statement whose topics are all verbs ("We reply to
/// every customer message") has no subject: its company is the one who acts, and every topic
/// stands alone.
struct PromiseSubject: Sendable {
    /// Phrases (as stems) any one of which names the subject; empty when the statement names none.
    var phrases: [[String]] = []
    /// The words that qualify a generic one-word topic in a longer one ("queue" of "queue TTL"
    /// beside "TTL"), as stems: a heading or label that says them makes the generic word the
    /// longer topic ("The TTL is 60 minutes" under "Provision a queue").
    var qualifiers: [[String]] = []
    /// The promise's predicate topics, as stems.
    var predicates: Set<[String]> = []
    /// Whether the statement gives a default ("enabled by default with a retention period of 30
    /// days"): then a maximum or an extension on request is another figure.
    var givesDefault = false
    /// Whether the statement is about how long before something it happens ("at least two months
    /// ahead", "24 hours' notice"): then a lead time can state it, and otherwise cannot.
    var isLeadTime = false
    /// Whether the statement or a topic speaks of a window ("a 30-day return window"): then the
    /// length of a window can state it, and otherwise cannot.
    var isWindow = false
    /// Whether the statement or a topic speaks of a tax ("prices include 20% VAT"): then a tax
    /// rate can state it, and otherwise cannot.
    var isAboutTax = false
    /// Whether the promise is itself made on request ("exports within 30 days on request").
    var isOnRequest = false
    /// The stems of the statement's content words: what a sentence must say of the promise's
    /// topic for a hedge there to weaken the promise (see `ClaimReader.hedgesStatement`).
    var statementStems: Set<String> = []
    /// Whether the statement times a gap between two things ("we wait 5 minutes between
    /// retries"): then a duration after "between" and a topic states it.
    var timesGap = false
    /// The event the statement's first duration counts from ("3-5 business days after approval":
    /// "approval"), as stems; empty when it names none.
    var startEvent: [String] = []
    /// Whether the statement or a topic speaks of a change taking effect ("changes propagate
    /// within 5 minutes"): then how long one takes can state it, and otherwise cannot.
    var isEffectDelay = false

    init() {}

    /// `statement`, its words and the promise's topics (each as its words), all read by the same
    /// stemmer.
    /// Words that open the event a duration counts from: "after approval", "of receiving it".
    static let startWords: Set<String> = ["after", "following", "from", "since"]
    /// Words of an event that do not say which event it is.
    static let eventFillers: Set<String> = ["the", "a", "an", "your", "their", "our", "its", "is", "are", "was", "were", "be", "been", "has", "have", "it", "they"]
    /// How many words of an event are read.
    static let eventWords = 3

    /// The event that the duration at `range` counts from, as stems of its first content words:
    /// "6-10 business days after expenses are submitted" gives "expens", "submit". Empty when no
    /// start word follows the duration at once.
    static func startEvent(after range: Range<Int>, in words: [Word]) -> [String] {
        guard let next = words.firstIndex(where: { $0.range.lowerBound >= range.upperBound }),
              startWords.contains(words[next].lowercased) else { return [] }
        var event: [String] = []
        var index = next + 1
        while index < words.count, event.count < eventWords {
            let word = words[index]
            // The event ends at punctuation: only spaces stand between its words.
            if index > next + 1, word.range.lowerBound - words[index - 1].range.upperBound > 1 { break }
            if !eventFillers.contains(word.lowercased) { event.append(word.stem) }
            index += 1
        }
        return event
    }

    /// Whether `word` can say what a statement says: not a short word, nor one that only joins,
    /// points or helps a verb.
    static func isContentWord(_ word: Word) -> Bool {
        word.lowercased.utf8.count > 3 && !functionWords.contains(word)
    }

    static let functionWords: WordSet = [
        "that", "this", "these", "those", "with", "from", "into", "your", "their", "they", "them", "there",
        "will", "would", "could", "should", "shall", "might", "must", "have", "been", "were", "when", "what",
        "which", "also", "than", "then", "only", "some", "such", "about", "other", "each", "every", "very",
    ]

    /// Words after a duration that make it a lead time: "4 weeks in advance", "a month before due".
    static let leadTimeWords: WordSet = ["advance", "ahead", "beforehand", "before", "prior"]

    /// Whether `words` speak of a lead time anywhere: one of `leadTimeWords`, or "notice".
    static func namesLeadTime(_ words: [Word]) -> Bool {
        words.contains { leadTimeWords.contains($0) || $0.lowercased == "notice" }
    }

    /// Whether a statement speaks of a lead time: as `namesLeadTime`, but a lead-time word right
    /// after a comma opens what follows ("the maximum time that a message is stored in a queue
    /// for, before being transferred to the dead letter queue" is how long it is stored).
    static func namesLeadTime(statement: [UInt8], words: [Word]) -> Bool {
        words.contains { word in
            if word.lowercased == "notice" { return true }
            guard leadTimeWords.contains(word) else { return false }
            let start = word.range.lowerBound
            return !(start >= 2 && statement[start - 2] == UInt8(ascii: ",") && statement[start - 1] == UInt8(ascii: " "))
        }
    }

    /// `conditions`: the stems of the words of the promise's `when:` phrases, which name a
    /// condition, not the subject ("The main Jenkins instance is upgraded once a quarter").
    init(statement: String, words: [Word], topics: [[Word]], conditions: Set<String> = []) {
        givesDefault = words.contains { $0.lowercased == "default" }
        isLeadTime = Self.namesLeadTime(statement: Array(statement.utf8), words: words)
        isWindow = (words + topics.joined()).contains { ClaimReader.windowWords.contains($0) }
        isOnRequest = ClaimReader.isOnRequest(words[...])
        statementStems = Set(words.lazy.filter(Self.isContentWord).map(\.stem))
        timesGap = words.contains { ClaimReader.gapWords.contains($0) }
        isAboutTax = (words + topics.joined()).contains { ClaimReader.taxWords.contains($0) }
        if let duration = QuantityReader.quantities(in: statement).first(where: { $0.quantity.dimension == .duration }) {
            startEvent = Self.startEvent(after: duration.range, in: words)
        }
        isEffectDelay = (words + topics.joined()).contains { ClaimReader.effectWords.contains($0) }
        var predicateTopics: [[Word]] = []
        var subjectWords: [Word] = []
        for topic in topics where !topic.isEmpty {
            let stems = topic.map(\.stem)
            if let object = Self.object(of: topic) {
                // "delete this data": what is done to the data.
                predicateTopics.append(topic)
                if !phrases.contains(object.map(\.stem)) {
                    phrases.append(object.map(\.stem))
                    subjectWords += object
                }
            } else if Self.prepositions.contains(topic[0].lowercased) || topic.count > 1 && Self.spans.contains(topic[topic.count - 1].lowercased) {
                // "in advance", "available for": when, or how long something is.
                predicateTopics.append(topic)
            } else if let at = Self.occurrence(of: stems, in: words) {
                if Self.isVerb(at: at, in: words) {
                    predicateTopics.append(topic)
                } else if !phrases.contains(stems) {
                    phrases.append(stems)
                    subjectWords += topic
                }
            } else if topic.count == 1, topic[0].lowercased.hasSuffix("ed") {
                predicateTopics.append(topic)
            }
        }
        let passive = Self.passiveSubject(in: words, of: Array(statement.utf8))
        for word in passive where !phrases.contains([word.stem]) && !conditions.contains(word.stem) {
            phrases.append([word.stem])
            subjectWords.append(word)
        }
        guard !phrases.isEmpty else { return }
        // A one-word topic that a longer one qualifies is the generic word: "credits" beside
        // "trial credits" (referral credits share it), "logs" beside "retain logs"; the longer one
        // names the subject, the word alone does not. Unless the statement is about the word
        // itself: "logs are retained for 7 days".
        for topic in topics where topic.count == 1 && !passive.contains(where: { $0.stem == topic[0].stem }) {
            let longer = topics.filter { $0.count > 1 && $0.contains { $0.stem == topic[0].stem } }
            guard !longer.isEmpty else { continue }
            predicateTopics.append(topic)
            phrases.removeAll { $0 == [topic[0].stem] }
            for phrase in longer where !phrases.contains(phrase.map(\.stem)) {
                phrases.append(phrase.map(\.stem))
            }
            for phrase in longer {
                let qualifier = phrase.filter { $0.stem != topic[0].stem && !Self.measureWords.contains($0.lowercased) }.map(\.stem)
                if !qualifier.isEmpty, !qualifiers.contains(qualifier) { qualifiers.append(qualifier) }
            }
        }
        // A verb of the subject's own noun names it: "delivered" for "delivery time".
        for topic in predicateTopics where !topic.contains(where: { word in subjectWords.contains { Self.shareRoot(word, $0) } }) {
            predicates.insert(topic.map(\.stem))
        }
    }

    /// The object of a topic written as a verb, a determiner and a noun ("keep this data",
    /// "match the price"): the noun's words. Nil for any other topic.
    static func object(of topic: [Word]) -> [Word]? {
        guard topic.count >= 3, !determiners.contains(topic[0].lowercased), !prepositions.contains(topic[0].lowercased),
              determiners.contains(topic[1].lowercased) else { return nil }
        let object = topic[2...].filter { !determiners.contains($0.lowercased) && !prepositions.contains($0.lowercased) }
        return object.isEmpty ? nil : object
    }

    /// Whether two words share their first five letters: "delivered" and "delivery".
    static func shareRoot(_ a: Word, _ b: Word) -> Bool {
        let (x, y) = (a.lowercased.utf8, b.lowercased.utf8)
        return x.count >= 5 && y.count >= 5 && x.prefix(5).elementsEqual(y.prefix(5))
    }

    var hasPredicates: Bool { !predicates.isEmpty }

    /// Whether `stems`, a topic match's words, are one of the predicates.
    func isPredicate(_ stems: [String]) -> Bool {
        hasPredicates && predicates.contains(stems)
    }

    /// Words of a topic that say which figure it is, not what it is about: "maximum" of "maximum TTL".
    static let measureWords: Set<String> = ["maximum", "minimum", "max", "min", "default", "limit"]

    static let prepositions: Set<String> = [
        "in", "on", "at", "within", "by", "for", "from", "to", "after", "before", "under", "over", "during", "until",
    ]
    /// Prepositions that end a topic saying how long something lasts: "available for", "kept until".
    static let spans: Set<String> = ["for", "until"]
    /// Before a verb: a pronoun, a modal, "to", a form of "be", "get" or "do", "not".
    static let verbLeads: Set<String> = [
        "we", "you", "they", "i", "it", "he", "she", "will", "shall", "can", "should", "must", "may", "might", "would",
        "could", "to", "be", "is", "are", "was", "were", "been", "being", "get", "gets", "got", "do", "does", "not",
        "we'll", "you'll", "they'll", "it'll", "we’ll", "you’ll", "they’ll", "it’ll",
    ]
    /// The verbs of a passive before its participle: "be" ("pages will be cached") and "get"
    /// ("mirror responses get cached").
    static let passiveVerbs: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"]
    /// Between a passive subject and its verb: a modal, "not", an adverb of frequency.
    static let auxiliaries: Set<String> = ["will", "shall", "can", "should", "must", "may", "might", "would", "could", "not", "always", "usually"]
    /// Words of a subject that do not say what it is.
    static let determiners: Set<String> = [
        "the", "a", "an", "your", "our", "their", "its", "his", "her", "my", "all", "every", "any", "each", "this",
        "these", "that", "those", "some", "you", "we", "they", "it", "i", "he", "she", "anything", "everything",
        "something", "nothing", "everyone", "anyone", "someone",
    ]
    /// Past participles not in "-ed" or "-en": "backups are kept".
    static let irregularParticiples: Set<String> = [
        "kept", "sent", "held", "paid", "made", "built", "done", "shown", "told", "sold", "left", "set", "put", "spent",
        "found", "lost", "met", "cut", "dealt", "meant", "brought", "bought", "run", "read",
    ]
    /// Whether a lower-case word is a past participle: in "-ed" or "-en", or irregular ("kept").
    static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("en") || irregularParticiples.contains(word)
    }

    /// Adjectives that say what is done to their subject, as a participle does: "Some Knock data is
    /// subject to a retention policy" is about the data.
    static let passiveAdjectives: Set<String> = ["subject", "liable"]
    /// Words before a subject that say how or when, not what: "By default idempotency keys".
    static let adverbials: Set<String> = ["default", "currently", "usually", "generally", "typically", "normally", "now", "today"]
    /// Words that end a subject read backwards from its verb.
    static let subjectBreaks: Set<String> = ["that", "which", "who", "if", "when", "once", "and", "or", "but", "then", "because", "else", "otherwise"]

    private static func occurrence(of stems: [String], in words: [Word]) -> Int? {
        guard stems.count <= words.count else { return nil }
        return (0...(words.count - stems.count)).first { start in
            stems.indices.allSatisfy { words[start + $0].stem == stems[$0] }
        }
    }

    private static func isVerb(at index: Int, in words: [Word]) -> Bool {
        guard index > 0 else { return false }
        let before = words[index - 1].lowercased
        if verbLeads.contains(before) { return true }
        // "will usually reply": an adverb between.
        return before.hasSuffix("ly") && index > 1 && verbLeads.contains(words[index - 2].lowercased)
    }

    /// Whether the verb at word `verb` has a subject of its own written before it: a noun after
    /// a determiner ("The board generally meets once per month"), or the noun a relative pronoun
    /// stands for ("the audit committee, which meets quarterly"). Adverbs may stand between.
    /// The verb must read as one: after a relative pronoun, or in "-s" after a singular noun
    /// ("meets", "responds"; not the noun of "a two-week trial").
    static func hasActiveSubject(beforeVerb verb: Int, in words: [Word]) -> Bool {
        var noun = verb - 1
        while noun >= 0, noun >= verb - 2, isAdverb(words[noun].lowercased) { noun -= 1 }
        let relative = noun >= 1 && relativePronouns.contains(words[noun].lowercased)
        if relative { noun -= 1 }
        guard noun >= 1, isNoun(words[noun].lowercased) else { return false }
        let form = words[verb].lowercased
        guard relative || form.hasSuffix("s") && !form.hasSuffix("ss") && !words[noun].lowercased.hasSuffix("s") else { return false }
        return subjectDeterminers.contains(words[noun - 1].lowercased)
            || noun >= 2 && isNoun(words[noun - 1].lowercased) && subjectDeterminers.contains(words[noun - 2].lowercased)
    }

    private static func isAdverb(_ word: String) -> Bool {
        word.hasSuffix("ly") || ["also", "often", "always", "still", "then", "now", "usually"].contains(word)
    }

    /// A word that can head a subject: none of the words that join, point or help a verb.
    private static func isNoun(_ word: String) -> Bool {
        word.utf8.count > 2 && !determiners.contains(word) && !prepositions.contains(word) && !verbLeads.contains(word)
            && !subjectBreaks.contains(word) && !isAdverb(word) && !word.contains(where: \.isNumber)
    }

    static let relativePronouns: Set<String> = ["which", "that", "who"]
    /// Determiners that open a noun phrase naming someone or something: not "you" or "we", who act.
    static let subjectDeterminers: Set<String> = ["the", "a", "an", "this", "that", "each", "every", "its", "their", "some", "any"]

    /// The words that say what a passive statement's subject is: "Your voucher will be reviewed"
    /// gives "voucher"; "Chat transcripts of cancelled accounts are deleted" gives "chat",
    /// "transcripts". Read back from the verb to a clause break ("By default, idempotency keys
    /// expire" starts after the comma). Empty for an active statement or a pronoun.
    /// `base`: the offset of `text` in the text the words' ranges are offsets of.
    static func passiveSubject(in words: [Word], of text: [UInt8], base: Int = 0) -> [Word] {
        guard let be = words.indices.first(where: { index in
            guard passiveVerbs.contains(words[index].lowercased), index + 1 < words.count else { return false }
            var next = index + 1
            if words[next].lowercased.hasSuffix("ly"), next + 1 < words.count { next += 1 }
            let participle = words[next].lowercased
            return isParticiple(participle) || passiveAdjectives.contains(participle)
        }) else { return [] }
        var start = be
        while start > 0, auxiliaries.contains(words[start - 1].lowercased) { start -= 1 }
        func breaks(before index: Int) -> Bool {
            let gap = text[min(words[index - 1].range.upperBound - base, text.count)..<min(words[index].range.lowerBound - base, text.count)]
            return gap.contains { [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29].contains($0) }
        }
        var first = start
        while first > 0, first > start - 6, !subjectBreaks.contains(words[first - 1].lowercased), !breaks(before: first) { first -= 1 }
        var subject = Array(words[first..<start])
        if let of = subject.firstIndex(where: { $0.lowercased == "of" }) { subject.removeSubrange(of...) }
        return subject.filter { word in
            !determiners.contains(word.lowercased) && !prepositions.contains(word.lowercased) && !adverbials.contains(word.lowercased)
                && !word.lowercased.contains(where: \.isNumber)
        }
    }
}
