import AlignModel

/// Reads `.mjml` email templates: MJML is markup for emails only, so every file is an email. Its
/// `mj-*` elements hold HTML and text the HTML reader reads as it reads any unknown element.
public struct MJMLReader: DocumentReader {
    public static let extensions = ["mjml"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var options = options
        options.isEmail = true
        return HTMLReader().read(bytes, path: path, options: options)
    }
}
