import AlignConfig
import AlignModel
import AlignText

/// `claim-drift`: for a promise without a canonical value, documents that state different values.
/// Claims are grouped by promise, then by the kind of value (a duration is not compared with an
/// amount), then by canonical value: linear in the number of claims.
public struct ClaimDriftRule: CorpusRule {
    public static let id = "claim-drift"
    /// Promises without a canonical value: the only ones whose claims drift (the others conflict).
    let valueless: Set<String>

    init(promises: PromiseIndex) {
        valueless = Set(promises.entries.filter { $0.value == nil }.map(\.promise.id))
    }

    public var description: RuleDescription {
        RuleDescription(
            id: Self.id, pack: "core", kind: "claim",
            summary: "Documents that state different values for a promise that has no canonical value.",
            why: """
                When expect.yml names a promise but not its value, the documents decide it between them, and \
                they should decide it once. The value most documents state is taken as the message; each \
                other value is reported with the place that states the majority's. When the sides are \
                even, every side is reported, each pointing at the other. Give the promise a `value:` in \
                expect.yml to settle it.
                """,
            severity: .warning,
            examples: RuleExamples(
                flags: [
                    "customer: We match any lower price for 30 days after purchase.\ncustomer: Price match requests are honoured for 30 days.\nemployee: Accept a price match within ↓14 days of purchase.",
                ],
                passes: [
                    "customer: We match any lower price for 30 days after purchase.\nemployee: Accept a price match within 30 days of purchase.",
                    "customer: We match any lower price for 30 days after purchase.\nemployee: A price match needs a receipt over $20.",
                ]))
    }

    public func check(_ facts: [DocumentFacts], context: RuleContext) -> [Finding] {
        struct Group {
            var keys: [String] = []
            var claims: [String: [Claim]] = [:]
        }
        var groups: [String: Group] = [:]
        var order: [String] = []
        // Per value key: its family (the kind of value) and the key it counts under. Keys that
        // are equal within tolerance ("a month", "30 days") count as one, under the first seen.
        var families: [String: (family: String, key: String)] = [:]
        var representatives: [String: [(key: String, quantity: Quantity)]] = [:]
        for document in facts {
            for claim in document.claims where valueless.contains(claim.promise) {
                let known: (family: String, key: String)
                if let cached = families[claim.valueKey] {
                    known = cached
                } else if let quantity = QuantityReader.parse(claim.valueKey) {
                    let family = quantity.dimension.rawValue + "/" + (quantity.unit ?? "") + "/" + (quantity.currency ?? "")
                    let same = representatives[family, default: []].first { $0.quantity.agrees(with: quantity) && quantity.agrees(with: $0.quantity) }
                    if same == nil { representatives[family, default: []].append((claim.valueKey, quantity)) }
                    known = (family, same?.key ?? claim.valueKey)
                    families[claim.valueKey] = known
                } else {
                    known = (claim.valueKey, claim.valueKey)
                    families[claim.valueKey] = known
                }
                let group = claim.promise + "\u{1F}" + known.family
                if groups[group] == nil {
                    order.append(group)
                    groups[group] = Group()
                }
                if groups[group]?.claims[known.key] == nil { groups[group]?.keys.append(known.key) }
                groups[group]?.claims[known.key, default: []].append(claim)
            }
        }
        var findings: [Finding] = []
        for name in order {
            guard let group = groups[name], group.keys.count > 1 else { continue }
            let counts = group.keys.map { group.claims[$0]?.count ?? 0 }
            let top = counts.max() ?? 0
            let majority = group.keys.enumerated().filter { counts[$0.offset] == top }.map(\.element)
            let total = counts.reduce(0, +)
            for key in group.keys {
                let others = majority.filter { $0 != key }
                if majority.count == 1, majority[0] == key { continue }
                let related = others.compactMap { other -> RelatedLocation? in
                    guard let first = group.claims[other]?.first else { return nil }
                    return RelatedLocation(file: first.file, line: first.span.start.line, column: first.span.start.column,
                                           message: "\(first.promise): this says \(first.valueText)")
                }
                let expected = others.first
                for claim in group.claims[key] ?? [] {
                    let message: String
                    if majority.count == 1, let winner = expected {
                        message = "\(claim.promise): this says \(claim.valueText), most documents say \(winner) (\(top) of \(total) claims)"
                    } else {
                        message = "\(claim.promise): documents disagree: this says \(claim.valueText), others say \(others.joined(separator: ", ")); expect.yml gives no value"
                    }
                    findings.append(Finding(
                        rule: Self.id, severity: description.severity, file: claim.file, span: claim.span, channel: claim.channel,
                        message: message, promise: claim.promise, value: claim.valueText, expected: expected,
                        related: related, context: claim.sentence))
                }
            }
        }
        return findings
    }
}
