import AlignConfig
import AlignModel
import Foundation

/// Applies the replacements rules offer (`Finding.fix`) to the source files, touching nothing
/// but the flagged words. A replacement is applied only when the file still holds the flagged
/// text at the finding's span, which also keeps fixes out of encoded email parts, where positions
/// are approximate.
public struct Fixer: Sendable {
    public var root: String

    public struct Outcome: Sendable {
        /// Fingerprints of the findings fixed.
        public var fixed: Set<String> = []
        /// One line per finding that could not be fixed, and why.
        public var notes: [String] = []
        /// A unified diff of every change (what `--dry-run` prints).
        public var diff = ""
        /// The files changed (or, in a dry run, that would be).
        public var files: [String] = []

        /// "3 changes in 2 files", for the line that ends a fix.
        public var summary: String {
            let changes = fixed.count == 1 ? "1 change" : "\(fixed.count) changes"
            return "\(changes) in \(files.count == 1 ? "1 file" : "\(files.count) files")"
        }
    }

    public init(root: String) {
        self.root = root
    }

    public func apply(_ findings: [Finding], dryRun: Bool) -> Outcome {
        var outcome = Outcome()
        let byFile = Dictionary(grouping: findings.filter { $0.fix != nil }, by: \.file)
        for file in byFile.keys.sorted() {
            let path = FilePaths.absolute(file, against: root)
            guard let data = FileManager.default.contents(atPath: path) else {
                outcome.notes.append("\(file): cannot read the file; not fixed")
                continue
            }
            guard !SourceLines.isArchive([UInt8](data.prefix(4))) else {
                outcome.notes.append("\(file): an Office document (a ZIP of XML parts); not fixed: edit it in its own app")
                continue
            }
            guard String(validating: data, as: UTF8.self) != nil else {
                outcome.notes.append("\(file): not UTF-8; not fixed, so that no other byte changes")
                continue
            }
            var lines = FixLines(bytes: [UInt8](data))
            let original = lines
            // Right to left within a line, so earlier columns stay valid.
            let ordered = byFile[file]!.sorted { ($0.span.start.line, $0.span.start.column) > ($1.span.start.line, $1.span.start.column) }
            for finding in ordered {
                guard let replacement = finding.fix else { continue }
                let where_ = "\(file):\(finding.span.start.line):\(finding.span.start.column)"
                guard finding.span.start.line == finding.span.end.line,
                      lines.replace(line: finding.span.start.line, from: finding.span.start.column, to: finding.span.end.column,
                                    expecting: finding.value, with: replacement) else {
                    outcome.notes.append("\(where_): not fixable here (the text is encoded or has changed); edit it by hand")
                    continue
                }
                outcome.fixed.insert(finding.fingerprint)
            }
            guard lines != original else { continue }
            outcome.files.append(file)
            if dryRun {
                outcome.diff += UnifiedDiff.render(file: file, old: original.lines, new: lines.lines)
            } else {
                do {
                    try Data(lines.bytes).write(to: URL(fileURLWithPath: path))
                } catch {
                    outcome.notes.append("\(file): cannot write the file: \(error.localizedDescription)")
                }
            }
        }
        return outcome
    }
}

/// A file as lines of scalars plus the exact line endings, so writing it back changes no other byte.
struct FixLines: Equatable {
    var lines: [[Unicode.Scalar]]
    var endings: [[UInt8]]
    var prefix: [UInt8]

    init(bytes: [UInt8]) {
        var body = bytes[...]
        prefix = []
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            prefix = [0xEF, 0xBB, 0xBF]
            body = body.dropFirst(3)
        }
        lines = []
        endings = []
        var start = body.startIndex
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == 0x0A || body[i] == 0x0D {
                let ending: [UInt8] = body[i] == 0x0D && i + 1 < body.endIndex && body[i + 1] == 0x0A ? [0x0D, 0x0A] : [body[i]]
                lines.append(Array(String(decoding: body[start..<i], as: UTF8.self).unicodeScalars))
                endings.append(ending)
                i += ending.count
                start = i
            } else {
                i += 1
            }
        }
        lines.append(Array(String(decoding: body[start..<body.endIndex], as: UTF8.self).unicodeScalars))
        endings.append([])
    }

    var bytes: [UInt8] {
        var out = prefix
        for (line, ending) in zip(lines, endings) {
            out.append(contentsOf: Array(String(String.UnicodeScalarView(line)).utf8))
            out.append(contentsOf: ending)
        }
        return out
    }

    mutating func replace(line: Int, from: Int, to: Int, expecting original: String?, with replacement: String) -> Bool {
        guard line >= 1, line <= lines.count else { return false }
        let scalars = lines[line - 1]
        let start = from - 1
        let end = to - 1
        guard start >= 0, end > start, end <= scalars.count else { return false }
        let current = String(String.UnicodeScalarView(scalars[start..<end]))
        if let original, current.lowercased() != original.lowercased() { return false }
        lines[line - 1].replaceSubrange(start..<end, with: Array(replacement.unicodeScalars))
        return true
    }
}

/// A unified diff of two versions of a file with the same number of lines.
enum UnifiedDiff {
    static func render(file: String, old: [[Unicode.Scalar]], new: [[Unicode.Scalar]], context: Int = 3) -> String {
        let text = { (line: [Unicode.Scalar]) in String(String.UnicodeScalarView(line)) }
        let changed = old.indices.filter { $0 < new.count && old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(old.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var out = "--- a/\(file)\n+++ b/\(file)\n"
        for hunk in hunks {
            out += "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
            for index in hunk {
                if old[index] == new[index] {
                    out += " \(text(old[index]))\n"
                } else {
                    out += "-\(text(old[index]))\n+\(text(new[index]))\n"
                }
            }
        }
        return out
    }
}
