/// The words the quantity reader knows: numbers, units, currencies, and the words around a number
/// that say it is not a claim value (a date, a frequency, a history).
enum QuantityLexicon {
    static let ones: WordTable<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordTable<Double> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    static let scales: WordTable<Double> = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]
    /// The words without which a text holds no value: numbers, scales ("a hundred"), "half" ("half
    /// a day") and units of time ("a day", "the next day"). See `QuantityScanner.mayBeginQuantity`.
    static let quantityWords = WordSet(
        Array(ones.words) + Array(tens.words) + Array(scales.words) + Array(timeUnits.words) + Array(periodWords.words)
            + Array(indefiniteWords) + ["half"] + noonNames)
    /// The words a value can start at (see `QuantityScanner.mayStartQuantity`).
    static let startWords = WordSet(
        Array(ones.words) + Array(tens.words) + Array(currencyCodes.words) + Array(periodWords.words) + Array(indefiniteWords)
            + Array(timesWords.words) + ["us", "next", "a", "an", "half", "every", "each"] + noonNames)
    /// Words that are the time of day 12:00.
    static let noonNames: [String] = ["noon", "midday"]
    static let noonWords = WordSet(noonNames)
    /// Letters written straight after digits that scale them ("$50k", "1.5M").
    static let suffixScales: WordTable<Double> = ["k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000]

    enum TimeUnit: Sendable {
        case minute, hour, day, week, month, year

        var minutes: Double {
            switch self {
            case .minute: 1
            case .hour: 60
            case .day: 1_440
            case .week: 10_080
            case .month: QuantityFormat.minutesPerMonth
            case .year: QuantityFormat.minutesPerYear
            }
        }

        /// How many of this period make a year, for money per period.
        var perYear: Double {
            switch self {
            case .minute: 525_960
            case .hour: 8_766
            case .day: 365
            case .week: 52
            case .month: 12
            case .year: 1
            }
        }
    }

    static let timeUnits: WordTable<TimeUnit> = [
        "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour, "h": .hour,
        "day": .day, "days": .day,
        "week": .week, "weeks": .week, "wk": .week, "wks": .week,
        "month": .month, "months": .month, "mo": .month, "mos": .month,
        "year": .year, "years": .year, "yr": .year, "yrs": .year,
    ]
    /// Seconds, read only as a count's period ("per second"), not as a duration.
    static let secondWords: WordSet = ["second", "seconds", "sec", "secs"]
    static let secondsPerYear = 31_557_600.0
    /// How many of each period make a year, the second's included.
    static let periodsPerYear = [TimeUnit.minute, .hour, .day, .week, .month, .year].map(\.perYear) + [secondsPerYear]
    /// Abbreviations read as units only straight after digits ("24h", "30min"), never after a word.
    static let attachedOnlyUnits: WordSet = ["h", "mo", "mos", "wk", "wks"]

    /// Period words after money that make it a rate ("monthly", "annually").
    static let periodAdverbs: WordTable<TimeUnit> = [
        "monthly": .month, "annually": .year, "yearly": .year, "annual": .year, "weekly": .week, "daily": .day,
    ]

    /// Words that are a period by themselves: how many of which unit lie between two times.
    static let periodWords: WordTable<(count: Double, unit: TimeUnit)> = [
        "daily": (1, .day), "weekly": (1, .week), "fortnightly": (2, .week), "biweekly": (2, .week),
        "monthly": (1, .month), "quarterly": (3, .month), "yearly": (1, .year), "annually": (1, .year),
        "semiannually": (6, .month),
    ]
    /// "once a month", "twice a year": how many times in the unit that follows.
    static let timesWords: WordTable<Double> = ["once": 1, "twice": 2, "thrice": 3]
    /// A duration no number reaches: a retention "indefinitely".
    static let indefiniteWords: [String] = ["indefinitely", "forever"]
    /// Before "forever", words that make it an idiom of a long wait: "takes forever".
    static let takeWords: WordSet = ["take", "takes", "took", "taking", "taken"]
    /// Words that deny what follows them in a clause: "not retained forever".
    static let negations: WordSet = ["not", "never", "don't", "doesn't", "won't", "isn't", "aren't", "cannot", "can't", "wouldn't"]

    /// The words a bound before a value is written with, quoted with the value in findings.
    static let boundWords: WordSet = [
        "at", "least", "most", "up", "to", "a", "minimum", "min", "maximum", "max", "of", "more", "less", "fewer",
        "greater", "longer", "shorter", "sooner", "than", "above", "over", "under", "below", "no", "not", "cannot",
        "exceed", "must", "be",
    ]
    /// Before a value, words that make it a floor or a ceiling, read backwards from the number:
    /// "at least", "up to", "no more than", "a minimum of".
    static let floorAfter: WordSet = ["more", "longer", "greater", "above", "over"]
    static let ceilingAfter: WordSet = ["less", "fewer", "sooner", "shorter", "under", "below"]
    /// Between "more" or "less" and "than", a frequency compared: "more often than every hour".
    static let oftenWords: WordSet = ["often", "frequently"]
    /// Verbs that compare what follows as a floor: "files exceeding 1 GB", "when logs exceed 100MB".
    static let exceedWords: WordSet = ["exceed", "exceeds", "exceeded", "exceeding"]
    /// Before a comparison, words that make it a deadline: "in less than an hour".
    static let deadlineBefore: WordSet = ["in", "within"]

    static let currencyCodes: WordTable<String> = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "cad": "CAD", "aud": "AUD", "chf": "CHF", "jpy": "JPY",
    ]
    /// Currency names after a number ("75 dollars"); "pounds" is left out: it is also a weight.
    static let currencyNames: WordTable<String> = [
        "dollar": "USD", "dollars": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR",
    ]

    /// Services whose hours "24 hour" can give: "24 hour online support".
    static let coverageNouns: WordSet = ["support", "helpline", "hotline", "coverage", "assistance", "monitoring", "desk", "line"]

    /// What "zero-day" names: "zero-day vulnerabilities".
    static let zeroDayNouns: WordSet = [
        "vulnerability", "vulnerabilities", "exploit", "exploits", "attack", "attacks", "bug", "bugs", "flaw", "flaws", "threat", "threats",
    ]

    /// Month names and their abbreviations, with the month's number: "April 20", "Nov 6th".
    static let monthNumbers: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let monthNames = WordSet(monthNumbers.words)

    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]

    /// Words before a number that make it an identifier, not a value.
    static let identifierWords: WordSet = [
        "version", "v", "ver", "release", "model", "no", "number", "ios", "android", "windows", "macos",
        "step", "page", "room", "suite", "unit", "ext", "extension", "order", "ticket", "case", "code",
        "item", "sku", "id", "route", "highway", "chapter", "section", "part", "level", "tier", "plan",
        "priority", "severity", "sev", "p", "net",
        "tel", "fax", "since", "in", "of", "est", "founded",
    ]
    /// Of those, the ones that only make a following bare year or reference an identifier: "in" and
    /// "of" come before real values too ("in 3 days"), so they only count before a four-digit year.
    static let yearOnlyWords: WordSet = ["in", "of", "est", "founded", "since"]

    /// Words a number may not count: they are grammar, not things ("one of our agents").
    /// Units of data size, in bytes: "3MB", "3 MB", "3,000 KB" and "3 megabytes" are one count of
    /// bytes. The binary units (KiB, MiB, ...) are not the decimal ones.
    static let dataSizes: WordTable<Double> = [
        "byte": 1, "bytes": 1,
        "kb": 1e3, "kilobyte": 1e3, "kilobytes": 1e3, "kib": 1_024,
        "mb": 1e6, "megabyte": 1e6, "megabytes": 1e6, "mib": 1_048_576,
        "gb": 1e9, "gigabyte": 1e9, "gigabytes": 1e9, "gib": 1_073_741_824,
        "tb": 1e12, "terabyte": 1e12, "terabytes": 1e12, "tib": 1_099_511_627_776,
    ]

    static let notCountable: WordSet = [
        "of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "is",
        "are", "was", "were", "be", "it", "we", "you", "they", "our", "your", "their", "that", "this",
        "more", "less", "than", "times", "time", "out", "per", "am", "pm", "percent", "pct", "off",
        "plus", "or", "if", "as", "so", "but", "after", "before", "up", "over", "under", "within", "about",
        "around", "x", "s", "t", "ago", "old", "business", "working", "calendar", "today", "tomorrow", "now",
    ]

    /// Before a value, an increment on top of another: "an extra 5%", "another 2 days".
    static let incrementWords: WordSet = ["extra", "additional", "another", "further"]

    /// Verbs that change an amount: "extend it by up to an hour".
    static let changeVerbs: WordSet = [
        "extend", "extends", "extended", "increase", "increases", "increased", "reduce", "reduces", "reduced",
        "raise", "raises", "raised", "lower", "lowers", "lowered", "shorten", "shortened", "lengthen", "lengthened",
        "decrease", "decreases", "decreased", "delay", "delays", "delayed", "cut", "cuts",
    ]

    /// Words after which "a day", "an hour" state a value ("within a day", "takes a week").
    static let articleValueLead: WordSet = [
        "within", "in", "under", "for", "than", "about", "around", "roughly", "approximately", "nearly", "almost",
        "over", "after", "take", "takes", "took", "taking", "to", "by", "only", "just", "least", "most", "of",
        "is", "are", "be", "was", "lasts", "last", "extra", "another", "half", "whole", "full", "entire", "and", "or",
        "from", "until", "till", "inside", "below", "max", "maximum", "minimum", "min", "same", "next", "with",
    ]

    /// Before a number, mark a frequency ("every 3 days", "twice a month").
    static let frequencyLead: WordSet = ["every", "each", "per", "once", "twice", "thrice", "times", "x"]
    /// After "N times", what it multiplies: "3 times as many", "2 times the price", "10 times more".
    static let multiplied: WordSet = ["more", "less", "fewer", "as", "the", "that", "what"]
    /// Words ending in "er" that are no comparative: "3 times after a failure", "5 times over".
    static let notComparatives: WordSet = [
        "after", "over", "under", "never", "ever", "either", "other", "per", "whenever", "however", "whichever", "whatever",
    ]
    /// Between a value and a period: "7 days a week", "24 hours per day".
    static let frequencyJoin: WordSet = ["a", "an", "per", "each", "every"]

    /// Between a length and the period it is part of: "a four-day work week".
    static let scheduleWords: WordSet = ["work", "working", "business", "school", "office"]

    /// Words in a sentence that put a "for 20 years" in the past: a history, not a promise.
    static let perfectMarkers: WordSet = [
        "have", "has", "had", "'ve", "we've", "i've", "they've", "it's", "we'd", "been", "since", "served",
        "helped", "trusted", "built", "founded", "operated", "running",
    ]
    /// Before a duration: "for the past 20 years", "over the last decade".
    static let historyLead: WordSet = ["past", "last", "previous"]
    /// Before an age: "created between 1 and 4 years", "registered less than a year".
    static let madeWords: WordSet = ["created", "registered", "opened"]
    static let ageBounds: WordSet = ["between", "in", "less", "more", "than", "over", "under", "within", "for"]
    /// After a duration: "20 years ago", "20 years old", "20 years running", "20 years of experience".
    /// Not "later": "60 days later" is a delay, not a history.
    static let historyTail: WordSet = ["ago", "old", "running", "experience", "strong", "young", "earlier"]
}
