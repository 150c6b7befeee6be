import AlignConfig
import AlignModel
import Foundation

extension Audit {
    /// Computes the audit of one engine run. Pure: the same input gives the same audit.
    public static func compute(_ input: AuditInput, quarter: Quarter, asOf: Date, commit: String?) -> Audit {
        let matrix = Matrix(input: input)
        let rows = input.expectation.promises.map { promise in
            PromiseRow(
                promise: promise.id, statement: promise.statement, value: promise.value,
                cells: Channel.allCases.map { channel in
                    AuditCell(promise: promise.id, channel: channel, state: matrix.state(of: promise, in: channel))
                })
        }
        let allCells = rows.flatMap(\.cells)
        var wordingByChannel: [Channel: WordingCounts] = [:]
        var wordingOverall = WordingCounts()
        for finding in input.findings where AuditRule.wording.contains(finding.rule) {
            wordingOverall.add(rule: finding.rule)
            if let channel = finding.channel { wordingByChannel[channel, default: WordingCounts()].add(rule: finding.rule) }
        }
        let channels = Channel.allCases.map { channel in
            AuditChannelScore(
                channel: channel,
                documents: input.documents.filter { $0.channel == channel }.count,
                score: AuditScoring.channelScore(
                    cells: allCells.filter { $0.channel == channel }.map(\.state),
                    wording: wordingByChannel[channel] ?? WordingCounts()))
        }
        let overall = AuditScoring.overallScore(cells: allCells.map(\.state), wording: wordingOverall)
        let quotes = Quotes(input: input)
        return Audit(
            organization: input.expectation.organization,
            quarter: quarter,
            // Whole seconds: the history stores ISO 8601 and must read back the same audit.
            asOf: Date(timeIntervalSince1970: asOf.timeIntervalSince1970.rounded(.down)),
            commit: commit,
            documents: input.documents.count,
            overall: overall,
            verdict: AuditScoring.verdict(overall.score ?? 0),
            channels: channels,
            promises: rows,
            conflicts: input.findings.filter { AuditRule.conflicts.contains($0.rule) }.sorted(by: Finding.reportOrder).map(quotes.conflict),
            terminology: terminology(input.findings),
            offers: offers(input.facts),
            parityGaps: listed(input.findings, rule: AuditRule.parity),
            avoidedPhrases: listed(input.findings, rule: AuditRule.avoidPhrase),
            greetings: listed(input.findings, rule: AuditRule.greeting))
    }

    private static func terminology(_ findings: [Finding]) -> [ChannelTerminology] {
        let drift = findings.filter { $0.rule == AuditRule.terminology }.sorted(by: Finding.reportOrder)
        let byChannel = Dictionary(grouping: drift) { $0.channel?.rawValue ?? "unplaced" }
        let order = Channel.allCases.map(\.rawValue) + ["unplaced"]
        return order.compactMap { channel in
            guard let found = byChannel[channel] else { return nil }
            // A term is the word used, as the finding reports it; the message when it does not.
            let byTerm = Dictionary(grouping: found) { TermKey(term: $0.value ?? $0.message, preferred: $0.expected) }
            let terms = byTerm.map { key, uses in
                TermUse(term: key.term, preferred: key.preferred, count: uses.count,
                        places: uses.map { AuditPlace(file: $0.file, line: $0.span.start.line) })
            }.sorted { ($0.count, $1.term) > ($1.count, $0.term) }
            return ChannelTerminology(channel: channel, total: found.count, terms: terms)
        }
    }

    private struct TermKey: Hashable {
        var term: String
        var preferred: String?
    }

    private static func offers(_ facts: [DocumentFacts]) -> [AudienceOffers] {
        let all = facts.flatMap(\.offers).sorted { ($0.file, $0.span.start.line, $0.kind) < ($1.file, $1.span.start.line, $1.kind) }
        let groups = Dictionary(grouping: all) { $0.audience?.rawValue ?? "unspecified" }
        return (Audience.allCases.map(\.rawValue) + ["unspecified"]).compactMap { audience in
            guard let offers = groups[audience] else { return nil }
            return AudienceOffers(audience: audience, offers: offers.map {
                OfferEntry(kind: $0.kind, channel: $0.channel, file: $0.file, line: $0.span.start.line, sentence: $0.sentence)
            })
        }
    }

    private static func listed(_ findings: [Finding], rule: String) -> [ListedFinding] {
        findings.filter { $0.rule == rule }.sorted(by: Finding.reportOrder).map {
            ListedFinding(rule: $0.rule, file: $0.file, line: $0.span.start.line, channel: $0.channel, message: $0.message)
        }
    }
}

/// The state of every promise × channel cell, from findings first and facts second.
private struct Matrix {
    var conflicts: Set<Key> = []
    var hedged: Set<Key> = []
    var stated: Set<Key> = []

    struct Key: Hashable {
        var promise: String
        var channel: Channel
    }

    init(input: AuditInput) {
        for finding in input.findings {
            guard let promise = finding.promise, let channel = finding.channel else { continue }
            let key = Key(promise: promise, channel: channel)
            if AuditRule.conflicts.contains(finding.rule) { conflicts.insert(key) }
            if finding.rule == AuditRule.promiseHedged { hedged.insert(key) }
        }
        for facts in input.facts {
            for promise in facts.stated.keys { stated.insert(Key(promise: promise, channel: facts.channel)) }
            for promise in facts.hedged { hedged.insert(Key(promise: promise, channel: facts.channel)) }
        }
    }

    func state(of promise: Promise, in channel: Channel) -> CellState {
        guard promise.requiredIn.contains(channel) else { return .notRequired }
        let key = Key(promise: promise.id, channel: channel)
        if conflicts.contains(key) { return .conflicting }
        if hedged.contains(key) { return .hedged }
        if stated.contains(key) { return .consistent }
        return .missing
    }
}

/// Finds the words on both sides of a conflict: the claim's sentence, and the canonical promise
/// or the other document's sentence.
private struct Quotes {
    var expectation: Expectation
    var claims: [ClaimKey: Claim] = [:]
    /// Every claim of a promise in a file, for a place that names a line inside a claim's span.
    var claimsInFile: [String: [Claim]] = [:]

    struct ClaimKey: Hashable {
        var file: String
        var line: Int
        var promise: String
    }

    static let maxQuote = 400

    init(input: AuditInput) {
        expectation = input.expectation
        for claim in input.facts.flatMap(\.claims) {
            let key = ClaimKey(file: claim.file, line: claim.span.start.line, promise: claim.promise)
            if claims[key] == nil { claims[key] = claim }
            claimsInFile[claim.file + "\u{1F}" + claim.promise, default: []].append(claim)
        }
    }

    func conflict(_ finding: Finding) -> AuditConflict {
        let promiseID = finding.promise ?? ""
        let claim = self.claim(file: finding.file, line: finding.span.start.line, promise: promiseID)
        let claimSide = AuditConflictSide(
            file: finding.file, line: finding.span.start.line, column: finding.span.start.column,
            value: finding.value ?? claim?.valueText,
            // The sentence that holds the value; the raw source line (markup and all) only when there is none.
            quote: Quotes.clip(claim?.sentence ?? (finding.context.isEmpty ? finding.sourceLine ?? finding.message : finding.context)))
        return AuditConflict(rule: finding.rule, promise: promiseID, channel: finding.channel, message: finding.message,
                        claim: claimSide, other: otherSide(of: finding, promise: promiseID))
    }

    private func otherSide(of finding: Finding, promise promiseID: String) -> AuditConflictSide {
        let promise = expectation.promises.first { $0.id == promiseID }
        guard let related = finding.related.first, related.file != expectation.file else {
            let position = promise?.valuePosition ?? SourcePosition(line: finding.related.first?.line ?? 1, column: finding.related.first?.column ?? 1)
            return AuditConflictSide(
                file: expectation.file, line: position.line, column: position.column,
                value: promise?.value ?? finding.expected,
                quote: Quotes.clip(promise?.statement ?? finding.related.first?.message ?? ""))
        }
        let claim = self.claim(file: related.file, line: related.line, promise: promiseID)
        return AuditConflictSide(
            file: related.file, line: related.line, column: related.column,
            value: claim?.valueText ?? finding.expected,
            quote: Quotes.clip(claim?.sentence ?? related.message))
    }

    /// The claim of `promise` at `line` of `file`: the one that starts there, else one whose span holds it.
    private func claim(file: String, line: Int, promise: String) -> Claim? {
        claims[ClaimKey(file: file, line: line, promise: promise)]
            ?? claimsInFile[file + "\u{1F}" + promise]?.first { $0.span.start.line <= line && line <= $0.span.end.line }
    }

    static func clip(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > maxQuote else { return trimmed }
        return String(trimmed.prefix(maxQuote - 1)) + "…"
    }
}
