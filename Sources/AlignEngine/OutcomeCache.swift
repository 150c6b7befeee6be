import AlignRules
import AlignText
import Foundation

/// `.align/cache`: what checking each file left behind, keyed by its content, so that a second
/// run re-reads only the files that changed. Everything that could change a result is in the
/// cache's key (align's version and binary, align.yml, expect.yml, every rule pack): when any of
/// them changes, the whole cache is ignored.
struct OutcomeCache: Sendable {
    struct Entry: Sendable, Codable {
        var size: Int
        var modified: Double
        var contentHash: String
        var outcome: FileOutcome
    }

    /// One line of the cache file: a file's path and its entry. The first line holds the key.
    struct Line: Codable {
        var path: String
        var entry: Entry
    }

    let file: String
    let key: String
    let entries: [String: Entry]

    static let version = "3"

    /// The cache under `root`, or an empty one when there is none or its key differs.
    /// One JSON document per line, so that lines are decoded in parallel and written one at a
    /// time, never as one tree of every outcome.
    static func load(root: String, key: String) -> OutcomeCache {
        let file = root + "/.align/cache/outcomes.jsonl"
        let empty = OutcomeCache(file: file, key: key, entries: [:])
        guard isInsideTree(root: root), let data = FileManager.default.contents(atPath: file) else { return empty }
        let bytes = [UInt8](data)
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if index > start { lines.append(start..<index) }
            start = index + 1
        }
        guard let first = lines.first, String(decoding: bytes[first], as: UTF8.self) == key else { return empty }
        let body = Array(lines.dropFirst())
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, body.count / 256 + 1))
        let decoded = DecodedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let decoder = JSONDecoder()
            var mine: [Line] = []
            for index in stride(from: chunk, to: body.count, by: chunks) {
                guard let line = try? decoder.decode(Line.self, from: Data(bytes[body[index]])) else {
                    decoded.fail()
                    return
                }
                mine.append(line)
            }
            decoded.store(mine, at: chunk)
        }
        guard let all = decoded.lines else { return empty }
        return OutcomeCache(file: file, key: key, entries: Dictionary(all.map { ($0.path, $0.entry) }, uniquingKeysWith: { _, last in last }))
    }

    /// Writes `entries` atomically; a folder that cannot be written is no error (the cache is an
    /// optimisation: the next run just does the work again).
    func save(_ entries: [String: Entry]) {
        let folder = (file as NSString).deletingLastPathComponent
        guard OutcomeCache.isInsideTree(root: ((folder as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = folder + "/.outcomes-\(UUID().uuidString).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporary) else { return }
            defer { try? handle.close() }
            let encoder = JSONEncoder()
            try handle.write(contentsOf: Data((key + "\n").utf8))
            for path in entries.keys.sorted() {
                guard let entry = entries[path] else { continue }
                var line = try encoder.encode(Line(path: path, entry: entry))
                line.append(0x0A)
                try handle.write(contentsOf: line)
            }
            if rename(temporary, file) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
        } catch {
            return
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

    /// What a file's size and modification time say about it, without reading it.
    static func stat(_ path: String) -> (size: Int, modified: Double)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date else { return nil }
        return (size, date.timeIntervalSince1970)
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
              let stat = stat(path) else { return "unknown" }
        return "\(stat.size)-\(stat.modified)"
    }
}

/// The lines each decoding worker read, gathered under a lock.
final class DecodedChunks: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[OutcomeCache.Line]?]
    private var failed = false

    init(count: Int) {
        chunks = Array(repeating: nil, count: count)
    }

    func store(_ lines: [OutcomeCache.Line], at index: Int) {
        lock.lock()
        chunks[index] = lines
        lock.unlock()
    }

    func fail() {
        lock.lock()
        failed = true
        lock.unlock()
    }

    /// Every line, or nil when any line could not be read (the cache is then ignored whole).
    var lines: [OutcomeCache.Line]? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed else { return nil }
        var all: [OutcomeCache.Line] = []
        for chunk in chunks {
            guard let chunk else { return nil }
            all.append(contentsOf: chunk)
        }
        return all
    }
}
