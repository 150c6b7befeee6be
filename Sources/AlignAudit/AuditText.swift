import AlignModel
import Foundation

/// Wording shared by the renderers, so that the HTML, Markdown and JSON say the same thing.
enum AuditText {
    static func scoreText(_ score: Int?) -> String {
        score.map(String.init) ?? "n/a"
    }

    static func change(_ delta: Int?) -> String {
        guard let delta else { return "" }
        if delta > 0 { return "+\(delta)" }
        if delta < 0 { return "−\(-delta)" }
        return "±0"
    }

    static func deduction(_ points: Int) -> String {
        points == 0 ? "0" : "−\(points)"
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }

    static func shortCommit(_ commit: String?) -> String? {
        commit.map { String($0.prefix(10)) }
    }

    static func title(_ audit: Audit) -> String {
        if let organization = audit.organization, !organization.isEmpty {
            return "Alignment audit — \(organization), \(audit.quarter)"
        }
        return "Alignment audit — \(audit.quarter)"
    }

    static func ruleLabel(_ rule: String) -> String {
        rule == AuditRule.claimDrift ? "documents disagree" : "differs from the canonical value"
    }
}
