import AlignModel
import Foundation
import GRDB

/// The audit history: one SQLite database (`.align/history.sqlite` by default) holding every
/// recorded run. WAL mode and a busy timeout let two runs that record at the same moment both
/// land; the schema grows only through numbered migrations.
public struct AuditHistory: Sendable {
    public let path: String
    private let pool: DatabasePool

    /// How long a writer waits for another one before giving up.
    public static let busyTimeout: TimeInterval = 15

    /// Opens (creating the file and its folder when needed) and migrates the database.
    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(AuditHistory.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "align.history"
        let pool = try AuditHistory.retrying { try DatabasePool(path: path, configuration: configuration) }
        try AuditHistory.retrying { try AuditHistory.migrator.migrate(pool) }
        self.pool = pool
    }

    /// Two processes opening a new database at once race where the busy timeout does not reach:
    /// switching a new file to WAL fails at once with "database is locked" for the one that is
    /// second, and both may try the first migration, the loser failing on a table the winner just
    /// made. Tried again a moment later, each finds the file in WAL mode and nothing left to do.
    private static func retrying<T>(_ step: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try step()
            } catch {
                attempt += 1
                if attempt >= 5 { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs, channel scores and cells") { db in
            try db.create(table: "run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("recordedAt", .datetime).notNull()
                table.column("asOf", .datetime).notNull()
                table.column("quarter", .text).notNull()
                table.column("gitCommit", .text)
                table.column("source", .text).notNull()
                table.column("overallScore", .integer).notNull()
                table.column("verdict", .text).notNull()
                table.column("documents", .integer).notNull()
                table.column("conflicts", .integer).notNull()
                table.column("terminology", .integer).notNull()
                table.column("avoidPhrase", .integer).notNull()
                table.column("greeting", .integer).notNull()
                table.column("parity", .integer).notNull()
                // The whole audit as JSON, so `--quarter` can show a past run in full.
                table.column("audit", .text).notNull()
            }
            try db.create(table: "channelScore") { table in
                table.belongsTo("run", onDelete: .cascade).notNull()
                table.column("channel", .text).notNull()
                table.column("score", .integer)
                table.primaryKey(["runId", "channel"])
            }
            try db.create(table: "cell") { table in
                table.belongsTo("run", onDelete: .cascade).notNull()
                table.column("promise", .text).notNull()
                table.column("channel", .text).notNull()
                table.column("state", .text).notNull()
                table.primaryKey(["runId", "promise", "channel"])
            }
        }
        migrator.registerMigration("v2: index runs by quarter") { db in
            try db.create(index: "run_quarter_asOf", on: "run", columns: ["quarter", "asOf"])
        }
        return migrator
    }

    /// How a run came to be recorded.
    public enum Source: String, Sendable {
        case run
        case backfill
    }

    /// Stores one audit with its scores and cells; returns the run's id.
    @discardableResult
    public func record(_ audit: Audit, source: Source = .run, at time: Date = Date()) throws -> Int64 {
        let json = try JSONAuditRenderer.encodeAudit(audit)
        return try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO run (recordedAt, asOf, quarter, gitCommit, source, overallScore, verdict, documents,
                                     conflicts, terminology, avoidPhrase, greeting, parity, audit)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    time, audit.asOf, audit.quarter.description, audit.commit, source.rawValue,
                    audit.overall.score ?? 0, audit.verdict, audit.documents, audit.conflicts.count,
                    audit.overall.wording.terminology, audit.overall.wording.avoidPhrase,
                    audit.overall.wording.greeting, audit.overall.wording.parity, json,
                ])
            let id = db.lastInsertedRowID
            for channel in audit.channels {
                try db.execute(sql: "INSERT INTO channelScore (runId, channel, score) VALUES (?, ?, ?)",
                               arguments: [id, channel.channel.rawValue, channel.score.score])
            }
            for cell in audit.promises.flatMap(\.cells) {
                try db.execute(sql: "INSERT INTO cell (runId, promise, channel, state) VALUES (?, ?, ?, ?)",
                               arguments: [id, cell.promise, cell.channel.rawValue, cell.state.rawValue])
            }
            return id
        }
    }

    /// The last recorded run of `quarter` (latest `asOf`, then latest written), if any.
    public func lastAudit(in quarter: Quarter) throws -> Audit? {
        let json = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT audit FROM run WHERE quarter = ? ORDER BY asOf DESC, id DESC LIMIT 1",
                                arguments: [quarter.description])
        }
        return try json.map(JSONAuditRenderer.decodeAudit)
    }

    /// The last recorded run of every quarter, oldest quarter first.
    public func lastAuditPerQuarter() throws -> [Audit] {
        let quarters = try pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT quarter FROM run ORDER BY quarter")
        }
        return try quarters.compactMap(Quarter.init).compactMap(lastAudit(in:))
    }

    /// Whether `commit` was already recorded for `quarter` (a backfill run twice adds nothing).
    public func hasRun(quarter: Quarter, commit: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE quarter = ? AND gitCommit = ?)",
                              arguments: [quarter.description, commit]) ?? false
        }
    }

    public func runCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM run") ?? 0 }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// The state stored for one cell of one run, to check what was written.
    public func cellStates(run id: Int64) throws -> [String: String] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT promise, channel, state FROM cell WHERE runId = ?", arguments: [id])
            return Dictionary(uniqueKeysWithValues: rows.map { row -> (String, String) in
                let promise: String = row["promise"]
                let channel: String = row["channel"]
                return ("\(promise)/\(channel)", row["state"])
            })
        }
    }

    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
