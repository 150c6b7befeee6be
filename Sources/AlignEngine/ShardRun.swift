import AlignConfig
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Engine {
    /// Checks the documents of shard `spec` and writes their records and blobs to `path` for
    /// `align merge`. Returns how many files the shard holds.
    public func runShard(_ spec: ShardSpec, to path: String, jobs: Int) async throws(ShardError) -> Int {
        var (files, _) = discovery().files(under: [])
        PastEditions.mark(&files)
        let mine = files.indices.filter { spec.contains(files[$0].relativePath) }
        // Written beside its place and renamed into it: a runner killed midway leaves no shard.
        let temporary = path + ".\(UUID().uuidString).tmp"
        guard let spill = Spill.creating(at: temporary, header: ShardFile.magic) else {
            throw ShardError(path: path, problem: "cannot be written (is its folder there and writable?)")
        }
        let pass = FilePass(check: fileCheck(keepsAllFacts: true), cache: nil, spill: spill, reduce: rules, spillsFacts: true)
        let checked = await Engine.checkAll(mine.map { files[$0] }, pass: pass, jobs: max(1, jobs), progress: nil)
        let entries = zip(mine, checked).map { ShardFile.Entry(order: $0, record: $1.record) }
        let header = ShardFile.Header(alignVersion: AlignVersion.current, key: shardKey, spec: spec, totalFiles: files.count)
        guard !entries.contains(where: { $0.record.blob.store != .fresh }),
              ShardFile.writeIndex(header, entries: entries, to: spill),
              rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ShardError(path: path, problem: "cannot be written (is the disk full?)")
        }
        return entries.count
    }

    /// The report of the whole tree from the shard files of one sharded run: the rules across
    /// documents run here, on the records the shards kept; findings stay in the shard files
    /// until they are reported. `keepAllFacts` reads every claim back whole, for the audit.
    public func merge(shards paths: [String], keepAllFacts: Bool = false) throws(ShardError) -> RunResult {
        var opened: [ShardFile.Opened] = []
        for (number, path) in paths.enumerated() { opened.append(try ShardFile.open(path, store: number)) }
        try ShardFile.checkComplete(opened, alignVersion: AlignVersion.current, key: shardKey)
        var entries = opened.flatMap(\.entries)
        entries.sort { $0.order < $1.order }
        var records = entries.map(\.record)
        let stores = FindingStores(fresh: Spill.anonymous(), cached: nil, shards: opened.map(\.spill), recheck: fileCheck(keepsAllFacts: true))
        if keepAllFacts {
            for index in records.indices { records[index].facts = stores.facts(of: records[index], root: configuration.root) }
        }
        var result = finish(records, stores: stores, outside: [], scope: nil)
        result.filesRead = records.count
        return result
    }

    /// What must be equal for shards to belong to one run: align's version and binary and the
    /// contents of align.yml, expect.yml and every rule pack. Contents, not paths: each runner
    /// checks the repository out at a folder of its own.
    var shardKey: String {
        var parts = [ShardFile.version, AlignVersion.current, OutcomeCache.executableIdentity()]
        for path in [FilePaths.absolute(configuration.file), configuration.expectPath] + configuration.packs.filter({ !$0.isBuiltin }).map(\.name) {
            parts.append(FileManager.default.contents(atPath: path).map { Fingerprint.hex(bytes: $0) } ?? "-")
        }
        return Fingerprint.hex(parts.joined(separator: "\u{1F}"))
    }
}

extension ShardFile {
    /// Refuses shards of another run, a shard given twice, and a set with a shard missing.
    static func checkComplete(_ opened: [Opened], alignVersion: String, key: String) throws(ShardError) {
        guard let first = opened.first else { throw ShardError("no shard file given") }
        var seen: [Int: String] = [:]
        for shard in opened {
            let header = shard.header
            if header.alignVersion != alignVersion {
                throw ShardError(path: shard.path, problem: "was written by align \(header.alignVersion); this is align \(alignVersion): write every shard with one align")
            }
            if header.key != key {
                throw ShardError(path: shard.path, problem: "was written with another align.yml, expect.yml, rule pack or align binary than this merge")
            }
            if header.spec.count != first.header.spec.count {
                throw ShardError(path: shard.path, problem: "is shard \(header.spec.index)/\(header.spec.count), but \(first.path) is one of \(first.header.spec.count)")
            }
            if header.totalFiles != first.header.totalFiles {
                throw ShardError(path: shard.path, problem: "was written from a tree of \(header.totalFiles) files, \(first.path) from one of \(first.header.totalFiles): shards of another commit?")
            }
            if let other = seen[header.spec.index] {
                throw ShardError(path: shard.path, problem: "is shard \(header.spec.index)/\(header.spec.count) again (so is \(other))")
            }
            seen[header.spec.index] = shard.path
        }
        let count = first.header.spec.count
        let missing = (1...count).filter { seen[$0] == nil }
        if !missing.isEmpty {
            throw ShardError("shard \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing: none of the files given holds it; merge needs all \(count) shards")
        }
        let held = opened.reduce(0) { $0 + $1.entries.count }
        if held != first.header.totalFiles {
            throw ShardError("the shards hold \(held) files, but their tree had \(first.header.totalFiles)")
        }
    }
}
