import AlignConfig
import AlignModel

/// The `expect.yml` every claim rule's examples are read against, so that examples stay short
/// sentences. Shown by `align explain` beside the examples.
///
/// Examples of document rules are sentences. Examples of corpus rules are small corpora: one
/// document per line, written `channel: text` or `channel/audience: text`.
public enum ClaimExamples {
    public static let expectYAML = """
        promises:
          - id: reply-time
            topic: [reply, respond, answer, get back to]
            value: 24 hours
            required_in: [customer, employee]
          - id: free-returns
            topic: [return]
            value: 60 days
            required_in: [customer]
          - id: free-shipping
            topic: [free shipping, ship free]
            value: $75
          - id: price-match
            topic: [price match, match the price, match any lower price]
        """

    public static let expectation = Expectation(file: "expect.yml", promises: [
        Promise(id: "reply-time", statement: "We reply to every customer message within 24 hours.",
                topics: ["reply", "respond", "answer", "get back to"], value: "24 hours", strength: .firm,
                requiredIn: [.customer, .employee], position: SourcePosition(line: 2, column: 5),
                valuePosition: SourcePosition(line: 4, column: 12)),
        Promise(id: "free-returns", statement: "Free returns for 60 days.", topics: ["return"], value: "60 days",
                strength: .firm, requiredIn: [.customer], position: SourcePosition(line: 6, column: 5),
                valuePosition: SourcePosition(line: 8, column: 12)),
        Promise(id: "free-shipping", statement: "Free shipping on orders over $75.", topics: ["free shipping", "ship free"],
                value: "$75", strength: .firm, requiredIn: [], position: SourcePosition(line: 10, column: 5),
                valuePosition: SourcePosition(line: 12, column: 12)),
        Promise(id: "price-match", statement: "We match any lower price.", topics: ["price match", "match the price", "match any lower price"],
                value: nil, strength: .firm, requiredIn: [], position: SourcePosition(line: 13, column: 5)),
    ])
}
