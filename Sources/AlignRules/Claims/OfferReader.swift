import AlignModel
import AlignText

/// Finds offers in a sentence: a discount, a free extra, a gift, a trial. Kinds are what
/// `audience-parity` compares: an offer to prospects needs one of the same kind for existing
/// customers.
enum OfferReader {
    static let discount = "discount"
    static let freeExtra = "free-extra"
    static let gift = "gift"
    static let trial = "trial"

    static let phrases = WordPhrases([
        ("discount", discount), ("discounts", discount), ("discounted", discount), ("coupon", discount),
        ("coupons", discount), ("promo code", discount), ("voucher", discount), ("half price", discount),
        ("half off", discount), ("money off", discount),
        ("free shipping", freeExtra), ("free delivery", freeExtra), ("free upgrade", freeExtra),
        ("free installation", freeExtra), ("free setup", freeExtra), ("free onboarding", freeExtra),
        ("free month", freeExtra), ("month free", freeExtra), ("months free", freeExtra), ("bonus", freeExtra),
        ("free gift", gift), ("bonus gift", gift), ("welcome gift", gift), ("complimentary gift", gift),
        ("gift with purchase", gift), ("gift with your", gift),
        ("free trial", trial), ("trial period", trial), ("try it free", trial), ("try free", trial),
        ("day trial", trial), ("week trial", trial), ("month trial", trial),
    ].map { (phrase: $0.0, key: $0.1) })

    /// Words of which a sentence must hold one to hold an offer: those the free-item and
    /// number-off passes turn on ("free", "complimentary", "off", "save"), and one word of every
    /// phrase, chosen to cover many phrases ("trial" for "day trial" and "week trial"), so that
    /// common words ("day", "month") do not send every sentence through the passes.
    static let offerWords: WordSet = {
        var chosen: Set<String> = ["free", "complimentary", "off", "save"]
        var uncovered = phrases.phraseWords.filter { !$0.contains(where: chosen.contains) }
        while !uncovered.isEmpty {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for words in uncovered {
                var seen: [String] = []
                for word in words where !seen.contains(word) {
                    seen.append(word)
                    if counts[word] == nil { order.append(word) }
                    counts[word, default: 0] += 1
                }
            }
            // The word in most phrases; of equals, the one met first (`max` keeps the first).
            let best = order.max { counts[$0]! < counts[$1]! }!
            chosen.insert(best)
            uncovered.removeAll { $0.contains(best) }
        }
        return WordSet(chosen)
    }()

    /// Each kind once per sentence, at its first place: UTF-8 ranges in the block's text.
    static func offers(in sentence: Sentence) -> [(kind: String, range: Range<Int>)] {
        var found: [(kind: String, range: Range<Int>)] = []
        // Most sentences offer nothing: one lookup per word says so.
        guard sentence.words.contains(where: { offerWords.contains($0) }) else { return found }
        for hit in phrases.hits(in: sentence.words) where !found.contains(where: { $0.kind == hit.key }) {
            var first = hit.words.lowerBound
            // "14-day trial": the offer starts at its number.
            if hit.key == trial, first > 0, sentence.words[first - 1].lowercased.allSatisfy(\.isNumber),
               ["day", "week", "month"].contains(sentence.words[first].lowercased) {
                first -= 1
            }
            let range = sentence.words[first].range.lowerBound..<sentence.words[hit.words.upperBound - 1].range.upperBound
            if isNegated(sentence, before: first) { continue }
            found.append((hit.key, range))
        }
        if !found.contains(where: { $0.kind == gift }), let range = freeItemWithPurchase(in: sentence) {
            found.append((gift, range))
        }
        // "20% off", "$10 off", "save 15%": a discount written as a number. Read only where a
        // sentence says "off" or "save", to keep the scanner off every sentence.
        if !found.contains(where: { $0.kind == discount }),
           sentence.words.contains(where: { $0.lowercased == "off" || $0.lowercased == "save" }) {
            let base = sentence.range.lowerBound
            let quantities = QuantityReader.quantities(in: sentence.text)
            for read in quantities where read.quantity.dimension == .percent || read.quantity.dimension == .money {
                let range = (read.range.lowerBound + base)..<(read.range.upperBound + base)
                let saved = sentence.words.contains { $0.lowercased == "save" && $0.range.upperBound <= range.lowerBound && range.lowerBound - $0.range.upperBound <= 12 }
                if read.isDiscount || saved {
                    found.append((discount, range))
                    break
                }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Things given free that are a service, not a present: their offers have kinds of their own.
    static let serviceWords: Set<String> = [
        "shipping", "delivery", "returns", "return", "exchanges", "exchange", "repairs", "repair",
        "trial", "upgrade", "upgrades", "installation", "setup", "onboarding", "consultation",
        "of", "charge", "and", "or", "to", "for", "month", "months", "week", "weeks", "day", "days",
    ]

    static let freeWords: WordSet = ["free", "complimentary"]

    /// "a free insulated bottle with every first order": something free that comes with a
    /// purchase is a gift, whatever the thing is called.
    static func freeItemWithPurchase(in sentence: Sentence) -> Range<Int>? {
        let words = sentence.words
        for (index, word) in words.enumerated() where freeWords.contains(word) {
            guard !isNegated(sentence, before: index) else { continue }
            var next = index + 1
            while next < min(words.count, index + 4), words[next].lowercased != "with" {
                if serviceWords.contains(words[next].lowercased) { break }
                next += 1
            }
            guard next > index + 1, next < words.count, words[next].lowercased == "with",
                  !serviceWords.contains(words[next - 1].lowercased) else { continue }
            return word.range.lowerBound..<words[next - 1].range.upperBound
        }
        return nil
    }

    /// "no discount", "not a free trial", "without a coupon".
    static func isNegated(_ sentence: Sentence, before index: Int) -> Bool {
        let window = sentence.words[max(0, index - 2)..<index]
        return window.contains { negations.contains($0) }
    }

    static let negations: WordSet = ["no", "not", "without", "never"]
}
