import AlignModel

/// One entry of `packs:` in `align.yml`, resolved: a built-in pack's name, or a pack file's
/// absolute path.
public struct PackReference: Hashable, Sendable {
    /// The built-in pack's name, or the absolute path of the pack file.
    public var name: String
    public var isBuiltin: Bool
    /// The entry as the user wrote it, for messages.
    public var written: String
    /// Where the entry is in `align.yml`.
    public var position: SourcePosition

    public init(name: String, isBuiltin: Bool, written: String, position: SourcePosition) {
        self.name = name
        self.isBuiltin = isBuiltin
        self.written = written
        self.position = position
    }
}
