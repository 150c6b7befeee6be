import AlignConfig
import AlignModel
import AlignReaders
import AlignRules
import AlignText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A document of a checked file: where it was placed.
struct CheckedDocument: Sendable, Hashable {
    var path: String
    var channel: Channel
    /// False when no channel glob matched and it was read as `customer`.
    var placed: Bool
}

/// What checking one file left behind once its documents are released.
struct FileOutcome: Sendable {
    var path: String
    var documents: [CheckedDocument] = []
    var findings: [Finding] = []
    var facts: [DocumentFacts] = []
    var suppressions: [Suppression] = []
    /// Findings that sit in site chrome (nav, header, footer), reported once per corpus.
    var boilerplate: Set<Int> = []
    /// Checked as a past edition (`DiscoveredFile.isPastEdition`).
    var isPastEdition = false
}

/// Reads one file and runs every document rule on each of its documents.
struct FileCheck: Sendable {
    var rules: RuleRegistry
    var placement: Placement
    var readOptions: ReadOptions
    var limits: Limits
    /// Every fact of every document is kept (the audit): claims are read even with no claim rule on.
    var keepsAllFacts = false

    func check(_ file: DiscoveredFile, stemmer: Stemmer) -> FileOutcome {
        switch load(file) {
        case .success(let bytes): return check(file, bytes: bytes, stemmer: stemmer)
        case .failure(let problem): return unreadable(file, problem)
        }
    }

    func unreadable(_ file: DiscoveredFile, _ problem: ReadProblem) -> FileOutcome {
        var outcome = FileOutcome(path: file.relativePath)
        report(problem, path: file.relativePath, channel: nil, into: &outcome.findings)
        return outcome
    }

    func check(_ file: DiscoveredFile, bytes: [UInt8], stemmer: Stemmer) -> FileOutcome {
        let started = ContinuousClock.now
        let budget = Duration.milliseconds(Int64(limits.maxSecondsPerDocument * 1000))
        var outcome = FileOutcome(path: file.relativePath, isPastEdition: file.isPastEdition)
        var options = readOptions
        options.isEmail = placement.isEmail(file.relativePath)
        guard let documents = DocumentReaders.read(bytes: bytes, path: file.relativePath, options: options) else {
            return outcome
        }
        for var document in documents {
            document.kind = placement.kind(of: document)
            document.isPastEdition = file.isPastEdition
            let (channel, placed) = placement.channel(for: document)
            let audience = placement.audience(for: document)
            outcome.documents.append(CheckedDocument(path: document.path, channel: channel, placed: placed))
            outcome.suppressions.append(contentsOf: document.suppressions)
            for problem in document.problems {
                report(problem, path: document.path, channel: channel, into: &outcome.findings)
            }
            var analyzed = AnalyzedDocument(
                document: document, channel: channel, audience: audience,
                sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer, maxLength: limits.maxSentenceBytes))
            var result = DocumentResult()
            result.facts.file = document.path
            result.facts.channel = channel
            result.facts.audience = audience
            // Parsing is bounded by the size and depth limits; the rules are bounded by time, so
            // that no document can hold a run: past the budget, its remaining rules are skipped.
            for index in 0...rules.documentRules.count {
                if index == rules.analysisIndex {
                    rules.analyse(&analyzed, stemmer: stemmer, into: &result.facts, keepingAll: keepsAllFacts)
                }
                guard index < rules.documentRules.count else { break }
                if ContinuousClock.now - started > budget {
                    let skipped = rules.documentRules[index...].map(\.description.id).joined(separator: ", ")
                    report(ReadProblem(
                        kind: .truncated,
                        message: "checking took over \(limits.maxSecondsPerDocument) s (limits.max_seconds_per_document); not checked: \(skipped)"),
                        path: document.path, channel: channel, into: &outcome.findings)
                    break
                }
                rules.documentRules[index].check(analyzed, stemmer: stemmer, into: &result)
            }
            let chromeLines = boilerplateLines(of: document)
            for finding in result.findings {
                if chromeLines.contains(finding.span.start.line) { outcome.boilerplate.insert(outcome.findings.count) }
                outcome.findings.append(finding)
            }
            outcome.facts.append(result.facts)
        }
        SourceLines.fill(&outcome.findings, bytes: bytes, file: file.relativePath, lineTexts: documents.first?.lineTexts ?? [:])
        return outcome
    }

    func load(_ file: DiscoveredFile) -> Result<[UInt8], ReadProblem> {
        let cannotRead = ReadProblem(kind: .unreadable, message: "cannot read the file")
        // open, fstat, read: FileManager's attribute dictionary and Data cost more than reading small
        // files. Non-blocking: opening a named pipe committed to the tree must not wait for a writer.
        let descriptor = open(file.absolutePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(cannotRead) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(cannotRead) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(ReadProblem(kind: .unreadable, message: "not a regular file (a pipe, socket or device); not read"))
        }
        guard Int(info.st_size) <= limits.maxFileBytes else { return .failure(overLimit(Int(info.st_size))) }
        // Read to the end, not to the size fstat gave: the file may grow while it is read.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limits.maxFileBytes else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limits.maxFileBytes + 1 - filled)))
            }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(cannotRead) }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limits.maxFileBytes else { return .failure(overLimit(filled)) }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }

    private func overLimit(_ size: Int) -> ReadProblem {
        ReadProblem(kind: .unreadable, message: "file is \(size) bytes, over the limit of \(limits.maxFileBytes) (limits.max_file_bytes)")
    }

    /// The engine rule's finding about `problem`, as the run configures that rule (none when it is off).
    private func report(_ problem: ReadProblem, path: String, channel: Channel?, into findings: inout [Finding]) {
        let rule = problem.kind == .unreadable ? EngineRules.inputUnreadable : EngineRules.inputTruncated
        let raised = Finding(rule: rule.id, severity: rule.severity, file: path, span: SourceSpan(at: problem.position),
                             channel: channel, message: problem.message, context: problem.message)
        if let finding = rules.engineRules[rule.id]?.apply(to: raised) { findings.append(finding) }
    }

    private func boilerplateLines(of document: Document) -> Set<Int> {
        var lines: Set<Int> = []
        for block in document.blocks where block.isBoilerplate {
            let first = block.anchors.first.map { block.position(of: $0).line } ?? 1
            let last = block.anchors.last.map { block.position(of: $0).line } ?? first
            for line in first...max(first, last) { lines.insert(line) }
        }
        return lines
    }
}

extension ReadProblem: Error {}
