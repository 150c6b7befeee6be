import AlignConfig
import AlignModel
import AlignPacks
import AlignRules
import AlignText

public enum AlignVersion {
    public static let current = "0.1.0"
}

/// Everything a command needs for one run: the validated configuration and expectation
/// statement, and every rule compiled once. Any problem in the files the user wrote is a
/// positioned `ConfigError` (exit 2) before a single document is read.
public struct AlignSession: Sendable {
    public var configuration: Configuration
    public var expectation: Expectation
    public var rules: RuleRegistry

    public var engine: Engine { Engine(configuration: configuration, expectation: expectation, rules: rules) }

    public static func load(configPath: String?, startingAt directory: String) throws(ConfigError) -> AlignSession {
        guard let path = configPath ?? ConfigLoader.locate(startingAt: directory) else {
            throw ConfigError(file: ConfigLoader.displayPath(directory), line: 1, column: 1,
                              message: "no align.yml in this folder or any parent; run `align init` to write one, or pass --config")
        }
        let configuration = try ConfigLoader.load(path: path, builtinPacks: Set(BuiltinPacks.names))
        var expectation = try ExpectationLoader.load(
            path: configuration.expectPath, displayPath: ConfigLoader.displayPath(configuration.expectPath),
            validateValue: valueProblem)
        // Findings name files relative to align.yml's folder; errors above, relative to the shell.
        expectation.file = relativePath(configuration.expectPath, to: configuration.root)

        let packs = try PackLoader.load(configuration.packs, configuration: configuration)
        let packsAt = configuration.packs.first?.position ?? SourcePosition(line: 1, column: 1)
        let rules = try RuleRegistry.build(configuration: configuration, expectation: expectation, packs: packs, packsAt: packsAt, stemmer: Stemmer())
        return AlignSession(configuration: configuration, expectation: expectation, rules: rules)
    }

    static func valueProblem(_ value: String) -> String? {
        QuantityReader.parse(value) == nil
            ? "write one value: a duration (24 hours, 5 business days), an amount of money ($75), a percentage (99.9%), a count (5 seats), a time of day (12:00, 3pm) or a version (20+, version 3.0 or later)"
            : nil
    }

    static func relativePath(_ path: String, to root: String) -> String {
        FilePaths.relative(path, to: root) ?? path
    }
}

/// Every rule align knows without a configuration: for `align rules` and `align explain`.
public enum RuleListing {
    public static func all() -> [RuleDescription] {
        let claims = ClaimRules(expectation: ClaimExamples.expectation, stemmer: Stemmer())
        return (EngineRules.all + claims.descriptions + RuleCatalogue.allDescriptions())
            .sorted { ($0.pack == "core" ? "" : $0.pack, $0.id) < ($1.pack == "core" ? "" : $1.pack, $1.id) }
    }
}
