import AlignAudit
import AlignModel
import Foundation
import Testing
@testable import AlignTestSupport

@Suite struct AuditHistoryTests {
    func audit(_ quarter: String, day: Int, conflicts: Bool = true) -> Audit {
        var input = AuditSample.input
        if !conflicts { input.findings.removeAll { $0.rule == "claim-conflict" } }
        let q = Quarter(quarter)!
        return Audit.compute(input, quarter: q, asOf: q.start.addingTimeInterval(Double(day) * 86_400), commit: nil)
    }

    @Test func recordsAndReadsBackTheWholeAudit() throws {
        let folder = try AuditSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".align/history.sqlite").path
        let history = try AuditHistory(path: path)
        let id = try history.record(AuditSample.audit)
        #expect(try history.lastAudit(in: Quarter("2026Q3")!) == AuditSample.audit)
        #expect(try history.lastAudit(in: Quarter("2026Q2")!) == nil)
        #expect(try history.journalMode() == "wal")
        #expect(try history.integrityCheck() == "ok")
        let cells = try history.cellStates(run: id)
        #expect(cells.count == 9)
        #expect(cells["reply-time/management"] == "missing")
        #expect(cells["free-returns/employee"] == "conflicting")
        #expect(cells["price-match/customer"] == "hedged")
        #expect(cells["price-match/employee"] == "not-required")
        // Reopening migrates nothing twice and finds the run.
        #expect(try AuditHistory(path: path).runCount() == 1)
    }

    @Test func lastRunOfEachQuarterMakesTheTrend() throws {
        let folder = try AuditSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = try AuditHistory(path: folder.appendingPathComponent("h.sqlite").path)
        try history.record(audit("2026Q1", day: 10))
        try history.record(audit("2026Q2", day: 80, conflicts: false))
        // Recorded later but as of an earlier day: not the quarter's last run.
        try history.record(audit("2026Q2", day: 5))
        try history.record(audit("2026Q3", day: 20))
        let last = try history.lastAuditPerQuarter()
        #expect(last.map(\.quarter.description) == ["2026Q1", "2026Q2", "2026Q3"])
        #expect(last.map { $0.overall.score ?? -1 } == [53, 70, 53])

        // `--quarter 2026Q3`: as of that quarter's last run, compared with 2026Q2's.
        let q3 = try #require(try history.lastAudit(in: Quarter("2026Q3")!))
        let report = AuditReport(audit: q3, history: last, toolVersion: "0.1.0")
        #expect(report.previous?.quarter.description == "2026Q2")
        #expect(report.previous?.overall == 70)
        #expect(report.previous?.overallChange == -17)
        #expect(report.previous?.channelChanges["employee"] == -50)
        #expect(report.trend.map(\.overall) == [53, 70, 53])
        // Asking for 2026Q2 leaves later quarters out of its trend.
        let q2 = try #require(try history.lastAudit(in: Quarter("2026Q2")!))
        #expect(AuditReport(audit: q2, history: last, toolVersion: "0.1.0").trend.map(\.quarter.description) == ["2026Q1", "2026Q2"])
    }

    /// Two recorders, each with its own connection pool (as two `align audit --record` processes
    /// have), open a new database and write at the same time: every run lands.
    @Test func twoConcurrentRecordersBothLand() async throws {
        let folder = try AuditSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".align/history.sqlite").path
        let runsEach = 25
        let audit = AuditSample.audit
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    let history = try AuditHistory(path: path)
                    for _ in 0..<runsEach { try history.record(audit) }
                    return runsEach
                }
            }
            var total = 0
            for try await count in group { total += count }
            #expect(total == 2 * runsEach)
        }
        let history = try AuditHistory(path: path)
        #expect(try history.runCount() == 2 * runsEach)
        #expect(try history.integrityCheck() == "ok")
    }

    /// The same, with two separate processes (python3's sqlite3 holding a write lock while align
    /// records): the busy timeout waits for the other writer instead of failing.
    @Test func waitsForAnotherProcessHoldingTheWriteLock() throws {
        let folder = try AuditSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("history.sqlite").path
        let history = try AuditHistory(path: path)
        try history.record(AuditSample.audit)
        let script = """
            import sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
            db.execute("BEGIN IMMEDIATE")
            db.execute("UPDATE run SET verdict = verdict")
            print("locked", flush=True)
            time.sleep(1.5)
            db.execute("COMMIT")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // Wait until the other process holds the lock, then write.
        let first = output.fileHandleForReading.availableData
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("locked"))
        let started = Date()
        try history.record(AuditSample.audit)
        #expect(Date().timeIntervalSince(started) > 0.5)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try history.runCount() == 2)
        #expect(try history.integrityCheck() == "ok")
    }
}
