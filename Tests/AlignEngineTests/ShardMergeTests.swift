import Foundation
import Testing
@testable import AlignTestSupport

/// `align check --shard I/N --save-shard F` on every shard, then `align merge`, must write what
/// one unsharded `align check` writes, byte for byte; and a bad set of shards is refused by name.
@Suite("Shards and merge")
struct ShardMergeTests {
    static let formats = ["text", "json", "sarif", "junit", "github"]

    /// Writes shards 1..count of the tree at `root` into `folder`; returns their paths.
    static func shard(_ root: URL, into folder: URL, count: Int) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try (1...count).map { index in
            let path = folder.appendingPathComponent("\(index).alignshard").path
            let run = try AlignCLI.run(["check", "--quiet", "--shard", "\(index)/\(count)", "--save-shard", path], in: root)
            #expect(run.status == 0, "\(run.stderr)")
            return path
        }
    }

    /// The audit says when it was made; the rest must be equal.
    static func withoutTime(_ json: String) -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("\"asOf\" : ") }.joined(separator: "\n")
    }

    /// Every report format and the audit, unsharded and merged from 1, 3 and 7 shards.
    static func expectSameAsUnsharded(_ root: URL, extra: [String] = []) throws {
        var unsharded: [String: AlignCLI.Outcome] = [:]
        for format in formats {
            unsharded[format] = try AlignCLI.run(["check", "--quiet", "--no-cache", "--format", format] + extra, in: root)
        }
        let audit = try AlignCLI.run(["audit", "--quiet", "--no-cache", "--format", "json"], in: root)
        #expect(audit.status == 0, "\(audit.stderr)")
        let shards = FileManager.default.temporaryDirectory.appendingPathComponent("align-shards-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: shards) }
        for count in [1, 3, 7] {
            let files = try shard(root, into: shards.appendingPathComponent("\(count)"), count: count)
            for format in formats {
                let merged = try AlignCLI.run(["merge", "--quiet", "--format", format] + extra + files, in: root)
                #expect(merged.stdout == unsharded[format]?.stdout, "\(format) merged from \(count) shards differs")
                #expect(merged.status == unsharded[format]?.status, "\(format) from \(count) shards: \(merged.stderr)")
            }
            let fromShards = try AlignCLI.run(["audit", "--quiet", "--format", "json", "--from-shards"] + files, in: root)
            #expect(withoutTime(fromShards.stdout) == withoutTime(audit.stdout), "audit from \(count) shards differs: \(fromShards.stderr)")
        }
    }

    @Test("corpus/: merged outputs and audit equal the unsharded run's, also with --fail-on and a baseline")
    func corpusMergesByteForByte() throws {
        let root = try AlignCLI.corpusCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.expectSameAsUnsharded(root)
        let baseline = root.appendingPathComponent("baseline.json").path
        let written = try AlignCLI.run(["baseline", "--output", baseline], in: root)
        #expect(written.status == 0, "\(written.stderr)")
        try Self.expectSameAsUnsharded(root, extra: ["--fail-on", "info", "--baseline", baseline])
    }

    @Test("a generated corpus of 2,000 documents: merged outputs and audit equal the unsharded run's")
    func generatedCorpusMergesByteForByte() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("align-generated-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", AlignCLI.packageRoot.appendingPathComponent("bench/generate_corpus.py").path,
                             "--documents", "2000", "--seed", "11", "--out", root.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        try Self.expectSameAsUnsharded(root)
    }

    /// A failed merge: exit 2, no report on standard output, and the message names `name`.
    static func expectRefused(_ files: [String], naming name: String, in root: URL, saying words: String) throws {
        for command in [["merge"], ["audit", "--format", "json", "--from-shards"]] {
            let run = try AlignCLI.run(command + files, in: root)
            #expect(run.status == 2, "\(command) \(files): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(name) && run.stderr.contains(words), "\(run.stderr)")
        }
    }

    @Test("a missing, repeated, damaged, cut or mismatched shard is refused with its name")
    func badShardsAreRefused() throws {
        let root = try AlignCLI.corpusCopy()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-bad-shards-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: folder)
        }
        let three = try Self.shard(root, into: folder.appendingPathComponent("three"), count: 3)
        let two = try Self.shard(root, into: folder.appendingPathComponent("two"), count: 2)

        try Self.expectRefused([three[0], three[2]], naming: "shard 2/3", in: root, saying: "missing")
        try Self.expectRefused([three[0], three[1], three[1], three[2]], naming: three[1], in: root, saying: "again")
        try Self.expectRefused([three[0], three[1], two[1]], naming: two[1], in: root, saying: "one of 3")

        let bytes = try Data(contentsOf: URL(fileURLWithPath: three[1]))
        let damaged = folder.appendingPathComponent("damaged.alignshard").path
        var flipped = bytes
        flipped[flipped.count / 2] ^= 0x20
        try flipped.write(to: URL(fileURLWithPath: damaged))
        try Self.expectRefused([three[0], damaged, three[2]], naming: damaged, in: root, saying: "checksum")
        let cut = folder.appendingPathComponent("cut.alignshard").path
        try bytes.prefix(bytes.count - 40).write(to: URL(fileURLWithPath: cut))
        try Self.expectRefused([three[0], cut, three[2]], naming: cut, in: root, saying: "cut short")
        let empty = folder.appendingPathComponent("empty.alignshard").path
        try Data().write(to: URL(fileURLWithPath: empty))
        try Self.expectRefused([three[0], empty, three[2]], naming: empty, in: root, saying: "cut short")

        // Another align.yml than the shards were written with: the merge would judge with other rules.
        let config = root.appendingPathComponent("align.yml")
        try (String(contentsOf: config, encoding: .utf8) + "\n# changed after the shards\n").write(to: config, atomically: true, encoding: .utf8)
        try Self.expectRefused(three, naming: three[0], in: root, saying: "another align.yml")
    }

    @Test("--shard takes I/N with 1 <= I <= N, and goes with --save-shard")
    func shardFlagIsChecked() throws {
        for value in ["0/3", "4/3", "3", "a/b", "1/0"] {
            let run = try AlignCLI.run(["check", "--shard", value, "--save-shard", "/tmp/unused.alignshard"], in: AlignCLI.corpus)
            #expect(run.status == 2, "--shard \(value)")
        }
        let alone = try AlignCLI.run(["check", "--shard", "1/2"], in: AlignCLI.corpus)
        #expect(alone.status == 2 && alone.stderr.contains("--save-shard"))
    }
}
