import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which part of a corpus a sharded check reads: shard `index` of `count`, 1-based.
public struct ShardSpec: Sendable, Equatable {
    public var index: Int
    public var count: Int

    /// "I/N" with 1 <= I <= N; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// A document's shard follows from its relative path alone, through a hash fixed by its
    /// definition (Swift's `Hasher` is seeded per process), so every runner agrees.
    public func contains(_ relativePath: String) -> Bool {
        Int(ShardChecksum.of(relativePath.utf8) % UInt64(count)) == index - 1
    }
}

/// FNV-1a over 64 bits: defined by its text, and fed a chunk at a time.
struct ShardChecksum {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var checksum = ShardChecksum()
        checksum.add(bytes)
        return checksum.value
    }
}

/// A shard file: what one sharded check leaves for `align merge`.
///
///     "align shard 1\n"
///     blobs: each checked file's findings and complete facts, as in `.align/cache`
///     index: align's version, the run's key, N, I, how many files the whole tree has, and each
///            file's place in discovery order with its record (facts reduced for the rules
///            across documents; the blob holds them whole, for the audit)
///     trailer: the index's offset, then a checksum of every byte before the checksum (8 bytes each, little-endian)
///
/// The index comes last so that blobs go to disk as files are checked and the file is written once.
enum ShardFile {
    static let version = "2"
    static let magic = Array("align shard \(version)\n".utf8)

    struct Header: Sendable, Equatable {
        var alignVersion: String
        var key: String
        var spec: ShardSpec
        /// Files in the whole tree: the shards of one run add up to it.
        var totalFiles: Int
    }

    struct Entry: Sendable {
        var order: Int
        var record: FileRecord
    }

    static func writeIndex(_ header: Header, entries: [Entry], to spill: Spill) -> Bool {
        var writer = ByteWriter()
        writer.string(header.alignVersion)
        writer.string(header.key)
        writer.int(header.spec.count)
        writer.int(header.spec.index)
        writer.int(header.totalFiles)
        writer.list(entries) { writer, entry in
            writer.int(entry.order)
            writer.value(entry.record)
        }
        guard let offset = spill.append(writer.bytes), var checksum = checksum(of: spill, upTo: spill.size) else { return false }
        let place = littleEndian(UInt64(offset))
        checksum.add(place)
        return spill.append(place + littleEndian(checksum.value)) != nil
    }

    /// The checksum of the file's first `end` bytes, read a megabyte at a time.
    static func checksum(of spill: Spill, upTo end: Int) -> ShardChecksum? {
        var checksum = ShardChecksum()
        var at = 0
        while at < end {
            let length = min(1 << 20, end - at)
            guard let chunk = spill.read(offset: at, length: length) else { return nil }
            checksum.add(chunk)
            at += length
        }
        return checksum
    }

    static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    static func fromLittleEndian(_ bytes: [UInt8]) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// One shard file opened for a merge: its header and entries, its blobs left on disk.
    struct Opened: Sendable {
        var path: String
        var header: Header
        var entries: [Entry]
        var spill: Spill
    }

    /// Reads `path`'s index after checking every byte against its checksum; the blobs stay on
    /// disk and are read one file at a time as the report is written.
    static func open(_ path: String, store: Int) throws(ShardError) -> Opened {
        guard let spill = Spill.reading(at: path, header: []) else { throw ShardError(path: path, problem: "cannot be read") }
        let size = spill.size
        guard size >= magic.count + 16, spill.read(offset: 0, length: magic.count) == magic else {
            throw ShardError(path: path, problem: "is not an align shard file of format \(version), or is cut short")
        }
        guard let trailer = spill.read(offset: size - 16, length: 16) else { throw ShardError(path: path, problem: "cannot be read") }
        guard let checksum = checksum(of: spill, upTo: size - 8) else { throw ShardError(path: path, problem: "cannot be read") }
        let indexOffset = Int(truncatingIfNeeded: fromLittleEndian(Array(trailer[0..<8])))
        guard checksum.value == fromLittleEndian(Array(trailer[8..<16])), indexOffset >= magic.count, indexOffset <= size - 16,
              let index = spill.read(offset: indexOffset, length: size - 16 - indexOffset) else {
            throw ShardError(path: path, problem: "is damaged or cut short (its checksum does not match); write it again")
        }
        var reader = ByteReader(index)
        do throws(ByteReader.Malformed) {
            let alignVersion = try reader.string()
            let key = try reader.string()
            let count = try reader.int()
            let number = try reader.int()
            guard count >= 1, (1...count).contains(number) else { throw ByteReader.Malformed() }
            var spec = ShardSpec("1/1")!
            spec.count = count
            spec.index = number
            let header = Header(alignVersion: alignVersion, key: key, spec: spec, totalFiles: try reader.int())
            let entries = try reader.list { reader throws(ByteReader.Malformed) in
                let order = try reader.int()
                var record: FileRecord = try reader.value()
                guard record.blob.offset >= magic.count, record.blob.offset + record.blob.length <= indexOffset else { throw ByteReader.Malformed() }
                record.blob.store = .shard(store)
                return Entry(order: order, record: record)
            }
            return Opened(path: path, header: header, entries: entries, spill: spill)
        } catch {
            throw ShardError(path: path, problem: "is damaged (its index cannot be read); write it again")
        }
    }
}

/// A shard file align cannot write or merge: the message names the file (or the missing shard);
/// a merge never leaves a partial report.
public struct ShardError: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(path: String, problem: String) {
        description = "\(path): error: \(problem)"
    }

    init(_ message: String) {
        description = "error: " + message
    }
}
