import AlignModel

/// Which documents a rule checks: by channel, audience and kind of document. An empty list
/// means every one; a rule scoped to audiences skips documents with no audience.
public struct RuleScope: Hashable, Sendable {
    public var channels: [Channel]
    public var audiences: [Audience]
    public var documentKinds: [DocumentKind]

    public init(channels: [Channel] = [], audiences: [Audience] = [], documentKinds: [DocumentKind] = []) {
        self.channels = channels
        self.audiences = audiences
        self.documentKinds = documentKinds
    }

    public func includes(_ document: AnalyzedDocument) -> Bool {
        includes(channel: document.channel, audience: document.audience, kind: document.document.kind)
    }

    public func includes(channel: Channel, audience: Audience?, kind: DocumentKind) -> Bool {
        guard channels.isEmpty || channels.contains(channel) else { return false }
        guard documentKinds.isEmpty || documentKinds.contains(kind) else { return false }
        if audiences.isEmpty { return true }
        guard let audience else { return false }
        return audiences.contains(audience)
    }
}

/// A rule whose scope is known, so that its examples can be turned into documents it checks.
public protocol ScopedRule: Sendable {
    var scope: RuleScope { get }
}
