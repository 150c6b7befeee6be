import AlignConfig
import AlignModel
import AlignText

/// `audience-parity`: an offer made to prospects with no offer of the same kind for existing
/// customers. It collects each document's offers and compares them. With no document for existing customers in the run there is nothing to compare, and
/// nothing is reported. Every channel counts: a sales script (employee) can target prospects. The finding has no related place: what is wrong is an absence.
public struct AudienceParityRule: CollectingRule {
    public static let id = "audience-parity"
    /// For the document's claim reading, which the claim rules share and which holds its offers.
    let reader: ClaimReader

    init(reader: ClaimReader) { self.reader = reader }

    public var description: RuleDescription {
        RuleDescription(
            id: Self.id, pack: "core", kind: "claim",
            summary: "An offer made to prospects with no counterpart for existing customers.",
            why: """
                Loyal customers notice when strangers get a better deal: a discount, a free extra, a gift or \
                a trial offered on landing pages and sales scripts but in no email to existing customers \
                tells them that loyalty costs more. Offers are compared by kind (discount, free-extra, gift, \
                trial) between documents whose audience is `prospect` and those whose audience is `existing`.
                """,
            severity: .warning,
            examples: RuleExamples(
                flags: [
                    "customer/prospect: New here? Get ↓20% off your first order.\ncustomer/existing: Thanks for being with us.",
                    "customer/prospect: Start your ↓free trial today.\ncustomer/existing: Your plan renews next month.",
                ],
                passes: [
                    "customer/prospect: New here? Get 20% off your first order.\ncustomer/existing: As a thank-you, here is a discount on your next order.",
                    "customer/prospect: Start your free trial today.\ncustomer: Our blog has tips.",
                    "customer/prospect: Discount: a reduction in the price of a plan.\ncustomer/existing: Your plan renews next month.",
                    "customer/prospect: A trial is a period in which you use the product before you pay.\ncustomer/existing: Your plan renews next month.",
                ]))
    }

    public func collect(_ document: AnalyzedDocument, into facts: inout DocumentFacts) {
        let reading = document.claimReading(with: reader, stemmer: nil)
        // A glossary's "Discount: a reduction..." defines an offer; it makes none.
        guard !reading.offers.isEmpty, !Definition.isGlossary(document) else { return }
        for (index, offers) in reading.offers {
            let sentence = document.sentences[index]
            let normalised = sentence.normalised
            for offer in offers where !Definition.defines(utf8: offer.range, sentence: index, in: document) {
                facts.offers.append(Offer(
                    kind: offer.kind, file: document.path, span: document.span(in: sentence, utf8: offer.range),
                    channel: document.channel, audience: document.audience, sentence: normalised))
            }
        }
    }

    public func check(_ facts: [DocumentFacts]) -> [Finding] {
        guard facts.contains(where: { $0.audience == .existing }) else { return [] }
        var existing: Set<String> = []
        for document in facts where document.audience == .existing {
            for offer in document.offers { existing.insert(offer.kind) }
        }
        var findings: [Finding] = []
        for document in facts where document.audience == .prospect {
            for offer in document.offers where !existing.contains(offer.kind) {
                findings.append(Finding(
                    rule: Self.id, severity: description.severity, file: offer.file, span: offer.span, channel: offer.channel,
                    message: "a \(offer.kind) offer made to prospects, with no \(offer.kind) offer for existing customers",
                    value: offer.kind, context: offer.sentence))
            }
        }
        return findings
    }
}
