import AlignModel
import AlignText
import Foundation

/// Whether a word is the term a sentence defines, as a glossary entry does: "Churn: the share
/// of customers who leave", "A trial is a period in which...", or any sentence under a heading
/// "Glossary". A careful editor leaves a term alone where it is being defined, however
/// internal or offer-like the term is.
enum Definition {
    static let glossaryHeadings: Set<String> = ["glossary", "definitions", "terminology", "key terms", "vocabulary"]
    /// Words that open a definition after "Term:" or "Term is".
    static let definingOpeners: Set<String> = ["a", "an", "the", "any", "when", "where", "what", "how", "one", "to", "used", "refers", "describes"]
    static let definingVerbs: Set<String> = ["is", "are", "means", "refers", "describes", "denotes"]
    /// Articles a defined term may carry before it ("A trial is...").
    static let articles: Set<String> = ["a", "an", "the"]

    /// Whether the document is a glossary: its title or a heading says so.
    static func isGlossary(_ document: AnalyzedDocument) -> Bool {
        document.document.blocks.contains { block in
            (block.kind == .title || block.kind == .heading) && names(glossaryHeadings, in: block.text)
        }
    }

    static func names(_ words: Set<String>, in text: String) -> Bool {
        let lower = text.lowercased()
        return words.contains { lower.contains($0) }
    }

    /// The same, for a match given as a UTF-8 range of the block.
    static func defines(utf8 range: Range<Int>, sentence index: Int, in document: AnalyzedDocument) -> Bool {
        let words = document.sentences[index].words
        guard let first = words.firstIndex(where: { $0.range.lowerBound >= range.lowerBound }),
              let last = words.lastIndex(where: { $0.range.upperBound <= range.upperBound }), first <= last else { return false }
        return defines(first..<(last + 1), sentence: index, in: document)
    }

    /// Whether `words` (a match) of sentence `index` are the term it defines.
    static func defines(_ words: Range<Int>, sentence index: Int, in document: AnalyzedDocument) -> Bool {
        let sentence = document.sentences[index]
        let block = document.document.blocks[sentence.block]
        if block.context.headings.contains(where: { names(glossaryHeadings, in: $0) }) {
            return true
        }
        if let label = block.context.label, sentence.range.lowerBound == 0,
           label.lowercased() == sentence.words[words].map(\.lowercased).joined(separator: " ") {
            return isDefinition(after: words.upperBound, in: sentence, text: block.text) || words.upperBound == sentence.words.count
        }
        // The term opens the sentence, after an article at most.
        let first = sentence.words.first.map { articles.contains($0.lowercased) } == true ? 1 : 0
        guard words.lowerBound == first else { return false }
        return isDefinition(after: words.upperBound, in: sentence, text: block.text)
    }

    /// Whether what follows word `next` (the first word after the term) defines it: a colon or
    /// dash then an opener ("Churn: the share..."), or a defining verb then an opener ("Churn is
    /// the share..."), or nothing at all (a term alone in a table cell or a definition list).
    static func isDefinition(after next: Int, in sentence: Sentence, text: String) -> Bool {
        let words = sentence.words
        guard next < words.count else { return words.count <= 4 }
        let between = AnalyzedDocument.text(of: text, utf8: words[next - 1].range.upperBound..<words[next].range.lowerBound)
            .trimmingCharacters(in: .whitespaces)
        if [":", "-", "\u{2013}", "\u{2014}", "="].contains(between) {
            return definingOpeners.contains(words[next].lowercased)
        }
        guard between.isEmpty, definingVerbs.contains(words[next].lowercased), next + 1 < words.count else { return false }
        return definingOpeners.contains(words[next + 1].lowercased)
    }
}
