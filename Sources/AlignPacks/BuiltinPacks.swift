/// The rule packs that ship with `align`: the top-level `rules/*.yml`, embedded at build time by
/// the EmbedPacks plugin so that a copied binary still has them.
public enum BuiltinPacks {
    /// Name (the file name without `.yml`) and YAML text of every built-in pack, sorted by name.
    public static var all: [(name: String, yaml: String)] { embeddedPacks }

    /// The YAML of the built-in pack `name`, if there is one.
    public static func yaml(named name: String) -> String? {
        embeddedPacks.first { $0.name == name }?.yaml
    }

    public static var names: [String] { embeddedPacks.map(\.name) }
}
