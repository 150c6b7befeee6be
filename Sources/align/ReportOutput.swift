import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a report goes as it is written: the file of `--output`, or standard output.
final class ReportOutput {
    private let stream: UnsafeMutablePointer<FILE>
    private let ownsStream: Bool
    private var wroteAnything = false
    private var endsWithNewline = true

    /// Opens `path` for writing (standard output when nil); an unwritable path is exit 2, before
    /// anything is checked.
    init(path: String?) throws {
        guard let path else {
            // A stream of its own on descriptor 1: C's `stdout` is shared mutable state to Swift.
            guard let standardOutput = fdopen(STDOUT_FILENO, "w") else { throw ExitCode(3) }
            stream = standardOutput
            ownsStream = false
            return
        }
        guard let file = fopen(path, "w") else {
            Terminal.error("\(path): error: cannot write the report: \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        stream = file
        ownsStream = true
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        var text = text
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stream) }
        wroteAnything = true
        endsWithNewline = text.utf8.last == 0x0A
    }

    /// Ends what was written with a newline, as `print` did, and flushes it; returns the error
    /// that kept it from being written, if any.
    func close() -> String? {
        if wroteAnything && !endsWithNewline { write("\n") }
        let failed = fflush(stream) != 0 || ferror(stream) != 0
        let problem = failed ? String(cString: strerror(errno)) : nil
        if ownsStream { fclose(stream) }
        return problem
    }
}
