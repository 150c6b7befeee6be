import AlignModel
import AlignConfig
import AlignText

/// `impersonal-greeting`: a customer email whose salutation puts a role where a name would go
/// ("Dear Valued Customer", "Dear Sir or Madam"), or greets no one ("Hello there,") while the
/// company's other emails greet their readers by name. A company whose emails never name anyone
/// has no name to use (a canned reply to a stranger, a confirmation before an account exists):
/// there "Hello," is its greeting, not a slip. Built on the greeting kind; it collects each
/// email's greeting and then judges.
public struct ImpersonalGreetingRule: DocumentRule, CorpusRule, ScopedRule {
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
        guard let opening = greeting.opening(of: document, stemmer: stemmer), let found = opening.salutation else { return }
        switch found.addressee {
        case .named: result.facts.satisfied.insert(Self.id)
        case .role: result.findings.append(greeting.unnamed(found, block: opening.block, in: document))
        case .nobody: result.facts.pending.append(greeting.unnamed(found, block: opening.block, in: document))
        }
    }

    public func check(_ facts: [DocumentFacts]) -> [Finding] {
        guard facts.contains(where: { $0.satisfied.contains(Self.id) }) else { return [] }
        return facts.flatMap { $0.pending.filter { $0.rule == Self.id } }
    }

    public static func describe(severity: Severity = .warning) -> RuleDescription {
        RuleDescription(
            id: id, pack: "core", kind: "greeting",
            summary: "A customer email whose salutation names no one (\"Dear Valued Customer\", \"Hello there\").",
            why: """
                "Dear Valued Customer" tells the reader the opposite of what it says: that the sender \
                does not know who they are. Every email tool can merge a first name; a greeting that \
                uses it (or a name placeholder such as {{first_name}}, *|FNAME|* or %FIRSTNAME%) is fine. \
                A greeting with no one in it ("Hello,", "Hi there,") is flagged where the company's other \
                emails greet by name: the name was there to use. Where no email names anyone (replies to \
                strangers, a confirmation sent before an account exists), it is the house greeting.
                """,
            severity: severity, channels: [.customer],
            // Each line is an email of its own: whether "Hello," is a slip depends on the others.
            examples: RuleExamples(
                flags: [
                    "customer: ↓Dear Valued Customer, your order has shipped.",
                    "customer: ↓Dear Sir or Madam, thank you for your letter.",
                    "customer: ↓Hi friend, we miss you.",
                    "customer: ↓Dear customer, your invoice is attached.",
                    "customer: ↓Hello there! Your order has shipped.\ncustomer: Hi {{first_name}}, your invoice is attached.",
                    "customer: Dear Maria, your order has shipped.\ncustomer: ↓Hello, your invoice is attached.",
                ],
                passes: [
                    "customer: Hi {{first_name}}, your order has shipped.",
                    "customer: Dear {{ customer.name }}, your invoice is attached.",
                    "customer: Hello *|FNAME|*, we miss you.",
                    "customer: Dear %FIRSTNAME%, thank you for your letter.",
                    "customer: Hi [First Name], your order has shipped.",
                    "customer: Dear Ms. Okafor, thank you for your letter.",
                    "customer: Your order has shipped. It arrives on Tuesday.",
                    "customer: Hello there! Your order has shipped.\ncustomer: Hello, your invoice is attached.",
                    "customer: Hi {{first_name}}, your order has shipped.\nemployee: Hello, the rota is attached.",
                ]
            )
        )
    }
}
