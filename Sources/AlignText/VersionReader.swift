/// Reads a version right after the name it is of: "Node.js 20+", "Ruby 3.3.3", "Redis version
/// 7.0 or higher", "Ubuntu (20.04)", "Node 20.x". A number is read as a version only where it
/// looks like one (a dot, "v", "version", or a "+" or "or later" after it), so "Node 20 ships"
/// is not one. The quantity reader leaves versions alone everywhere else: a version is a claim
/// only beside a promise's own name, which only the claim reader knows.
public enum VersionReader {
    /// The components a version keeps: major, minor, patch.
    static let components = 3
    /// Each component's place in the encoded value: 20.1.3 is 20·10⁸ + 1·10⁴ + 3.
    static let place = 10_000.0

    /// The version that opens `bytes[start...]` after at most a space, an opening parenthesis or
    /// a backtick, and "version"/"v"; its range and bound. Nil when none does.
    public static func version(in bytes: [UInt8], at start: Int) -> ReadQuantity? {
        var i = start
        func skip(_ set: Set<UInt8>) { while i < bytes.count, set.contains(bytes[i]) { i += 1 } }
        // The rest of a name the topic opens: ".js" of "Node.js".
        while i + 1 < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x2D, isLetter(bytes[i + 1]) {
            i += 1
            while i < bytes.count, isLetter(bytes[i]) { i += 1 }
        }
        skip([0x20, 0x28, 0x60]) // " (`"
        let textStart = i
        var marked = false
        if let word = word(in: bytes, at: i), ["version", "ver", "v"].contains(word.text) {
            i = word.end
            marked = true
            skip([0x20])
        }
        if i < bytes.count, bytes[i] == 0x76 || bytes[i] == 0x56, i + 1 < bytes.count, isDigit(bytes[i + 1]) { // "v20"
            i += 1
            marked = true
        }
        guard i < bytes.count, isDigit(bytes[i]) else { return nil }
        var parts: [Int] = []
        var wildcard = false
        while i < bytes.count {
            if isDigit(bytes[i]) {
                var value = 0
                let digitsStart = i
                while i < bytes.count, isDigit(bytes[i]) {
                    value = min(value * 10 + Int(bytes[i] - 0x30), Int(place) - 1)
                    i += 1
                }
                if i - digitsStart > 4 { return nil } // a year or an identifier, not a version
                if !wildcard, parts.count < components { parts.append(value) }
            } else if bytes[i] == 0x78 || bytes[i] == 0x2A { // "20.x", "3.*"
                wildcard = true
                i += 1
            } else {
                return nil
            }
            guard i + 1 < bytes.count, bytes[i] == 0x2E, isDigit(bytes[i + 1]) || bytes[i + 1] == 0x78 || bytes[i + 1] == 0x2A else { break }
            marked = true
            i += 1
        }
        // Glued letters make a name or a unit ("5G", "20GB", "3rd"), not a version.
        if i < bytes.count, isLetter(bytes[i]) { return nil }
        // "Ubuntu 20.04, 22.04, and newer", "22.04/24.04", "3.2 or 3.3": a list of versions is no one version.
        if startsList(bytes, at: i) { return nil }
        var end = i
        var bound = Quantity.Bound.exact
        if i < bytes.count, bytes[i] == 0x2B { // "20+"
            bound = .atLeast
            end = i + 1
        } else if let (after, found) = boundAfter(bytes, from: skippingQualifier(bytes, from: i)) {
            bound = after
            end = found
            // "22.04 LTS (or latest LTS version)": quoted to its closing bracket.
            if bytes[i..<found].contains(0x28), let close = bytes[found...].prefix(32).firstIndex(of: 0x29) { end = close + 1 }
        }
        guard marked || bound != .exact, !parts.isEmpty else { return nil }
        let text = String(decoding: bytes[textStart..<end], as: UTF8.self)
        return ReadQuantity(quantity: quantity(parts, text: text, bound: bound), range: textStart..<end)
    }

    /// The version of a `value:` in expect.yml: "version 20", "at least version 3.3", and a value
    /// that is a version alone, as the pages write it: "20+", "v22.12", "3.0 or later".
    static func canonical(_ bytes: [UInt8]) -> ReadQuantity? {
        let versionWord = findWord("version", in: bytes)
        guard let start = versionWord ?? bytes.indices.first(where: { isDigit(bytes[$0]) || isVersionMark(bytes, at: $0) }),
              var read = version(in: bytes, at: start) else { return nil }
        // "$2.50", "1.5 hours" and "99.9%" are not versions: without the word, only the words of
        // a bound may come before it and nothing but space after it.
        if versionWord == nil, !bytes[..<start].allSatisfy({ isLetter($0) || $0 == 0x20 })
            || bytes[read.range.upperBound...].contains(where: { $0 != 0x20 }) { return nil }
        if read.quantity.bound == .exact, let leading = boundBefore(bytes[..<start]) { read.quantity.bound = leading }
        read.range = start..<read.range.upperBound
        return read
    }

    /// Whether a "v" at `i` marks the version after it ("v22"), not a letter of a word.
    private static func isVersionMark(_ bytes: [UInt8], at i: Int) -> Bool {
        (bytes[i] | 0x20) == 0x76 && (i == 0 || bytes[i - 1] == 0x20) && i + 1 < bytes.count && isDigit(bytes[i + 1])
    }

    /// The quantity of a version whose written components are `parts`: the range of versions it
    /// names ("20" is every 20.x.y), encoded so that versions order as numbers do.
    static func quantity(_ parts: [Int], text: String, bound: Quantity.Bound) -> Quantity {
        var low = 0.0
        var scale = place * place
        for part in parts {
            low += Double(part) * scale
            scale /= place
        }
        let span = parts.count >= components ? 0 : place * scale - 1
        return Quantity(dimension: .version, low: low, high: low + span, text: text, bound: bound)
    }

    /// The written components of an encoded version range, for its canonical description.
    static func description(low: Double, high: Double) -> String {
        let precision = high - low >= place * place - 1 ? 1 : high - low >= place - 1 ? 2 : 3
        var parts: [Int] = []
        var rest = Int(low)
        var scale = Int(place * place)
        for _ in 0..<precision {
            parts.append(rest / scale)
            rest %= scale
            scale /= Int(place)
        }
        return parts.map(String.init).joined(separator: ".")
    }

    /// Whether another version follows the one ending at `start`, after a comma, a slash, "or"
    /// or "and".
    private static func startsList(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x60 { i += 1 }
        if i < bytes.count, bytes[i] == 0x2C || bytes[i] == 0x2F { i += 1 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x60 { i += 1 }
        if let joint = word(in: bytes, at: i), joint.text == "or" || joint.text == "and" {
            i = joint.end
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x60 { i += 1 }
        } else if i == start {
            return false
        }
        return i < bytes.count && isDigit(bytes[i])
    }

    /// Past one word in capitals after a version ("22.04 LTS"): a qualifier the bound may follow.
    private static func skippingQualifier(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        let wordStart = i
        while i < bytes.count, bytes[i] >= 0x41 && bytes[i] <= 0x5A { i += 1 }
        return i - wordStart >= 2 && (i == bytes.count || !isLetter(bytes[i])) ? i : start
    }

    /// "or higher", "or later", "or newer", "(or latest", "and above", "and up" after a version;
    /// "or lower", "or earlier", "or older" make a ceiling.
    private static func boundAfter(_ bytes: [UInt8], from start: Int) -> (Quantity.Bound, Int)? {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x60 || bytes[i] == 0x29 || bytes[i] == 0x28 { i += 1 }
        guard let joint = word(in: bytes, at: i), joint.text == "or" || joint.text == "and" else { return nil }
        i = joint.end
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard let comparison = word(in: bytes, at: i) else { return nil }
        if ["higher", "later", "newer", "latest", "above", "greater", "up"].contains(comparison.text) { return (.atLeast, comparison.end) }
        if ["lower", "earlier", "older", "below"].contains(comparison.text) { return (.atMost, comparison.end) }
        return nil
    }

    private static func boundBefore(_ bytes: ArraySlice<UInt8>) -> Quantity.Bound? {
        let words = String(decoding: bytes, as: UTF8.self).lowercased().split(separator: " ")
        if words.contains("least") || words.contains("minimum") { return .atLeast }
        if words.contains("most") || words.contains("maximum") { return .atMost }
        return nil
    }

    private static func findWord(_ word: String, in bytes: [UInt8]) -> Int? {
        let target = Array(word.utf8)
        guard bytes.count >= target.count else { return nil }
        for start in 0...(bytes.count - target.count) where (start == 0 || bytes[start - 1] == 0x20)
            && bytes[start..<(start + target.count)].elementsEqual(target) {
            return start
        }
        return nil
    }

    private static func word(in bytes: [UInt8], at start: Int) -> (text: String, end: Int)? {
        var i = start
        while i < bytes.count, isLetter(bytes[i]) { i += 1 }
        guard i > start else { return nil }
        return (String(decoding: bytes[start..<i], as: UTF8.self).lowercased(), i)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
