import Foundation

/// Keeps align's own folder (`.align/`: the cache and the audit history) out of git.
enum GitIgnore {
    enum Outcome: Equatable {
        case added, present
        case failed(String)
    }

    /// Appends `.align/` to the .gitignore at `path`, creating it, unless a line already ignores it.
    static func addAlignFolder(to path: String) -> Outcome {
        let existing = FileManager.default.contents(atPath: path) ?? Data()
        let lines = String(decoding: existing, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        if lines.contains(where: { [".align", ".align/", "/.align", "/.align/"].contains($0) }) { return .present }
        // Appended: the bytes already there stay as they are.
        let addition = Data(((existing.isEmpty || existing.last == 0x0A ? "" : "\n") + ".align/\n").utf8)
        do {
            guard FileManager.default.fileExists(atPath: path) else {
                try addition.write(to: URL(fileURLWithPath: path))
                return .added
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: addition)
            return .added
        } catch {
            return .failed(error.localizedDescription)
        }
    }
}
