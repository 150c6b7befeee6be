import AlignModel
import AlignText
import Foundation

/// Reads and validates `expect.yml`, the canonical statement of what customers can expect.
public enum ExpectationLoader {
    static let topKeys = ["organization", "statement", "promises", "terminology", "avoid"]
    static let promiseKeys = ["id", "statement", "topic", "value", "values", "scope", "not_about", "strength", "required_in"]

    /// Reads `path`; errors and `Expectation.file` name it `displayPath`. `validateValue` returns
    /// an error message when a promise's `value:` cannot be read as a quantity.
    public static func load(
        path: String, displayPath: String, validateValue: (String) -> String?
    ) throws(ConfigError) -> Expectation {
        let text = try FilePaths.readText(FilePaths.absolute(path), display: displayPath)
        // Messages name the file as it is called, which need not be expect.yml.
        let name = (displayPath as NSString).lastPathComponent
        let map: YAMLMap
        switch try YAMLValue.parse(text, file: displayPath) {
        case .map(let m):
            map = m
        case .null(let position):
            map = YAMLMap(file: displayPath, position: position, entries: [])
        case let other:
            throw ConfigError(file: displayPath, line: other.position.line, column: other.position.column,
                              message: "\(name) must be a mapping (organization, statement, promises, ...), not \(other.shape)")
        }
        if let misplaced = map.entries.first(where: { ConfigLoader.topKeys.contains($0.key) && !topKeys.contains($0.key) }) {
            throw map.error(at: misplaced.keyPosition, "'\(misplaced.key)' belongs in align.yml (the settings), not in \(name)")
        }
        try map.rejectUnknownKeys(topKeys, in: name)

        var expectation = Expectation(file: displayPath)
        expectation.organization = try map.string("organization")?.value
        expectation.statement = try map.string("statement")?.value
        for item in try map.list("promises") {
            let promise = try promise(try entryMap(item, in: map, naming: "promise"), validateValue: validateValue, text: text)
            if let first = expectation.promises.first(where: { $0.id == promise.id }) {
                throw map.error(at: promise.position, "duplicate promise id '\(promise.id)' (first at line \(first.position.line))")
            }
            expectation.promises.append(promise)
        }
        for item in try map.list("terminology") {
            expectation.terminology.append(try termPreference(try entryMap(item, in: map, naming: "terminology entry")))
        }
        for item in try map.list("avoid") {
            expectation.avoid.append(try avoidEntry(try entryMap(item, in: map, naming: "avoid entry"), text: text))
        }
        return expectation
    }

    private static func entryMap(_ item: YAMLValue, in map: YAMLMap, naming what: String) throws(ConfigError) -> YAMLMap {
        guard case .map(let entry) = item else {
            throw map.error(at: item.position, "each \(what) must be a mapping of keys, not \(item.shape)")
        }
        return entry
    }

    private static func promise(_ map: YAMLMap, validateValue: (String) -> String?, text: String) throws(ConfigError) -> Promise {
        try map.rejectUnknownKeys(promiseKeys, in: "a promise")
        guard let id = try map.string("id") else { throw map.error(at: map.position, "a promise needs an 'id'") }
        guard isKebabCase(id.value) else {
            throw map.error(at: id.position, "promise id '\(id.value)' must be kebab-case: lowercase letters, digits and '-'")
        }
        guard let statement = try map.string("statement") else {
            throw map.error(at: map.position, "promise '\(id.value)' needs a 'statement'")
        }
        let topics = try nonEmptyWords("topic", in: map, owner: "promise '\(id.value)'")
        guard !topics.isEmpty else {
            throw map.error(at: map["topic"]?.position ?? map.position, "promise '\(id.value)' needs a 'topic': the words that signal it")
        }
        let value = try map.string("value")
        if let value, let problem = validateValue(value.value) {
            throw map.error(at: value.position, "cannot read value '\(value.value)' of promise '\(id.value)': \(problem)")
        }
        if let value { try rejectUnread(value, of: id.value, in: map, text: text) }
        let strength = try map.word("strength", allowed: ["firm", "soft"], naming: "strength")
            .flatMap { PromiseStrength(rawValue: $0.value) } ?? .firm
        var values: [ConditionalValue] = []
        for item in try map.list("values") {
            values.append(try conditionalValue(try entryMap(item, in: map, naming: "entry of 'values'"), promise: id.value,
                                               validateValue: validateValue, text: text))
        }
        var scope: PromiseScope?
        if let scopeMap = try map.map("scope") {
            try scopeMap.rejectUnknownKeys(["paths", "context"], in: "a promise's scope")
            for path in try scopeMap.strings("paths") {
                do {
                    _ = try Glob(path.value)
                } catch {
                    throw scopeMap.error(at: path.position, "invalid glob '\(path.value)' in the scope of promise '\(id.value)': \(error.message)")
                }
            }
            scope = PromiseScope(
                paths: try nonEmptyWords("paths", in: scopeMap, owner: "the scope of promise '\(id.value)'"),
                context: try nonEmptyWords("context", in: scopeMap, owner: "the scope of promise '\(id.value)'"))
        }
        return Promise(
            id: id.value, statement: statement.value, topics: topics, value: value?.value, strength: strength,
            requiredIn: try map.channels("required_in"), position: id.position, valuePosition: value?.position,
            values: values, scope: scope, notAbout: try nonEmptyWords("not_about", in: map, owner: "promise '\(id.value)'"))
    }

    /// `- when: [priority 1, P1]` / `value: 4 business hours`.
    private static func conditionalValue(
        _ map: YAMLMap, promise: String, validateValue: (String) -> String?, text: String
    ) throws(ConfigError) -> ConditionalValue {
        try map.rejectUnknownKeys(["when", "value"], in: "an entry of 'values'")
        let when = try nonEmptyWords("when", in: map, owner: "a value of promise '\(promise)'")
        guard !when.isEmpty else {
            throw map.error(at: map.position, "each entry of 'values' of promise '\(promise)' needs 'when': the words that name its condition")
        }
        guard let value = try map.string("value") else {
            throw map.error(at: map.position, "each entry of 'values' of promise '\(promise)' needs a 'value'")
        }
        if let problem = validateValue(value.value) {
            throw map.error(at: value.position, "cannot read value '\(value.value)' of promise '\(promise)': \(problem)")
        }
        try rejectUnread(value, of: promise, in: map, text: text)
        return ConditionalValue(when: when, value: value.value, position: value.position)
    }

    private static func termPreference(_ map: YAMLMap) throws(ConfigError) -> TermPreference {
        try map.rejectUnknownKeys(["use", "instead_of", "except", "in"], in: "a terminology entry")
        guard let use = try map.string("use"), !use.value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw map.error(at: map.position, "a terminology entry needs 'use': the preferred term")
        }
        let insteadOf = try nonEmptyWords("instead_of", in: map, owner: "terminology entry '\(use.value)'")
        guard !insteadOf.isEmpty else {
            throw map.error(at: map["instead_of"]?.position ?? map.position,
                            "terminology entry '\(use.value)' needs 'instead_of': the terms it replaces")
        }
        let except = try nonEmptyWords("except", in: map, owner: "terminology entry '\(use.value)'")
        return TermPreference(use: use.value, insteadOf: insteadOf, except: except, channels: try map.channels("in"), position: use.position)
    }

    private static func avoidEntry(_ map: YAMLMap, text: String) throws(ConfigError) -> AvoidEntry {
        try map.rejectUnknownKeys(["phrase", "pattern", "because", "in"], in: "an avoid entry")
        let phrase = try map.string("phrase")
        let pattern = try map.string("pattern")
        let match: AvoidEntry.Match
        let position: SourcePosition
        switch (phrase, pattern) {
        case (let phrase?, nil):
            guard !phrase.value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw map.error(at: phrase.position, "'phrase' must not be empty")
            }
            (match, position) = (.phrase(phrase.value), phrase.position)
        case (nil, let pattern?):
            do {
                (match, position) = (.pattern(try Pattern.compile(pattern.value, at: pattern.position, in: text)), pattern.position)
            } catch {
                throw map.error(at: error.position, "invalid pattern '\(pattern.value)': \(error.message)")
            }
        case (_?, _?):
            let written = map.entries.filter { $0.key == "phrase" || $0.key == "pattern" }
            throw map.error(at: written.last?.keyPosition ?? map.position, "an avoid entry takes 'phrase' or 'pattern', not both")
        case (nil, nil):
            throw map.error(at: map.position, "an avoid entry needs a 'phrase' or a 'pattern'")
        }
        return AvoidEntry(match: match, because: try map.string("because")?.value, channels: try map.channels("in"), position: position)
    }

    /// A list (or one) of non-empty words or phrases under `key`.
    private static func nonEmptyWords(_ key: String, in map: YAMLMap, owner: String) throws(ConfigError) -> [String] {
        var words: [String] = []
        for entry in try map.strings(key) {
            guard !entry.value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw map.error(at: entry.position, "empty entry in '\(key)' of \(owner)")
            }
            words.append(entry.value)
        }
        return words
    }

    /// Exit 2 at the first text of `value` that is not part of a value.
    private static func rejectUnread(_ value: (value: String, position: SourcePosition), of promise: String, in map: YAMLMap,
                                     text: String) throws(ConfigError) {
        guard let unread = unreadText(of: value.value) else { return }
        throw map.error(at: WrittenText.position(ofUTF8Offset: unread.offset, in: value.value, at: value.position, source: text),
                        "cannot read value '\(value.value)' of promise '\(promise)': '\(unread.text)' is not part of a value; write the value alone (24 hours, 5 business days, $75, 99.9%, 5 seats)")
    }

    /// The text of a canonical value that is not part of it, with its UTF-8 offset, or nil when
    /// the value is wholly in the grammar (`QuantityReader.parseCanonical` decides): "two
    /// months-ish" must not become a canonical "two months" that messages then quote as written.
    static func unreadText(of value: String) -> (text: String, offset: Int)? {
        let problem: QuantityValueError
        do {
            _ = try QuantityReader.parseCanonical(value)
            return nil
        } catch {
            problem = error
        }
        // The reader names the stray words in quotes: point at the first of them.
        let quoted = problem.message.split(separator: "'", omittingEmptySubsequences: false)
        guard quoted.count >= 3, let found = value.range(of: quoted[1]) else { return (value, 0) }
        let offset = value.utf8.distance(from: value.startIndex, to: found.lowerBound)
        // Words after a count name what is counted ("20000 text messages", "100 emails per day").
        let read = QuantityReader.quantities(in: value)
        if read.count == 1, read[0].quantity.isCounted, offset >= read[0].range.upperBound { return nil }
        return (String(quoted[1]), offset)
    }

    static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
