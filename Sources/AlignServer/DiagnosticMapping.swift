import AlignConfig
import AlignModel
import Foundation

/// Findings as an editor shows them. align counts lines from 1 and columns in Unicode scalars
/// from 1; the protocol counts both from 0 and columns in UTF-16 code units, so a column is
/// converted against the text of its line.
struct DiagnosticMapping {
    /// The text of a file by its path relative to the root: the editor's when it is open.
    var text: (String) -> String?
    var uri: (String) -> String

    private var lines: [String: [Substring]] = [:]

    init(text: @escaping (String) -> String?, uri: @escaping (String) -> String) {
        self.text = text
        self.uri = uri
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    mutating func diagnostic(_ finding: Finding) -> Diagnostic {
        let related = finding.related.map { place in
            DiagnosticRelatedInformation(
                location: Location(uri: uri(place.file),
                                   range: range(SourceSpan(at: SourcePosition(line: place.line, column: place.column)), in: place.file)),
                message: place.message)
        }
        return Diagnostic(range: range(finding.span, in: finding.file), severity: Self.severity(finding.severity),
                          code: finding.rule, source: "align", message: finding.message,
                          relatedInformation: related.isEmpty ? nil : related)
    }

    static func diagnostic(_ error: ConfigError) -> Diagnostic {
        let position = LSPPosition(line: max(0, error.line - 1), character: max(0, error.column - 1))
        return Diagnostic(range: LSPRange(start: position, end: position), severity: 1, code: "config", source: "align",
                          message: error.message, relatedInformation: nil)
    }

    mutating func range(_ span: SourceSpan, in file: String) -> LSPRange {
        LSPRange(start: position(span.start, in: file), end: position(span.end, in: file))
    }

    mutating func position(_ position: SourcePosition, in file: String) -> LSPPosition {
        let line = max(0, position.line - 1)
        if lines[file] == nil {
            lines[file] = (text(file) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let all = lines[file], line < all.count else {
            return LSPPosition(line: line, character: max(0, position.column - 1))
        }
        let scalars = all[line].unicodeScalars
        let prefix = scalars.prefix(max(0, position.column - 1))
        return LSPPosition(line: line, character: prefix.reduce(0) { $0 + $1.utf16.count })
    }
}
