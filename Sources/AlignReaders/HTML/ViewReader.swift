import AlignModel

/// Reads a web framework's view files as the pages they render: Svelte components (`.svelte`),
/// Vue single-file components (`.vue`) and Laravel's Blade views (`pricing.blade.php`). Their
/// own markup is blanked (`ViewMarkup`) and what remains is read as any page is, at the view's
/// own lines and columns; under an email folder, or in `emails:`, a view is an email.
public struct ViewReader: DocumentReader {
    public static let extensions = ["svelte", "vue", "blade"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        let body = TextDecoding.withoutBOM(bytes[...])
        let name = path.split(separator: "/").last ?? Substring(path)
        guard TextDecoding.binaryReason(body) == nil, TextDecoding.utf16(bytes[...]) == nil,
              let dialect = DocumentReaders.formatExtension(ofName: name).flatMap(ViewMarkup.Dialect.init(formatExtension:)) else {
            // Binary or UTF-16 input is the page reader's to report or decode as it does for a page.
            return HTMLReader().read(bytes, path: path, options: options)
        }
        let scalars = TextDecoding.decodeSource(body).source.allScalars
        return HTMLReader().read(UTF8Encoding.bytes(ViewMarkup.blanked(scalars, dialect: dialect)), path: path, options: options)
    }
}
