import AlignModel
import AlignPacks
import AlignText
import Foundation

/// Reads rule packs (YAML) into validated `RulePack`s. Every mistake is reported with its file,
/// line and column before anything is checked, as Vale does with its styles.
///
/// A pack is a list of rules, or `{pack: NAME, rules: [...], overrides: {RULE-ID: LEVEL}}`.
/// Every rule has `id` (`pack/name`), `kind`, `message`, and optionally `why`, `severity`
/// (error | warning | info | off), `channels`, `audiences`, `kinds` (page, article, script,
/// email) and `examples: {flags: [...], passes: [...]}` (a `↓` marks where a flag must point).
/// `when`/`when_also`: only documents mentioning one of each are checked; `only_with`: a match
/// counts only in a clause with one of these; `only_with_on_pages`: outside an email, only in a
/// sentence with one of these; `except`: a match inside one of these does not
/// count; `unless`: a match in a
/// sentence with one of these does not count; `unless_anywhere`: nor in a document with one.
/// By kind: existence — `phrases`/`patterns`, `except`, `when`, `when_also`, `unless`, `unless_anywhere`,
/// `unless_promise`, `only_with`, `only_with_on_pages`, `unless_defined`, `unless_specified`; substitution — `use`, `instead_of`, `except`, the same four; required — `scope:
/// each|any`, `phrases`/`patterns`/`promises` (a promise counts when its topic is mentioned),
/// `when_sender` (an email whose From address contains one of these is in scope too), the same
/// four; greeting — `require: salutation|name`, `phrases` (extra words that name no one); parity — `phrases`/`patterns`. An existence message may say `{found}`.
public enum PackLoader {
    /// The rule kinds a pack can build on.
    public static let ruleKinds = ["existence", "substitution", "required", "greeting", "parity"]

    static let commonKeys = ["id", "kind", "message", "why", "severity", "channels", "audiences", "kinds", "examples"]
    /// Keys each kind reads besides the common ones.
    static let kindKeys: [String: [String]] = [
        "existence": ["phrases", "patterns", "except", "when", "when_also", "only_with", "only_with_on_pages", "unless", "unless_anywhere", "unless_promise", "unless_defined", "unless_specified"],
        "substitution": ["use", "instead_of", "except", "when", "when_also", "unless", "unless_anywhere"],
        "required": ["scope", "phrases", "patterns", "promises", "when", "when_also", "when_sender", "unless", "unless_anywhere"],
        "greeting": ["require", "phrases"],
        "parity": ["phrases", "patterns"],
    ]
    static var allRuleKeys: [String] {
        var keys = commonKeys
        for kind in ruleKinds { for key in kindKeys[kind] ?? [] where !keys.contains(key) { keys.append(key) } }
        return keys
    }

    /// Parses one pack. `file` is the path shown in messages; `name` is the pack's name unless
    /// the pack says `pack: NAME` itself.
    public static func load(yaml: String, file: String, name: String) throws(ConfigError) -> RulePack {
        let root = try YAMLValue.parse(yaml, file: file)
        var packName = name
        var ruleValues: [YAMLValue] = []
        var overrides: [String: RuleLevel] = [:]
        var overridePositions: [String: SourcePosition] = [:]
        switch root {
        case .null:
            break
        case .list(let items, _):
            ruleValues = items
        case .map(let map):
            try map.rejectUnknownKeys(["pack", "rules", "overrides"], in: "a rule pack")
            if let declared = try map.string("pack") {
                guard isPackName(declared.value) else {
                    throw map.error(at: declared.position, "pack name '\(declared.value)' must be letters, digits, '-' or '_'")
                }
                packName = declared.value
            }
            ruleValues = try map.list("rules")
            if let table = try map.map("overrides") {
                for entry in table.entries {
                    guard case .scalar(let text, let position) = entry.value else {
                        throw table.error(at: entry.value.position, "override of '\(entry.key)' must be error, warning, info or off")
                    }
                    overrides[entry.key] = try level(text, at: position, in: table)
                    overridePositions[entry.key] = entry.keyPosition
                }
            }
        case .scalar(_, let position):
            throw ConfigError(file: file, line: position.line, column: position.column,
                              message: "a rule pack must be a list of rules, or a mapping with 'pack' and 'rules'")
        }

        var rules: [PackRuleDefinition] = []
        var seen: [String: SourcePosition] = [:]
        for value in ruleValues {
            guard case .map(let map) = value else {
                throw ConfigError(file: file, line: value.position.line, column: value.position.column,
                                  message: "each rule must be a mapping with 'id', 'kind' and 'message', not \(value.shape)")
            }
            let rule = try definition(map, pack: packName, source: yaml)
            if let first = seen[rule.id] {
                throw map.error(at: rule.position, "duplicate rule id '\(rule.id)' (first defined at line \(first.line))")
            }
            seen[rule.id] = rule.position
            rules.append(rule)
        }
        var pack = RulePack(name: packName, file: file, rules: rules, overrides: overrides)
        pack.overridePositions = overridePositions
        return pack
    }

    /// A built-in pack by name, as embedded in the binary; nil when there is none of that name.
    public static func builtin(named name: String) throws(ConfigError) -> RulePack? {
        guard let yaml = BuiltinPacks.yaml(named: name) else { return nil }
        return try load(yaml: yaml, file: "rules/\(name).yml", name: name)
    }

    /// Every built-in pack, sorted by name.
    public static func builtins() throws(ConfigError) -> [RulePack] {
        var packs: [RulePack] = []
        for entry in BuiltinPacks.all {
            packs.append(try load(yaml: entry.yaml, file: "rules/\(entry.name).yml", name: entry.name))
        }
        return packs
    }

    /// Loads the packs `align.yml` names under `packs:`, as `ConfigLoader` resolved them (a
    /// built-in name, or a pack file's absolute path): a name it does not know stops there, once.
    public static func load(_ references: [PackReference], configuration: Configuration) throws(ConfigError) -> [RulePack] {
        var packs: [RulePack] = []
        for reference in references {
            if reference.isBuiltin, let pack = try builtin(named: reference.name) {
                packs.append(pack)
                continue
            }
            guard let data = FileManager.default.contents(atPath: reference.name) else {
                throw ConfigError(file: configuration.file, line: reference.position.line, column: reference.position.column,
                                  message: "cannot read rule pack '\(reference.written)'")
            }
            let name = URL(fileURLWithPath: reference.name).deletingPathExtension().lastPathComponent
            packs.append(try load(yaml: String(decoding: data, as: UTF8.self), file: reference.name, name: name))
        }
        return packs
    }

    // MARK: - One rule

    static func definition(_ map: YAMLMap, pack: String, source: String = "") throws(ConfigError) -> PackRuleDefinition {
        try map.rejectUnknownKeys(allRuleKeys, in: "a rule")
        guard let id = try map.string("id", required: true) else { throw map.error(at: map.position, "missing 'id'") }
        let parts = id.value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, isRuleName(String(parts[1])) else {
            throw map.error(at: id.position, "rule id '\(id.value)' must be '\(pack)/name' (lower-case letters, digits and '-')")
        }
        guard parts[0] == pack else {
            throw map.error(at: id.position, "rule id '\(id.value)' is outside pack '\(pack)'; write '\(pack)/\(parts[1])'")
        }

        guard let kind = try map.string("kind", required: true) else { throw map.error(at: map.position, "missing 'kind'") }
        guard ruleKinds.contains(kind.value) else {
            throw map.error(at: kind.position, "unknown kind '\(kind.value)'" + suggestion(kind.value, among: ruleKinds))
        }
        let allowed = commonKeys + (kindKeys[kind.value] ?? [])
        for entry in map.entries where !allowed.contains(entry.key) {
            throw map.error(at: entry.keyPosition, "'\(entry.key)' does not apply to a rule of kind \(kind.value)")
        }

        if map["message"] == nil {
            throw map.error(at: map.position, "rule '\(id.value)' needs a 'message' saying what to do instead")
        }
        guard let message = try map.string("message", required: true), !message.value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw map.error(at: map["message"]?.position ?? id.position, "rule '\(id.value)' needs a 'message' saying what to do instead")
        }
        var rule = PackRuleDefinition(id: id.value, kind: kind.value, message: message.value.trimmingCharacters(in: .whitespacesAndNewlines),
                                      file: map.file, position: id.position)
        rule.why = (try map.string("why")?.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let severity = try map.string("severity") {
            rule.level = try level(severity.value, at: severity.position, in: map)
        }
        rule.channels = try values(map, "channels", as: Channel.self)
        rule.audiences = try values(map, "audiences", as: Audience.self)
        rule.documentKinds = try values(map, "kinds", as: DocumentKind.self)
        rule.phrases = try phrases(map, "phrases")
        for pattern in try map.strings("patterns") {
            do {
                rule.patterns.append((try Pattern.compile(pattern.value, at: pattern.position, in: source), pattern.position))
            } catch {
                throw map.error(at: error.position, "invalid pattern '\(pattern.value)': \(error.message) at offset \(error.offset)")
            }
        }
        rule.use = try map.string("use")?.value
        rule.insteadOf = try phrases(map, "instead_of")
        rule.except = try phrases(map, "except")
        rule.promises = try map.strings("promises").map(\.value)
        rule.when = try phrases(map, "when")
        rule.whenAlso = try phrases(map, "when_also")
        if !rule.whenAlso.isEmpty, rule.when.isEmpty, let also = map["when_also"] {
            throw map.error(at: also.position, "'when_also' narrows 'when': write 'when' too")
        }
        rule.onlyWith = try phrases(map, "only_with")
        rule.onlyWithOnPages = try phrases(map, "only_with_on_pages")
        rule.whenSender = try phrases(map, "when_sender").map { $0.lowercased() }
        rule.unless = try phrases(map, "unless")
        rule.unlessAnywhere = try phrases(map, "unless_anywhere")
        rule.unlessPromise = try flag(map, "unless_promise") ?? false
        rule.unlessDefined = try flag(map, "unless_defined") ?? false
        rule.unlessSpecified = try flag(map, "unless_specified") ?? false
        if let scope = try map.string("scope") {
            guard ["each", "any"].contains(scope.value) else {
                throw map.error(at: scope.position, "scope must be 'each' (every document in scope) or 'any' (at least one), not '\(scope.value)'")
            }
            rule.scope = scope.value
        }
        if let require = try map.string("require") {
            guard ["salutation", "name"].contains(require.value) else {
                throw map.error(at: require.position, "'require' must be 'salutation' or 'name', not '\(require.value)'" + suggestion(require.value, among: ["salutation", "name"]))
            }
            rule.require = require.value
        }
        if let examples = try map.map("examples") {
            rule.examples = try self.examples(examples)
        }
        try checkKindFields(rule, map)
        return rule
    }

    /// What each kind cannot do without.
    static func checkKindFields(_ rule: PackRuleDefinition, _ map: YAMLMap) throws(ConfigError) {
        switch rule.kind {
        case "existence", "parity":
            if rule.phrases.isEmpty && rule.patterns.isEmpty {
                throw map.error(at: rule.position, "a rule of kind \(rule.kind) needs 'phrases' or 'patterns'")
            }
        case "substitution":
            guard let use = rule.use, !use.isEmpty else { throw map.error(at: rule.position, "a rule of kind substitution needs 'use'") }
            if rule.insteadOf.isEmpty { throw map.error(at: rule.position, "a rule of kind substitution needs 'instead_of'") }
        case "required":
            if rule.scope == nil { throw map.error(at: rule.position, "a rule of kind required needs 'scope: each' or 'scope: any'") }
            if rule.phrases.isEmpty && rule.patterns.isEmpty && rule.promises.isEmpty {
                throw map.error(at: rule.position, "a rule of kind required needs 'phrases', 'patterns' or 'promises'")
            }
        case "greeting":
            if rule.require == nil { throw map.error(at: rule.position, "a rule of kind greeting needs 'require: salutation' or 'require: name'") }
        default:
            break
        }
    }

    static func examples(_ map: YAMLMap) throws(ConfigError) -> RuleExamples {
        try map.rejectUnknownKeys(["flags", "passes"], in: "examples")
        var examples = RuleExamples()
        for flag in try map.strings("flags") {
            guard flag.value.filter({ $0 == "↓" }).count == 1 else {
                throw map.error(at: flag.position, "a 'flags' example needs exactly one '↓' where the finding must point")
            }
            examples.flags.append(flag.value)
        }
        for pass in try map.strings("passes") {
            guard !pass.value.contains("↓") else {
                throw map.error(at: pass.position, "a 'passes' example must not contain '↓'")
            }
            examples.passes.append(pass.value)
        }
        return examples
    }

    // MARK: - Values

    static func level(_ text: String, at position: SourcePosition, in map: YAMLMap) throws(ConfigError) -> RuleLevel {
        if text == "off" { return .off }
        if let severity = Severity(rawValue: text) { return .severity(severity) }
        throw map.error(at: position, "severity must be error, warning, info or off, not '\(text)'"
                        + suggestion(text, among: ["error", "warning", "info", "off"]))
    }

    static func values<T: RawRepresentable & CaseNamed>(_ map: YAMLMap, _ key: String, as type: T.Type) throws(ConfigError) -> [T] where T.RawValue == String {
        var result: [T] = []
        for item in try map.strings(key) {
            guard let value = T(rawValue: item.value) else {
                throw map.error(at: item.position, "unknown \(T.noun) '\(item.value)' in '\(key)'" + suggestion(item.value, among: T.names))
            }
            result.append(value)
        }
        return result
    }

    /// A `true`/`false` key, or nil when the rule does not set it.
    private static func flag(_ map: YAMLMap, _ key: String) throws(ConfigError) -> Bool? {
        guard let flag = try map.string(key) else { return nil }
        guard let value = ["true": true, "yes": true, "false": false, "no": false][flag.value] else {
            throw map.error(at: flag.position, "'\(key)' must be true or false")
        }
        return value
    }

    static func phrases(_ map: YAMLMap, _ key: String) throws(ConfigError) -> [String] {
        var result: [String] = []
        for item in try map.strings(key) {
            let phrase = item.value.trimmingCharacters(in: .whitespaces)
            guard phrase.contains(where: { $0.isLetter || $0.isNumber }) else {
                throw map.error(at: item.position, "'\(item.value)' in '\(key)' has no words to match")
            }
            result.append(phrase)
        }
        return result
    }

    static func suggestion(_ text: String, among options: [String]) -> String {
        didYouMean(text, among: options, otherwise: " (expected one of: \(options.joined(separator: ", ")))")
    }

    static func isPackName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    static func isRuleName(_ name: String) -> Bool {
        name.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
    }
}

/// Lets the loader name a bad value and suggest the nearest good one.
protocol CaseNamed {
    static var noun: String { get }
    static var names: [String] { get }
}

extension Channel: CaseNamed {
    static var noun: String { "channel" }
    static var names: [String] { allCases.map(\.rawValue) }
}

extension Audience: CaseNamed {
    static var noun: String { "audience" }
    static var names: [String] { allCases.map(\.rawValue) }
}

extension DocumentKind: CaseNamed {
    static var noun: String { "document kind" }
    static var names: [String] { ["page", "article", "script", "email"] }
}
