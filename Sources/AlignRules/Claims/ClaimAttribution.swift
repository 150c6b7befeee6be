import Foundation
import AlignText

/// Ties each value of a sentence to the promise it is said about.
///
/// A value goes to a promise whose topic is in the same clause and whose value is of the same
/// kind. Among several: those whose canonical value it agrees with (it is about them); else,
/// leaving out topics that have a nearer value of their own, within a few words of the nearest:
/// the most specific (longest) topic ("match the price and refund the difference within 14 days"
/// is about the price match), then the promise whose value is closest in size ("48 hours" is a
/// refund delay, not a 60-day returns window), then the nearest. A topic that a value is counted
/// from ("within 48 hours of receiving your return") is not what the value is about. Then, per
/// promise and clause, one claim: beside a value that agrees,
/// the others are exceptions or other figures ("orders under $75 pay $5.99"); when none agrees,
/// the value nearest the topic is the claim and the others are details ("99.95%, with 10% credit").
/// A value written with a condition of its own ("64kiB for paid accounts, 16kiB for free
/// accounts") is no detail: it is the claim under that condition.
struct ClaimAttribution {
    struct Topic {
        var promise: Int
        /// UTF-8 range in the block's text.
        var range: Range<Int>
        /// In words: longer is more specific.
        var length: Int
        var clause: Int
    }

    /// How far, in bytes, a longer topic may be beyond the nearest and still win.
    static let specificityReach = 24

    let promises: PromiseIndex
    let topics: [Topic]
    let quantities: [ReadQuantity]
    let quantityClauses: [Int]
    /// A value and a topic, by index.
    struct Pair: Hashable {
        var value: Int
        var topic: Int
    }

    /// (value, topic) pairs where the topic is the point the value is counted from.
    var countedFrom: Set<Pair> = []

    /// `namesOwnCondition(value, promise)`: whether value `value` is written with a condition of
    /// `promise` of its own ("16kiB for free accounts"), which makes it no detail of a sibling.
    func values(excluding excluded: (Int) -> Bool, namesOwnCondition: (Int, Int) -> Bool = { _, _ in false }) -> [SentenceReading.Value] {
        var values: [SentenceReading.Value] = []
        for q in quantities.indices where !excluded(q) {
            let candidates = topics.indices.filter {
                topics[$0].clause == quantityClauses[q] && promises.accepts(topics[$0].promise, quantities[q]) && (countedFrom.isEmpty || !countedFrom.contains(Pair(value: q, topic: $0)))
            }
            for t in choose(for: q, among: candidates) {
                values.append(SentenceReading.Value(
                    promise: topics[t].promise, read: quantities[q], agrees: agrees(q, t), clause: quantityClauses[q],
                    gap: gap(topics[t].range, quantities[q].range)))
            }
        }
        let attributed = values
        // A sibling (same promise and clause) that agrees, or is nearer, makes a disagreeing value a
        // detail. Asked in place: no list of siblings is copied for every value.
        values.removeAll { value in
            guard value.agrees == false, let q = quantities.firstIndex(where: { $0.range == value.read.range }),
                  !namesOwnCondition(q, value.promise) else { return false }
            return attributed.contains {
                $0.promise == value.promise && $0.clause == value.clause && ($0.agrees == true || $0.gap < value.gap)
            }
        }
        return values
    }

    private func agrees(_ q: Int, _ t: Int) -> Bool? {
        promises.agreesWithAny(topics[t].promise, quantities[q].quantity)
    }

    /// How far apart in size value `q` and the canonical value of topic `t`'s promise are, as a
    /// ratio's logarithm (business days counted as days); zero for a promise without a value.
    private func sizeDistance(_ q: Int, _ t: Int) -> Double {
        guard let value = promises.entries[topics[t].promise].measure else { return 0 }
        func size(_ quantity: Quantity) -> Double {
            let middle = (quantity.low + quantity.high) / 2
            return quantity.isBusinessDays ? middle * Quantity.minutesPerDay : quantity.isIndefinite ? 1e12 : middle
        }
        let (a, b) = (size(quantities[q].quantity), size(value))
        guard a > 0, b > 0 else { return a == b ? 0 : .infinity }
        return abs(log(a / b))
    }

    private func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.overlaps(b) { return 0 }
        return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
    }

    /// The topics value `q` is about: every promise it agrees with (once each, at its nearest
    /// topic), else the one chosen by reach and specificity.
    private func choose(for q: Int, among candidates: [Int]) -> [Int] {
        guard !candidates.isEmpty else { return [] }
        let range = quantities[q].range
        let agreeing = candidates.filter { agrees(q, $0) == true }
        if !agreeing.isEmpty {
            var nearest: [Int: Int] = [:]
            for t in agreeing {
                let promise = topics[t].promise
                if let known = nearest[promise], gap(topics[known].range, range) <= gap(topics[t].range, range) { continue }
                nearest[promise] = t
            }
            return nearest.values.sorted()
        }
        let free = candidates.filter { t in
            let own = gap(topics[t].range, range)
            return !quantities.indices.contains { other in
                other != q && quantityClauses[other] == quantityClauses[q] && promises.accepts(topics[t].promise, quantities[other])
                    && gap(topics[t].range, quantities[other].range) < own
            }
        }
        let pool = free.isEmpty ? candidates : free
        let nearest = pool.map { gap(topics[$0].range, range) }.min() ?? 0
        // Within reach: the more specific topic, then the promise whose value is of the closest
        // size ("48 hours" is a refund delay of days, not a 60-day returns window), then the nearer.
        let chosen = pool.filter { gap(topics[$0].range, range) <= nearest + Self.specificityReach }
            .min { a, b in
                if topics[a].length != topics[b].length { return topics[a].length > topics[b].length }
                let (sizeA, sizeB) = (sizeDistance(q, a), sizeDistance(q, b))
                if sizeA != sizeB { return sizeA < sizeB }
                return gap(topics[a].range, range) < gap(topics[b].range, range)
            }
        return chosen.map { [$0] } ?? []
    }
}
