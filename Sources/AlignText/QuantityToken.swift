import AlignModel

/// A token of a sentence as the quantity reader sees it: a number written in digits, a word, or a
/// symbol, with its UTF-8 range and whether white space came before it ("60-day" and "$50k" are
/// read differently from "60 - day" and "$50 k").
struct QuantityToken: Sendable {
    enum Kind: Equatable, Sendable {
        /// Digits, with grouping commas and one decimal point folded in.
        case number(Double)
        /// ASCII-lower-cased letters (other letters kept as they are); apostrophes inside kept as `'`.
        case word(String)
        case symbol(Symbol)
    }

    enum Symbol: Equatable, Sendable {
        case dollar, euro, pound, percent, hyphen, dash, slash, plus, colon, openParen, closeParen
        case period, comma, tilde, hash, times, semicolon, other
        /// "<", "<=", "≤" and ">", ">=", "≥": a comparison written as a sign ("< 99.9%").
        case lessThan, greaterThan
    }

    var kind: Kind
    var range: Range<Int>
    var spaceBefore: Bool
    /// For numbers: more than one decimal point ("2.0.1"), a version, not a value.
    var isDotted = false
    /// For numbers: a leading zero or grouping that is not in threes (phone and reference numbers).
    var digitCount = 0

    var number: Double? { if case .number(let value) = kind { value } else { nil } }
    var word: String? { if case .word(let text) = kind { text } else { nil } }
    var symbol: Symbol? { if case .symbol(let symbol) = kind { symbol } else { nil } }
}

enum QuantityTokenizer {
    static func tokens(_ bytes: [UInt8]) -> [QuantityToken] {
        var tokens: [QuantityToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var i = 0
        var space = true
        while i < bytes.count {
            let b = bytes[i]
            if WhiteSpace.isSpace(b) { space = true; i += 1; continue }
            // No-break, thin and narrow no-break spaces.
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { space = true; i += 2; continue }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89 || bytes[i + 2] == 0x8A {
                space = true; i += 3; continue
            }
            if isDigit(b) {
                let start = i
                var value = 0.0
                var digits = 0
                var spaceGrouped = false
                while i < bytes.count {
                    if isDigit(bytes[i]) {
                        value = value * 10 + Double(bytes[i] - 0x30)
                        digits += 1
                        i += 1
                    } else if bytes[i] == 0x2C, digits > 0, i + 3 < bytes.count,
                              isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
                              i + 4 >= bytes.count || !isDigit(bytes[i + 4]) {
                        i += 1 // a grouping comma: exactly three digits follow
                    } else if spaceGrouped || digits <= 3, let width = groupingSpace(bytes, at: i, grouped: spaceGrouped) {
                        i += width
                        spaceGrouped = true
                    } else {
                        break
                    }
                }
                var dotted = false
                if i + 1 < bytes.count, bytes[i] == 0x2E, isDigit(bytes[i + 1]) {
                    i += 1
                    var scale = 0.1
                    while i < bytes.count, isDigit(bytes[i]) {
                        value += Double(bytes[i] - 0x30) * scale
                        scale /= 10
                        i += 1
                    }
                    // "2.0.1": a version number.
                    while i + 1 < bytes.count, bytes[i] == 0x2E, isDigit(bytes[i + 1]) {
                        dotted = true
                        i += 1
                        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                    }
                }
                tokens.append(QuantityToken(kind: .number(value), range: start..<i, spaceBefore: space, isDotted: dotted, digitCount: digits))
                space = false
                continue
            }
            if isLetter(b) || isWideLetter(bytes, i) {
                let start = i
                var text: [UInt8] = []
                var plain = true // lower-case ASCII only: the word is its bytes, no copy needed
                while i < bytes.count {
                    let c = bytes[i]
                    if isLetter(c) {
                        if !plain { text.append(c | 0x20) } else if c < 0x61 {
                            plain = false
                            text = Array(bytes[start..<i])
                            text.append(c | 0x20)
                        }
                        i += 1
                    } else if isWideLetter(bytes, i) {
                        // Two-byte letters (é, ü...); the symbols we read are elsewhere.
                        let width = c < 0xE0 ? 2 : 3
                        guard i + width <= bytes.count else { break }
                        if !plain { text.append(contentsOf: bytes[i..<(i + width)]) }
                        i += width
                    } else if c == 0x27, i + 1 < bytes.count, isLetter(bytes[i + 1]) {
                        if !plain { text.append(0x27) }
                        i += 1
                    } else if c == 0xE2, i + 3 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, isLetter(bytes[i + 3]) {
                        if plain {
                            plain = false
                            text = Array(bytes[start..<i])
                        }
                        text.append(0x27)
                        i += 3
                    } else {
                        break
                    }
                }
                let word = plain ? String(decoding: bytes[start..<i], as: UTF8.self) : String(decoding: text, as: UTF8.self)
                tokens.append(QuantityToken(kind: .word(word), range: start..<i, spaceBefore: space))
                space = false
                continue
            }
            let (symbol, width) = readSymbol(bytes, i)
            tokens.append(QuantityToken(kind: .symbol(symbol), range: i..<(i + width), spaceBefore: space))
            space = false
            i += width
        }
        return tokens
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The width of a space that groups thousands at `i` ("10 000 sats", "1 000 000"): one space,
    /// no-break or narrow no-break space, then exactly three digits. A group after a space is
    /// read as one only when it opens with a zero, which no number of its own does ("2 100 GB
    /// drives" are two drives), or after such a group.
    static func groupingSpace(_ bytes: [UInt8], at i: Int, grouped: Bool) -> Int? {
        let width = bytes[i] == 0x20 ? 1
            : bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2
            : bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89) ? 3 : 0
        let group = i + width
        guard width > 0, group + 3 <= bytes.count, (grouped || bytes[group] == 0x30),
              isDigit(bytes[group]), isDigit(bytes[group + 1]), isDigit(bytes[group + 2]),
              group + 3 == bytes.count || !isDigit(bytes[group + 3]) else { return nil }
        return width
    }

    /// Lead bytes of two- and three-byte letters (é, ü, ß...), but not × (C3 97).
    static func isWideLetter(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        guard b >= 0xC3, b < 0xE2 else { return false }
        return !(b == 0xC3 && i + 1 < bytes.count && bytes[i + 1] == 0x97)
    }
    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    static func readSymbol(_ bytes: [UInt8], _ i: Int) -> (QuantityToken.Symbol, Int) {
        let b = bytes[i]
        switch b {
        case 0x24: return (.dollar, 1)
        case 0x25: return (.percent, 1)
        case 0x2D: return (.hyphen, 1)
        case 0x2F: return (.slash, 1)
        case 0x2B: return (.plus, 1)
        case 0x3A: return (.colon, 1)
        case 0x3B: return (.semicolon, 1)
        case 0x28: return (.openParen, 1)
        case 0x29: return (.closeParen, 1)
        case 0x2E: return (.period, 1)
        case 0x2C: return (.comma, 1)
        case 0x7E: return (.tilde, 1)
        case 0x23: return (.hash, 1)
        case 0x3C, 0x3E:
            let width = i + 1 < bytes.count && bytes[i + 1] == 0x3D ? 2 : 1
            return (b == 0x3C ? .lessThan : .greaterThan, width)
        default: break
        }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA3 { return (.pound, 2) }
        if b == 0xC3, i + 1 < bytes.count, bytes[i + 1] == 0x97 { return (.times, 2) }
        if b == 0xE2, i + 2 < bytes.count {
            if bytes[i + 1] == 0x82, bytes[i + 2] == 0xAC { return (.euro, 3) }
            if bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return (.dash, 3) }
            if bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 { return (.hyphen, 3) } // minus sign
            if bytes[i + 1] == 0x89, bytes[i + 2] == 0xA4 || bytes[i + 2] == 0xA5 { return (bytes[i + 2] == 0xA4 ? .lessThan : .greaterThan, 3) }
            return (.other, 3)
        }
        let width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        return (.other, min(width, bytes.count - i))
    }
}
