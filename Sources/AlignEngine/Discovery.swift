import AlignConfig
import AlignModel
import AlignReaders
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file the run will read: its absolute path and its path relative to the configuration's folder.
public struct DiscoveredFile: Hashable, Sendable {
    public var absolutePath: String
    public var relativePath: String
    /// Why the file cannot be read, when discovery already knows (its name is not UTF-8).
    var problem: ReadProblem?
    /// Size and modification time, for the cache, when they were taken already (a file named on
    /// the command line); a walked file's are taken by the worker that checks it, if a cache asks.
    var stat: FileStat?
    /// Whether a later edition of the same page is in the tree (`PastEditions`).
    var isPastEdition = false
}

/// Finds the documents to check. Never leaves the checked tree: a symbolic link is followed only
/// when its target lies inside the root, and each real folder is entered once (no loops).
public struct Discovery: Sendable {
    public var root: String
    public var ignore: [Glob]
    public var extensions: Set<String>
    /// Extensions read only where `data:` names the file (a `.json` is mostly configuration).
    public var dataExtensions: Set<String> = []
    public var data: [Glob] = []

    /// Folders that are never content: version control, build output, align's own cache.
    static let skippedFolders: Set<String> = [".git", ".align", ".build", "node_modules", ".svn", ".hg"]

    public init(root: String, ignore: [Glob], extensions: Set<String>) {
        self.root = Discovery.realPath(root) ?? root
        self.ignore = ignore
        self.extensions = extensions
    }

    /// The files under `paths` (files or folders; the root when empty), sorted by relative path.
    /// Paths outside the root are reported in `outside` rather than read.
    public func files(under paths: [String]) -> (files: [DiscoveredFile], outside: [String]) {
        var found: [String: DiscoveredFile] = [:]
        var outside: [String] = []
        var visited: Set<String> = []
        let starts = paths.isEmpty ? [root] : paths
        for start in starts {
            let absolute = FilePaths.absolute(start)
            guard let real = Discovery.realPath(absolute), isInside(real) else {
                outside.append(start)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) else {
                outside.append(start)
                continue
            }
            if isFolder.boolValue {
                walk(real, found: &found, visited: &visited)
            } else if var file = candidate(real, explicit: true) {
                file.stat = FileStat(path: real)
                found[file.relativePath] = file
            }
        }
        return (found.values.sorted { $0.relativePath < $1.relativePath }, outside)
    }

    /// Whether `path` (as given on the command line) is the checked tree's own folder.
    public func isRoot(_ path: String) -> Bool {
        let absolute = FilePaths.absolute(path)
        return Discovery.realPath(absolute) == root
    }

    private func walk(_ folder: String, found: inout [String: DiscoveredFile], visited: inout Set<String>) {
        guard visited.insert(folder).inserted else { return }
        for (name, type, isUTF8) in Discovery.entries(of: folder).sorted(by: { $0.name < $1.name }) {
            // `folder` is already real: only a link needs resolving (realpath costs a system call
            // per path component, which was a tenth of a cached run).
            var path = folder + "/" + name
            var kind = type
            guard isUTF8 else {
                // Its path as a String is not its name on disk: say so rather than skip it.
                let what = kind == .folder ? "folder" : "file"
                if var file = kind == .folder ? DiscoveredFile(absolutePath: path, relativePath: relative(path)) : candidate(path, explicit: false) {
                    file.problem = ReadProblem(kind: .unreadable, message: "the \(what)'s name is not valid UTF-8 (shown with U+FFFD); not read: rename it to check it")
                    found[file.relativePath] = file
                }
                continue
            }
            if kind == .other {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                kind = Kind(info)
            }
            if kind == .link {
                var info = stat()
                guard let real = Discovery.realPath(path), isInside(real), lstat(real, &info) == 0 else { continue }   // a real path has no link left
                path = real
                kind = Kind(info)
            }
            if kind == .folder {
                if Discovery.skippedFolders.contains(name) { continue }
                if isIgnored(relative(path) + "/") { continue }
                walk(path, found: &found, visited: &visited)
            } else if let file = candidate(path, explicit: false) {
                // No stat here: a run with a cache takes it in the worker that checks the file,
                // and a run without one needs none.
                found[file.relativePath] = file
            }
        }
    }

    /// What a folder entry is, as far as the walk cares; `other` when the folder's listing did
    /// not say (some file systems never do) and the entry must be asked with `lstat`.
    private enum Kind {
        case folder, link, file, other

        init(_ info: stat) {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: self = .folder
            case S_IFLNK: self = .link
            default: self = .file
            }
        }
    }

    /// The names in `folder` with the type its listing gives, without a `stat` per entry; a name
    /// that is not UTF-8 comes repaired, and says so.
    private static func entries(of folder: String) -> [(name: String, type: Kind, isUTF8: Bool)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, type: Kind, isUTF8: Bool)] = []
        while let entry = readdir(directory) {
            let (name, isUTF8) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let cString = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                if let name = String(validatingCString: cString) { return (name, true) }
                return (String(cString: cString), false)
            }
            if name == "." || name == ".." { continue }
            let type: Kind = switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): .folder
            case Int32(DT_LNK): .link
            case Int32(DT_REG): .file
            default: .other
            }
            entries.append((name, type, isUTF8))
        }
        return entries
    }

    private func candidate(_ real: String, explicit: Bool) -> DiscoveredFile? {
        // The extension as NSString.pathExtension reads it: none for a name that starts with its only dot.
        guard let dot = real.lastIndex(of: "."), !real[dot...].contains("/"),
              dot > real.startIndex, real[real.index(before: dot)] != "/" else { return nil }
        // The readers' own reading of the name: "pricing.html.md.erb" is Markdown.
        let name = real.lastIndex(of: "/").map { real[real.index(after: $0)...] } ?? real[...]
        guard let ext = DocumentReaders.formatExtension(ofName: name), extensions.contains(ext) else { return nil }
        let rel = relative(real)
        if isIgnored(rel) { return nil }
        if dataExtensions.contains(ext), !data.contains(where: { $0.matches(Glob.Path(rel)) }) { return nil }
        return DiscoveredFile(absolutePath: real, relativePath: rel)
    }

    private func isIgnored(_ relativePath: String) -> Bool {
        guard !ignore.isEmpty else { return false }
        let path = Glob.Path(relativePath)
        let folder = relativePath.hasSuffix("/") ? Glob.Path(String(relativePath.dropLast())) : nil
        return ignore.contains { $0.matches(path) || folder.map($0.matches) == true }
    }

    func isInside(_ real: String) -> Bool {
        real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    func relative(_ real: String) -> String {
        guard real != root else { return "." }
        return String(real.dropFirst(root.hasSuffix("/") ? root.count : root.count + 1))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
