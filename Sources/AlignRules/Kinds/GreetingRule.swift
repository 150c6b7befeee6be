import AlignModel
import AlignConfig
import AlignText
import Foundation

/// `greeting`: how customer emails open (the first line of the first body block of an email).
/// `require: salutation` flags an email that goes straight into content; `require: name` flags
/// a salutation that names no one ("Dear Valued Customer"), leaving a missing one to the former.
public struct GreetingRule: DocumentRule, ScopedRule {
    public enum Requirement: String, Sendable {
        case salutation
        case name
    }

    public let description: RuleDescription
    public let scope: RuleScope
    public let requirement: Requirement
    let message: String
    /// Extra lower-case words that address no one, from the rule's `phrases`.
    let generic: Set<String>

    public init(description: RuleDescription, scope: RuleScope, requirement: Requirement, message: String, generic: Set<String> = []) {
        self.description = description
        self.scope = scope
        self.requirement = requirement
        self.message = message
        self.generic = generic
    }

    public func check(_ document: AnalyzedDocument, stemmer: Stemmer, into result: inout DocumentResult) {
        guard document.document.kind == .email, scope.includes(document),
              let index = Salutation.openingBlock(of: document.document) else { return }
        let block = document.document.blocks[index]
        let salutation = Salutation.find(in: block.text, stemmer: stemmer, extraGeneric: generic)
        let sentence = document.sentences.first { $0.block == index }
        switch (requirement, salutation) {
        case (.salutation, nil):
            result.findings.append(Finding(
                rule: description.id, severity: description.severity, file: document.path,
                span: SourceSpan(at: block.position(atUTF8Offset: Salutation.leadingSpace(block.text))), channel: document.channel,
                message: message, context: sentence?.normalised ?? ""
            ))
        case (.name, .some(let found)) where found.addressee == .nobody:
            let said = AnalyzedDocument.text(of: block.text, utf8: found.range)
            result.findings.append(Finding(
                rule: description.id, severity: description.severity, file: document.path,
                span: block.span(ofUTF8: found.range), channel: document.channel,
                message: message.replacingOccurrences(of: "{greeting}", with: said), context: sentence?.normalised ?? ""
            ))
        default:
            break
        }
    }
}
