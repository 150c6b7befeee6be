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
        guard let opening = opening(of: document, stemmer: stemmer) else { return }
        switch (requirement, opening.salutation) {
        case (.salutation, nil):
            let block = document.document.blocks[opening.block]
            result.findings.append(Finding(
                rule: description.id, severity: description.severity, file: document.path,
                span: SourceSpan(at: block.position(atUTF8Offset: Salutation.leadingSpace(block.text))), channel: document.channel,
                message: message, context: context(of: opening.block, in: document)
            ))
        case (.name, .some(let found)) where found.addressee != .named:
            result.findings.append(unnamed(found, block: opening.block, in: document))
        default:
            break
        }
    }

    /// The opening block of an email this rule looks at, and the salutation on its first line.
    func opening(of document: AnalyzedDocument, stemmer: Stemmer) -> (block: Int, salutation: Salutation?)? {
        guard document.document.kind == .email, scope.includes(document),
              let index = Salutation.openingBlock(of: document.document) else { return nil }
        return (index, Salutation.find(in: document.document.blocks[index].text, stemmer: stemmer, extraGeneric: generic))
    }

    /// The finding for a salutation that names no one, quoting it.
    func unnamed(_ found: Salutation, block index: Int, in document: AnalyzedDocument) -> Finding {
        let block = document.document.blocks[index]
        let said = AnalyzedDocument.text(of: block.text, utf8: found.range)
        return Finding(
            rule: description.id, severity: description.severity, file: document.path,
            span: block.span(ofUTF8: found.range), channel: document.channel,
            message: message.replacingOccurrences(of: "{greeting}", with: said), context: context(of: index, in: document)
        )
    }

    private func context(of block: Int, in document: AnalyzedDocument) -> String {
        document.sentences.first { $0.block == block }?.normalised ?? ""
    }
}
