import Foundation
import AlignModel

/// Finds and reads `align.yml`, validating every setting; each problem is a ConfigError at the
/// line and column of the node the user must change.
public enum ConfigLoader {
    public static let fileName = "align.yml"

    static let topKeys = ["expect", "channels", "audience", "emails", "data", "packs", "rules", "ignore", "fail_on", "scripts", "limits", "markdown", "other_party"]
    static let limitKeys = ["max_file_bytes", "max_nesting_depth", "max_mime_parts", "max_sentence_bytes", "max_seconds_per_document"]
    static let levelWords = ["error", "warning", "info", "off"]

    /// The absolute path of the first `align.yml` in `directory` or its nearest parent, or nil.
    /// A relative `directory` is taken from the working directory.
    public static func locate(startingAt directory: String) -> String? {
        var folder = FilePaths.absolute(directory)
        while true {
            let candidate = FilePaths.absolute(fileName, against: folder)
            if FilePaths.isFile(candidate) { return candidate }
            let parent = FilePaths.folder(of: folder)
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// `path` as messages show it: as given when relative, relative to the working directory
    /// when it lies inside it.
    public static func displayPath(_ path: String) -> String {
        FilePaths.display(path)
    }

    /// Reads and validates one `align.yml`. Pack entries are accepted when they are in
    /// `builtinPacks` or name an existing `.yml` file relative to the file's folder.
    public static func load(path: String, builtinPacks: Set<String>) throws(ConfigError) -> Configuration {
        let display = FilePaths.display(path)
        let absolute = FilePaths.absolute(path)
        let root = FilePaths.folder(of: absolute)
        let text = try FilePaths.readText(absolute, display: display)

        let map: YAMLMap
        switch try YAMLValue.parse(text, file: display) {
        case .map(let m):
            map = m
        case .null(let position):
            map = YAMLMap(file: display, position: position, entries: [])
        case let other:
            throw ConfigError(file: display, line: other.position.line, column: other.position.column,
                              message: "align.yml must be a mapping of settings (expect, channels, ...), not \(other.shape)")
        }
        // The two files' keys are easily swapped by a new user: say where a key belongs.
        if let misplaced = map.entries.first(where: { ExpectationLoader.topKeys.contains($0.key) && !topKeys.contains($0.key) }) {
            throw map.error(at: misplaced.keyPosition, "'\(misplaced.key)' belongs in expect.yml (the expectation statement), not in align.yml")
        }
        try map.rejectUnknownKeys(topKeys, in: "align.yml")

        var configuration = Configuration(root: root, file: display, expectPath: try expectPath(map, root: root))
        configuration.channels = try channels(map)
        configuration.audiences = try audiences(map)
        configuration.emails = try map.globs("emails")
        configuration.data = try map.globs("data")
        configuration.packs = try packs(map, root: root, builtinPacks: builtinPacks)
        (configuration.rules, configuration.rulePositions) = try rules(map)
        configuration.ignore = try map.globs("ignore")
        if let failOn = try map.word("fail_on", allowed: FailThreshold.allCases.map(\.rawValue), naming: "fail_on value"),
           let threshold = FailThreshold(rawValue: failOn.value) {
            configuration.failThreshold = threshold
        }
        configuration.otherParty = try otherParty(map)
        configuration.codeBlocks = try codeBlocks(map)
        configuration.limits = try limits(map)
        return configuration
    }

    /// `expect:`, relative to align.yml's folder; `expect.yml` beside it when not written.
    private static func expectPath(_ map: YAMLMap, root: String) throws(ConfigError) -> String {
        guard let written = try map.string("expect") else {
            let path = FilePaths.absolute("expect.yml", against: root)
            guard FilePaths.isFile(path) else {
                throw map.error(at: map.position, "no 'expect:' given and no expect.yml beside align.yml")
            }
            return path
        }
        let path = FilePaths.absolute(written.value, against: root)
        guard FilePaths.isFile(path) else {
            let problem = FilePaths.isFolder(path) ? "is a folder, not a file" : "not found"
            throw map.error(at: written.position, "expectation statement '\(written.value)' \(problem) (paths are relative to the folder of align.yml)")
        }
        return path
    }

    private static func channels(_ map: YAMLMap) throws(ConfigError) -> [(channel: Channel, globs: [Glob])] {
        guard let section = try map.map("channels") else { return [] }
        var result: [(channel: Channel, globs: [Glob])] = []
        for entry in section.entries {
            let channel = try section.channel(entry.key, at: entry.keyPosition)
            result.append((channel, try section.globs(entry.key)))
        }
        return result
    }

    private static func audiences(_ map: YAMLMap) throws(ConfigError) -> [(audience: Audience, globs: [Glob])] {
        guard let section = try map.map("audience") else { return [] }
        var result: [(audience: Audience, globs: [Glob])] = []
        for entry in section.entries {
            guard let audience = Audience(rawValue: entry.key) else {
                throw section.error(at: entry.keyPosition, unknownWord("audience", entry.key, among: Audience.allCases.map(\.rawValue)))
            }
            result.append((audience, try section.globs(entry.key)))
        }
        return result
    }

    private static func packs(_ map: YAMLMap, root: String, builtinPacks: Set<String>) throws(ConfigError) -> [PackReference] {
        var result: [PackReference] = []
        for entry in try map.strings("packs") {
            let reference: PackReference
            if builtinPacks.contains(entry.value) {
                reference = PackReference(name: entry.value, isBuiltin: true, written: entry.value, position: entry.position)
            } else if entry.value.hasSuffix(".yml") || entry.value.hasSuffix(".yaml") {
                let path = FilePaths.absolute(entry.value, against: root)
                guard FilePaths.isFile(path) else {
                    throw map.error(at: entry.position, "pack file '\(entry.value)' not found (paths are relative to the folder of align.yml)")
                }
                reference = PackReference(name: path, isBuiltin: false, written: entry.value, position: entry.position)
            } else {
                let names = builtinPacks.isEmpty ? "none" : builtinPacks.sorted().joined(separator: ", ")
                throw map.error(at: entry.position, "unknown pack '\(entry.value)'" + didYouMean(
                    entry.value, among: builtinPacks.sorted(), otherwise: " (built-in packs: \(names); or the path of a .yml file)"))
            }
            if !result.contains(where: { $0.name == reference.name }) { result.append(reference) }
        }
        return result
    }

    private static func rules(_ map: YAMLMap) throws(ConfigError) -> ([String: RuleSetting], [String: SourcePosition]) {
        guard let section = try map.map("rules") else { return ([:], [:]) }
        var settings: [String: RuleSetting] = [:]
        var positions: [String: SourcePosition] = [:]
        for entry in section.entries {
            switch entry.value {
            case .scalar(let word, let position):
                guard let level = ruleLevel(word) else {
                    throw section.error(at: position, unknownWord("severity", word, among: levelWords))
                }
                settings[entry.key] = RuleSetting(level: level)
            case .map(let setting):
                try setting.rejectUnknownKeys(["severity", "channels"], in: "the setting of rule '\(entry.key)'")
                let level = try setting.word("severity", allowed: levelWords, naming: "severity").flatMap { ruleLevel($0.value) }
                let channels = setting["channels"] == nil ? nil : try setting.channels("channels")
                settings[entry.key] = RuleSetting(level: level, channels: channels)
            case .list, .null:
                throw section.error(at: entry.value.position,
                                    "the setting of rule '\(entry.key)' must be a severity (error, warning, info, off) or a mapping {severity, channels}, not \(entry.value.shape)")
            }
            positions[entry.key] = entry.keyPosition
        }
        return (settings, positions)
    }

    /// `other_party:` and `scripts.customer_speakers`, its alias, in the order written.
    private static func otherParty(_ map: YAMLMap) throws(ConfigError) -> [String] {
        var labels: [(value: String, position: SourcePosition)] = []
        if let scripts = try map.map("scripts") {
            try scripts.rejectUnknownKeys(["customer_speakers"], in: "scripts")
            labels += try scripts.strings("customer_speakers")
        }
        labels += try map.strings("other_party")
        var result: [String] = []
        for entry in labels {
            let name = entry.value.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw map.error(at: entry.position, "a label of the other party's words must not be empty") }
            if !result.contains(name) { result.append(name) }
        }
        return result
    }

    private static func codeBlocks(_ map: YAMLMap) throws(ConfigError) -> CodeBlockReading {
        guard let section = try map.map("markdown") else { return .auto }
        try section.rejectUnknownKeys(["code_blocks"], in: "markdown")
        guard let word = try section.word("code_blocks", allowed: CodeBlockReading.allCases.map(\.rawValue), naming: "code_blocks value") else { return .auto }
        return CodeBlockReading(rawValue: word.value) ?? .auto
    }

    private static func limits(_ map: YAMLMap) throws(ConfigError) -> Limits {
        var limits = Limits()
        guard let section = try map.map("limits") else { return limits }
        try section.rejectUnknownKeys(limitKeys, in: "limits")
        if let bytes = try section.positiveWholeNumber("max_file_bytes") { limits.maxFileBytes = bytes }
        if let depth = try section.positiveWholeNumber("max_nesting_depth") { limits.maxNestingDepth = depth }
        if let parts = try section.positiveWholeNumber("max_mime_parts") { limits.maxMimeParts = parts }
        if let bytes = try section.positiveWholeNumber("max_sentence_bytes") { limits.maxSentenceBytes = bytes }
        if let entry = try section.string("max_seconds_per_document") {
            guard let seconds = Double(entry.value), seconds.isFinite else {
                throw section.error(at: entry.position, "'max_seconds_per_document' must be a number of seconds, not '\(entry.value)'")
            }
            guard seconds > 0 else {
                throw section.error(at: entry.position, "'max_seconds_per_document' must be greater than zero")
            }
            limits.maxSecondsPerDocument = seconds
        }
        return limits
    }
}

extension YAMLMap {
    /// A limit: a whole number above zero (`1_000_000` allowed, as YAML writes large numbers).
    fileprivate func positiveWholeNumber(_ key: String) throws(ConfigError) -> Int? {
        guard let entry = try string(key) else { return nil }
        guard let number = Int(entry.value.replacingOccurrences(of: "_", with: "")) else {
            throw error(at: entry.position, "'\(key)' must be a whole number, not '\(entry.value)'")
        }
        guard number > 0 else { throw error(at: entry.position, "'\(key)' must be greater than zero") }
        return number
    }
}
