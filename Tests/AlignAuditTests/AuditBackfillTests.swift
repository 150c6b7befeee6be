import AlignAudit
import AlignConfig
import AlignModel
import AlignRules
import Foundation
import Testing
@testable import AlignTestSupport

@Suite struct AuditBackfillTests {
    /// A repository with the content in `content/` and commits dated in different quarters.
    struct Repository {
        var top: URL
        var content: URL { top.appendingPathComponent("content") }

        func git(_ arguments: [String], date: String? = nil) throws {
            var environment: [String: String] = [
                "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
                "GIT_CONFIG_NOSYSTEM": "1", "HOME": top.path,
            ]
            if let date {
                environment["GIT_AUTHOR_DATE"] = date
                environment["GIT_COMMITTER_DATE"] = date
            }
            try GitRunner(folder: top.path).run(arguments, environment: environment)
        }

        func write(_ path: String, _ text: String) throws {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func commit(_ message: String, date: String) throws {
            try git(["add", "-A"])
            try git(["commit", "-q", "-m", message], date: date)
        }
    }

    static func makeRepository() throws -> Repository {
        // Spaces, quotes and shell syntax in the path: git is run with an argument list, never a shell.
        let top = try AuditSample.temporaryFolder().appendingPathComponent("our site 'content' $(echo x); & co")
        try FileManager.default.createDirectory(at: top, withIntermediateDirectories: true)
        let repository = Repository(top: top)
        try repository.git(["init", "-q", "-b", "main"])
        // Q1: the site states reply-time only.
        try repository.write("stated.txt", "customer reply-time\n")
        try repository.commit("first site", date: "2026-01-15T10:00:00Z")
        try repository.write("stated.txt", "customer reply-time\ncustomer free-returns\n")
        try repository.commit("returns page", date: "2026-03-20T10:00:00Z")
        // Q2: the playbook states both.
        try repository.write("stated.txt", "customer reply-time\ncustomer free-returns\nemployee reply-time\nemployee free-returns\n")
        try repository.commit("playbook", date: "2026-05-02T10:00:00Z")
        // Q3: the plan states reply-time and the site prices.
        try repository.write("stated.txt", "customer reply-time\ncustomer free-returns\ncustomer price-match\nemployee reply-time\nemployee free-returns\nmanagement reply-time\n")
        try repository.commit("plan", date: "2026-08-11T10:00:00Z")
        return repository
    }

    /// Stands in for the engine: reads `stated.txt` of the extracted tree into facts.
    static func audit(of tree: BackfillTree) throws -> AuditInput? {
        let url = URL(fileURLWithPath: tree.root).appendingPathComponent("stated.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let facts = text.split(separator: "\n").compactMap { line -> DocumentFacts? in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 2, let channel = Channel(rawValue: parts[0]) else { return nil }
            return AuditSample.facts("\(channel.rawValue).md", channel, stated: [parts[1]])
        }
        return AuditInput(expectation: AuditSample.expectation, findings: [], facts: facts,
                          documents: facts.map { ($0.file, $0.channel) })
    }

    @Test func oneRunPerQuarterFromGitHistory() async throws {
        let repository = try Self.makeRepository()
        defer { try? FileManager.default.removeItem(at: repository.top.deletingLastPathComponent()) }
        // Uncommitted work in the user's tree must survive untouched.
        try repository.write("stated.txt", "work in progress\n")
        try repository.write("draft.md", "not committed\n")
        let statusBefore = try GitRunner(folder: repository.top.path).run(["status", "--porcelain"])
        let headBefore = GitRunner(folder: repository.top.path).head()

        let elsewhere = try AuditSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let history = try AuditHistory(path: elsewhere.appendingPathComponent("history.sqlite").path)
        let now = ISO8601DateFormatter().date(from: "2026-11-23T09:00:00Z")!
        let backfill = Backfill(folder: repository.content.path)
        let outcomes = try await backfill.run(last: 4, now: now, history: history) { tree in try Self.audit(of: tree) }

        let log = try GitRunner(folder: repository.top.path).run(["log", "--format=%H %s"]).split(separator: "\n")
        func sha(_ subject: String) -> String { String(log.first { $0.hasSuffix(" " + subject) }?.prefix(40) ?? "") }
        #expect(outcomes == [
            .noCommit(Quarter("2025Q4")!),
            .recorded(Quarter("2026Q1")!, commit: sha("returns page")),
            .recorded(Quarter("2026Q2")!, commit: sha("playbook")),
            .recorded(Quarter("2026Q3")!, commit: sha("plan")),
        ])
        let runs = try history.lastAuditPerQuarter()
        #expect(runs.map(\.quarter.description) == ["2026Q1", "2026Q2", "2026Q3"])
        #expect(try history.runCount() == 3)
        // By hand: Q1 cells reply-time c✓ e∅ m∅, free-returns c✓ e∅, price-match c∅ → 2 of 6 → 33.
        // Q2: 4 of 6 → 67. Q3: 6 of 6 → 100.
        #expect(runs.map { $0.overall.score ?? -1 } == [33, 67, 100])
        #expect(runs.map(\.commit) == [sha("returns page"), sha("playbook"), sha("plan")])
        #expect(runs[0].asOf == ISO8601DateFormatter().date(from: "2026-03-20T10:00:00Z"))

        // The user's files, index and HEAD are as they were.
        #expect(try GitRunner(folder: repository.top.path).run(["status", "--porcelain"]) == statusBefore)
        #expect(GitRunner(folder: repository.top.path).head() == headBefore)
        #expect(try String(contentsOf: repository.content.appendingPathComponent("stated.txt"), encoding: .utf8) == "work in progress\n")

        // Backfilling again records nothing new.
        let again = try await backfill.run(last: 4, now: now, history: history) { tree in try Self.audit(of: tree) }
        #expect(again.filter { if case .recorded = $0 { true } else { false } }.isEmpty)
        #expect(try history.runCount() == 3)
        #expect(try history.integrityCheck() == "ok")
    }

    @Test func aTreeWithoutAnAuditIsSkipped() async throws {
        let repository = try Self.makeRepository()
        defer { try? FileManager.default.removeItem(at: repository.top.deletingLastPathComponent()) }
        let history = try AuditHistory(path: repository.top.appendingPathComponent("h.sqlite").path)
        let now = ISO8601DateFormatter().date(from: "2026-07-01T00:00:00Z")!
        let outcomes = try await Backfill(folder: repository.content.path).run(last: 2, now: now, history: history) { tree in
            tree.quarter.description == "2026Q1" ? nil : try Self.audit(of: tree)
        }
        #expect(outcomes.count == 2)
        if case .skipped(let quarter, _) = outcomes[0] { #expect(quarter.description == "2026Q1") } else { Issue.record("2026Q1 not skipped: \(outcomes)") }
        #expect(try history.runCount() == 1)
    }

    @Test func outsideARepositoryGitFailsWithAMessage() throws {
        let folder = try AuditSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: GitRunner.Failure.self) { try GitRunner(folder: folder.path).location() }
        #expect(GitRunner(folder: folder.path).head() == nil)
    }
}
