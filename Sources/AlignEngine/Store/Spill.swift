import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file of byte blobs that workers append to and the report reads back one at a time: the
/// findings of every checked file wait here, not in memory, until they are reported in order.
final class Spill: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var end: Int
    /// Used when no file can be created anywhere: the run still works, holding blobs in memory.
    private var memory: [UInt8] = []

    private init(descriptor: Int32, end: Int) {
        self.descriptor = descriptor
        self.end = end
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// A spill nobody else sees: created in the temporary folder and unlinked at once, so it is
    /// gone when the run ends, however it ends.
    static func anonymous() -> Spill {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty || $0 == "/tmp" ? nil : $0 }
        for candidate in [folder, "/tmp"].compactMap({ $0 }) {
            var template = Array((candidate + "/align-spill-XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { continue }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            return Spill(descriptor: descriptor, end: 0)
        }
        return Spill(descriptor: -1, end: 0)
    }

    /// A new file at `path` (which must not exist) starting with `header`.
    static func creating(at path: String, header: [UInt8]) -> Spill? {
        let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return nil }
        let spill = Spill(descriptor: descriptor, end: 0)
        guard spill.append(header) != nil else { return nil }
        return spill
    }

    /// An existing file, for reading; nil unless it starts with `header`.
    static func reading(at path: String, header: [UInt8]) -> Spill? {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return nil
        }
        let spill = Spill(descriptor: descriptor, end: Int(info.st_size))
        guard spill.read(offset: 0, length: header.count) == header else { return nil }
        return spill
    }

    var size: Int {
        lock.lock()
        defer { lock.unlock() }
        return end
    }

    /// Appends `bytes`; returns where they start, or nil when the disk refused them.
    func append(_ bytes: [UInt8]) -> Int? {
        lock.lock()
        let offset = end
        end += bytes.count
        if descriptor < 0 { memory.append(contentsOf: bytes) }
        lock.unlock()
        guard descriptor >= 0 else { return offset }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(offset + written))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            written += count
        }
        return offset
    }

    func read(offset: Int, length: Int) -> [UInt8]? {
        guard offset >= 0, length >= 0 else { return nil }
        if descriptor < 0 {
            lock.lock()
            defer { lock.unlock() }
            guard offset + length <= memory.count else { return nil }
            return Array(memory[offset..<offset + length])
        }
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, length - done, off_t(offset + done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return bytes
    }
}
