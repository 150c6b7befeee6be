/// The figures of a scored run as a Markdown table, per set and pooled, with every miss and false
/// alarm listed below it: what EVALUATION.md quotes.
enum EvaluationTable {
    static func figure(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f", value)
    }

    static func render(title: String, _ scores: [(name: String, score: EvaluationScore, note: String)]) -> String {
        var lines = [
            "### \(title)", "",
            "| set | documents | findings | found | false alarms | recall | precision | pack false alarms | per 100 documents |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        func row(_ name: String, _ score: EvaluationScore) -> String {
            let per100 = score.packFalseAlarmsPer100Documents.map { String(format: "%.1f", $0) } ?? "—"
            return "| \(name) | \(score.documents) | \(score.findings) | \(score.found) | \(score.falseAlarms.count) | \(figure(score.recall)) | \(figure(score.precision)) | \(score.packFalseAlarms) | \(per100) |"
        }
        for entry in scores {
            lines.append(row(entry.name + (entry.note.isEmpty ? "" : " (\(entry.note))"), entry.score))
        }
        lines.append(row("**pooled**", EvaluationScore.pooled(scores.map(\.score))))
        for entry in scores where !(entry.score.misses.isEmpty && entry.score.falseAlarms.isEmpty) {
            lines.append("")
            lines.append("\(entry.name):")
            for miss in entry.score.misses {
                let places = miss.places.map { "\($0.file):\($0.line)" }.joined(separator: ", ")
                lines.append("- miss \(miss.id) (\(miss.rules.joined(separator: ", "))) at \(places)")
            }
            for alarm in entry.score.falseAlarms {
                lines.append("- false alarm \(alarm)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
