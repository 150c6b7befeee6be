import Foundation
import AlignConfig
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
            throw UsageFailure(message: "error: no rule '\(rule)'" + didYouMean(rule, among: rules.map(\.id), otherwise: "; `align rules` lists them all"))
        }
        print(Explanation.render(description))
    }
}
