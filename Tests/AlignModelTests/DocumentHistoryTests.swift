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

    /// GoReleaser's blog announces each version (Tests/Evaluation/held-out/goreleaser-site): what
    /// shipped then, in the words of its day. An announcement of no version is news, not history.
    @Test func aTitleThatAnnouncesAVersionIsHistory() {
        for title in ["Announcing GoReleaser v1.7 — The Go 1.18 release", "Announcing GoReleaser v2.17", "Announcing v2", "Announcing GoReleaser 1.19!"] {
            #expect(Document.isHistoryTitle(title), "\(title)")
        }
        for title in ["Announcing macOS support on Cirrus CI", "Announcing our 2026 roadmap", "GoReleaser v2.17", "Announcing Persistent Workers"] {
            #expect(!Document.isHistoryTitle(title), "\(title)")
        }
    }
}
