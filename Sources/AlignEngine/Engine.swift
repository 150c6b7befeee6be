import AlignConfig
import AlignModel
import AlignReaders
import AlignRules
import AlignText
import Foundation
import Synchronization

/// Runs a check: discovery, a bounded parallel pass over documents, then the rules that look
/// across documents, then suppressions and fingerprints (each rule already reports as configured).
public struct Engine: Sendable {
    public var configuration: Configuration
    public var expectation: Expectation
    public var rules: RuleRegistry

    public init(configuration: Configuration, expectation: Expectation, rules: RuleRegistry) {
        self.configuration = configuration
        self.expectation = expectation
        self.rules = rules
    }

    /// `useCache`: reuse `.align/cache` for files whose content has not changed, and update it.
    /// `keepAllFacts`: keep every claim of every document in `RunResult.facts` (the audit needs
    /// them); otherwise only what the rules across documents read is kept.
    /// `unsaved`: the text of files as an editor or an assistant holds them, by path relative to
    /// the root, read instead of the files on disk (or where they would be, for a draft not saved
    /// yet); the cache is then read but never written, since it must describe the files as they
    /// are. `writesCache: false` never writes it either (a server that only reads).
    public func run(paths: [String], jobs: Int, useCache: Bool = true, keepAllFacts: Bool = false,
                    unsaved: [String: [UInt8]] = [:], writesCache: Bool = true,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) async -> RunResult {
        let discovery = discovery()
        // Promises are kept or broken across the whole company: every document is read (the cache
        // makes that cheap), and PATH arguments only choose whose findings are reported.
        var (files, _) = discovery.files(under: [])
        let drafts = Self.drafts(unsaved, besides: files, root: configuration.root)
        if !drafts.isEmpty { files = (files + drafts).sorted { $0.relativePath < $1.relativePath } }
        PastEditions.mark(&files)
        let onDisk = paths.filter { unsaved[$0] == nil }
        var (requested, outside) = paths.isEmpty ? (files, []) : onDisk.isEmpty ? ([], []) : discovery.files(under: onDisk)
        requested += files.filter { unsaved[$0.relativePath] != nil && paths.contains($0.relativePath) }
        let wholeTree = paths.isEmpty || paths.contains { discovery.isRoot($0) }
        let cache = useCache ? OutcomeCache.load(root: configuration.root, key: cacheKey(partialFacts: keepAllFacts ? nil : rules.partialFacts)) : nil
        let target = unsaved.isEmpty && writesCache ? cache?.target() : nil
        let pass = FilePass(
            check: fileCheck(keepsAllFacts: keepAllFacts),
            cache: cache, spill: target?.spill ?? Spill.anonymous(),
            reduce: keepAllFacts ? nil : rules, spillsFacts: target != nil, unsaved: unsaved)
        let checked = await Engine.checkAll(files, pass: pass, jobs: max(1, jobs), progress: progress)
        var records = checked.map(\.record)
        let stores = FindingStores(fresh: pass.spill, cached: cache?.spill, recheck: pass.check)
        if keepAllFacts {
            // The cache keeps the reduced facts of each file; its blob, the whole.
            for index in records.indices where records[index].blob.store == .cached {
                records[index].facts = stores.facts(of: records[index], root: configuration.root)
            }
        }
        if let cache, let target {
            var entries = checked.compactMap(\.entry)
            if keepAllFacts {
                for index in entries.indices { entries[index].record.facts = entries[index].record.facts.map(rules.reducedForCorpusRules) }
            }
            // Deleted files leave the cache.
            if checked.contains(where: \.changed) || entries.count != cache.entries.count {
                if cache.save(&entries, into: target) {
                    let moved = Dictionary(entries.map { ($0.record.path, $0.record.blob) }, uniquingKeysWith: { first, _ in first })
                    for index in records.indices { if let blob = moved[records[index].path] { records[index].blob = blob } }
                }
            } else {
                cache.discard(target)
            }
        }
        var result = finish(records, stores: stores, outside: outside, scope: wholeTree ? nil : Set(requested.map(\.relativePath)))
        result.filesReused = checked.count { $0.reused }
        result.filesRead = checked.count
        return result
    }

    /// The unsaved files that are not on disk, as files discovery would have found there.
    static func drafts(_ unsaved: [String: [UInt8]], besides files: [DiscoveredFile], root: String) -> [DiscoveredFile] {
        guard !unsaved.isEmpty else { return [] }
        let known = Set(files.map(\.relativePath))
        return unsaved.keys.filter { !known.contains($0) }.map { DiscoveredFile(absolutePath: FilePaths.absolute($0, against: root), relativePath: $0) }
    }

    func discovery() -> Discovery {
        var discovery = Discovery(root: configuration.root, ignore: configuration.ignore, extensions: Set(DocumentReaders.all.flatMap { type(of: $0).extensions }))
        discovery.dataExtensions = Set(JSONDataReader.extensions + YAMLDataReader.extensions)
        discovery.data = configuration.data
        return discovery
    }

    /// `keepsAllFacts`: collect every fact, whichever claim rules are on (the audit reads them).
    func fileCheck(keepsAllFacts: Bool) -> FileCheck {
        FileCheck(
            rules: rules,
            placement: Placement(configuration: configuration),
            readOptions: ReadOptions(
                otherParty: ReadOptions.defaultOtherParty.union(configuration.otherParty.map { $0.lowercased() }),
                codeBlocks: configuration.codeBlocks,
                maxNestingDepth: configuration.limits.maxNestingDepth,
                maxMimeParts: configuration.limits.maxMimeParts),
            limits: configuration.limits, keepsAllFacts: keepsAllFacts)
    }

    /// A run with claim rules off caches only the facts its rules collect: a run that needs
    /// others (the audit) must not reuse those.
    private func cacheKey(partialFacts: [String]?) -> String {
        OutcomeCache.key(configuration: FilePaths.absolute(configuration.file),
                         expectation: configuration.expectPath,
                         packs: configuration.packs.filter { !$0.isBuiltin }.map(\.name))
            + (partialFacts.map { "-facts:" + $0.joined(separator: ",") } ?? "")
    }

    /// What every worker shares: the checker, the cache of the earlier run and this run's spill.
    struct FilePass: Sendable {
        var check: FileCheck
        var cache: OutcomeCache?
        var spill: Spill
        /// Reduces facts to what rules across documents read; nil keeps them whole.
        var reduce: RuleRegistry?
        /// Whether blobs carry the complete facts: only a cache reads them back (for an audit
        /// after a check); a run without one has them in its records or never needs them.
        var spillsFacts: Bool
        /// Files read from these bytes instead of the disk (an editor's unsaved text).
        var unsaved: [String: [UInt8]] = [:]
    }

    /// One file's record, and the cache entry to keep for it.
    struct Checked: Sendable {
        var record: FileRecord
        var entry: OutcomeCache.Entry?
        /// The entry differs from the cache's: the cache must be written.
        var changed: Bool
        /// The file was not read and checked again: its record came from the cache.
        var reused = false
    }

    /// Reuses the cached record when the file's size and time, or else its content, are unchanged.
    static func check(_ file: DiscoveredFile, pass: FilePass, stemmer: Stemmer) -> Checked {
        if let problem = file.problem {
            return Checked(record: spill(pass.check.unreadable(file, problem), pass: pass), entry: nil, changed: true)
        }
        if let bytes = pass.unsaved[file.relativePath] {
            return Checked(record: spill(pass.check.check(file, bytes: bytes, stemmer: stemmer), pass: pass), entry: nil, changed: true)
        }
        let stat = pass.cache == nil ? nil : file.stat ?? FileStat(path: file.absolutePath)
        // A record serves only while its file is still as marked: a new year's page makes last
        // year's a past edition without touching its bytes.
        let cached = pass.cache?.entries[file.relativePath].flatMap { $0.record.isPastEdition == file.isPastEdition ? $0 : nil }
        if let stat, let cached, cached.stat == stat {
            return Checked(record: cached.record, entry: cached, changed: false, reused: true)
        }
        switch pass.check.load(file) {
        case .failure(let problem):
            return Checked(record: spill(pass.check.unreadable(file, problem), pass: pass), entry: nil, changed: true)
        case .success(let bytes):
            let hash = pass.cache == nil ? "" : Fingerprint.hex(bytes: bytes)
            let same = cached.flatMap { $0.contentHash == hash ? $0.record : nil }
            let record = same ?? spill(pass.check.check(file, bytes: bytes, stemmer: stemmer), pass: pass)
            let entry = stat.map { OutcomeCache.Entry(stat: $0, contentHash: hash, record: record) }
            return Checked(record: record, entry: entry, changed: true, reused: same != nil)
        }
    }

    /// Writes an outcome's findings and complete facts to the spill and keeps the rest.
    static func spill(_ outcome: FileOutcome, pass: FilePass) -> FileRecord {
        let bytes = FileBlob.encode(findings: outcome.findings, facts: pass.spillsFacts ? outcome.facts : [])
        let checksum = FileBlob.checksum(bytes)
        let blob = pass.spill.append(bytes).map { StoredBlob(store: .fresh, offset: $0, length: bytes.count, checksum: checksum) }
            ?? StoredBlob(store: .memory, offset: 0, length: bytes.count, checksum: checksum, bytes: bytes)
        let facts = pass.reduce.map { rules in outcome.facts.map(rules.reducedForCorpusRules) } ?? outcome.facts
        return FileRecord(outcome: outcome, facts: facts, blob: blob)
    }

    /// `jobs` workers, each with its own stemmer, take files one at a time from a shared cursor;
    /// records land in file order so the run is deterministic whatever the scheduling.
    static func checkAll(_ files: [DiscoveredFile], pass: FilePass, jobs: Int, progress: (@Sendable (Int, Int) -> Void)?) async -> [Checked] {
        let cursor = SharedCounter()
        let done = SharedCounter()
        return await withTaskGroup(of: [(Int, Checked)].self) { group in
            for _ in 0..<min(jobs, max(files.count, 1)) {
                group.addTask {
                    let stemmer = Stemmer()
                    var mine: [(Int, Checked)] = []
                    while true {
                        let index = cursor.next() - 1
                        guard index < files.count else { break }
                        mine.append((index, Engine.check(files[index], pass: pass, stemmer: stemmer)))
                        if let progress {
                            progress(done.next(), files.count)
                        }
                    }
                    return mine
                }
            }
            var ordered = [Checked?](repeating: nil, count: files.count)
            for await batch in group {
                for (index, checked) in batch { ordered[index] = checked }
            }
            return ordered.compactMap { $0 }
        }
    }

    /// Runs the rules across documents, and decides which chrome findings repeat an earlier
    /// page's; the findings themselves are read back, a file at a time, as they are reported.
    func finish(_ records: [FileRecord], stores: FindingStores, outside: [String], scope: Set<String>?) -> RunResult {
        var facts: [DocumentFacts] = []
        var suppressions: [String: [Suppression]] = [:]
        var documents: [(path: String, channel: Channel)] = []
        var channels: [String: Channel] = [:]
        var unplaced: [String] = []
        var chrome: Set<[UInt64]> = []
        var repeated: [Int: Set<Int>] = [:]
        for (index, record) in records.enumerated() {
            // Site chrome repeats on every page: keep its first finding of each kind only.
            for finding in record.chrome where !chrome.insert(finding.key).inserted {
                repeated[index, default: []].insert(finding.index)
            }
            facts.append(contentsOf: record.facts)
            if !record.suppressions.isEmpty { suppressions[record.path, default: []].append(contentsOf: record.suppressions) }
            for document in record.documents {
                if channels[document.path] == nil { documents.append((document.path, document.channel)) }
                channels[document.path] = document.channel
                if !document.placed { unplaced.append(document.path) }
            }
        }
        var corpus: [Finding] = []
        for rule in rules.corpusRules {
            corpus.append(contentsOf: rule.check(facts))
        }
        let order = ReportOrder(
            records: records, repeated: repeated, corpus: corpus, stores: stores,
            suppressions: suppressions, channels: channels,
            unusedSuppression: rules.engineRules[EngineRules.unusedSuppression.id]?.severity,
            root: configuration.root, configFile: configuration.file,
            // Rules that report at align.yml name it as the user gave it; outputs name it from the root.
            configFileShown: AlignSession.relativePath(FilePaths.absolute(configuration.file), to: configuration.root),
            scope: scope)
        if let scope {
            documents.removeAll { !scope.contains($0.path) }
            unplaced.removeAll { !scope.contains($0) }
        }
        return RunResult(documents: documents, unplaced: unplaced.sorted(), outside: outside, facts: facts, order: order)
    }
}

/// A counter several workers share: each `next()` returns a distinct value, starting at 1.
/// An atomic, not a `Mutex`: ThreadSanitizer cannot see the kernel hand a contended Linux
/// `Mutex` over (priority-inheritance futex), and reports every such run as a race.
final class SharedCounter: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int {
        value.add(1, ordering: .relaxed).newValue
    }
}
