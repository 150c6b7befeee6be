import AlignConfig
import AlignModel

/// Decides a document's channel and audience: what the document declares about itself first,
/// then the first matching glob of `align.yml`, else `customer` (which `--verbose` reports).
public struct Placement: Sendable {
    public var channels: [(channel: Channel, globs: [Glob])]
    public var audiences: [(audience: Audience, globs: [Glob])]
    public var emails: [Glob]

    public init(configuration: Configuration) {
        channels = configuration.channels
        audiences = configuration.audiences
        emails = configuration.emails
    }

    /// The document's kind: an email when `emails:` names its file (an HTML template is one),
    /// else what its reader made of it.
    public func kind(of document: Document) -> DocumentKind {
        isEmail(document.path) ? .email : document.kind
    }

    /// Whether `emails:` names the file: its reader then reads it as an email (an HTML or text template).
    public func isEmail(_ relativePath: String) -> Bool {
        guard !emails.isEmpty else { return false }
        let path = Glob.Path(relativePath)
        return emails.contains { $0.matches(path) }
    }

    public func channel(for document: Document) -> (channel: Channel, matched: Bool) {
        if let declared = document.declared["channel"], let channel = Channel(rawValue: declared.lowercased()) {
            return (channel, true)
        }
        let path = Glob.Path(document.path)
        for entry in channels where entry.globs.contains(where: { $0.matches(path) }) {
            return (entry.channel, true)
        }
        return (.customer, false)
    }

    public func audience(for document: Document) -> Audience? {
        if let declared = document.declared["audience"], let audience = Audience(rawValue: declared.lowercased()) {
            return audience
        }
        let path = Glob.Path(document.path)
        return audiences.first { $0.globs.contains { $0.matches(path) } }?.audience
    }
}
