import AlignConfig
import AlignModel
import AlignReaders
import AlignRules
import AlignText
import Foundation
import Synchronization

/// The result of checking a tree, ready for any reporter.
public struct RunResult: Sendable {
    /// Sorted in report order, suppressions and settings applied, fingerprints assigned.
    public var findings: [Finding]
    public var documents: [(path: String, channel: Channel)]
    /// Documents that matched no channel glob and were read as `customer`.
    public var unplaced: [String]
    /// PATH arguments that lie outside the checked tree and were not read.
    public var outside: [String]
    /// Per-document facts, for the audit report.
    public var facts: [DocumentFacts]
}

/// Runs a check: discovery, a bounded parallel pass over documents, then the rules that look
/// across documents, then suppressions, settings and fingerprints.
public struct Engine: Sendable {
    public var configuration: Configuration
    public var expectation: Expectation
    public var rules: RuleSet

    public init(configuration: Configuration, expectation: Expectation, rules: RuleSet) {
        self.configuration = configuration
        self.expectation = expectation
        self.rules = rules
    }

    /// `useCache`: reuse `.align/cache` for files whose content has not changed, and update it.
    public func run(paths: [String], jobs: Int, useCache: Bool = true, progress: (@Sendable (Int, Int) -> Void)? = nil) async -> RunResult {
        let discovery = Discovery(root: configuration.root, ignore: configuration.ignore, extensions: Set(DocumentReaders.all.flatMap { type(of: $0).extensions }))
        // Promises are kept or broken across the whole company: every document is read (the cache
        // makes that cheap), and PATH arguments only choose whose findings are reported.
        let (files, _) = discovery.files(under: [])
        let (requested, outside) = discovery.files(under: paths)
        let wholeTree = paths.isEmpty || paths.contains { discovery.isRoot($0) }
        let scope: Set<String>? = wholeTree ? nil : Set(requested.map(\.relativePath))
        let check = FileCheck(
            rules: rules,
            context: RuleContext(configuration: configuration, expectation: expectation),
            placement: Placement(configuration: configuration),
            readOptions: ReadOptions(
                customerSpeakers: Set(ReadOptions().customerSpeakers).union(configuration.customerSpeakers.map { $0.lowercased() }),
                maxNestingDepth: configuration.limits.maxNestingDepth,
                maxMimeParts: configuration.limits.maxMimeParts),
            limits: configuration.limits)
        let cache = useCache ? OutcomeCache.load(root: configuration.root, key: cacheKey) : nil
        let checked = await Engine.checkAll(files, with: check, cache: cache, jobs: max(1, jobs), progress: progress)
        if let cache {
            var entries: [String: OutcomeCache.Entry] = cache.entries
            for (file, entry) in zip(files, checked) { if let entry = entry.entry { entries[file.relativePath] = entry } }
            // Deleted files leave the cache.
            let present = Set(files.map(\.relativePath))
            entries = entries.filter { present.contains($0.key) }
            if checked.contains(where: { !$0.reused }) || entries.count != cache.entries.count { cache.save(entries) }
        }
        var result = finish(checked.map(\.outcome), outside: outside)
        if let scope {
            result.findings.removeAll { !scope.contains($0.file) }
            result.documents.removeAll { !scope.contains($0.path) }
            result.unplaced.removeAll { !scope.contains($0) }
        }
        return result
    }

    private var cacheKey: String {
        OutcomeCache.key(configuration: configuration.file.hasPrefix("/") ? configuration.file : FileManager.default.currentDirectoryPath + "/" + configuration.file,
                         expectation: configuration.expectPath,
                         packs: configuration.packs.filter { !$0.isBuiltin }.map(\.name))
    }

    /// One file's outcome, and the cache entry to keep for it.
    struct Checked: Sendable {
        var outcome: FileOutcome
        var entry: OutcomeCache.Entry?
        var reused: Bool
    }

    /// Reuses the cached outcome when the file's size and time, or else its content, are unchanged.
    static func check(_ file: DiscoveredFile, with check: FileCheck, cache: OutcomeCache?, stemmer: Stemmer) -> Checked {
        guard let cache else { return Checked(outcome: check.check(file, stemmer: stemmer), entry: nil, reused: false) }
        let stat = OutcomeCache.stat(file.absolutePath)
        let cached = cache.entries[file.relativePath]
        if let stat, let cached, cached.size == stat.size, cached.modified == stat.modified {
            return Checked(outcome: cached.outcome, entry: cached, reused: true)
        }
        switch check.load(file) {
        case .failure(let problem):
            return Checked(outcome: check.unreadable(file, problem), entry: nil, reused: false)
        case .success(let bytes):
            let hash = Fingerprint.hex(bytes: bytes)
            let same = cached.flatMap { $0.contentHash == hash ? $0.outcome : nil }
            let outcome = same ?? check.check(file, bytes: bytes, stemmer: stemmer)
            let entry = stat.map { OutcomeCache.Entry(size: $0.size, modified: $0.modified, contentHash: hash, outcome: outcome) }
            return Checked(outcome: outcome, entry: entry, reused: same != nil)
        }
    }

    /// `jobs` workers, each with its own stemmer, take files one at a time from a shared cursor;
    /// outcomes land in file order so the run is deterministic whatever the scheduling.
    static func checkAll(_ files: [DiscoveredFile], with check: FileCheck, cache: OutcomeCache?, jobs: Int, progress: (@Sendable (Int, Int) -> Void)?) async -> [Checked] {
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
                        mine.append((index, Engine.check(files[index], with: check, cache: cache, stemmer: stemmer)))
                        if let progress {
                            progress(done.next(), files.count)
                        }
                    }
                    return mine
                }
            }
            var ordered = [Checked?](repeating: nil, count: files.count)
            for await batch in group {
                for (index, outcome) in batch { ordered[index] = outcome }
            }
            return ordered.compactMap { $0 }
        }
    }

    private func finish(_ outcomes: [FileOutcome], outside: [String]) -> RunResult {
        let settings = RuleSettingsFilter(settings: configuration.rules)
        var findings: [Finding] = []
        var facts: [DocumentFacts] = []
        var suppressions: [String: [Suppression]] = [:]
        var documents: [(path: String, channel: Channel)] = []
        var channels: [String: Channel] = [:]
        var unplaced: [String] = []
        var chrome: Set<String> = []
        for outcome in outcomes {
            for (index, finding) in outcome.findings.enumerated() {
                // Site chrome repeats on every page: keep its first finding of each kind only.
                if outcome.boilerplate.contains(index) {
                    guard chrome.insert("\(finding.rule)\u{1F}\(finding.message)\u{1F}\(finding.context)").inserted else { continue }
                }
                findings.append(finding)
            }
            facts.append(contentsOf: outcome.facts)
            if !outcome.suppressions.isEmpty { suppressions[outcome.path, default: []].append(contentsOf: outcome.suppressions) }
            for document in outcome.documents {
                if channels[document.path] == nil { documents.append((document.path, document.channel)) }
                channels[document.path] = document.channel
                if !document.placed { unplaced.append(document.path) }
            }
        }
        let context = RuleContext(configuration: configuration, expectation: expectation)
        for rule in rules.corpusRules {
            findings.append(contentsOf: rule.check(facts, context: context))
        }
        // Rules that report at align.yml name it as the user gave it; outputs name it from the root.
        let configFile = AlignSession.relativePath(configuration.file.hasPrefix("/") ? configuration.file : FileManager.default.currentDirectoryPath + "/" + configuration.file, to: configuration.root)
        for index in findings.indices where findings[index].file == configuration.file { findings[index].file = configFile }
        findings = findings.compactMap(settings.apply)
        let unusedSeverity: Severity? = settings.isOff(EngineRules.unusedSuppression.id) ? nil : settings.severity(of: EngineRules.unusedSuppression)
        findings = Suppressions.apply(findings, suppressions: suppressions, channels: channels, severity: unusedSeverity)
        fillMissingSourceLines(&findings)
        findings.sort(by: Finding.reportOrder)
        Fingerprint.assign(to: &findings) { finding in
            guard let line = finding.sourceLine, finding.span.start.line == finding.span.end.line else { return "" }
            let scalars = Array(line.unicodeScalars)
            let from = max(0, min(scalars.count, finding.span.start.column - 1))
            let to = max(from, min(scalars.count, finding.span.end.column - 1))
            return String(String.UnicodeScalarView(scalars[from..<to])).lowercased()
        }
        return RunResult(findings: findings, documents: documents, unplaced: unplaced.sorted(), outside: outside, facts: facts)
    }

    /// Findings raised across documents (and in expect.yml) get their source lines here, one read
    /// per file that needs it.
    private func fillMissingSourceLines(_ findings: inout [Finding]) {
        let files = Set(findings.filter { $0.sourceLine == nil }.map(\.file))
        for file in files.sorted() {
            let path = configuration.root + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            SourceLines.fill(&findings, bytes: [UInt8](data), file: file)
        }
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
