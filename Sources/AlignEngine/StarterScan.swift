import AlignConfig
import AlignModel
import AlignReaders
import Foundation

/// Samples a content tree for `align init`: each top-level folder's sub-folders, and what a
/// bounded number of its documents say of themselves. Reads only the opening of each file.
public enum StarterScan {
    /// Files sampled per top-level folder, and bytes read of each: enough to vote, cheap on a large tree.
    static let filesPerFolder = 200
    static let bytesPerFile = 4096

    public static func folders(in root: String) -> [StarterGuess.Folder] {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted()
        return names.compactMap { name in
            guard !name.hasPrefix("."), !Discovery.skippedFolders.contains(name), isFolder(FilePaths.absolute(name, against: root)) else { return nil }
            return sample(name, at: FilePaths.absolute(name, against: root))
        }
    }

    static func sample(_ name: String, at path: String) -> StarterGuess.Folder {
        var folder = StarterGuess.Folder(name: name)
        folder.subfolders = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            .filter { !$0.hasPrefix(".") && isFolder(FilePaths.absolute($0, against: path)) }
        var seen = 0
        var templates: Set<String> = []
        TreeWalk.forEach(under: path) { next, isFolder in
            guard !isFolder else { return true }
            let ext = (next as NSString).pathExtension.lowercased()
            let file = FilePaths.absolute(next, against: path)
            switch ext {
            case "eml", "mbox":
                folder.emails += 1
            case "txt":
                folder.scripts += 1
            case "md", "markdown", "mdx", "html", "htm":
                let opening = head(of: file)
                if let channel = declaredChannel(in: opening, html: ext.hasPrefix("htm")) { folder.declared.append(channel) }
                if ext.hasPrefix("htm"), EmailTemplate.hasEmailShape(Array(opening.utf8)[...]) {
                    folder.emails += 1
                    templates.insert((next as NSString).deletingLastPathComponent)
                }
            default:
                return true
            }
            seen += 1
            return seen < filesPerFolder
        }
        folder.emailTemplates = templates.sorted()
        return folder
    }

    /// `channel: employee` in Markdown front matter, or `<meta name="align:channel" content="employee">`.
    static func declaredChannel(in opening: String, html: Bool) -> Channel? {
        if html {
            guard let meta = opening.range(of: "name=\"align:channel\"") else { return nil }
            let rest = opening[meta.upperBound...].prefix(80)
            guard let content = rest.range(of: "content=\"") else { return nil }
            return Channel(rawValue: String(rest[content.upperBound...].prefix { $0 != "\"" }).lowercased())
        }
        let lines = opening.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        for line in lines.dropFirst() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "---" { break }
            if text.hasPrefix("channel:") {
                return Channel(rawValue: text.dropFirst("channel:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased())
            }
        }
        return nil
    }

    static func head(of path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: bytesPerFile)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
