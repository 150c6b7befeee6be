import AlignModel
import AlignConfig
import AlignText

/// The expectation statement every rule example is checked against (`align explain` shows the
/// examples; the generic example test runs them). Small on purpose: one promise, one preferred
/// term, one phrase and one pattern to avoid.
public enum ExampleExpectation {
    public static let statement = Expectation(
        file: "expect.yml",
        organization: "Example Outfitters",
        promises: [
            Promise(id: "reply-time", statement: "We reply to every customer message within 24 hours.",
                    topics: ["reply", "respond", "answer", "get back to"], value: "24 hours", strength: .firm,
                    requiredIn: [.customer], position: SourcePosition(line: 4, column: 5)),
        ],
        terminology: [
            TermPreference(use: "customer", insteadOf: ["client", "buyer", "shopper"], except: ["desktop client"], channels: [.customer, .employee],
                           position: SourcePosition(line: 10, column: 5)),
        ],
        avoid: [
            AvoidEntry(match: .phrase("points expire"), because: "Penalising inactivity punishes the most loyal customers.",
                       channels: [.customer], position: SourcePosition(line: 14, column: 5)),
        ] + satisfaction
    )

    /// The pattern to avoid. It compiles (the avoid-phrase examples flag through it); a pattern
    /// is compiled where it is written, and this one is written in code.
    private static let satisfaction: [AvoidEntry] = (try? Pattern(#"\b100\s?% satisfaction\b"#)).map {
        [AvoidEntry(match: .pattern($0), because: "Nobody can promise a feeling: say what we do when something goes wrong.",
                    channels: [], position: SourcePosition(line: 17, column: 5))]
    } ?? []
}
