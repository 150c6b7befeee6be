import AlignModel
import AlignText
import Foundation

/// A term as written (`client`, `plug-in`, `desktop client`): its words, lower-cased, and what
/// separates them. A run of a document's words is the term only when each word but the last is
/// the same word, the last is the same word or its plural or possessive, and the separators are
/// the ones written: "plug in" is not `plug-in`, and "consuming" is not `consumer` although the
/// two share a stem. Stems only find the candidates.
struct TermShape: Hashable, Sendable {
    /// Whether a term is written as code: a character that words of prose do not hold, other
    /// than an apostrophe ("9/joss-accepted", "private-editorial", "max_connections"). Such a
    /// term is also looked for in inline code, where a term of prose words would match an
    /// identifier (`client.connect()` is not the term "client").
    static func isWrittenAsCode(_ term: String) -> Bool {
        term.unicodeScalars.contains { scalar in
            !scalar.properties.isAlphabetic && scalar != " " && scalar != "'" && scalar != "\u{2019}"
        }
    }

    /// How a document word stands to the term's last word.
    enum Form: Hashable, Sendable {
        case base, plural, possessive
    }

    enum Separator: Hashable, Sendable {
        case space, hyphen
        case other(String)

        /// The separator that `between` (the text between two words) is: white space of any
        /// length is a space, one hyphen (with no space around it) a hyphen.
        init(_ between: Substring) {
            if between.allSatisfy(\.isWhitespace) {
                self = .space
            } else if between == "-" || between == "\u{2010}" || between == "\u{2011}" {
                self = .hyphen
            } else {
                self = .other(between.trimmingWhitespace)
            }
        }
    }

    let words: [String]
    let separators: [Separator]
    /// What the term writes before its first word and after its last ("@" of `@help`, "()" of
    /// `getSourceCode()`): the text must write them too, so that `@help` is not every "help".
    let leading: [UInt8]
    let trailing: [UInt8]

    init?(_ phrase: String, stemmer: Stemmer) {
        let found = WordScanner.words(in: phrase, range: 0..<phrase.utf8.count, stemmer: stemmer)
        guard let first = found.first, let last = found.last else { return nil }
        words = found.map(\.lowercased)
        let utf8 = Array(phrase.utf8)
        separators = zip(found, found.dropFirst()).map { left, right in
            Separator(Substring(decoding: utf8[left.range.upperBound..<right.range.lowerBound], as: UTF8.self))
        }
        leading = Array(utf8[..<first.range.lowerBound].drop(while: WhiteSpace.isSpace))
        trailing = Array(utf8[last.range.upperBound...].reversed().drop(while: WhiteSpace.isSpace).reversed())
    }

    /// The form of the term that `found` (the words of a match, in `text`, the block they are
    /// in) is, or nil when they are not the term.
    func form(of found: ArraySlice<Word>, in text: UnsafeBufferPointer<UInt8>) -> Form? {
        guard found.count == words.count, let first = found.first, let last = found.last else { return nil }
        let start = first.range.lowerBound - leading.count, end = last.range.upperBound + trailing.count
        guard start >= 0, end <= text.count, leading.elementsEqual(text[start..<first.range.lowerBound]),
              trailing.elementsEqual(text[last.range.upperBound..<end]),
              !Self.joinedToIdentifier(before: start, after: end, in: text) else { return nil }
        var k = 0
        var previous: Word?
        for word in found {
            if let previous {
                guard previous.range.upperBound <= word.range.lowerBound, word.range.lowerBound <= text.count else { return nil }
                let between = Substring(decoding: UnsafeBufferPointer(rebasing: text[previous.range.upperBound..<word.range.lowerBound]), as: UTF8.self)
                guard Separator(between) == separators[k - 1] else { return nil }
            }
            if k < words.count - 1, word.lowercased != words[k] { return nil }
            previous = word
            k += 1
        }
        return Self.form(of: last.lowercased, inflecting: words[words.count - 1])
    }

    /// `term` (as written, this shape's phrase) itself, with its last word plural, and possessive.
    func forms(of term: String) -> [String] {
        let plural = TermInflection.plural(of: words[words.count - 1])
        guard let cut = term.range(of: words[words.count - 1], options: [.caseInsensitive, .backwards]) else { return [term] }
        return [term, term.replacingCharacters(in: cut, with: plural), term + "'s"]
    }

    /// `word` as a form of `term`, both lower-cased: itself, its plural or its possessive.
    static func form(of word: String, inflecting term: String) -> Form? {
        if word == term { return .base }
        if word == TermInflection.plural(of: term) { return .plural }
        if word == term + "'s" { return .possessive }
        return nil
    }

    /// Whether a match at these UTF-8 offsets is part of an identifier, a file name, an address
    /// or a header's name ("client_id", "client.js", "support@client",
    /// "X-AnonAddy-Authentication-Results"): those are not words to rewrite.
    static func joinedToIdentifier(before start: Int, after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        func byte(_ offset: Int) -> UInt8? {
            offset >= 0 && offset < text.count ? text[offset] : nil
        }
        func isWordByte(_ b: UInt8?) -> Bool {
            guard let b else { return false }
            return b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b >= 0x80
        }
        for (joiner, beyond) in [(byte(start - 1), byte(start - 2)), (byte(end), byte(end + 1))] {
            switch joiner {
            case UInt8(ascii: "_"), UInt8(ascii: "@"), UInt8(ascii: "\\"): return true
            case UInt8(ascii: "/"):
                if isWordByte(beyond), !isNameList(around: start, end, in: text) { return true }
            case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "="):
                if isWordByte(beyond) { return true }
            default: continue
            }
        }
        // An extension header's name: "X-" before the term, at a word's start.
        if byte(start - 1) == UInt8(ascii: "-") && byte(start - 2).map({ $0 | 0x20 }) == UInt8(ascii: "x") && !isWordByte(byte(start - 3)) { return true }
        return isInAddress(start, end, in: text)
    }

    /// Whether the match lies in an email address or a web address, however far from its "@" or
    /// "://" ("pyconuk-committee@uk.python.org"): the run of text around it, up to white space
    /// or a bracket, holds one outside the match.
    static func isInAddress(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        func bounds(_ b: UInt8) -> Bool {
            WhiteSpace.isSpace(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
        }
        var first = start
        while first > 0, !bounds(text[first - 1]) { first -= 1 }
        var last = end
        while last < text.count, !bounds(text[last]) { last += 1 }
        func marks(_ range: Range<Int>) -> Bool {
            range.contains { text[$0] == UInt8(ascii: "@") }
                || range.contains { $0 + 2 < range.upperBound && text[$0] == UInt8(ascii: ":") && text[$0 + 1] == UInt8(ascii: "/") && text[$0 + 2] == UInt8(ascii: "/") }
        }
        return marks(first..<start) || marks(end..<last)
    }

    /// Whether the slashes around a match list names ("GitHub/BitBucket/GitLab/Gitea hook"):
    /// the run of letters, digits, hyphens and slashes that holds it is all names, each starting
    /// with a capital. A path or an address has a segment in lower case, a dot or a colon
    /// ("docs/client/setup", "https://…/Client").
    static func isNameList(around start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        func isRunByte(_ b: UInt8) -> Bool {
            b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b == UInt8(ascii: "-") || b == UInt8(ascii: "/")
        }
        var first = start
        while first > 0, isRunByte(text[first - 1]) { first -= 1 }
        var last = end
        while last < text.count, isRunByte(text[last]) { last += 1 }
        // A run that goes on into other punctuation ("a/b.c", "x/y:z") is not a list of names.
        if first > 0, !WhiteSpace.isSpace(text[first - 1]), !Self.opensList(text[first - 1]) { return false }
        if last < text.count, !WhiteSpace.isSpace(text[last]) {
            // A full stop ends the sentence only before white space ("Docs/Client.md" is a file).
            guard Self.closesList(text[last]), text[last] != UInt8(ascii: ".") || last + 1 == text.count || WhiteSpace.isSpace(text[last + 1]) else { return false }
        }
        let segments = UnsafeBufferPointer(rebasing: text[first..<last]).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return segments.count > 1 && segments.allSatisfy { segment in segment.first.map { $0 &- 0x41 < 26 } ?? false }
    }

    private static func opensList(_ b: UInt8) -> Bool { b == UInt8(ascii: "(") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "*") }

    private static func closesList(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ")") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ".") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "*")
    }
}

private extension Substring {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
