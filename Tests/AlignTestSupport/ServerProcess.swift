import Foundation

/// The real `align` binary started as a server (`align lsp`, `align mcp`) on pipes, the way an
/// editor or an assistant starts it. A watchdog ends it after a minute, so a server that never
/// answers fails the test instead of hanging it.
final class ServerProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let root: URL
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(_ arguments: [String], root: URL) throws {
        self.root = root
        process.executableURL = try HostileTree.binary()
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let process = self.process
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { process.terminate() } }
    }

    func write(_ data: Data) {
        input.fileHandleForWriting.write(data)
    }

    /// What the server has written since the last call; waits for at least one byte.
    func read() throws -> Data {
        let data = output.fileHandleForReading.availableData
        guard !data.isEmpty else { throw Failure(description: "the server closed its output (it exited or hung past the watchdog)") }
        return data
    }

    /// Closes the server's input and waits for it to exit.
    func closeInput() -> Int32 {
        input.fileHandleForWriting.closeFile()
        return waitForExit()
    }

    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}
