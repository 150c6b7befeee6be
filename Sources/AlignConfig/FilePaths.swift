import Foundation

/// Paths as the loaders need them: absolute for reading, and as the user would write them for
/// messages.
public enum FilePaths {
    public static var workingDirectory: String { FileManager.default.currentDirectoryPath }

    /// `path` made absolute against `base` (the working directory by default), `..` resolved:
    /// the one way a path is joined to a folder.
    public static func absolute(_ path: String, against base: String = workingDirectory) -> String {
        let joined = path.hasPrefix("/") ? path : base.hasSuffix("/") ? base + path : base + "/" + path
        // A file of the tree joined to its root has nothing to resolve: no URL for it.
        if isStandard(joined) { return joined }
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// `path` (absolute, standard) relative to the folder `root`; nil when it is not inside it.
    public static func relative(_ path: String, to root: String) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// An absolute path with no `.` or `..` component, no empty one and no trailing slash.
    static func isStandard(_ path: String) -> Bool {
        guard path.hasPrefix("/"), path.count > 1 else { return path == "/" }
        var component = 0
        var dots = 0
        for byte in path.utf8.dropFirst() {
            if byte == 0x2F {
                if component == 0 || component == dots && dots <= 2 { return false }
                component = 0
                dots = 0
            } else {
                component += 1
                if byte == 0x2E { dots += 1 }
            }
        }
        return component > 0 && !(component == dots && dots <= 2)
    }

    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
    }

    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A relative path stays as given; an absolute one inside `workingDirectory` becomes relative.
    static func display(_ path: String, workingDirectory: String = workingDirectory) -> String {
        guard path.hasPrefix("/") else { return path }
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        if standardized.hasPrefix(base), standardized.count > base.count {
            return String(standardized.dropFirst(base.count))
        }
        return path
    }

    /// The UTF-8 text of a file the user wrote, or a ConfigError naming it.
    static func readText(_ absolutePath: String, display: String) throws(ConfigError) -> String {
        if isFolder(absolutePath) {
            throw ConfigError(file: display, line: 1, column: 1, message: "this is a folder, not a file")
        }
        guard isFile(absolutePath) else {
            throw ConfigError(file: display, line: 1, column: 1, message: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            throw ConfigError(file: display, line: 1, column: 1, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: display, line: 1, column: 1, message: "the file is not UTF-8 text")
        }
        return text
    }
}
