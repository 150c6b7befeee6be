#if canImport(Glibc)
import Glibc
#endif

/// What a file's size and modification time say about it, without reading it.
struct FileStat: Hashable, Sendable {
    var size: Int
    var modified: Double

    init(size: Int, modified: Double) {
        self.size = size
        self.modified = modified
    }

    init(_ info: stat) {
        self.init(size: Int(info.st_size), modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    /// The file at `path` itself (a link is not followed).
    init?(path: String) {
        var info = Glibc.stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}
