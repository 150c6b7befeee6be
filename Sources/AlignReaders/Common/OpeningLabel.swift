/// The short label that opens a block: "First reply" of "First reply: 4 hours", "Returns" of
/// "Returns: 30 days". At most five words before a colon that is followed by a space and more
/// text; a clock time ("at 10:30") or a sentence that merely contains a colon later is no label.
enum OpeningLabel {
    static let maxWords = 5
    static let maxLength = 48

    static func of(_ text: String) -> String? {
        var text = text
        // Looked for on the text's bytes in place: every block's opening is read.
        return text.withUTF8(of(utf8:))
    }

    /// `of` for a text's UTF-8: a block's label is read before the block is made.
    static func of(utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard let colon = colonOffset(utf8) else { return nil }
        // The colon is ASCII: the bytes before it are whole scalars.
        return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<colon]), as: UTF8.self).trimmingSpaces
    }

    /// The offset of the colon that ends an opening label, or nil when the text opens with none.
    /// Most blocks have no colon in their first bytes: `memchr` says so before any byte is read.
    private static func colonOffset(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard ByteWords.offset(of: UInt8(ascii: ":"), in: utf8, to: maxLength + 1) != nil else { return nil }
        return colonOffsetByBytes(utf8)
    }

    /// `colonOffset`, byte by byte.
    static func colonOffsetByBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var words = 1
        var hasLetter = false
        var previousWasSpace = false
        var index = 0
        while index < utf8.count, index <= maxLength {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: ":"):
                let after = index + 1
                guard hasLetter, index > 0, after < utf8.count, utf8[after] == UInt8(ascii: " "), after + 1 < utf8.count else { return nil }
                return index
            case UInt8(ascii: " "):
                if !previousWasSpace { words += 1 }
                if words > maxWords { return nil }
                previousWasSpace = true
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: "/"):
                return nil
            default:
                previousWasSpace = false
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80 { hasLetter = true }
            }
            index += 1
        }
        return nil
    }

    /// Whether a label or a speaker names the other party (`other_party:`): its first word, in
    /// lower case, is one of `otherParty`.
    static func isOtherParty(_ label: String?, among otherParty: Set<String>) -> Bool {
        guard let label else { return false }
        // An ASCII label's Characters are its bytes, and none but a space byte is " ": its first
        // word is found on the bytes.
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else { return isOtherPartyByCharacters(label, among: otherParty) }
        // The first word: from the first byte that is no space to the next space.
        let utf8 = label.utf8
        guard let start = utf8.firstIndex(where: { $0 != 0x20 }) else { return false }
        let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
        return otherParty.contains(String(Substring(utf8[start..<end])).lowercased())
    }

    /// `isOtherParty` on the label's Characters, for any label.
    static func isOtherPartyByCharacters(_ label: String, among otherParty: Set<String>) -> Bool {
        guard let first = label.split(separator: " ", maxSplits: 1).first else { return false }
        return otherParty.contains(first.lowercased())
    }
}
