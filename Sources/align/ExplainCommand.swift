import Foundation
import AlignEngine
import AlignModel
import AlignReport
import ArgumentParser

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it checks, why it matters, and examples.",
        discussion: "Example:\n  align explain claim-conflict"
    )

    @Argument(help: ArgumentHelp("A rule id, as `align rules` lists them.", valueName: "rule"))
    var rule: String

    func run() throws {
        let rules = RuleListing.all()
        guard let description = rules.first(where: { $0.id == rule }) else {
            let near = rules.map(\.id).filter { $0.contains(rule) || rule.contains($0) }
            throw UsageFailure(message: "error: no rule '\(rule)'" + (near.isEmpty ? "; `align rules` lists them all" : "; did you mean \(near.joined(separator: ", "))?"))
        }
        print(Explanation.render(description))
    }
}
