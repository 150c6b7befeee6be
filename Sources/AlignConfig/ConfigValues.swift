import AlignModel

/// Readers for the kinds of value `align.yml` and `expect.yml` share: channels, globs and
/// words from a fixed set, each failing at the offending entry.
extension YAMLMap {
    /// A channel name read at `position`.
    func channel(_ name: String, at position: SourcePosition) throws(ConfigError) -> Channel {
        guard let channel = Channel(rawValue: name) else {
            throw error(at: position, unknownWord("channel", name, among: Channel.allCases.map(\.rawValue)))
        }
        return channel
    }

    /// `key: [customer, employee]` (or one channel); empty when absent.
    func channels(_ key: String) throws(ConfigError) -> [Channel] {
        var result: [Channel] = []
        for entry in try strings(key) {
            let channel = try channel(entry.value, at: entry.position)
            if !result.contains(channel) { result.append(channel) }
        }
        return result
    }

    /// `key: ["site/**", ...]` (or one glob); empty when absent.
    func globs(_ key: String) throws(ConfigError) -> [Glob] {
        var result: [Glob] = []
        for entry in try strings(key) {
            do {
                var glob = try Glob(entry.value)
                glob.position = entry.position
                result.append(glob)
            } catch {
                throw self.error(at: entry.position, "invalid glob '\(entry.value)': \(error.message)")
            }
        }
        return result
    }

    /// An optional value that must be one of `allowed` (a severity, a strength...).
    func word(_ key: String, allowed: [String], naming what: String) throws(ConfigError) -> (value: String, position: SourcePosition)? {
        guard let entry = try string(key) else { return nil }
        guard allowed.contains(entry.value) else {
            throw error(at: entry.position, unknownWord(what, entry.value, among: allowed))
        }
        return entry
    }
}

/// "unknown channel 'custmer'; did you mean 'customer'?" or the list of what is allowed.
func unknownWord(_ what: String, _ word: String, among allowed: [String]) -> String {
    "unknown \(what) '\(word)'" + didYouMean(word, among: allowed, otherwise: " (expected one of: \(allowed.joined(separator: ", ")))")
}

/// A severity as a rule's setting: error, warning, info or off.
func ruleLevel(_ word: String) -> RuleLevel? {
    if word == "off" { return .off }
    return Severity(rawValue: word).map(RuleLevel.severity)
}
