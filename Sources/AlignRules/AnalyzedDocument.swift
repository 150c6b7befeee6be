import AlignModel
import AlignText

/// A document as rules see it: its blocks, where it belongs, and its sentences and words.
/// Rules never see bytes or file formats, only this.
public struct AnalyzedDocument: Sendable {
    public var document: Document
    public var channel: Channel
    public var audience: Audience?
    public var sentences: [Sentence] {
        didSet { stems = StemSet(sentences) }
    }
    /// Every stem of the sentences' words, made once for all the rules that look for phrases.
    public private(set) var stems: StemSet

    public init(document: Document, channel: Channel, audience: Audience?, sentences: [Sentence]) {
        self.document = document
        self.channel = channel
        self.audience = audience
        self.sentences = sentences
        stems = StemSet(sentences)
    }

    public var path: String { document.path }

    public func block(of sentence: Sentence) -> Block { document.blocks[sentence.block] }

    /// The source span of the UTF-8 range `range` of the block holding `sentence`.
    public func span(in sentence: Sentence, utf8 range: Range<Int>) -> SourceSpan {
        document.blocks[sentence.block].span(ofUTF8: range)
    }
}
