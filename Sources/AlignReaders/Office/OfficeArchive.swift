import AlignModel
import Foundation
import ZIPFoundation

/// An Office document's ZIP container, read in memory and never extracted: only the parts a
/// reader asks for by name are inflated, each to at most `maxPartBytes`, and all of them to at
/// most `maxTotalBytes`, whatever the entries declare (a zip bomb declares little and inflates
/// much). An entry named outside the archive ("../../x") is never read.
struct OfficeArchive {
    static let maxPartBytes = 64 << 20
    static let maxTotalBytes = 256 << 20

    private let archive: Archive
    /// Every entry's name, to list slides and notes.
    let paths: [String]
    private var inflated = 0
    /// What could not be read: a part too large, an entry named outside the archive.
    private(set) var problems: [ReadProblem] = []

    /// Why the bytes cannot be read as an archive: not one, or damaged (`ZIPLayout`).
    struct Unreadable: Error {
        var reason: String
    }

    init(_ bytes: [UInt8]) throws(Unreadable) {
        if let reason = ZIPLayout.problem(in: bytes) { throw Unreadable(reason: reason) }
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else { throw Unreadable(reason: "ZIPFoundation could not open it") }
        self.archive = archive
        var paths: [String] = []
        var problems: [ReadProblem] = []
        for entry in archive {
            if Self.isOutside(entry.path) {
                problems.append(ReadProblem(kind: .truncated, message: "the archive names an entry outside itself ('\(entry.path.prefix(80))'): it was not read"))
            } else {
                paths.append(entry.path)
            }
        }
        self.paths = paths
        self.problems = problems
    }

    /// The bytes of the part at `path`, or nil when there is none or it cannot be read (a problem).
    mutating func part(_ path: String) -> [UInt8]? {
        guard paths.contains(path), let entry = archive[path] else { return nil }
        let limit = min(Self.maxPartBytes, Self.maxTotalBytes - inflated)
        guard entry.uncompressedSize <= UInt64(max(limit, 0)) else {
            problems.append(ReadProblem(kind: .truncated, message: "\(path) inflates to \(entry.uncompressedSize) bytes, past align's limit of \(limit): it was not read"))
            return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else { throw PartTooLarge() }
                bytes.append(contentsOf: chunk)
            }
        } catch is PartTooLarge {
            problems.append(ReadProblem(kind: .truncated, message: "\(path) inflates past align's limit of \(limit) bytes (more than its entry declares): it was not read"))
            return nil
        } catch {
            problems.append(ReadProblem(kind: .unreadable, message: "\(path) could not be inflated: \(error)"))
            return nil
        }
        inflated += bytes.count
        return bytes
    }

    private struct PartTooLarge: Error {}

    /// An absolute name, or one with a `..` component, points outside the archive.
    static func isOutside(_ path: String) -> Bool {
        path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }
}
