import AlignConfig
import AlignReaders
import Foundation

/// Why a run read no document, in words a user can act on: an empty folder, files of no kind
/// align reads, or readable files every one of which an `ignore` glob left out.
public enum EmptyRun {
    public static func reason(configuration: Configuration) -> String {
        let extensions = Set(DocumentReaders.all.flatMap { type(of: $0).extensions })
        let root = configuration.root
        var files = 0
        var readable = 0
        TreeWalk.forEach(under: root) { next, isFolder in
            // align's own files are not content.
            guard !isFolder, FilePaths.absolute(next, against: root) != configuration.expectPath, next != ConfigLoader.fileName else { return true }
            files += 1
            if DocumentReaders.reader(forPath: next) != nil { readable += 1 }
            return true
        }
        // A Blade view's format is named before PHP's extension, as its files are.
        let kinds = extensions.sorted().map { $0 == "blade" ? ".blade.php" : "." + $0 }.joined(separator: ", ")
        if files == 0 { return "read no document: \(root) holds no file but align's own" }
        if readable == 0 {
            return "read no document: no file under \(root) is of a kind align reads (\(kinds)); it holds \(files == 1 ? "1 other file" : "\(files) other files")"
        }
        return "read no document: each of the \(readable) readable files under \(root) matches an `ignore` glob of \(configuration.file)"
    }
}
