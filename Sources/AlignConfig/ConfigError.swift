/// A problem in a file the user wrote (`align.yml`, `expect.yml`, a rule pack), with its place.
/// Rendered once, at the top, as `file:line:column: error: message`, and the run exits 2.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
