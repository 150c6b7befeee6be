import Foundation

/// Runs the real `align` binary that `swift test` built beside the test bundle.
enum AlignCLI {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("corpus")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The binary in the build folder the tests run from (debug or release, any scratch path).
    static var binary: URL {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("align")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let built = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [built, built.deletingLastPathComponent(), built.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("align")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/align")
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "CI")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a large report cannot fill one and stall it.
        let errData = LockedData()
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1_000) }
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData.value, as: UTF8.self))
    }

    /// A fresh copy of the sample corpus in a temporary folder, for tests that edit files.
    static func corpusCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-corpus-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: corpus, to: folder)
        return folder
    }

    /// Compares `text` with a golden file; ALIGN_UPDATE_GOLDEN=1 rewrites it instead.
    static func golden(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    static func matchesGolden(_ text: String, _ name: String) throws -> Bool {
        let url = golden(name)
        if ProcessInfo.processInfo.environment["ALIGN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return true
        }
        return try String(contentsOf: url, encoding: .utf8) == text
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var done = false

    func set(_ value: Data) {
        lock.lock()
        data = value
        done = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
