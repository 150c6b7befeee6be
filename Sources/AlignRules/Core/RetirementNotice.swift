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

    /// `check`, a rule about old names (`avoid-phrase`, `terminology`), run into `result` where
    /// old names are not history: not in a changelog, which names things as they were called when
    /// they shipped, and less what it finds on a notice (asked only of a document with a finding).
    static func check(_ document: AnalyzedDocument, into result: inout DocumentResult, _ check: (inout DocumentResult) -> Void) {
        guard !document.isHistory, !document.document.isNamedByDate else { return }
        let before = result.findings.count
        check(&result)
        guard result.findings.count > before else { return }
        if isNotice(document) { return result.findings.removeSubrange(before...) }
        // A page's own changelog section, or a past year's, is history too: the lines its blocks cover.
        let history = HistorySections(document)
        let pastLines = document.document.blocks.indices.filter { history.contains(block: $0) }.map { index in
            let block = document.document.blocks[index]
            return block.position(atUTF8Offset: 0).line...block.position(atUTF8Offset: block.text.utf8.count).line
        }
        guard !pastLines.isEmpty else { return }
        let found = result.findings[before...].filter { finding in !pastLines.contains { $0.contains(finding.span.start.line) } }
        result.findings.replaceSubrange(before..., with: found)
    }
}
