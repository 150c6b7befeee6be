import AlignModel
import AlignText

/// A document as rules see it: its blocks, where it belongs, and its sentences and words.
/// Rules never see bytes or file formats, only this.
public struct AnalyzedDocument: Sendable {
    public var document: Document
    public var channel: Channel
    public var audience: Audience?
    public var sentences: [Sentence] {
        didSet {
            stems = StemSet(sentences)
            claims = nil
        }
    }
    /// Every stem of the sentences' words, made once for all the rules that look for phrases.
    public private(set) var stems: StemSet
    /// What the sentences say about the promises and what they offer, read once for the claim
    /// rules by `RuleRegistry.analyse` before any rule runs.
    var claims: ClaimReading?

    public init(document: Document, channel: Channel, audience: Audience?, sentences: [Sentence]) {
        self.document = document
        self.channel = channel
        self.audience = audience
        self.sentences = sentences
        stems = StemSet(sentences)
    }

    public var path: String { document.path }

    /// The same document with `blocks` in place of its prose: its inline code or link targets,
    /// read as sentences for the rules that look for names there.
    func apart(_ blocks: [Block], stemmer: Stemmer) -> AnalyzedDocument {
        var names = document
        names.blocks = blocks
        return AnalyzedDocument(document: names, channel: channel, audience: audience,
                                sentences: SentenceSplitter.sentences(of: names, stemmer: stemmer))
    }

    /// What the document calls itself: its declared title, its title element, its first heading.
    public var titles: [String] {
        var titles = document.declared["title"].map { [$0] } ?? []
        // By index, not by element: each element would be a copy of a block.
        let blocks = document.blocks
        var headingSeen = false
        for index in blocks.indices {
            switch blocks[index].kind {
            case .title: titles.append(blocks[index].text)
            case .heading where !headingSeen:
                titles.append(blocks[index].text)
                headingSeen = true
            default: continue
            }
        }
        return titles
    }

    /// Whether the document tells what shipped when: a changelog or release notes by its path, or
    /// by what it calls itself ("# Release notes" over a page named releases.md, "title: The
    /// History of GSoC").
    public var isHistory: Bool {
        document.isHistory || titles.contains(where: Document.isHistoryPageTitle)
    }

    /// Whether a block is under a heading that names a changelog or release notes ("##
    /// Changelogs", "### Document changelog"): the page's own history, as a changelog is.
    public func isUnderHistoryHeading(block: Int) -> Bool {
        document.blocks[block].context.headings.contains(where: Document.isHistoryTitle)
    }

    /// Whether the document's figures are no claims now: it tells what shipped when (`isHistory`),
    /// or what one upgrade required ("Migrating to v5.0.0": "Node.js 4 is no longer supported"),
    /// or it lists practices rejected, by its file name or what it calls itself ("anti_patterns.md",
    /// "# Process anti-patterns"), whose figures are what not to do. Its titles are read once.
    public var statesNoClaims: Bool {
        if document.isHistory { return true }
        let titles = self.titles
        if titles.contains(where: { Document.isHistoryPageTitle($0) || Document.isUpgradeHeading($0) }) { return true }
        let name = document.path.utf8.split(separator: UInt8(ascii: "/")).last ?? document.path.utf8[...]
        return Self.namesAntiPatterns(name) || titles.contains { Self.namesAntiPatterns($0.utf8) }
    }

    /// Whether `text`'s letters, in any ASCII case and with anything else left out, hold
    /// "antipattern": "anti_patterns", "Anti-Patterns", "antipatterns".
    static func namesAntiPatterns(_ text: some Collection<UInt8>) -> Bool {
        var letters: [UInt8] = []
        letters.reserveCapacity(text.count)
        for byte in text where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters.append(byte | 0x20) }
        guard letters.count >= antiPattern.count else { return false }
        return (0...(letters.count - antiPattern.count)).contains { start in letters[start..<(start + antiPattern.count)].elementsEqual(antiPattern) }
    }

    static let antiPattern = Array("antipattern".utf8)

    public func block(of sentence: Sentence) -> Block { document.blocks[sentence.block] }

    /// The text at the UTF-8 range `range` of the block holding `sentence`, read in place: a
    /// finding quotes a few words, and copying the whole block's bytes for them costs more.
    public func text(in sentence: Sentence, utf8 range: Range<Int>) -> String {
        Self.text(of: document.blocks[sentence.block].text, utf8: range)
    }

    /// `text`'s UTF-8 range `range`, decoded as `String(decoding:as:)` would decode a copy.
    static func text(of text: String, utf8 range: Range<Int>) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Unsafe slices are not bounds-checked in release builds; an array's were.
            precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the block")
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// The source span of the UTF-8 range `range` of the block holding `sentence`.
    public func span(in sentence: Sentence, utf8 range: Range<Int>) -> SourceSpan {
        document.blocks[sentence.block].span(ofUTF8: range)
    }
}
