import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Foundation

/// The spills a run's blobs are in.
struct FindingStores: Sendable {
    var fresh: Spill
    var cached: Spill?
    /// The shard files of a merge.
    var shards: [Spill] = []
    /// Checks a file again when its blob cannot be read back.
    var recheck: FileCheck

    func findings(of record: FileRecord, root: String) -> [Finding] {
        if let bytes = bytes(of: record), let findings = try? FileBlob.findings(bytes) { return findings }
        return checkAgain(record, root: root).findings
    }

    func facts(of record: FileRecord, root: String) -> [DocumentFacts] {
        if let bytes = bytes(of: record), let facts = try? FileBlob.facts(bytes) { return facts }
        return checkAgain(record, root: root).facts
    }

    private func checkAgain(_ record: FileRecord, root: String) -> FileOutcome {
        recheck.check(DiscoveredFile(absolutePath: FilePaths.absolute(record.path, against: root), relativePath: record.path,
                                     isPastEdition: record.isPastEdition), stemmer: Stemmer())
    }

    private func bytes(of record: FileRecord) -> [UInt8]? {
        guard let bytes = OutcomeCache.bytes(of: record.blob, fresh: fresh, cached: cached, shards: shards),
              FileBlob.checksum(bytes) == record.blob.checksum else { return nil }
        return bytes
    }
}

/// A run's findings in report order, one file at a time: each file's findings are read back from
/// the spill, joined by the findings of the rules across documents, then suppressions,
/// source lines and fingerprints are applied, exactly as if every finding of the run were held
/// at once, which a corpus of a million findings could not afford.
public struct ReportOrder: Sendable {
    let records: [FileRecord]
    /// Chrome findings that repeat an earlier page's, by record and index.
    let repeated: [Int: Set<Int>]
    let corpus: [Finding]
    let stores: FindingStores
    let suppressions: [String: [Suppression]]
    let channels: [String: Channel]
    let unusedSuppression: Severity?
    let root: String
    /// align.yml as the user named it (rules report there), and as outputs name it.
    let configFile: String
    let configFileShown: String
    /// The files whose findings are reported; nil for all.
    let scope: Set<String>?

    /// Calls `body` with the findings of each file that has any, files in report order.
    public func forEachFile(_ body: ([Finding]) throws -> Void) rethrows {
        var owners: [String: [Int]] = [:]
        for (index, record) in records.enumerated() {
            for file in record.findingFiles { owners[shown(file), default: []].append(index) }
        }
        var corpusByFile: [String: [Finding]] = [:]
        for var finding in corpus {
            finding.file = shown(finding.file)
            corpusByFile[finding.file, default: []].append(finding)
        }
        let files = Set(owners.keys).union(corpusByFile.keys).union(suppressions.keys).sorted()
        // A mailbox's messages come one after another: its findings are read once for all of them.
        var loaded: (record: Int, findings: [Finding])?
        for file in files where scope?.contains(file) ?? true {
            var findings: [Finding] = []
            for owner in owners[file] ?? [] {
                if loaded?.record != owner { loaded = (owner, read(owner)) }
                let skipped = repeated[owner] ?? []
                for (index, var finding) in (loaded?.findings ?? []).enumerated() where !skipped.contains(index) {
                    finding.file = shown(finding.file)
                    if finding.file == file { findings.append(finding) }
                }
            }
            findings.append(contentsOf: corpusByFile[file] ?? [])
            let mine = suppressions[file].map { [file: $0] } ?? [:]
            findings = Suppressions.apply(findings, suppressions: mine, channels: channels, severity: unusedSuppression)
            guard !findings.isEmpty else { continue }
            fillMissingSourceLines(&findings, file: file)
            findings.sort(by: Finding.reportOrder)
            Fingerprint.assign(to: &findings, flaggedText: Self.flaggedText)
            try body(findings)
        }
    }

    private func shown(_ file: String) -> String {
        file == configFile ? configFileShown : file
    }

    private func read(_ index: Int) -> [Finding] {
        stores.findings(of: records[index], root: root)
    }

    /// Findings raised across documents (and in expect.yml) get their source lines here.
    private func fillMissingSourceLines(_ findings: inout [Finding], file: String) {
        guard findings.contains(where: { $0.sourceLine == nil }),
              let data = FileManager.default.contents(atPath: FilePaths.absolute(file, against: root)) else { return }
        SourceLines.fill(&findings, bytes: [UInt8](data), file: file)
    }

    private static func flaggedText(_ finding: Finding) -> String {
        guard let line = finding.sourceLine, finding.span.start.line == finding.span.end.line else { return "" }
        let scalars = line.unicodeScalars
        let from = max(0, finding.span.start.column - 1)
        let to = max(from, finding.span.end.column - 1)
        let start = scalars.index(scalars.startIndex, offsetBy: from, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let end = scalars.index(start, offsetBy: to - from, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[start..<end]).lowercased()
    }
}
