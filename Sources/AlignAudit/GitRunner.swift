import Foundation

/// Runs git with an argument list (never a shell string), in one repository.
public struct GitRunner: Sendable {
    /// Any folder inside the repository.
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public struct Failure: Error, CustomStringConvertible {
        public var arguments: [String]
        public var status: Int32
        public var output: String

        public var description: String {
            "git \(arguments.joined(separator: " ")) failed (\(status)): \(output.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
    }

    /// Runs `git -C folder ARGUMENTS`; returns standard output, throws on a non-zero exit.
    @discardableResult
    public func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall git.
        let errorData = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(arguments: arguments, status: process.terminationStatus, output: errorData.text())
        }
        return text
    }

    /// The repository's top folder and this folder's path inside it ("" or "content/").
    public func location() throws -> (top: String, prefix: String) {
        let top = try run(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .newlines)
        let prefix = try run(["rev-parse", "--show-prefix"]).trimmingCharacters(in: .newlines)
        return (top, prefix)
    }

    /// The commit checked out now, if the repository has one.
    public func head() -> String? {
        guard let sha = try? run(["rev-parse", "--verify", "--quiet", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines),
              !sha.isEmpty else { return nil }
        return sha
    }
}

/// Drains a pipe on another thread while the caller reads the other one.
private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let read = handle.readDataToEndOfFile()
            lock.lock()
            data = read
            lock.unlock()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
