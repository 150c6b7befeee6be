import AlignModel

/// Which spill a blob is in: this run's, or the one the cache kept from an earlier run; or
/// memory, when the disk refused it; or the shard file of that number in a merge.
enum BlobStore: Sendable, Equatable {
    case fresh
    case cached
    case memory
    case shard(Int)
}

/// Where a file's findings and complete facts wait.
struct StoredBlob: Sendable {
    var store: BlobStore
    var offset: Int
    var length: Int
    /// A hash of the bytes: a blob damaged on disk is checked again, not believed.
    var checksum: UInt64
    /// The blob itself when `store` is `.memory`.
    var bytes: [UInt8] = []
}

/// A finding in site chrome (nav, header, footer): reported once per corpus, so the engine keeps
/// what makes two of them the same, not the findings themselves.
struct ChromeFinding: Sendable, Hashable {
    /// Its index among its file's findings.
    var index: Int
    /// A 128-bit hash of its rule, message and context.
    var key: [UInt64]

    init(index: Int, finding: Finding) {
        self.index = index
        let (a, b) = Fingerprint.hash(bytes: "\(finding.rule)\u{1F}\(finding.message)\u{1F}\(finding.context)".utf8)
        key = [a, b]
    }

    init(index: Int, key: [UInt64]) {
        self.index = index
        self.key = key
    }
}

/// What a run keeps in memory of a checked file while the others are checked: what the rules
/// across documents and the report need, but not its findings, which wait in a spill.
struct FileRecord: Sendable {
    var path: String
    var documents: [CheckedDocument]
    /// Reduced to what the rules across documents read, unless the run keeps every fact (audit).
    var facts: [DocumentFacts]
    var suppressions: [Suppression]
    /// The distinct `file` of its findings (a mailbox's findings name its messages).
    var findingFiles: [String]
    var chrome: [ChromeFinding]
    var blob: StoredBlob
    /// Checked as a past edition: a cached record serves only while that is still so.
    var isPastEdition: Bool

    init(outcome: FileOutcome, facts: [DocumentFacts], blob: StoredBlob) {
        path = outcome.path
        isPastEdition = outcome.isPastEdition
        documents = outcome.documents
        self.facts = facts
        suppressions = outcome.suppressions
        var files: [String] = []
        for finding in outcome.findings where !files.contains(finding.file) { files.append(finding.file) }
        findingFiles = files
        chrome = outcome.boilerplate.sorted().map { ChromeFinding(index: $0, finding: outcome.findings[$0]) }
        self.blob = blob
    }
}

extension FileRecord: ByteCodable {
    /// The blob is written by its place in the cache's spill.
    func write(to writer: inout ByteWriter) {
        writer.string(path)
        writer.values(documents)
        writer.values(facts)
        writer.values(suppressions)
        writer.strings(findingFiles)
        writer.list(chrome) { writer, chrome in
            writer.int(chrome.index)
            for part in chrome.key { writer.int(Int(truncatingIfNeeded: part)) }
        }
        writer.int(blob.offset)
        writer.int(blob.length)
        writer.int(Int(truncatingIfNeeded: blob.checksum))
        writer.int(isPastEdition ? 1 : 0)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        path = try reader.string()
        documents = try reader.values()
        facts = try reader.values()
        suppressions = try reader.values()
        findingFiles = try reader.strings()
        chrome = try reader.list { reader throws(ByteReader.Malformed) in
            ChromeFinding(index: try reader.int(), key: [UInt64(truncatingIfNeeded: try reader.int()), UInt64(truncatingIfNeeded: try reader.int())])
        }
        let offset = try reader.int()
        let length = try reader.int()
        let checksum = UInt64(truncatingIfNeeded: try reader.int())
        isPastEdition = try reader.int() != 0
        guard offset >= 0, length >= 0 else { throw ByteReader.Malformed() }
        blob = StoredBlob(store: .cached, offset: offset, length: length, checksum: checksum)
    }
}

/// A file's findings and its complete facts, as one blob of a spill: the findings first, behind
/// their length, so that reading them never decodes the facts.
enum FileBlob {
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        Fingerprint.hash(bytes: bytes).0
    }

    static func encode(findings: [Finding], facts: [DocumentFacts]) -> [UInt8] {
        var section = ByteWriter()
        section.values(findings)
        var writer = ByteWriter()
        writer.int(section.bytes.count)
        writer.bytes.append(contentsOf: section.bytes)
        writer.values(facts)
        return writer.bytes
    }

    static func findings(_ bytes: [UInt8]) throws(ByteReader.Malformed) -> [Finding] {
        var reader = ByteReader(bytes)
        _ = try reader.count()
        return try reader.values()
    }

    static func facts(_ bytes: [UInt8]) throws(ByteReader.Malformed) -> [DocumentFacts] {
        var reader = ByteReader(bytes)
        reader.offset += try reader.count()
        return try reader.values()
    }
}
