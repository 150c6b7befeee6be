import AlignModel
import Testing

/// A changelog or release notes, by its path or by what it calls itself.
@Suite struct DocumentHistoryTests {
    @Test func aPathNamesAHistoryByAFileOrFolder() {
        #expect(Document(path: "CHANGELOG.md", kind: .article, blocks: []).isHistory)
        #expect(Document(path: "release-notes/2019-06-04.md", kind: .article, blocks: []).isHistory)
        // A page about a release cadence or plan changes is no history.
        #expect(!Document(path: "docs/releases.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "docs/changes.md", kind: .article, blocks: []).isHistory)
    }

    @Test func aTitleNamesAHistoryInWordsOrAsOne() {
        for title in ["Release notes", "Release Notes", "Changelog", "Change log", "ReleaseNotes", "Version history", "Release history"] {
            #expect(Document.isHistoryTitle(title), "\(title)")
        }
        for title in ["Releases", "Release notes for v2", "Notes", "Plan changes", "Release cadence"] {
            #expect(!Document.isHistoryTitle(title), "\(title)")
        }
    }
}
