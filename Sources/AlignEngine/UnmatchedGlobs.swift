import AlignConfig
import Foundation

/// The globs of align.yml that match no file under its folder: a mistyped `operation/**` would
/// otherwise move every document it meant to place to the default channel without a word.
public enum UnmatchedGlobs {
    /// Each of `globs` that matches no file (nor folder) under `root`. The walk stops as soon as
    /// every glob has matched, which on a correct align.yml is early.
    public static func find(_ globs: [Glob], root: String) -> [Glob] {
        var waiting = globs
        guard !waiting.isEmpty else { return waiting }
        TreeWalk.forEach(under: root) { next, isFolder in
            // A folder is tried as ignore reads it, with and without its closing slash.
            let path = Glob.Path(next)
            let folder = isFolder ? Glob.Path(next + "/") : nil
            waiting.removeAll { $0.matches(path) || folder.map($0.matches) == true }
            return !waiting.isEmpty
        }
        return waiting
    }

    /// The warning for one glob, at its place in align.yml (`file`, as messages show it).
    public static func warning(_ glob: Glob, file: String) -> String {
        let place = glob.position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): warning: \"\(glob.pattern)\" matches no file"
    }
}
