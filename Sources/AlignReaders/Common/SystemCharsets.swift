#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Charsets beyond the five align decodes itself (ISO-2022-JP, Shift_JIS, EUC-KR, Big5, KOI8-R,
/// windows-1251...), through the C library's iconv. Their bytes do not map one to one to
/// scalars, so text decoded here has approximate positions.
enum SystemCharsets {
    /// The text, or nil when iconv does not know the charset or most of the bytes are not in it.
    static func decode(_ bytes: [UInt8], label: String) -> [Unicode.Scalar]? {
        let name = label.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == ":" }
        guard !name.isEmpty, name.count <= 40 else { return nil }
        let descriptor = iconv_open("UTF-32LE", name)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var skipped = 0
        var written = 0
        input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                guard let inputBase = inputBuffer.baseAddress, let outputBase = outputBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBase).assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                while inLeft > 0 {
                    if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                    // A byte not in the charset (or a truncated sequence): skip it, count it.
                    guard errno == EILSEQ || errno == EINVAL, inLeft > 0 else { break }
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    skipped += 1
                }
                written = outputBuffer.count - outLeft
            }
        }
        guard skipped * 20 <= bytes.count else { return nil }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(written / 4)
        var index = 0
        while index + 3 < written {
            let value = UInt32(output[index]) | UInt32(output[index + 1]) << 8 | UInt32(output[index + 2]) << 16 | UInt32(output[index + 3]) << 24
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            index += 4
        }
        return scalars
    }
}
