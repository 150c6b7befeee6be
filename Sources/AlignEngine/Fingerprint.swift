import AlignModel

/// A finding's identity across edits: the rule, the file, the normalised sentence and the flagged
/// words, and which occurrence of that same sentence it is. No line number, so inserting lines
/// elsewhere keeps it; rewording the sentence changes it.
enum Fingerprint {
    static func assign(to findings: inout [Finding], flaggedText: (Finding) -> String) {
        var seen: [String: Int] = [:]
        for index in findings.indices {
            let finding = findings[index]
            let base = [finding.rule, finding.file, finding.context, flaggedText(finding), finding.promise ?? ""].joined(separator: "\u{1F}")
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            findings[index].fingerprint = hex(base + "\u{1F}\(occurrence)")
        }
    }

    /// 128 bits of FNV-1a, from two 64-bit passes with different offsets.
    static func hex(_ text: String) -> String {
        hex(bytes: text.utf8)
    }

    static func hex<Bytes: Sequence>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let (a, b) = hash(bytes: bytes)
        return String(a, radix: 16).leftPadded(16) + String(b, radix: 16).leftPadded(16)
    }

    static func hash<Bytes: Sequence>(bytes: Bytes) -> (UInt64, UInt64) where Bytes.Element == UInt8 {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = b &+ (a >> 29)
        }
        return (a, b)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
