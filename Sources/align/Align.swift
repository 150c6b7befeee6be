import ArgumentParser

@main
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Check that every document a company writes makes the same promises.",
        version: "0.1.0"
    )
}
