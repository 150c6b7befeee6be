import AlignModel

/// Reads JSON content files (CMS exports, i18n catalogues) that `data:` in align.yml lists:
/// every string value is a block, its key path the headings of its context. The engine hands it
/// only files `data:` names; any other `.json` is configuration, not prose.
public struct JSONDataReader: DocumentReader {
    public static let extensions = ["json"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: .page)
        switch TextInput.decode(bytes) {
        case .failure(let error):
            document.problems.append(error.problem)
        case .success(let source):
            var scanner = JSONDataScanner(source: source, maxDepth: options.maxNestingDepth)
            do {
                try scanner.scan()
            } catch {
                document.problems.append(error.problem)
            }
            // What was read before a cut-off is still checked; a file that is not JSON has nothing.
            if document.problems.allSatisfy({ $0.kind == .truncated }) { document.blocks = scanner.blocks }
        }
        return [document]
    }
}
