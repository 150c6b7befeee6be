import AlignEngine
import Foundation
import Testing
@testable import AlignTestSupport

/// A new user's first run, through the real binary: what `align init` guesses and writes, and
/// the messages that say honestly what a run did (issue 17).
@Suite struct FirstRunTests {
    /// A small company tree: a site with a pricing page, HTML email templates, support macros,
    /// a handbook, plans, and a folder no name places.
    static let tree: [String: String] = [
        "site/index.html": "<html><body><h1>Harbor &amp; Pine</h1><p>We reply to every message within 2 days.</p></body></html>\n",
        "site/pricing/index.html": "<html><body><p>Every plan comes with a 30-day money-back guarantee.</p></body></html>\n",
        "emails/templates/shipped.html": """
            <html><body><span class="preheader">Your order is on its way.</span>
            <table role="presentation"><tr><td><p>Hi {{ first_name }}, your order has shipped and arrives within 5 business days.</p></td></tr></table>
            </body></html>

            """,
        "support/macros/refund.md": "Refunds reach your card within 10 business days of our receiving the return.\n",
        "handbook/time-off.md": "---\ntitle: Time off\n---\n# Time off\n\nAsk your lead two weeks ahead.\n",
        "plans/2026.md": "# 2026\n\nBy Q3 we answer every ticket within 4 hours.\n",
        "company/about.md": "# About us\n\nWe started in a garage in 2004.\n",
    ]

    static func makeTree(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("align-first-run-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func initGuessesTheTreeAndACheckRightAfterRaisesNoClaimOrPromiseFinding() throws {
        let root = try Self.makeTree(Self.tree)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["init"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let config = try String(contentsOf: root.appendingPathComponent("align.yml"), encoding: .utf8)
        try Golden.expect(config, matches: "init/align.yml")
        #expect(try String(contentsOf: root.appendingPathComponent("expect.yml"), encoding: .utf8).contains("consumer") == false)
        #expect(run.stdout.contains("  employee: handbook/** (folder name), support/** (folder name)"), "\(run.stdout)")
        #expect(run.stdout.contains("could not place: company/;"), "\(run.stdout)")
        #expect(try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8) == ".align/\n")

        let check = try AlignCLI.run(["check", "--format", "json", "--fail-on", "never"], in: root)
        #expect(check.status == 0, "\(check.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let rules = findings.compactMap { $0["rule"] as? String }
        #expect(!rules.contains { $0.hasPrefix("claim-") || $0.hasPrefix("promise-") || $0 == "terminology" || $0 == "avoid-phrase" || $0.hasPrefix("input-") }, "\(rules)")
        #expect(check.stderr.contains("matches no file") == false, "\(check.stderr)")
        // The documents were read; the one folder init could not place is read as customer.
        let verbose = try AlignCLI.run(["check", "--verbose", "--fail-on", "never"], in: root)
        #expect(verbose.stderr.contains("company/about.md: matched no channel in align.yml; read as customer"), "\(verbose.stderr)")
        #expect(verbose.stdout.contains("in 7 documents"), "\(verbose.stdout)")
    }

    @Test func initAppendsAlignToAGitignoreOnceAndKeepsItsBytes() throws {
        let root = try Self.makeTree([".gitignore": "node_modules", "docs/a.md": "Hello.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try AlignCLI.run(["init"], in: root).status == 0)
        #expect(try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8) == "node_modules\n.align/\n")
        for name in ["align.yml", "expect.yml"] { try FileManager.default.removeItem(at: root.appendingPathComponent(name)) }
        let again = try AlignCLI.run(["init"], in: root)
        #expect(again.status == 0)
        #expect(!again.stdout.contains(".gitignore"))
        #expect(try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8) == "node_modules\n.align/\n")
    }

    @Test func initSaysWhenItGuessedNothing() throws {
        let root = try Self.makeTree(["company/a.md": "Hello.\n", "contributors/b.md": "Hi.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["init"], in: root)
        #expect(run.stdout.contains("guessed nothing from the folder names here"), "\(run.stdout)")
        #expect(run.stdout.contains("could not place: company/, contributors/;"), "\(run.stdout)")
    }

    static let config = """
        expect: promises.yml
        channels:
          customer: ["site/**"]
          employee: ["operation/**"]

        """
    static let promises = """
        organization: Test Co
        promises:
          - id: reply-time
            statement: We reply within 24 hours.
            topic: [reply]
            value: 24 hours
        terminology:
          - use: customer
            instead_of: [client]

        """

    @Test func aGlobThatMatchesNoFileIsAWarningAtItsPlace() throws {
        let root = try Self.makeTree(["align.yml": Self.config, "promises.yml": Self.promises,
                                      "site/a.md": "Hello.\n", "operations/b.md": "Hi.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["check"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("align.yml:4:14: warning: \"operation/**\" matches no file\n"), "\(run.stderr)")
        #expect(!run.stderr.contains("site/**"), "\(run.stderr)")
    }

    @Test func aValueNotWhollyInTheGrammarIsExit2AtTheTextLeftOver() throws {
        let expect = Self.promises.replacingOccurrences(of: "value: 24 hours", with: "value: two months-ish")
        let root = try Self.makeTree(["align.yml": Self.config, "promises.yml": expect, "site/a.md": "Hello.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["check"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("promises.yml:6:22: error: cannot read value 'two months-ish' of promise 'reply-time': '-ish' is not part of a value"),
                "\(run.stderr)")
        // A bound is part of the grammar: "at least 2 months" is a minimum, not text left over.
        try Data(Self.promises.replacingOccurrences(of: "value: 24 hours", with: "value: at least 2 months").utf8)
            .write(to: root.appendingPathComponent("promises.yml"))
        let bound = try AlignCLI.run(["check"], in: root)
        #expect(!bound.stderr.contains("is not part of a value"), "\(bound.stderr)")
        // Words after a count name what is counted.
        try Data(Self.promises.replacingOccurrences(of: "value: 24 hours", with: "value: 20000 text messages").utf8)
            .write(to: root.appendingPathComponent("promises.yml"))
        let counted = try AlignCLI.run(["check"], in: root)
        #expect(!counted.stderr.contains("is not part of a value"), "\(counted.stderr)")
    }

    @Test func messagesNameTheExpectationFileAsItIsCalled() throws {
        let root = try Self.makeTree(["align.yml": Self.config, "promises.yml": Self.promises,
                                      "site/a.md": "We usually reply within 2 days.\n", "operations/b.md": "Hi.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["check", "--fail-on", "never"], in: root)
        #expect(run.stdout.contains("reply-time: this says 2 days, promises.yml promises 24 hours"), "\(run.stdout)")
        #expect(run.stdout.contains("state it as promises.yml does"), "\(run.stdout)")
        #expect(!run.stdout.contains("expect.yml"), "\(run.stdout)")
        try Data("organisation: Test Co\n".utf8).write(to: root.appendingPathComponent("promises.yml"))
        let broken = try AlignCLI.run(["check"], in: root)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("promises.yml:1:1: error: unknown key 'organisation' in promises.yml"), "\(broken.stderr)")
    }

    @Test func aRunThatReadNoDocumentSaysWhy() throws {
        let config = "expect: promises.yml\n"
        let empty = try Self.makeTree(["align.yml": config, "promises.yml": Self.promises])
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try AlignCLI.run(["check"], in: empty)
        #expect(none.status == 0)
        #expect(none.stderr.contains("read no document: \(empty.resolvingSymlinksInPath().path) holds no file but align's own")
                || none.stderr.contains("holds no file but align's own"), "\(none.stderr)")

        let unread = try Self.makeTree(["align.yml": config, "promises.yml": Self.promises, "notes/plan.pdf": "%PDF-1.4\n"])
        defer { try? FileManager.default.removeItem(at: unread) }
        let pdf = try AlignCLI.run(["check"], in: unread)
        #expect(pdf.stderr.contains("is of a kind align reads (.blade.php, .docx, .eml, .haml, .htm, .html"), "\(pdf.stderr)")
        #expect(pdf.stderr.contains("it holds 1 other file"), "\(pdf.stderr)")

        let ignored = try Self.makeTree(["align.yml": config + "ignore: [\"drafts/**\"]\n", "promises.yml": Self.promises, "drafts/a.md": "Hi.\n"])
        defer { try? FileManager.default.removeItem(at: ignored) }
        let all = try AlignCLI.run(["check"], in: ignored)
        #expect(all.stderr.contains("each of the 1 readable files under"), "\(all.stderr)")
        #expect(all.stderr.contains("matches an `ignore` glob of align.yml"), "\(all.stderr)")
    }

    @Test func auditOfAnEmptyTreeHasNothingToScore() throws {
        let root = try Self.makeTree(["align.yml": "expect: promises.yml\n", "promises.yml": Self.promises])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["audit", "--format", "md"], in: root)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        #expect(run.stderr.contains("nothing to score: read no document"), "\(run.stderr)")
        #expect(!run.stderr.contains("/100"))
    }

    @Test func auditMarkdownShowsThePreferredTermAndTheNameAsWritten() throws {
        let root = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["audit", "--format", "md", "--no-cache"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("# Alignment audit — Harbor & Pine Outfitters, "), "\(run.stdout.prefix(200))")
        #expect(!run.stdout.contains("&amp;"))
        #expect(run.stdout.contains("| customer | shoppers | customer | 1 | site/about.html:27 |"), "\(run.stdout)")
        // Quotes are the sentences that hold the values, not the HTML lines around them.
        #expect(run.stdout.contains("(48 hours): “Service level: we reply to every email within 48 hours, and chat is live during staffed hours.”"))
        #expect(!run.stdout.contains("“<"), "a quote that is raw markup")
    }

    @Test func fixDryRunEndsWithASummaryAndExitsAsCheckDoes() throws {
        let files = ["align.yml": Self.config, "promises.yml": Self.promises,
                     "site/a.md": "Every client gets a reply within 2 days.\n", "operations/b.md": "Clients first.\n"]
        let root = try Self.makeTree(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["check", "--fix", "--dry-run"], in: root)
        #expect(run.status == 1, "a claim conflict is an error: \(run.stderr)")
        #expect(run.stdout.contains("+Every customer gets a reply within 2 days."), "\(run.stdout)")
        #expect(run.stderr.hasSuffix("--dry-run: would make 2 changes in 2 files; no file written\n"), "\(run.stderr)")
        for (path, text) in files {
            #expect(try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) == text, "\(path) changed")
        }
        #expect(try AlignCLI.run(["check", "--fix", "--dry-run", "--fail-on", "never"], in: root).status == 0)
    }

    @Test func terminologyExceptPhrasesAndListedFormsOnly() throws {
        let promises = """
            organization: Test Co
            terminology:
              - use: customer
                instead_of: [client, consumer]
                except: [desktop client, attorney client privilege]
              - use: plugin
                instead_of: [plug-in]

            """
        let text = """
            Our desktop client is covered by attorney client privilege, and every client's data is safe.
            Charge it from the plug in your wall; install the Plug-in. Time-consuming, consumable, Consumers.

            """
        let root = try Self.makeTree(["align.yml": "expect: promises.yml\n", "promises.yml": promises, "a.md": text])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["check", "--fix"], in: root)
        #expect(run.stderr.contains("fixed: 3 changes in 1 file"), "\(run.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("a.md"), encoding: .utf8) == """
            Our desktop client is covered by attorney client privilege, and every customer's data is safe.
            Charge it from the plug in your wall; install the Plugin. Time-consuming, consumable, Customers.

            """)
    }
}

/// What `align init` makes of folders it cannot place by name: their documents' own words.
@Suite struct StarterGuessTests {
    @Test func aFolderIsPlacedByNameThenBySubfolderThenByWhatItsDocumentsSay() {
        let guess = StarterGuess(folders: [
            StarterGuess.Folder(name: "operations"),
            StarterGuess.Folder(name: "company", subfolders: ["people", "news"]),
            StarterGuess.Folder(name: "notes", declared: [.management, .management, .employee]),
            StarterGuess.Folder(name: "outbox", emails: 3, emailTemplates: ["transactional"]),
            StarterGuess.Folder(name: "calls", scripts: 2),
            StarterGuess.Folder(name: "contributors"),
            StarterGuess.Folder(name: "members"),
        ])
        #expect(guess.placed.map { "\($0.glob) \($0.channel.rawValue) (\($0.because))" } == [
            "operations/** employee (folder name)",
            "company/people/** employee (folder name)",
            "company/news/** customer (folder name)",
            "notes/** management (front matter)",
            "outbox/** customer (emails)",
            "calls/** employee (scripts)",
        ])
        #expect(guess.unplaced == ["contributors", "members"])
        #expect(guess.existing == ["members/**"])
        #expect(guess.emails == ["outbox/transactional/**"])
    }
}
