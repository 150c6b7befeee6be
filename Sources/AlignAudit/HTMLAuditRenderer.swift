import AlignModel
import Foundation
import Mustache

/// `--format html`: one self-contained page (inline CSS and SVG, no script, nothing fetched).
/// Every string reaches the page through a `{{ }}` Mustache variable, which HTML-escapes it:
/// the template has no triple-brace (unescaped) variable at all.
public struct HTMLAuditRenderer: Sendable {
    /// Leads from the report's folder to the configuration's folder, for links to corpus files.
    public var linkBase: String

    public init(linkBase: String = "") {
        self.linkBase = linkBase
    }

    public func render(_ report: AuditReport) -> String {
        guard let template = try? MustacheTemplate(string: HTMLAuditTemplate.page) else {
            // The template is a constant checked by the tests; this is never reached.
            return "<!doctype html><title>align audit</title><p>The report template could not be read.</p>\n"
        }
        return template.render(HTMLAuditPage(report: report, linkBase: linkBase))
    }
}

/// What the template shows, flattened so the template needs no logic beyond sections.
struct HTMLAuditPage {
    struct Link {
        var text: String
        var href: String
    }

    struct ChannelRow {
        var channel: String
        var documents: Int
        var score: String
        var change: String
        var consistent: Int
        var hedged: Int
        var conflicting: Int
        var missing: Int
        var wording: Int
        var deduction: String
    }

    struct Cell {
        var css: String
        var symbol: String
        var label: String
    }

    struct MatrixRow {
        var promise: String
        var statement: String
        var value: String?
        var cells: [Cell]
    }

    struct LegendEntry {
        var css: String
        var symbol: String
        var label: String
    }

    struct Side {
        var link: Link
        var value: String?
        var quote: String
        var canonical: Bool
    }

    struct ConflictCard {
        var promise: String
        var channel: String?
        var kind: String
        var rule: String
        var claim: Side
        var other: Side
    }

    struct TermRow {
        var term: String
        var preferred: String?
        var count: Int
        var places: [Link]
        var more: Int?
    }

    struct TermChannel {
        var channel: String
        var total: Int
        var terms: [TermRow]
    }

    struct OfferRow {
        var kind: String
        var channel: String
        var link: Link
        var sentence: String
    }

    struct OfferGroup {
        var audience: String
        var count: Int
        var offers: [OfferRow]
    }

    struct Listed {
        var link: Link
        var message: String
    }

    var title: String
    var organization: String?
    var quarter: String
    var asOf: String
    var commit: String?
    var documents: Int
    var score: String
    var scoreColor: String
    var verdict: String
    var comparison: String?
    var channels: [ChannelRow]
    var overall: ChannelRow
    var bars: BarChart
    var legend: [LegendEntry]
    var channelNames: [String]
    var matrix: [MatrixRow]
    var conflicts: [ConflictCard]
    var conflictCount: Int
    var terminology: [TermChannel]
    var wording: WordingCounts
    var avoided: [Listed]
    var greetings: [Listed]
    var offers: [OfferGroup]
    var parityGaps: [Listed]
    var trend: LineChart?
    // Stored, not computed: Mustache sees a value through Mirror, which lists stored properties only.
    var avoidedAny: Bool
    var greetingsAny: Bool
    var parityGapsAny: Bool
    var formula: String
    var version: String

    static let placesShown = 5

    init(report: AuditReport, linkBase: String) {
        let audit = report.audit
        func link(_ file: String, _ line: Int) -> Link {
            Link(text: "\(file):\(line)", href: FileLink.href(file: file, line: line, base: linkBase))
        }
        func row(_ name: String, documents: Int, score: AuditScore, change: Int?) -> ChannelRow {
            ChannelRow(
                channel: name, documents: documents, score: AuditText.scoreText(score.score), change: AuditText.change(change),
                consistent: score.cells.consistent, hedged: score.cells.hedged, conflicting: score.cells.conflicting,
                missing: score.cells.missing, wording: score.wording.total, deduction: AuditText.deduction(score.deduction))
        }
        func side(_ side: AuditConflictSide, canonical: Bool) -> Side {
            Side(link: link(side.file, side.line), value: side.value, quote: side.quote, canonical: canonical)
        }
        func listed(_ findings: [ListedFinding]) -> [Listed] {
            findings.map { Listed(link: link($0.file, $0.line), message: $0.message) }
        }

        title = AuditText.title(audit)
        organization = audit.organization
        quarter = audit.quarter.description
        asOf = AuditText.day(audit.asOf)
        commit = AuditText.shortCommit(audit.commit)
        documents = audit.documents
        score = AuditText.scoreText(audit.overall.score)
        scoreColor = AuditColors.score(audit.overall.score)
        verdict = audit.verdict
        comparison = report.previous.map { "\(AuditText.change($0.overallChange)) since \($0.quarter) (\($0.overall))" }
        channels = audit.channels.map {
            row($0.channel.rawValue, documents: $0.documents, score: $0.score, change: report.previous?.channelChanges[$0.channel.rawValue])
        }
        overall = row("overall", documents: audit.documents, score: audit.overall, change: report.previous?.overallChange)
        bars = BarChart(rows: audit.channels.map { ($0.channel.rawValue, $0.score.score) } + [("overall", audit.overall.score)])
        legend = CellState.allCases.map { LegendEntry(css: $0.rawValue, symbol: $0.symbol, label: $0.label) }
        channelNames = Channel.allCases.map(\.rawValue)
        matrix = audit.promises.map { promise in
            MatrixRow(promise: promise.promise, statement: promise.statement, value: promise.value,
                      cells: promise.cells.map { Cell(css: $0.state.rawValue, symbol: $0.state.symbol, label: $0.state.label) })
        }
        conflicts = audit.conflicts.map { conflict in
            ConflictCard(
                promise: conflict.promise, channel: conflict.channel?.rawValue, kind: AuditText.ruleLabel(conflict.rule), rule: conflict.rule,
                claim: side(conflict.claim, canonical: false),
                other: side(conflict.other, canonical: conflict.rule == AuditRule.claimConflict))
        }
        conflictCount = audit.conflicts.count
        terminology = audit.terminology.map { channel in
            TermChannel(channel: channel.channel, total: channel.total, terms: channel.terms.map { term in
                TermRow(term: term.term, preferred: term.preferred, count: term.count,
                        places: term.places.prefix(HTMLAuditPage.placesShown).map { link($0.file, $0.line) },
                        more: term.places.count > HTMLAuditPage.placesShown ? term.places.count - HTMLAuditPage.placesShown : nil)
            })
        }
        wording = audit.overall.wording
        avoided = listed(audit.avoidedPhrases)
        greetings = listed(audit.greetings)
        offers = audit.offers.map { group in
            OfferGroup(audience: group.audience, count: group.offers.count, offers: group.offers.map {
                OfferRow(kind: $0.kind, channel: $0.channel.rawValue, link: link($0.file, $0.line), sentence: $0.sentence)
            })
        }
        parityGaps = listed(audit.parityGaps)
        avoidedAny = !avoided.isEmpty
        greetingsAny = !greetings.isEmpty
        parityGapsAny = !parityGaps.isEmpty
        trend = report.trend.count > 1 ? LineChart(trend: report.trend) : nil
        formula = report.formula
        version = report.tool.version
    }
}
