import Foundation

/// What the terminal can show: colour only on a terminal and never with NO_COLOR; a progress line
/// only on an interactive stderr outside CI.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func colorAllowed(noColorFlag: Bool) -> Bool {
        !noColorFlag && stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var progressAllowed: Bool {
        stderrIsTerminal && ProcessInfo.processInfo.environment["CI"] == nil
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A one-line progress counter on stderr, shown only once a run has taken over a second.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private var shown = false
    private let label: String

    init(label: String) {
        self.label = label
    }

    func update(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard Date().timeIntervalSince(started) > 1 else { return }
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(done)/\(total) documents".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
