import Foundation

/// Every file and folder under a root, relative to it, outside the folders that are never
/// content (`Discovery.skippedFolders`): for the questions asked of the whole tree rather than
/// of its documents (which globs match nothing, why no document was read).
enum TreeWalk {
    /// Calls `body` with each entry's relative path and whether it is a folder, until it returns false.
    static func forEach(under root: String, _ body: (_ path: String, _ isFolder: Bool) -> Bool) {
        guard let walk = FileManager.default.enumerator(atPath: root) else { return }
        while let next = walk.nextObject() as? String {
            let isFolder = (walk.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory
            if isFolder, Discovery.skippedFolders.contains((next as NSString).lastPathComponent) {
                walk.skipDescendants()
                continue
            }
            guard body(next, isFolder) else { return }
        }
    }
}
