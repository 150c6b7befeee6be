import Foundation
import Testing
@testable import AlignAudit
@testable import AlignTestSupport

/// The audit of the sample company, through the real binary, against numbers worked out by hand
/// from corpus/PLANTED.md and the formula in docs/audit.md.
@Suite struct AuditCorpusTests {
    struct Score: Decodable {
        struct Cells: Decodable, Equatable {
            var consistent: Int
            var hedged: Int
            var conflicting: Int
            var missing: Int
        }
        var base: Double
        var cells: Cells
        var deduction: Int
        var score: Int
    }

    struct Channel: Decodable {
        var channel: String
        var score: Score
    }

    struct Audit: Decodable {
        var overall: Score
        var channels: [Channel]
    }

    struct Output: Decodable {
        var audit: Audit
    }

    @Test func scoresMatchTheHandComputedValues() throws {
        let outcome = try AlignCLI.run(["audit", "--format", "json", "--no-cache"], in: AlignCLI.corpus)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let audit = try JSONDecoder().decode(Output.self, from: Data(outcome.stdout.utf8)).audit
        let byChannel = Dictionary(uniqueKeysWithValues: audit.channels.map { ($0.channel, $0.score) })

        // customer, 8 required promises: conflicting reply-time (contact.html, 48 hours; the
        // MDX help page, 12 hours), free-returns (faq.md, 30 days), free-shipping (landing page,
        // $50; the YAML banner, $60), refund-time (return-received.eml), store-pickup (drift in
        // the mbox), dispatch-time (stores.md, 2 business days); hedged price-match
        // (price-match.html) and repair-turnaround (we-miss-you.eml).
        // Base 100 × (0 + 2 × 0.5) / 8 = 12.5; wording: 2 terminology + 2 avoid-phrase +
        // 3 impersonal greetings (one in an HTML email template) + 1 parity gap = 8 points off,
        // 4.5, rounded half up.
        let customer = try #require(byChannel["customer"])
        #expect(customer.cells == .init(consistent: 0, hedged: 2, conflicting: 6, missing: 0))
        #expect(customer.base == 12.5)
        #expect(customer.deduction == 8)
        #expect(customer.score == 5)

        // employee, 4: reply-time stated (its "usually" is not flagged there), free-returns
        // (45 days; 30 in the retired macro), refund-time (7-10 business days; 7 in a macro),
        // price-match (30 days) conflicting. 100 × 1 / 4 = 25, minus 2 terminology findings
        // and the retired macro's avoid-phrase.
        let employee = try #require(byChannel["employee"])
        #expect(employee.cells == .init(consistent: 1, hedged: 0, conflicting: 3, missing: 0))
        #expect(employee.score == 22)

        // management, 2: reply-time conflicting (48 and 72 hours), price-match missing.
        let management = try #require(byChannel["management"])
        #expect(management.cells == .init(consistent: 0, hedged: 0, conflicting: 1, missing: 1))
        #expect(management.score == 0)

        // Overall, 14 cells: 100 × (1 + 2 × 0.5) / 14 = 14.29, minus 10 (the cap) → 4.
        #expect(audit.overall.cells == .init(consistent: 1, hedged: 2, conflicting: 10, missing: 1))
        #expect(abs(audit.overall.base - 200.0 / 14.0) < 1e-9)
        #expect(audit.overall.deduction == 10)
        #expect(audit.overall.score == 4)
    }

    @Test func htmlReportOfTheCorpusIsSelfContainedAndEscaped() throws {
        let outcome = try AlignCLI.run(["audit", "--no-cache"], in: AlignCLI.corpus)
        #expect(outcome.status == 0)
        let html = outcome.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>") || html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        // The organisation's ampersand, from expect.yml, is escaped once.
        #expect(html.contains("Harbor &amp; Pine Outfitters"))
    }

    /// A conflict in a table quotes the row and column the value sits under, not the bare cell;
    /// a conflict in prose quotes its sentence.
    @Test func conflictsQuoteTheRowOrSentenceThatHoldsTheValue() throws {
        struct Side: Decodable { var file: String; var line: Int; var quote: String }
        struct Conflict: Decodable { var claim: Side }
        struct Audit: Decodable { var conflicts: [Conflict] }
        struct Output: Decodable { var audit: Audit }
        let outcome = try AlignCLI.run(["audit", "--format", "json", "--no-cache"], in: AlignCLI.corpus)
        let sides = try JSONDecoder().decode(Output.self, from: Data(outcome.stdout.utf8)).audit.conflicts.map(\.claim)
        let quotes = Dictionary(sides.map { ("\($0.file):\($0.line)", $0.quote) }, uniquingKeysWith: { first, _ in first })
        #expect(quotes["plans/support-staffing-2027.md:33"] == "Phone, Refund sent: 8 business days")
        #expect(quotes["site/returns.html:33"] == "GPS units and headlamps, Return window: Free returns within 30 days, unopened")
        #expect(quotes["playbooks/macros.md:11"] == "The refund reaches your card within 7 business days, and we will email you the moment it is sent.")
    }

    /// `--record` killed at any moment leaves a database that passes SQLite's integrity check and
    /// keeps every run that finished.
    @Test func historySurvivesARecorderKilledMidWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("history.sqlite").path
        let finished = try AlignCLI.run(["audit", "--record", "--history", database, "--format", "json", "--no-cache"], in: AlignCLI.corpus)
        #expect(finished.status == 0, "\(finished.stderr)")
        for delay in [30_000, 80_000, 150_000, 250_000, 400_000] as [useconds_t] {
            let process = Process()
            process.executableURL = AlignCLI.binary
            process.arguments = ["audit", "--record", "--history", database, "--format", "json", "--output", "/dev/null", "--no-cache"]
            process.currentDirectoryURL = AlignCLI.corpus
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let history = try AuditHistory(path: database)
        #expect(try history.integrityCheck() == "ok")
        #expect(try history.runCount() >= 1)
    }
}
