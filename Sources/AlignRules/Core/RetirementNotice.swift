import AlignModel

/// A page that announces retirements ("End of life for Aiven services", "Deprecated features",
/// "Discontinued plans", "AnonAddy has rebranded as addy.io", one version's upgrade notes:
/// "Migrate to v10.x") names each retired
/// thing where it retires it: there, the words of an `avoid:` or `terminology:` entry are the
/// announcement, not a use. Known by its title or first heading.
enum RetirementNotice {
    /// Title words that announce retirements. Not "retirement" ("Retirement plans" is a benefit).
    static let markers: Set<String> = [
        "eol", "end-of-life", "deprecated", "deprecation", "deprecations", "discontinued", "sunset", "sunsetting", "retired",
        "rebrand", "rebranded", "rebranding", "renamed",
    ]

    static func isNotice(_ document: AnalyzedDocument) -> Bool {
        document.titles.contains { title in
            // One version's upgrade notes retire what that version renamed ("Migrate to v10.x").
            if Document.isUpgradeHeading(title) { return true }
            let words = title.lowercased().split { !$0.isLetter && $0 != "-" }
            return words.contains { markers.contains(String($0)) }
                || words.indices.dropLast(2).contains { words[$0] == "end" && words[$0 + 1] == "of" && words[$0 + 2] == "life" }
        }
    }

    /// Whether the file's name opens with its date ("20210119-libraries-contribution.md",
    /// "2019-06-30-career-switching.md"): a record of that day, in that day's names.
    static func isDatedRecord(_ path: String) -> Bool {
        let name = Array((path.split(separator: "/").last ?? Substring(path)).utf8)
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= name.count && name[range].allSatisfy { $0 &- 0x30 < 10 } }
        guard digits(0..<4), name[0] == 0x31 || name[0] == 0x32 else { return false }
        if digits(4..<8) { return name.count > 8 && !(name[8] &- 0x30 < 10) }
        return name.count > 10 && name[4] == 0x2D && digits(5..<7) && name[7] == 0x2D && digits(8..<10)
    }

    /// `check`, a rule about old names (`avoid-phrase`, `terminology`), run into `result` where
    /// old names are not history: not in a changelog, which names things as they were called when
    /// they shipped, and less what it finds on a notice (asked only of a document with a finding).
    static func check(_ document: AnalyzedDocument, into result: inout DocumentResult, _ check: (inout DocumentResult) -> Void) {
        guard !document.isHistory, !isDatedRecord(document.path) else { return }
        let before = result.findings.count
        check(&result)
        guard result.findings.count > before else { return }
        if isNotice(document) { return result.findings.removeSubrange(before...) }
        // A page's own changelog section is history too: the lines its blocks cover.
        let pastLines = document.document.blocks.indices.filter { document.isUnderHistoryHeading(block: $0) }.map { index in
            let block = document.document.blocks[index]
            return block.position(atUTF8Offset: 0).line...block.position(atUTF8Offset: block.text.utf8.count).line
        }
        guard !pastLines.isEmpty else { return }
        let found = result.findings[before...].filter { finding in !pastLines.contains { $0.contains(finding.span.start.line) } }
        result.findings.replaceSubrange(before..., with: found)
    }
}
