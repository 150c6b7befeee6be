import AlignModel
import AlignText

/// How an email opens: the salutation on the first line of its first body block, if any, and
/// whether it names someone (a name, or a mail-merge placeholder for one).
struct Salutation: Hashable, Sendable {
    enum Addressee: Hashable, Sendable {
        /// A capitalised name, or a placeholder such as `{{first_name}}`, `*|FNAME|*`, `%FIRSTNAME%`.
        case named
        /// A role where a name would go: "Dear Valued Customer", "Dear Sir or Madam", "Hi friend,".
        case role
        /// A greeting and no one: "Hello,", "Hi there,", "Dear all,".
        case nobody
    }

    /// UTF-8 range of the salutation in the block ("Dear Valued Customer").
    var range: Range<Int>
    var addressee: Addressee

    static let openers: [[String]] = [
        ["dear"], ["hi"], ["hello"], ["hey"], ["hiya"], ["howdy"], ["greetings"], ["good", "morning"],
        ["good", "afternoon"], ["good", "evening"], ["good", "day"], ["to", "whom", "it", "may", "concern"],
    ]

    /// Words that address a group or a role rather than a person.
    static let generic: Set<String> = [
        "valued", "value", "customer", "customers", "client", "clients", "sir", "sirs", "madam", "madame",
        "or", "and", "friend", "friends", "there", "all", "everyone", "everybody", "member", "members",
        "guest", "guests", "shopper", "shoppers", "subscriber", "subscribers", "user", "users", "team",
        "folks", "our", "loyal", "dear", "reader", "readers", "account", "holder", "holders", "patron",
        "patrons", "traveller", "travellers", "traveler", "travelers", "esteemed", "treasured", "fellow",
        "you", "y'all", "partner", "partners", "supporter", "supporters", "people", "guys", "gentlemen",
        "ladies", "colleague", "colleagues", "new", "cardholder", "owner", "owners", "resident", "homeowner",
        "buyer", "buyers", "visitor", "visitors", "fan", "fans", "again", "the", "to", "of", "a", "an",
        "my", "your", "beloved", "lovely", "wonderful", "amazing", "happy", "mr", "mrs", "ms", "miss", "mx",
        "whom", "it", "may", "concern", "valuable", "premium", "gold", "silver", "vip", "welcome", "thanks",
        "thank", "great", "good", "news", "congratulations", "from", "and", "hello", "hi", "hey",
    ]

    /// The words of a greeting that addresses no one rather than a role: its opener and
    /// "there", "all", "everyone", "again".
    static let unaddressed: Set<String> = Set(openers.filter { $0.first != "to" }.joined())
        .union(["there", "all", "everyone", "everybody", "folks", "again", "y'all"])

    static let titles: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "prof", "st"]

    /// The first body block of an email: where its greeting is. An HTML part may be read as
    /// paragraphs and table cells; its title, headings, banner alt text and "view in browser"
    /// links are not where a greeting goes.
    static func openingBlock(of document: Document) -> Int? {
        if let body = document.blocks.firstIndex(where: { $0.kind == .emailBody && !isBlank($0.text) }) { return body }
        let bodyKinds: Set<BlockKind> = [.paragraph, .tableCell, .listItem, .speakerTurn]
        let isText = { (block: Block) in bodyKinds.contains(block.kind) && !isBlank(block.text) }
        guard var first = document.blocks.firstIndex(where: isText) else { return nil }
        // A template's first line "Subject: ..." is the subject its mailer takes (Open Collective's
        // "Subject: {{{collective.name}}}: New comment on expense ..."): the email opens after it.
        if isSubjectLine(document.blocks[first].text) {
            guard let next = document.blocks[(first + 1)...].firstIndex(where: isText) else { return nil }
            first = next
        }
        // "<h1>Hello,</h1>" over the body: a heading that greets is where the email opens.
        return document.blocks[..<first].firstIndex { $0.kind == .heading && opensWithGreetingWord($0.text) } ?? first
    }

    /// Whether `text` opens with a word that only greets ("Hello,", "Hi Sam"), as a heading may:
    /// an opener of one word, but "greetings", which a heading uses for news ("Greetings from
    /// Berlin").
    static func opensWithGreetingWord(_ text: String) -> Bool {
        let word = String(decoding: text.utf8.dropFirst(leadingSpace(text)).prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }, as: UTF8.self)
        return greetingWords.contains(word.lowercased())
    }

    static let greetingWords = Set(openers.filter { $0.count == 1 && $0 != ["greetings"] }.map { $0[0] })

    /// Whether `text` opens with "Subject:" and something after it, in any case.
    static func isSubjectLine(_ text: String) -> Bool {
        let start = text.utf8.dropFirst(leadingSpace(text))
        return start.count > 8 && zip(start, "subject:".utf8).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }

    static func isBlank(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(WhiteSpace.isSpace) }

    /// UTF-8 length of the white space opening `text`, by the same test as `isBlank`: a
    /// template's control tag leaves a no-break space before the greeting it wraps.
    static func leadingSpace(_ text: String) -> Int {
        var length = 0
        for scalar in text.unicodeScalars {
            guard WhiteSpace.isSpace(scalar) else { break }
            length += UTF8.width(scalar)
        }
        return length
    }

    /// The salutation opening `text`, or nil when the text goes straight into content.
    /// `extraGeneric` adds words (lower-case) that name no one.
    static func find(in text: String, stemmer: Stemmer, extraGeneric: Set<String> = []) -> Salutation? {
        guard var found = locate(in: text, stemmer: stemmer, extraGeneric: extraGeneric) else { return nil }
        if found.addressee == .role {
            let words = WordScanner.words(in: text, range: found.range, stemmer: stemmer)
            if words.allSatisfy({ unaddressed.contains($0.lowercased) }) { found.addressee = .nobody }
        }
        return found
    }

    /// The salutation opening `text`; here every one that names no one is a role, and `find`
    /// tells the greetings with no one in them apart.
    private static func locate(in text: String, stemmer: Stemmer, extraGeneric: Set<String>) -> Salutation? {
        let bytes = Array(text.utf8)
        var lineEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
        if lineEnd > 0, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let start = leadingSpace(text)
        guard start < lineEnd else { return nil }
        let words = WordScanner.words(in: text, range: start..<lineEnd, stemmer: stemmer)
        let generic = Self.generic.union(extraGeneric)

        // A line that starts with a placeholder, or is only a name and a comma ("Maria,").
        if isPlaceholderStart(bytes, at: start) {
            let end = terminator(bytes, from: start, to: lineEnd, words: words)
            return Salutation(range: start..<trimmedEnd(bytes, start, end), addressee: .named)
        }
        guard let opener = openers.first(where: { opener in
            opener.count <= words.count && zip(opener, words).allSatisfy { $0 == $1.lowercased }
        }), words[0].range.lowerBound == start else {
            return nameOnlyLine(bytes, start: start, end: lineEnd, words: words, generic: generic)
        }
        let openerEnd = words[opener.count - 1].range.upperBound
        if opener.count > 1 && opener[0] == "to" {
            return Salutation(range: start..<openerEnd, addressee: .role)
        }
        let addresseeEnd = terminator(bytes, from: openerEnd, to: lineEnd, words: words)
        let end = trimmedEnd(bytes, start, addresseeEnd)
        if names(openerEnd..<addresseeEnd, bytes: bytes, words: words, generic: generic) {
            return Salutation(range: start..<end, addressee: .named)
        }
        // "Hello, {{first_name}}!", "Hi, Sam," or "Hi there, Sam!": the name follows a comma.
        if addresseeEnd < lineEnd, bytes[addresseeEnd] == 0x2C {
            let nextStart = addresseeEnd + 1
            let nextEnd = terminator(bytes, from: nextStart, to: lineEnd, words: words)
            let nextWords = words.filter { $0.range.lowerBound >= nextStart && $0.range.upperBound <= nextEnd }
            let short = nextWords.count <= 3 && (nextEnd < lineEnd || nextWords.count <= 2)
            // A placeholder names the reader only where it stands: right after the comma.
            var first = nextStart
            while first < nextEnd, bytes[first] == 0x20 { first += 1 }
            if short || isPlaceholderStart(bytes, at: first) {
                let nextEndTrimmed = trimmedEnd(bytes, nextStart, nextEnd)
                if names(nextStart..<nextEnd, bytes: bytes, words: words, generic: generic) {
                    return Salutation(range: start..<nextEndTrimmed, addressee: .named)
                }
                // "Hello, friend!": the whole greeting is what names no one.
                let emptyBefore = bytes[openerEnd..<addresseeEnd].allSatisfy { $0 == 0x20 }
                if emptyBefore, !nextWords.isEmpty { return Salutation(range: start..<nextEndTrimmed, addressee: .role) }
            }
        }
        return Salutation(range: start..<end, addressee: .role)
    }

    /// Whether `range` holds a name placeholder or a capitalised word that is not generic.
    static func names(_ range: Range<Int>, bytes: [UInt8], words: [Word], generic: Set<String>) -> Bool {
        guard range.lowerBound < range.upperBound else { return false }
        if containsPlaceholder(bytes[range]) { return true }
        return words.contains { word in
            range.contains(word.range.lowerBound) && word.range.upperBound <= range.upperBound
                && !generic.contains(word.lowercased) && startsCapitalised(bytes, word)
        }
    }

    /// ASCII capitals, and any non-ASCII letter (names such as "Élodie" are not lower-cased often).
    static func startsCapitalised(_ bytes: [UInt8], _ word: Word) -> Bool {
        let lead = bytes[word.range.lowerBound]
        return (lead >= 0x41 && lead <= 0x5A) || lead >= 0x80
    }

    /// Where the addressee ends: `,` `!` `:` `;` `?` `(` a dash, or `.` not after a title ("Ms.").
    static func terminator(_ bytes: [UInt8], from: Int, to end: Int, words: [Word]) -> Int {
        var i = from
        while i < end {
            // A placeholder may hold terminators of its own: `{{ customer.name }}`, `%FIRST.NAME%`.
            if let close = placeholderEnd(bytes, at: i, end: end) {
                i = close
                continue
            }
            switch bytes[i] {
            case 0x2C, 0x21, 0x3A, 0x3B, 0x3F, 0x28:
                return i
            case 0x2E:
                let before = words.last { $0.range.upperBound == i }
                if let before, titles.contains(before.lowercased) { break }
                return i
            case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94):
                return i
            case 0x2D where i + 1 < end && bytes[i + 1] == 0x20 && i > from && bytes[i - 1] == 0x20:
                return i
            default:
                break
            }
            i += 1
        }
        return end
    }

    /// Just past the placeholder that starts at `i`, if one does and it closes before `end`.
    static func placeholderEnd(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let pairs: [([UInt8], [UInt8])] = [([0x7B], [0x7D]), ([0x5B], [0x5D]), ([0x2A, 0x7C], [0x7C, 0x2A]), ([0x25], [0x25]), ([0x3C, 0x3C], [0x3E, 0x3E])]
        for (open, close) in pairs where bytes[i..<min(end, i + open.count)].elementsEqual(open) {
            var j = i + open.count
            while j + close.count <= end {
                if bytes[j..<(j + close.count)].elementsEqual(close) {
                    var k = j + close.count
                    // `{{ x }}` closes with the last of a run of `}`.
                    while k < end, close == [0x7D], bytes[k] == 0x7D { k += 1 }
                    return k
                }
                j += 1
            }
        }
        return nil
    }

    static func trimmedEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1 }
        return e
    }

    /// `{{first_name}}`, `{% name %}`, `*|FNAME|*`, `%FIRSTNAME%`, `[First Name]`, `${name}`, `<<Name>>`.
    static func containsPlaceholder(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("{") || text.contains("*|") || text.contains("<<") { return true }
        if let open = text.firstIndex(of: "["), text[open...].contains("]") { return true }
        return text.filter { $0 == "%" }.count >= 2
    }

    static func isPlaceholderStart(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let rest = String(decoding: bytes[i..<min(bytes.count, i + 3)], as: UTF8.self)
        return rest.hasPrefix("{") || rest.hasPrefix("*|") || rest.hasPrefix("%") || rest.hasPrefix("[") || rest.hasPrefix("<<") || rest.hasPrefix("$")
    }

    /// A first line that is only one to three capitalised words and a comma: "Maria," "Sam Lee,".
    static func nameOnlyLine(_ bytes: [UInt8], start: Int, end: Int, words: [Word], generic: Set<String>) -> Salutation? {
        let e = trimmedEnd(bytes, start, end)
        guard e > start, bytes[e - 1] == 0x2C, (1...3).contains(words.count) else { return nil }
        let capitalised = words.allSatisfy { startsCapitalised(bytes, $0) }
        guard capitalised else { return nil }
        let named = words.contains { !generic.contains($0.lowercased) }
        return Salutation(range: start..<(e - 1), addressee: named ? .named : .role)
    }
}
