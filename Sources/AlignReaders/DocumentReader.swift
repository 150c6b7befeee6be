import AlignModel

/// Turns a file's bytes into documents. One reader per format; the engine picks by extension.
public protocol DocumentReader: Sendable {
    /// Lower-case file extensions, without the dot.
    static var extensions: [String] { get }
    func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document]
}

/// Settings and bounds a reader honours.
public struct ReadOptions: Sendable {
    public var customerSpeakers: Set<String>
    public var maxNestingDepth: Int
    public var maxMimeParts: Int

    public init(customerSpeakers: Set<String> = ["customer", "prospect", "caller", "client"], maxNestingDepth: Int = 256, maxMimeParts: Int = 500) {
        self.customerSpeakers = customerSpeakers
        self.maxNestingDepth = maxNestingDepth
        self.maxMimeParts = maxMimeParts
    }
}
