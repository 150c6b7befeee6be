import AlignEngine
import AlignModel
import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, pack, kind, default severity and channels.",
        discussion: "Example:\n  align rules\n  align explain loyalty/points-expiry"
    )

    func run() throws {
        let rules = RuleListing.all()
        let header = ["RULE", "PACK", "KIND", "SEVERITY", "CHANNELS"]
        let rows = rules.map { [$0.id, $0.pack, $0.kind, $0.severity.rawValue, $0.channels.isEmpty ? "all" : $0.channels.map(\.rawValue).joined(separator: ",")] }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            print(row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ").trimmingTrailingSpaces())
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
