import AlignRules
import AlignText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.align/cache`: what checking each file left behind, keyed by its content, so that a second
/// run re-reads only the files that changed. Everything that could change a result is in the
/// cache's key (align's version and binary, align.yml, expect.yml, every rule pack): when any of
/// them changes, the whole cache is ignored.
///
/// Two files: `index.bin` holds, per file, its size, time, content hash and the small record a
/// run keeps in memory; `findings.bin` holds the findings and complete facts of every file,
/// read one file at a time as the report is written. Both carry one random generation, so a
/// pair torn by a crash between the two renames is ignored, not mixed.
struct OutcomeCache: Sendable {
    struct Entry: Sendable {
        var stat: FileStat
        var contentHash: String
        var record: FileRecord
    }

    /// Where this run writes its new findings file, renamed into place by `save`.
    struct Target: Sendable {
        var spill: Spill
        var path: String
        var generation: String
    }

    let folder: String
    let key: String
    let entries: [String: Entry]
    /// The earlier run's `findings.bin`, which the entries' blobs point into.
    let spill: Spill?

    static let version = "6"

    static func spillHeader(generation: String) -> [UInt8] {
        Array("align findings \(version) \(generation)\n".utf8)
    }

    /// The cache under `root`, or an empty one when there is none, its key differs or it is damaged.
    static func load(root: String, key: String) -> OutcomeCache {
        let folder = root + "/.align/cache"
        let empty = OutcomeCache(folder: folder, key: key, entries: [:], spill: nil)
        guard isInsideTree(root: root), let data = FileManager.default.contents(atPath: folder + "/index.bin") else { return empty }
        var reader = ByteReader([UInt8](data))
        do throws(ByteReader.Malformed) {
            guard try reader.string() == "align index \(version)", try reader.string() == key else { return empty }
            let generation = try reader.string()
            guard let spill = Spill.reading(at: folder + "/findings.bin", header: spillHeader(generation: generation)) else { return empty }
            var entries: [String: Entry] = [:]
            let count = try reader.count()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let stat = FileStat(size: try reader.int(), modified: try reader.double())
                let entry = Entry(stat: stat, contentHash: try reader.string(), record: try reader.value())
                entries[entry.record.path] = entry
            }
            // A findings file cut short is ignored whole; a blob damaged inside it is found by its checksum.
            guard entries.values.allSatisfy({ $0.record.blob.offset + $0.record.blob.length <= spill.size }) else { return empty }
            return OutcomeCache(folder: folder, key: key, entries: entries, spill: spill)
        } catch {
            return empty
        }
    }

    /// A new findings file in the cache folder for this run's blobs; nil when the folder cannot
    /// be written (the run then spills to the temporary folder and keeps no cache).
    func target() -> Target? {
        let root = ((folder as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        guard OutcomeCache.isInsideTree(root: root),
              (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return nil }
        let generation = UUID().uuidString
        let path = folder + "/.findings-\(generation).tmp"
        guard let spill = Spill.creating(at: path, header: OutcomeCache.spillHeader(generation: generation)) else { return nil }
        return Target(spill: spill, path: path, generation: generation)
    }

    /// Writes the index of `entries` and renames the target's findings file into place. Blobs
    /// still in the earlier findings file are copied over first, so `entries` come back pointing
    /// at the new file. A failure leaves the old cache (the next run just does the work again).
    func save(_ entries: inout [Entry], into target: Target) -> Bool {
        for index in entries.indices {
            let blob = entries[index].record.blob
            guard blob.store != .fresh else { continue }
            guard let bytes = OutcomeCache.bytes(of: blob, fresh: target.spill, cached: spill),
                  let offset = target.spill.append(bytes) else { return false }
            entries[index].record.blob = StoredBlob(store: .fresh, offset: offset, length: bytes.count, checksum: blob.checksum)
        }
        var writer = ByteWriter()
        writer.string("align index \(OutcomeCache.version)")
        writer.string(key)
        writer.string(target.generation)
        writer.list(entries) { writer, entry in
            writer.int(entry.stat.size)
            writer.double(entry.stat.modified)
            writer.string(entry.contentHash)
            writer.value(entry.record)
        }
        let index = folder + "/.index-\(target.generation).tmp"
        guard FileManager.default.createFile(atPath: index, contents: Data(writer.bytes)),
              rename(target.path, folder + "/findings.bin") == 0 else {
            discard(target)
            try? FileManager.default.removeItem(atPath: index)
            return false
        }
        guard rename(index, folder + "/index.bin") == 0 else {
            try? FileManager.default.removeItem(atPath: index)
            return false
        }
        // The JSON cache of align before 0.1.0's binary one.
        try? FileManager.default.removeItem(atPath: folder + "/outcomes.jsonl")
        return true
    }

    func discard(_ target: Target) {
        unlink(target.path)
    }

    /// A blob's bytes, wherever it is.
    static func bytes(of blob: StoredBlob, fresh: Spill, cached: Spill?, shards: [Spill] = []) -> [UInt8]? {
        switch blob.store {
        case .shard(let number): shards.indices.contains(number) ? shards[number].read(offset: blob.offset, length: blob.length) : nil
        case .fresh: fresh.read(offset: blob.offset, length: blob.length)
        case .cached: cached?.read(offset: blob.offset, length: blob.length)
        case .memory: blob.bytes
        }
    }

    /// False when `.align` or `.align/cache` is a link out of the checked tree: the tree is
    /// untrusted content, and a committed link must not make align read or write elsewhere.
    static func isInsideTree(root: String) -> Bool {
        guard let realRoot = Discovery.realPath(root) else { return false }
        for path in [root + "/.align", root + "/.align/cache"] {
            // attributesOfItem does not follow a link: a dangling one is there too.
            guard (try? FileManager.default.attributesOfItem(atPath: path)) != nil else { return true }   // created inside
            guard let real = Discovery.realPath(path), real.hasPrefix(realRoot + "/") else { return false }
        }
        return true
    }

    /// The cache key of a run: a hash over every input that shapes a result.
    static func key(configuration: String, expectation: String, packs: [String]) -> String {
        var parts = [version, AlignVersion.current, executableIdentity()]
        for path in [configuration, expectation] + packs {
            parts.append(path)
            parts.append(FileManager.default.contents(atPath: path).map { Fingerprint.hex(bytes: $0) } ?? "-")
        }
        return Fingerprint.hex(parts.joined(separator: "\u{1F}"))
    }

    /// A development build keeps its version number; its binary's size and time tell builds apart.
    static func executableIdentity() -> String {
        guard let path = Discovery.realPath("/proc/self/exe") ?? Discovery.realPath(CommandLine.arguments[0]),
              let stat = FileStat(path: path) else { return "unknown" }
        return "\(stat.size)-\(stat.modified)"
    }
}
