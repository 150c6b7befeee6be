import AlignConfig
import AlignModel
import AlignText

/// `promise-missing`: a channel in a promise's `required_in` where no document states it. A
/// conflicting statement still states it (that is `claim-conflict`'s to report). A channel with
/// no document at all in the run is not reported: checking `site/` alone says nothing about the
/// playbooks.
public struct PromiseMissingRule: CollectingRule {
    public static let id = "promise-missing"
    let promises: [Promise]
    let expectationFile: String

    let reader: ClaimReader

    init(reader: ClaimReader, expectationFile: String) {
        self.reader = reader
        self.promises = reader.promises.entries.map(\.promise)
        self.expectationFile = expectationFile
    }

    /// Where a document first states each promise it states.
    public func collect(_ document: AnalyzedDocument, into facts: inout DocumentFacts) {
        for (index, reading) in document.claimReading(with: reader, stemmer: nil).sentences {
            for (promise, range) in reading.stated where facts.stated[reader.promises.entries[promise].promise.id] == nil {
                facts.stated[reader.promises.entries[promise].promise.id] = document.span(in: document.sentences[index], utf8: range)
            }
        }
    }

    public var description: RuleDescription {
        RuleDescription(
            id: Self.id, pack: "core", kind: "claim",
            summary: "A channel in a promise's required_in where no document states the promise.",
            why: """
                A promise only the website makes is a promise nobody resources: if no support playbook \
                mentions the 24-hour reply, no agent is working to it, and if no plan does, nobody staffs it. \
                Each channel listed under `required_in` needs at least one document that states the promise \
                (with its value, where it has one). The finding points at the promise in expect.yml.
                """,
            severity: .warning,
            examples: RuleExamples(
                flags: [
                    "customer: We reply to every message within 24 hours.\nemployee: Close every ticket politely.",
                ],
                passes: [
                    "customer: We reply within 24 hours and accept returns for 60 days.\nemployee: Reply to every ticket within 24 hours.",
                    "customer: We reply within 48 hours and accept returns for 60 days.\nemployee: Reply to every ticket within 24 hours.",
                ]))
    }

    public func check(_ facts: [DocumentFacts]) -> [Finding] {
        var present: Set<Channel> = []
        var stated: [String: Set<Channel>] = [:]
        for document in facts {
            present.insert(document.channel)
            for promise in document.stated.keys { stated[promise, default: []].insert(document.channel) }
        }
        var findings: [Finding] = []
        for promise in promises {
            for channel in promise.requiredIn where present.contains(channel) && !(stated[promise.id]?.contains(channel) ?? false) {
                findings.append(Finding(
                    rule: Self.id, severity: description.severity, file: expectationFile,
                    span: SourceSpan(at: promise.position), channel: channel,
                    message: "\(promise.id) is required in the \(channel.rawValue) channel, but no \(channel.rawValue) document states it",
                    promise: promise.id, expected: promise.value,
                    context: "\(promise.id) \(channel.rawValue)"))
            }
        }
        return findings
    }
}
