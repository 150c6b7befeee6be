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

    struct Stored: Codable {
        var key: String
        var entries: [String: Entry]
    }

    let file: String
    let key: String
    let entries: [String: Entry]

    static let version = "1"

    /// The cache under `root`, or an empty one when there is none or its key differs.
    static func load(root: String, key: String) -> OutcomeCache {
        let file = root + "/.align/cache/outcomes.json"
        guard isInsideTree(root: root), let data = FileManager.default.contents(atPath: file),
              let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.key == key else {
            return OutcomeCache(file: file, key: key, entries: [:])
        }
        return OutcomeCache(file: file, key: key, entries: stored.entries)
    }

    /// Writes `entries` atomically; a folder that cannot be written is no error (the cache is an
    /// optimisation: the next run just does the work again).
    func save(_ entries: [String: Entry]) {
        let folder = (file as NSString).deletingLastPathComponent
        guard OutcomeCache.isInsideTree(root: ((folder as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let data = try JSONEncoder().encode(Stored(key: key, entries: entries))
            let temporary = folder + "/.outcomes-\(UUID().uuidString).tmp"
            try data.write(to: URL(fileURLWithPath: temporary))
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
