import Foundation
import Testing
@testable import AlignTestSupport

/// What a writer and a CI job do with the real binary: baselines, fixes, exit codes, init,
/// rules and explain.
@Suite struct CLIWorkflowTests {
    struct Row: Decodable, Hashable {
        var rule: String
        var file: String
        var line: Int
        var fingerprint: String
    }

    static func rows(_ json: String) throws -> [Row] {
        struct Report: Decodable { var findings: [Row] }
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8)).findings
    }

    static func edit(_ folder: URL, _ path: String, _ change: (String) -> String) throws {
        let url = folder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(change(text).utf8).write(to: url)
    }

    @Test func baselineSurvivesEditsElsewhereAndNotRewordingTheFlaggedSentence() throws {
        let folder = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try AlignCLI.run(["baseline", "--output", ".align/baseline.json"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let clean = try AlignCLI.run(["check", "--baseline", ".align/baseline.json", "--format", "json"], in: folder)
        #expect(try Self.rows(clean.stdout).isEmpty)
        #expect(clean.status == 0)

        // Lines inserted above a finding move it, but it stays accepted.
        try Self.edit(folder, "plans/support-staffing-2027.md") { "<!-- intro -->\n\nA new paragraph above everything.\n\n" + $0 }
        let moved = try AlignCLI.run(["check", "--baseline", ".align/baseline.json", "--format", "json"], in: folder)
        #expect(try Self.rows(moved.stdout).isEmpty)

        // Rewording the flagged sentence makes it a new finding; nothing else comes back.
        try Self.edit(folder, "plans/support-staffing-2027.md") {
            $0.replacingOccurrences(of: "we reply to every email within 48 hours", with: "we reply to each email within 48 hours")
        }
        let reworded = try AlignCLI.run(["check", "--baseline", ".align/baseline.json", "--format", "json"], in: folder)
        let back = try Self.rows(reworded.stdout)
        #expect(back.map { "\($0.file):\($0.line) \($0.rule)" } == ["plans/support-staffing-2027.md:18 claim-conflict"])
        #expect(reworded.status == 1)
    }

    @Test func fixRewritesTerminologyAndNothingElse() throws {
        let folder = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try AlignCLI.run(["check", "--format", "json"], in: folder)
        let terms = try Self.rows(before.stdout).filter { $0.rule == "terminology" }
        #expect(terms.count >= 3)
        let files = Set(terms.map(\.file))
        var original: [String: [UInt8]] = [:]
        for file in files { original[file] = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file))) }

        let dry = try AlignCLI.run(["check", "--fix", "--dry-run"], in: folder)
        #expect(dry.stdout.contains("-  <p>Here&rsquo;s what our shoppers tell us"))
        #expect(dry.stdout.contains("+  <p>Here&rsquo;s what our customers tell us"))
        for file in files { #expect([UInt8](try Data(contentsOf: folder.appendingPathComponent(file))) == original[file], "dry run wrote \(file)") }

        _ = try AlignCLI.run(["check", "--fix"], in: folder)
        let after = try AlignCLI.run(["check", "--format", "json"], in: folder)
        let remaining = try Self.rows(after.stdout).filter { $0.rule == "terminology" }
        // "loyalty program" → "Trail Club" sits across inline markup: not a plain replacement.
        #expect(remaining.allSatisfy { $0.file == "site/trail-club.html" }, "\(remaining)")
        #expect(Set(try Self.rows(after.stdout).filter { $0.rule != "terminology" }) == Set(try Self.rows(before.stdout).filter { $0.rule != "terminology" }))
        // Byte for byte, only the flagged words changed.
        let about = try String(contentsOf: folder.appendingPathComponent("site/about.html"), encoding: .utf8)
        let aboutBefore = String(decoding: original["site/about.html"] ?? [], as: UTF8.self)
        #expect(about == aboutBefore.replacingOccurrences(of: "our shoppers tell us", with: "our customers tell us"))
        let script = try String(contentsOf: folder.appendingPathComponent("scripts/sales/trail-club-upgrade.txt"), encoding: .utf8)
        #expect(script.contains("most regular customers"))
    }

    /// A pre-commit run names the changed files: their findings are exactly those of a whole run,
    /// since promises are judged across every document, and nothing else is reported.
    @Test func pathArgumentsChooseWhichFindingsAreReported() throws {
        let whole = try Self.rows(try AlignCLI.run(["check", "--format", "json"], in: AlignCLI.corpus).stdout)
        let some = try Self.rows(try AlignCLI.run(["check", "playbooks/repairs.md", "emails", "--format", "json"], in: AlignCLI.corpus).stdout)
        #expect(some == whole.filter { $0.file == "playbooks/repairs.md" || $0.file.hasPrefix("emails/") })
        #expect(some.contains { $0.rule == "claim-drift" && $0.file == "playbooks/repairs.md" })
    }

    @Test func exitCodesFollowTheThreshold() throws {
        let corpus = AlignCLI.corpus
        #expect(try AlignCLI.run(["check", "--fail-on", "never", "--quiet"], in: corpus).status == 0)
        #expect(try AlignCLI.run(["check", "--fail-on", "info", "--quiet"], in: corpus).status == 1)
        #expect(try AlignCLI.run(["check", "--fail-on", "sometimes"], in: corpus).status == 2)
        #expect(try AlignCLI.run(["check", "--dry-run"], in: corpus).status == 2)
        let unwritable = try AlignCLI.run(["check", "--output", "/nonexistent-folder/report.txt"], in: corpus)
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("cannot write the report"))
    }

    @Test func outputFileGetsTheReportAndTheTerminalTheSummary() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("align-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try AlignCLI.run(["check", "--format", "junit", "--output", file.path], in: AlignCLI.corpus)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("errors,") && outcome.stderr.contains("in 42 documents"))
        let xml = try String(contentsOf: file, encoding: .utf8)
        #expect(xml.hasPrefix("<?xml"))
        #expect(xml.contains("<testcase classname=\"customer\" name=\"site/about.html\""))
    }

    @Test func githubFormatAnnotatesEveryFinding() throws {
        let json = try AlignCLI.run(["check", "--format", "json"], in: AlignCLI.corpus)
        let github = try AlignCLI.run(["check", "--format", "github"], in: AlignCLI.corpus)
        let lines = github.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(lines.count == (try Self.rows(json.stdout)).count)
        #expect(lines.contains { $0.hasPrefix("::error file=plans/support-staffing-2027.md,line=14,") && $0.contains("title=claim-conflict::") })
    }

    @Test func aBrokenConfigurationExitsTwoNamingFileLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("expect: expect.yml\nchannels:\n  custmer: [\"site/**\"]\n".utf8).write(to: folder.appendingPathComponent("align.yml"))
        try Data("promises: []\n".utf8).write(to: folder.appendingPathComponent("expect.yml"))
        let outcome = try AlignCLI.run(["check"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("align.yml:3:3: error: unknown channel 'custmer'"), "\(outcome.stderr)")
    }

    @Test func initWritesStarterFilesGuessedFromFoldersAndNeverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-init-\(UUID().uuidString)")
        for sub in ["site/landing", "emails", "scripts", "plans"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try AlignCLI.run(["init"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let config = try String(contentsOf: folder.appendingPathComponent("align.yml"), encoding: .utf8)
        #expect(config.contains("customer: [\"emails/**\", \"site/**\"]"))
        #expect(config.contains("employee: [\"scripts/**\"]"))
        #expect(config.contains("management: [\"plans/**\"]"))
        // The starter files load, and an empty tree checks clean.
        let check = try AlignCLI.run(["check"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        let second = try AlignCLI.run(["init"], in: folder)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already exists"))
    }

    @Test func rulesListsEveryRuleAndExplainWorksForEachOne() throws {
        let listing = try AlignCLI.run(["rules"], in: AlignCLI.corpus)
        #expect(listing.status == 0)
        let ids = listing.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(ids.count >= 20)
        for id in ["claim-conflict", "audience-parity", "input-unreadable", "recommended/hedge", "loyalty/listening"] {
            #expect(ids.contains(id))
        }
        for id in ids {
            let explained = try AlignCLI.run(["explain", id], in: AlignCLI.corpus)
            #expect(explained.status == 0, "explain \(id)")
            #expect(explained.stdout.contains("Why it matters:"), "explain \(id)")
        }
        #expect(try AlignCLI.run(["explain", "no-such-rule"], in: AlignCLI.corpus).status == 2)
        // The one "did you mean": within two edits, a pack rule also by its name after the pack.
        let typo = try AlignCLI.run(["explain", "greet-by-nam"], in: AlignCLI.corpus)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("error: no rule 'greet-by-nam'; did you mean 'loyalty/greet-by-name'?"), "\(typo.stderr)")
    }
}

/// `.align/cache` changes how fast a run is, never what it finds.
@Suite struct CacheTests {
    @Test func cachedRunsMatchUncachedRunsAndSeeEdits() throws {
        let folder = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".align"))
        let uncached = try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".align/cache").path))
        let first = try AlignCLI.run(["check", "--format", "json"], in: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".align/cache/index.bin").path))
        let second = try AlignCLI.run(["check", "--format", "json", "--verbose"], in: folder)
        #expect(first.stdout == uncached.stdout)
        #expect(second.stdout == uncached.stdout)
        #expect(second.stderr.contains("0 of 42 files checked"), "\(second.stderr)")

        // An edited document is read again.
        try CLIWorkflowTests.edit(folder, "plans/support-staffing-2027.md") {
            $0.replacingOccurrences(of: "within 48 hours", with: "within 24 hours")
        }
        let edited = try AlignCLI.run(["check", "--format", "json", "--verbose"], in: folder)
        #expect(edited.stderr.contains("1 of 42 files checked"), "\(edited.stderr)")
        let fresh = try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: folder)
        #expect(edited.stdout == fresh.stdout)
        #expect(edited.stdout != first.stdout)

        // A changed expectation statement invalidates every entry.
        try CLIWorkflowTests.edit(folder, "expect.yml") { $0.replacingOccurrences(of: "value: 24 hours", with: "value: 48 hours") }
        let newPromise = try AlignCLI.run(["check", "--format", "json"], in: folder)
        let newFresh = try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: folder)
        #expect(newPromise.stdout == newFresh.stdout)
        #expect(newPromise.stdout != fresh.stdout)
    }
}

/// The audit reads every claim; a check keeps in `.align/cache` only the claims its rules across
/// documents read. An audit after a check must still see them all.
@Suite struct CacheAuditTests {
    @Test func anAuditAfterACheckSeesEveryClaim() throws {
        let folder = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".align"))
        let expected = try AlignCLI.run(["audit", "--format", "json", "--no-cache"], in: folder)
        #expect(expected.status == 0, "\(expected.stderr)")
        _ = try AlignCLI.run(["check", "--format", "json"], in: folder)
        let cached = try AlignCLI.run(["audit", "--format", "json"], in: folder)
        #expect(Self.withoutDate(cached.stdout) == Self.withoutDate(expected.stdout))
        // And after one file changed, with the cache rewritten by the audit itself.
        try CLIWorkflowTests.edit(folder, "plans/support-staffing-2027.md") { $0 + "\nWe reply within 24 hours.\n" }
        let edited = try AlignCLI.run(["audit", "--format", "json"], in: folder)
        let fresh = try AlignCLI.run(["audit", "--format", "json", "--no-cache"], in: folder)
        #expect(Self.withoutDate(edited.stdout) == Self.withoutDate(fresh.stdout))
        let check = try AlignCLI.run(["check", "--format", "json"], in: folder)
        let freshCheck = try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: folder)
        #expect(check.stdout == freshCheck.stdout)
    }

    /// The report states when it was made; nothing else may differ.
    static func withoutDate(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.contains("\"asOf\"") && !$0.contains("\"generated") }.joined(separator: "\n")
    }
}

/// `limits.max_seconds_per_document` stops a document's rules, never the run.
@Suite struct DocumentTimeLimitTests {
    @Test func aDocumentOverItsTimeBudgetIsReportedAndTheRunGoesOn() throws {
        let folder = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLIWorkflowTests.edit(folder, "align.yml") { $0 + "\nlimits:\n  max_seconds_per_document: 0.000001\n" }
        let outcome = try AlignCLI.run(["check", "--format", "json", "--no-cache"], in: folder)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        let rows = try CLIWorkflowTests.rows(outcome.stdout)
        let truncated = rows.filter { $0.rule == "input-truncated" }
        #expect(truncated.count >= 30)
        #expect(!rows.contains { $0.rule == "claim-conflict" || $0.rule == "terminology" })
    }
}
