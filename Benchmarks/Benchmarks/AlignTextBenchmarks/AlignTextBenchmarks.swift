import AlignText
import Benchmark

/// Sentences of the kind bench/generate_corpus.py writes: claims that agree, claims that drift,
/// look-alikes (frequencies, histories, dates) and filler, in the corpus's proportions.
let sampleSentences = [
    "We reply to every message within 24 hours, weekends included.",
    "You can return anything within 60 days, no questions asked.",
    "Shipping is free on every order over $75.",
    "We reply to messages within 48 hours.",
    "Free shipping applies to orders over $100.",
    "Our store is open 7 days a week.",
    "We have outfitted hikers since 2004.",
    "Delivery takes 3-5 days and shipping is free on orders over $75.",
    "Our rain shells are tested on the coast every winter.",
    "The new trail runners are lighter than last season's.",
    "Every tent ships with a repair kit and spare stakes.",
    "Staff pick gear they would carry themselves.",
    "Layering keeps you warm without overheating on the climb.",
    "Merino wool regulates temperature better than cotton, e.g. on a wet day.",
    "Check the weather forecast and tell someone your route.",
    "Our guides lead free clinics on map reading.",
]

/// One block of text: every sample sentence, four times over, as one paragraph (about 3.7 kB).
let sampleBlock = Array(repeating: sampleSentences.joined(separator: " "), count: 4).joined(separator: " ")

/// The topics of the benchmark corpus's expect.yml.
let sampleTopics: [(key: String, phrase: String)] = [
    ("reply-time", "reply"), ("reply-time", "respond"), ("reply-time", "answer"), ("reply-time", "get back to"),
    ("free-returns", "return"), ("free-returns", "returns window"),
    ("free-shipping", "free shipping"), ("free-shipping", "shipping is free"),
    ("price-match", "price match"), ("price-match", "match the price"),
    ("refund-time", "refund"),
]

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .throughput]
    Benchmark.defaultConfiguration = .init(metrics: metrics, scalingFactor: .kilo, maxDuration: .seconds(3))

    Benchmark("Sentence ranges of a 3.7 kB block") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SentenceSplitter.ranges(in: sampleBlock))
        }
    }

    Benchmark("Words and stems of a 3.7 kB block (warm stem cache)") { benchmark in
        let stemmer = Stemmer()
        let range = 0..<sampleBlock.utf8.count
        blackHole(WordScanner.words(in: sampleBlock, range: range, stemmer: stemmer))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(WordScanner.words(in: sampleBlock, range: range, stemmer: stemmer))
        }
    }

    Benchmark("Quantities of a sentence") { benchmark in
        for _ in benchmark.scaledIterations {
            for sentence in sampleSentences {
                blackHole(QuantityReader.quantities(in: sentence))
            }
        }
    }

    Benchmark("Topic matches in a sentence's words") { benchmark in
        let stemmer = Stemmer()
        var matcher = PhraseMatcher()
        for topic in sampleTopics { matcher.add(topic.phrase, key: topic.key, stemmer: stemmer) }
        let sentences = sampleSentences.map { WordScanner.words(in: $0, range: 0..<$0.utf8.count, stemmer: stemmer) }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for words in sentences {
                blackHole(matcher.matches(in: words))
            }
        }
    }
}
