import AlignConfig
import AlignModel
import AlignText

/// `claim-drift`: for a promise without a canonical value, documents that state different values.
/// Claims are grouped by promise, then by the kind of value (a duration is not compared with an
/// amount), then by canonical value: linear in the number of claims.
public struct ClaimDriftRule: CollectingRule {
    public static let id = "claim-drift"
    /// Promises without a canonical value: the only ones whose claims drift (the others conflict).
    let valueless: Set<String>

    /// The expectation statement as findings name it (it need not be called expect.yml).
    let expectationFile: String

    let reader: ClaimReader

    /// For each promise without a value, the values its statement itself states, read as a
    /// document's sentence is ("The building blocks are: Python 3.12+, Django 6.1"): a claim of
    /// one of them says what expect.yml says, as the owner page quoting the statement does, and so
    /// does a claim that lies within a range it writes ("30 min" of "Talks: 30 or 45 min"). Not
    /// one beyond a bound: "inactive for more than 30 days" names a threshold, which "90 days" is not.
    let statementValues: [Int: [(quantity: Quantity, canonical: String)]]

    init(reader: ClaimReader, expectationFile: String, stemmer: Stemmer) {
        self.reader = reader
        self.expectationFile = expectationFile
        valueless = Set(reader.promises.entries.filter(\.isValueless).map(\.promise.id))
        var statementValues: [Int: [(quantity: Quantity, canonical: String)]] = [:]
        for (index, entry) in reader.promises.entries.enumerated() where entry.isValueless {
            let block = Block(kind: .paragraph, text: entry.promise.statement, anchors: [PositionAnchor(offset: 0, position: entry.promise.position)])
            let statement = Document(path: expectationFile, kind: .page, blocks: [block])
            // Every value the statement writes is the promise's: it says nothing else. "60 days
            // in the past, 30 days in the future" states both, whichever its reading attributes.
            for sentence in SentenceSplitter.sentences(of: statement, stemmer: stemmer) {
                for value in reader.read(sentence, everyValue: true)?.values ?? [] where value.promise == index {
                    statementValues[index, default: []].append((value.read.quantity, value.read.quantity.canonical))
                }
                for read in reader.quantities(in: Array(sentence.text.utf8), base: 0) {
                    statementValues[index, default: []].append((read.quantity, read.quantity.canonical))
                }
            }
        }
        self.statementValues = statementValues
    }

    /// Whether `claim` says what the statement's `value` says: the same value, or one within the
    /// range it writes.
    static func says(_ claim: Quantity, _ value: (quantity: Quantity, canonical: String), claimCanonical: String) -> Bool {
        claimCanonical == value.canonical || value.quantity.bound == .exact && claim.agrees(with: value.quantity)
    }

    /// Every value a document states for a promise, as a claim (the audit reads them all).
    public func collect(_ document: AnalyzedDocument, into facts: inout DocumentFacts) {
        for (index, reading) in document.claimReading(with: reader, stemmer: nil).sentences where !reading.values.isEmpty {
            let sentence = document.sentences[index]
            let normalised = Self.quote(sentence.normalised, in: document.document.blocks[sentence.block])
            for value in reading.values {
                var claim = Claim(
                    promise: reader.promises.entries[value.promise].promise.id, valueText: value.read.quantity.text,
                    valueKey: value.read.quantity.canonical, file: document.path,
                    span: document.span(in: sentence, utf8: value.read.range), channel: document.channel, sentence: normalised)
                claim.condition = value.condition?.key
                // Asked only where it decides a drift: of a promise without a value (read in place).
                claim.agreesWithStatement = reader.promises.entries[value.promise].isValueless
                    && (statementValues[value.promise]?.contains(where: { Self.says(value.read.quantity, $0, claimCanonical: claim.valueKey) }) == true
                        || reader.promises.entries[value.promise].isQuoted(by: sentence.text))
                facts.claims.append(claim)
            }
        }
    }

    /// What the audit quotes of a claim: its sentence, and for a table cell the headers of its row
    /// and column before it ("Phone, Refund sent: 8 business days"), since the cell alone says little.
    static func quote(_ sentence: String, in block: Block) -> String {
        guard block.kind == .tableCell else { return sentence }
        let headers = [block.context.rowHeader, block.context.columnHeader].compactMap { $0 }.filter { !$0.isEmpty }
        return headers.isEmpty ? sentence : headers.joined(separator: ", ") + ": " + sentence
    }

    public var description: RuleDescription {
        RuleDescription(
            id: Self.id, pack: "core", kind: "claim",
            summary: "Documents that state different values for a promise that has no canonical value.",
            why: """
                When expect.yml names a promise but not its value, the documents decide it between them, and \
                they should decide it once. The value most documents state is taken as the message; each \
                other value is reported with the place that states the majority's. What the promise's \
                statement itself says decides, however many say another: a value written in it, or the \
                value of the page that quotes it, which owns it. When the sides are even, every side is \
                reported, each pointing at the other. Claims under different conditions \
                (a priority, a severity, a tier or plan: "## Urgent", a row headed "Sev 0", "for Enterprise \
                plans") are never compared with each other. Give the promise a `value:` (or `values:` per \
                condition) in expect.yml to settle it.
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

    public func reads(_ claim: Claim) -> Bool {
        valueless.contains(claim.promise)
    }

    /// Claims of one promise and one kind of value, by counted value key in order of first sight.
    struct Group {
        var keys: [String] = []
        var claims: [String: [Claim]] = [:]
    }

    /// Claims of promises without a value, grouped by promise and kind of value, in order of first
    /// sight. Keys that are equal within tolerance ("a month", "30 days") count as one, under the
    /// first seen; each distinct key is parsed once.
    func groups(_ facts: [DocumentFacts]) -> [Group] {
        var groups: [String: Group] = [:]
        var order: [String] = []
        var known: [String: (family: String, key: String)] = [:]
        var representatives: [String: [(key: String, quantity: Quantity)]] = [:]
        for document in facts {
            for claim in document.claims where valueless.contains(claim.promise) {
                let counted: (family: String, key: String)
                if let cached = known[claim.valueKey] {
                    counted = cached
                } else if let quantity = QuantityReader.parse(claim.valueKey) {
                    // A floor is compared with floors, a version with versions: "3.2 and later"
                    // beside "3.3.3" is no drift, "10.13.0 or higher" beside "20+" is.
                    let bound = quantity.dimension == .version ? quantity.bound.rawValue : ""
                    let family = quantity.dimension.rawValue + "/" + (quantity.unit ?? "") + "/" + (quantity.currency ?? "") + bound
                    let same = representatives[family, default: []].first { $0.quantity.agrees(with: quantity) && quantity.agrees(with: $0.quantity) }
                    if same == nil { representatives[family, default: []].append((claim.valueKey, quantity)) }
                    counted = (family, same?.key ?? claim.valueKey)
                    known[claim.valueKey] = counted
                } else {
                    counted = (claim.valueKey, claim.valueKey)
                    known[claim.valueKey] = counted
                }
                // Claims under different conditions are never compared.
                let name = claim.promise + "\u{1F}" + (claim.condition ?? "") + "\u{1F}" + counted.family
                if groups[name] == nil {
                    order.append(name)
                    groups[name] = Group()
                }
                if groups[name]?.claims[counted.key] == nil { groups[name]?.keys.append(counted.key) }
                groups[name]?.claims[counted.key, default: []].append(claim)
            }
        }
        return order.compactMap { groups[$0] }
    }

    public func check(_ facts: [DocumentFacts]) -> [Finding] {
        var findings: [Finding] = []
        for group in groups(facts) where group.keys.count > 1 {
            let counts = group.keys.map { group.claims[$0]?.count ?? 0 }
            let top = counts.max() ?? 0
            // The statement's values (the owner page quoting it, or a value it writes) decide,
            // however many documents say another, and none of them is ever reported.
            let stated = group.keys.filter { group.claims[$0]?.contains(where: \.agreesWithStatement) ?? false }
            let majority = stated.isEmpty ? group.keys.enumerated().filter { counts[$0.offset] == top }.map(\.element) : stated
            let total = counts.reduce(0, +)
            for key in group.keys {
                let others = majority.filter { $0 != key }
                if majority.contains(key), majority.count == 1 || !stated.isEmpty { continue }
                let related = others.compactMap { other -> RelatedLocation? in
                    guard let first = group.claims[other]?.first else { return nil }
                    return RelatedLocation(file: first.file, line: first.span.start.line, column: first.span.start.column,
                                           message: "\(first.promise): this says \(first.valueText)")
                }
                // Each other value as its first document writes it ("$30/month", not "$360 a year").
                let written = others.map { group.claims[$0]?.first?.valueText ?? $0 }
                let expected = written.first
                for claim in group.claims[key] ?? [] {
                    let message: String
                    let promise = claim.promise + (claim.condition.map { " for \($0)" } ?? "")
                    if !stated.isEmpty {
                        let agree = written.count == 1 ? "agrees" : "agree"
                        message = "\(promise): this says \(claim.valueText); \(written.joined(separator: " or ")) \(agree) with the statement in \(expectationFile)"
                    } else if majority.count == 1, let winner = expected {
                        message = "\(promise): this says \(claim.valueText), most documents say \(winner) (\(top) of \(total) claims)"
                    } else {
                        message = "\(promise): documents disagree: this says \(claim.valueText), others say \(written.joined(separator: ", ")); \(expectationFile) gives no value"
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
