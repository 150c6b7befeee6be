/// What kind of communication a document is, independent of how its file is encoded.
public enum DocumentKind: String, Hashable, Sendable, Codable {
    case page
    case article
    case script
    case email
}

/// A problem a reader met: the document, or part of it, could not be read.
public struct ReadProblem: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Nothing (or nothing trustworthy) could be read: `input-unreadable`.
        case unreadable
        /// A limit cut the document short; what was read is still checked: `input-truncated`.
        case truncated
    }

    public var kind: Kind
    public var message: String
    public var position: SourcePosition

    public init(kind: Kind, message: String, position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.kind = kind
        self.message = message
        self.position = position
    }
}

/// `align-disable` comments and headers, resolved by the reader to line ranges.
public struct Suppression: Hashable, Sendable, Codable {
    /// Rule ids; empty means every rule.
    public var rules: [String]
    /// Lines (inclusive) the suppression covers.
    public var lines: ClosedRange<Int>
    /// Where the comment itself is, to report it when it suppresses nothing.
    public var position: SourcePosition

    public init(rules: [String], lines: ClosedRange<Int>, position: SourcePosition) {
        self.rules = rules
        self.lines = lines
        self.position = position
    }
}

/// One file (or one message of an mbox) read into blocks of text.
public struct Document: Hashable, Sendable {
    /// Path relative to the configuration's folder, with `/` separators.
    public var path: String
    public var kind: DocumentKind
    public var blocks: [Block]
    /// Settings the document declares about itself: front matter (`channel`, `audience`),
    /// `<meta name="align:channel">`. Keys are lower-case.
    public var declared: [String: String]
    public var suppressions: [Suppression]
    public var problems: [ReadProblem]
    /// For a message of an mbox, its 1-based index; nil for a single-message file.
    public var messageIndex: Int?
    /// An email's `From:` as written; nil for any other document.
    public var sender: String?
    /// The text of each line where a line is not a line of the file's bytes: an Office
    /// document's paragraph (docx) or slide (pptx). Reports show these, never the ZIP's bytes.
    public var lineTexts: [Int: String] = [:]
    /// Inline code spans, each a block of kind `.code`: not prose, so no rule reads them as
    /// sentences; terminology looks in them for names written as code ("`9/joss-accepted`").
    public var codeSpans: [Block] = []
    /// Link targets as written (`https://www.example.com/contact`), each a block of kind
    /// `.linkTarget`: not prose; `avoid` patterns and terms written as code look in them.
    public var linkTargets: [Block] = []
    /// Whether the tree holds a later edition of this page ("2024-workshop.md" beside
    /// "2026-workshop.md"): it tells what was so that year, and is history.
    public var isPastEdition = false

    public init(
        path: String, kind: DocumentKind, blocks: [Block] = [], declared: [String: String] = [:],
        suppressions: [Suppression] = [], problems: [ReadProblem] = [], messageIndex: Int? = nil
    ) {
        self.path = path
        self.kind = kind
        self.blocks = blocks
        self.declared = declared
        self.suppressions = suppressions
        self.problems = problems
        self.messageIndex = messageIndex
    }
}

extension Document {
    /// The names of a changelog or release notes, as a file or a folder ("changelog.md",
    /// "release-notes/2019-06-04.md"). Not "releases" nor "changes": a page about a release
    /// cadence or plan changes is no history.
    static let historyNames: [[UInt8]] = ["changelog", "changelogs", "change-log", "release-notes", "release_notes", "releasenotes"]
        .map { Array($0.utf8) }

    /// Whether a title names a changelog or release notes ("Release notes", "Change Log",
    /// "Version history"): the names of `historyNames`, with spaces for hyphens, and the histories
    /// that are only ever titles.
    public static func isHistoryTitle(_ title: String) -> Bool {
        // Asked of every title of every document by several rules: most hold none of the words.
        holdsHistoryWord(title) && readsAsHistory(title)
    }

    /// Whether `title` holds, in any ASCII case, a piece of a word that every history title
    /// holds ("releas", "change", "histor", "announc"): `readsAsHistory` is false without one.
    static func holdsHistoryWord(_ title: String) -> Bool {
        var title = title
        return title.withUTF8 { bytes in
            historyWordPieces.contains { piece in
                bytes.count >= piece.count && (0...(bytes.count - piece.count)).contains { start in
                    piece.indices.allSatisfy { bytes[start + $0] | 0x20 == piece[$0] }
                }
            }
        }
    }

    static let historyWordPieces: [[UInt8]] = ["releas", "change", "histor", "announc"].map { Array($0.utf8) }

    /// `isHistoryTitle` read in words, for every title.
    static func readsAsHistory(_ title: String) -> Bool {
        let words = title.lowercased().split { !$0.isLetter }
        let name = words.joined(separator: "-")
        return ["release-history", "version-history"].contains(name)
            || historyNames.contains { $0.elementsEqual(name.utf8) } || historyNames.contains { $0.elementsEqual(words.joined().utf8) }
            || isReleaseAnnouncement(title) || isVersionsNotes(title)
    }

    /// Whether a page's title names a history (`isHistoryTitle`), or the history of something ("The
    /// History of GSoC", "A brief history of the Foundation", "Our history"): the whole page
    /// tells what was so, in the words of its time. Not a feature's "History" or "Order history",
    /// which shows what happens now, nor a section so headed on a page about now, whose
    /// present-perfect "has helped students" speaks of today too.
    public static func isHistoryPageTitle(_ title: String) -> Bool {
        // One byte scan for the words every such title holds, as `isHistoryTitle` does.
        guard holdsHistoryWord(title) else { return false }
        if readsAsHistory(title) { return true }
        let words = title.lowercased().split { !$0.isLetter }.drop { ["the", "a", "brief", "short"].contains($0) }
        if words.elementsEqual(["our", "history"]) { return true }
        return words.count >= 3 && words.first == "history" && words.dropFirst().first == "of"
    }

    /// Whether a title names the release notes or changelog of one version ("Go 1.17 Release
    /// Notes", "Release notes for v2", "Changelog 2.0"): what shipped in that release. Without a
    /// version ("Writing good release notes") the page is about notes, not notes of a release.
    static func isVersionsNotes(_ title: String) -> Bool {
        let words = title.lowercased().split { $0 == " " || $0 == "\t" }
        guard words.contains(where: isVersion) else { return false }
        let names = words.map { $0.filter(\.isLetter) }
        return zip(names, names.dropFirst()).contains { $0 == "release" && $1 == "notes" }
            || names.contains { name in historyNames.contains { $0.elementsEqual(name.utf8) } }
    }

    /// Whether a title announces a version ("Announcing GoReleaser v1.7", "Announcing v2.0"): a
    /// post of what shipped then, as release notes are.
    static func isReleaseAnnouncement(_ title: String) -> Bool {
        let words = title.lowercased().split { $0 == " " || $0 == "\t" }
        guard words.first == "announcing" else { return false }
        return words.dropFirst().contains(where: isVersion)
    }

    /// Whether a heading opens the notes of one upgrade ("Upgrading to v1.50.0", "Upgrade to
    /// 2.0", "Migrate to v10.x"): what that release required then, as release notes tell it. Only
    /// the version written as one: "Upgrading to the latest release" is advice for now.
    public static func isUpgradeHeading(_ heading: String) -> Bool {
        // Asked of every heading above every block with a claim: most open with another letter.
        guard let first = heading.utf8.first, [UInt8(ascii: "u"), UInt8(ascii: "m")].contains(first | 0x20) else { return false }
        let words = heading.lowercased().split { $0 == " " || $0 == "\t" }
        guard words.count >= 3, ["upgrading", "upgrade", "updating", "migrating", "migrate"].contains(words[0]), words[1] == "to" else { return false }
        return words.dropFirst(2).contains(where: isVersion)
    }

    /// "v1.7", "v2", "1.18", "2.0:", "v10.x" (every release of a line); not a year ("2026") nor a word.
    static func isVersion(_ word: Substring) -> Bool {
        let written = word.hasPrefix("v") ? word.dropFirst() : word
        let number = written.hasSuffix(".x") ? written.dropLast(2) : written
        let core = number.prefix { $0.isNumber || $0 == "." }
        return core.first?.isNumber == true && (word.hasPrefix("v") || core.contains("."))
            && number.dropFirst(core.count).allSatisfy { ",:;!".contains($0) }
    }

    /// The names of a folder of retired documents ("en/archive/hubs_tos.md"). Only a folder: a
    /// page named "archive.md" may tell how to archive something now.
    static let archiveNames: [[UInt8]] = ["archive", "archived", "archives"].map { Array($0.utf8) }

    /// Whether the document tells what was so on a day, in the words of that day: a changelog,
    /// release notes, a dated blog post or a retired document kept in an archive folder. Its old
    /// names and old figures are history, not drift. Asked once per document by each rule that
    /// leaves history alone, so read from the path's bytes.
    public var isHistory: Bool {
        if isPastEdition { return true }
        var path = path
        return path.withUTF8 { bytes in
            // Each file or folder name, up to its first dot.
            let components = bytes.split(separator: 0x2F)
            if components.contains(where: { component in Self.historyNames.contains { Self.isName($0, component.prefix { $0 != 0x2E }) } }) {
                return true
            }
            if components.dropLast().contains(where: { component in Self.archiveNames.contains { Self.isName($0, component) } }) {
                return true
            }
            // A blog post that carries its date: in its front matter or opening its name
            // ("blog/posts/2019-03-04-announcing-aws-support.md").
            guard let blog = components.firstIndex(where: { Self.isName(Self.blogName, $0) }) else { return false }
            return declared["date"] != nil || components[(blog + 1)...].contains { Self.opensWithDate($0) }
        }
    }

    static let blogName = Array("blog".utf8)

    /// Whether `component` is `name`, ASCII letters in any case.
    static func isName(_ name: [UInt8], _ component: some Collection<UInt8>) -> Bool {
        name.count == component.count && zip(name, component).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
    }

    /// Whether a file or folder name opens with a date, `2019-03-04-`, or is one (`blog/2024-04-17/index.mdx`).
    static func opensWithDate(_ component: some Collection<UInt8>) -> Bool {
        opens(component, withShape: "0000-00-00-") || component.count == 10 && opens(component, withShape: "0000-00-00", orIs: true)
    }

    /// Whether the file's name, or its folder's, opens with the date of the record it is
    /// ("20210119-libraries-contribution.md", "2019-06-30-career-switching.md",
    /// "updates/2015_05_11_an_open_challenge/_content.yaml"): what it says is in that day's names.
    public var isNamedByDate: Bool {
        var path = path
        return path.withUTF8 { bytes in
            func isDated(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
                guard name.first == 0x31 || name.first == 0x32 else { return false }
                if Self.opens(name, withShape: "0000-00-00", orIs: true) || Self.opens(name, withShape: "0000_00_00", orIs: true) { return true }
                return Self.opens(name, withShape: "00000000", orIs: true) && (name.dropFirst(8).first.map { $0 &- 0x30 >= 10 } ?? true)
            }
            guard let slash = bytes.lastIndex(of: 0x2F) else { return isDated(bytes[...]) }
            let folder = bytes[..<slash]
            return isDated(bytes[(slash + 1)...]) || isDated(folder[((folder.lastIndex(of: 0x2F) ?? -1) + 1)...])
        }
    }

    /// Whether `component` is longer than `shape` and opens with it, a `0` in the shape standing
    /// for any digit; or, with `orIs`, is the shape itself (a folder named `2024-04-17`).
    static func opens(_ component: some Collection<UInt8>, withShape shape: String, orIs: Bool = false) -> Bool {
        (component.count > shape.utf8.count || orIs && component.count == shape.utf8.count)
            && zip(shape.utf8, component).allSatisfy { $0 == 0x30 ? $1 &- 0x30 < 10 : $1 == $0 }
    }
}
