import AlignModel
import AlignConfig
import AlignText

/// `impersonal-greeting`: a customer email whose salutation names no one ("Dear Valued
/// Customer", "Dear Sir or Madam", "Hello there"). Built on the greeting kind.
public struct ImpersonalGreetingRule: DocumentRule, ScopedRule {
    public static let id = "impersonal-greeting"
    public let description: RuleDescription
    public var scope: RuleScope { greeting.scope }
    let greeting: GreetingRule

    public init(severity: Severity = .warning, channels: [Channel] = [.customer]) {
        let description = Self.describe(severity: severity)
        self.description = description
        greeting = GreetingRule(
            description: description, scope: RuleScope(channels: channels, documentKinds: [.email]), requirement: .name,
            message: "\"{greeting}\" greets no one: use the customer's name, such as \"Hi {{first_name}},\""
        )
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        greeting.check(document, stemmer: stemmer, into: &result)
    }

    public static func describe(severity: Severity = .warning) -> RuleDescription {
        RuleDescription(
            id: id, pack: "core", kind: "greeting",
            summary: "A customer email whose salutation names no one (\"Dear Valued Customer\", \"Hello there\").",
            why: """
                "Dear Valued Customer" tells the reader the opposite of what it says: that the sender \
                does not know who they are. Every email tool can merge a first name; a greeting that \
                uses it (or a name placeholder such as {{first_name}}, *|FNAME|* or %FIRSTNAME%) is fine.
                """,
            severity: severity, channels: [.customer],
            examples: RuleExamples(
                flags: [
                    "↓Dear Valued Customer,\nYour order has shipped.",
                    "↓Dear Sir or Madam,\nThank you for your letter.",
                    "↓Hello there!\nYour order has shipped.",
                    "↓Hi friend,\nWe miss you.",
                    "↓Dear customer,\nYour invoice is attached.",
                ],
                passes: [
                    "Hi {{first_name}},\nYour order has shipped.",
                    "Dear {{ customer.name }},\nYour invoice is attached.",
                    "Hello *|FNAME|*,\nWe miss you.",
                    "Dear %FIRSTNAME%,\nThank you for your letter.",
                    "Hi [First Name],\nYour order has shipped.",
                    "Dear Maria,\nYour order has shipped.",
                    "Dear Ms. Okafor,\nThank you for your letter.",
                    "Your order has shipped.\nIt arrives on Tuesday.",
                ]
            )
        )
    }
}
