import AlignModel
import Foundation

/// `--format md`: GitHub-flavoured Markdown with the same numbers as the HTML report. Every
/// corpus string goes through `escape`, so a document's text can neither break a table nor
/// inject HTML into a rendered README or pull request.
public enum MarkdownAuditRenderer {
    public static func render(_ report: AuditReport) -> String {
        let audit = report.audit
        var out: [String] = []
        out.append("# " + escape(AuditText.title(audit)))
        out.append("")
        var headline = "**Overall score: \(AuditText.scoreText(audit.overall.score)) / 100 — \(audit.verdict)**"
        if let previous = report.previous {
            headline += " (\(AuditText.change(previous.overallChange)) since \(previous.quarter), when it was \(previous.overall))"
        }
        out.append(headline)
        out.append("")
        var meta = ["as of \(AuditText.day(audit.asOf))", "\(audit.documents) documents"]
        if let commit = AuditText.shortCommit(audit.commit) { meta.append("commit " + escape(commit)) }
        out.append(meta.joined(separator: " · "))
        out.append("")

        out.append("## Scores by channel")
        out.append("")
        out.append(row(["channel", "documents", "score", "change", "stated", "hedged", "conflicting", "missing", "wording findings", "deduction"]))
        out.append(row(Array(repeating: "---", count: 10)))
        for entry in audit.channels {
            let score = entry.score
            out.append(row([
                entry.channel.rawValue, "\(entry.documents)", AuditText.scoreText(score.score),
                AuditText.change(report.previous?.channelChanges[entry.channel.rawValue]),
                "\(score.cells.consistent)", "\(score.cells.hedged)", "\(score.cells.conflicting)", "\(score.cells.missing)",
                "\(score.wording.total)", AuditText.deduction(score.deduction),
            ]))
        }
        out.append(row([
            "**overall**", "\(audit.documents)", "**\(AuditText.scoreText(audit.overall.score))**",
            AuditText.change(report.previous?.overallChange),
            "\(audit.overall.cells.consistent)", "\(audit.overall.cells.hedged)", "\(audit.overall.cells.conflicting)",
            "\(audit.overall.cells.missing)", "\(audit.overall.wording.total)", AuditText.deduction(audit.overall.deduction),
        ]))
        out.append("")

        out.append("## Promises × channels")
        out.append("")
        out.append("Legend: " + CellState.allCases.map { "\($0.symbol) \($0.label)" }.joined(separator: " · "))
        out.append("")
        out.append(row(["promise"] + Channel.allCases.map(\.rawValue)))
        out.append(row(Array(repeating: "---", count: Channel.allCases.count + 1)))
        for promise in audit.promises {
            out.append(row([escape(promise.promise)] + promise.cells.map { "\($0.state.symbol) \($0.state.label)" }))
        }
        out.append("")

        out.append("## Conflicts (\(audit.conflicts.count))")
        out.append("")
        if audit.conflicts.isEmpty { out.append("No conflicting claims.") }
        for conflict in audit.conflicts {
            let channel = conflict.channel.map { " in \($0.rawValue)" } ?? ""
            out.append("- **\(escape(conflict.promise))**\(channel), \(AuditText.ruleLabel(conflict.rule)) (\(escape(conflict.rule))):")
            out.append("  - \(side(conflict.claim))")
            out.append("  - \(side(conflict.other))")
        }
        out.append("")

        out.append("## Terminology drift by channel")
        out.append("")
        if audit.terminology.isEmpty {
            out.append("No terminology findings.")
        } else {
            out.append(row(["channel", "term used", "preferred", "uses", "first place"]))
            out.append(row(Array(repeating: "---", count: 5)))
            for channel in audit.terminology {
                for term in channel.terms {
                    let first = term.places.first.map { escape("\($0.file):\($0.line)") } ?? ""
                    out.append(row([escape(channel.channel), escape(term.term), escape(term.preferred ?? ""), "\(term.count)", first]))
                }
            }
        }
        out.append("")

        out.append("## Wording findings")
        out.append("")
        out.append(row(["kind", "count"]))
        out.append(row(["---", "---"]))
        out.append(row(["terminology", "\(audit.overall.wording.terminology)"]))
        out.append(row(["avoided phrases", "\(audit.overall.wording.avoidPhrase)"]))
        out.append(row(["impersonal greetings", "\(audit.overall.wording.greeting)"]))
        out.append(row(["audience parity", "\(audit.overall.wording.parity)"]))
        out.append("")
        for (title, list) in [("Avoided phrases", audit.avoidedPhrases), ("Impersonal greetings", audit.greetings)] where !list.isEmpty {
            out.append("### \(title)")
            out.append("")
            for finding in list { out.append("- \(escape("\(finding.file):\(finding.line)")): \(escape(finding.message))") }
            out.append("")
        }

        out.append("## Offers by audience")
        out.append("")
        if audit.offers.isEmpty { out.append("No offers found.") }
        for group in audit.offers {
            out.append("### \(escape(group.audience)) (\(group.offers.count))")
            out.append("")
            out.append(row(["offer", "channel", "where", "sentence"]))
            out.append(row(Array(repeating: "---", count: 4)))
            for offer in group.offers {
                out.append(row([escape(offer.kind), offer.channel.rawValue, escape("\(offer.file):\(offer.line)"), escape(offer.sentence)]))
            }
            out.append("")
        }
        if !audit.parityGaps.isEmpty {
            out.append("### Offers prospects get and existing customers do not")
            out.append("")
            for gap in audit.parityGaps { out.append("- \(escape("\(gap.file):\(gap.line)")): \(escape(gap.message))") }
            out.append("")
        }

        if report.trend.count > 1 {
            out.append("## Trend")
            out.append("")
            out.append(row(["quarter", "overall"] + Channel.allCases.map(\.rawValue)))
            out.append(row(Array(repeating: "---", count: Channel.allCases.count + 2)))
            for point in report.trend {
                out.append(row([point.quarter.description, "\(point.overall)"] + Channel.allCases.map { AuditText.scoreText(point.channels[$0.rawValue]) }))
            }
            out.append("")
        }

        out.append("---")
        out.append("")
        out.append("How the score is computed: " + report.formula)
        out.append("")
        return out.joined(separator: "\n")
    }

    private static func side(_ side: AuditConflictSide) -> String {
        let value = side.value.map { " (\(escape($0)))" } ?? ""
        return "\(escape("\(side.file):\(side.line)"))\(value): “\(escape(side.quote))”"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Makes text literal in GitHub Markdown, and readable as plain text: Markdown punctuation
    /// and the `<` of a tag are backslash-escaped (never entities: "Harbor & Pine" stays so), an
    /// `&` only where it would begin an entity, and line breaks become spaces so a table row
    /// stays one row.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            switch character {
            case "&": out += beginsEntity(rest) ? "\\&" : "&"
            case "\n", "\r", "\r\n", "\t": out += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~", "{", "}", "(", ")", "<", ">":
                out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether the text after an `&` would make it an entity reference (`&amp;`, `&#38;`).
    private static func beginsEntity(_ rest: Substring) -> Bool {
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }
}
