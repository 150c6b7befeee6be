import Foundation
import Testing

/// A throw-away checked tree (align.yml, expect.yml, documents) and the real `align` binary run
/// on it, for the hostile-input tests. The binary is the one `swift test` built beside the test
/// bundle (so an ASan or TSan test run checks an ASan or TSan binary).
struct HostileTree {
    static let alignYML = """
        expect: expect.yml
        channels:
          customer: ["site/**", "emails/**"]
          employee: ["scripts/**"]

        """
    static let expectYML = """
        organization: Hostile Test Co
        promises:
          - id: reply-time
            statement: We reply to every message within 24 hours.
            topic: [reply]
            value: 24 hours
        terminology:
          - use: customer
            instead_of: [client]

        """

    let root: URL

    init(align: String = HostileTree.alignYML, expect: String = HostileTree.expectYML) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("align-hostile-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write("align.yml", align)
        try write("expect.yml", expect)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws { try write(path, Array(text.utf8)) }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func link(_ path: String, to destination: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: destination)
    }

    /// `align ARGS` in `directory` (the tree's root by default), killed after `timeout` seconds.
    func run(_ arguments: [String], in directory: URL? = nil, timeout: Double = 120) throws -> HostileRun {
        try HostileTree.runBinary(arguments, in: directory ?? root, timeout: timeout)
    }

    /// The real binary run in `directory`, with NO_COLOR set and CI unset (so output does not
    /// depend on where the tests run), killed after `timeout` seconds.
    static func runBinary(_ arguments: [String], in directory: URL, timeout: Double = 120) throws -> HostileRun {
        let binary = try HostileTree.binary()
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("align-hostile-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdout = outputs.appendingPathComponent("stdout")
        let stderr = outputs.appendingPathComponent("stderr")
        for file in [stdout, stderr] where !FileManager.default.createFile(atPath: file.path, contents: nil) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "CI")
        process.environment = environment
        // Files, not pipes: a chatty run cannot fill a pipe and stall.
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        let started = Date()
        try process.run()
        while process.isRunning && Date().timeIntervalSince(started) < timeout {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let timedOut = process.isRunning
        if timedOut {
            process.terminate()
        }
        process.waitUntilExit()
        return HostileRun(
            status: timedOut ? -1 : process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal && !timedOut,
            seconds: Date().timeIntervalSince(started),
            stdout: String(decoding: (try? Data(contentsOf: stdout)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: stderr)) ?? Data(), as: UTF8.self))
    }

    /// `align check --format json` on the tree: the run and its findings.
    func check(_ extra: [String] = [], timeout: Double = 120) throws -> (run: HostileRun, findings: [HostileFinding]) {
        let run = try run(["check", "--format", "json"] + extra, timeout: timeout)
        return (run, HostileFinding.parse(run.stdout))
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var tried: [String]
        var description: String { "no align binary at \(tried.joined(separator: " or ")); run `swift build` first" }
    }

    static func binary() throws -> URL {
        var candidates: [URL] = []
        // Beside the test bundle: .build*/<triple>/debug/alignPackageTests.xctest
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("align"))
        }
        if let bundle = Bundle.main.executableURL {
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("align"))
        }
        let package = TestPaths.packageRoot
        candidates.append(package.appendingPathComponent(".build/debug/align"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        throw MissingBinary(tried: candidates.map(\.path))
    }
}

struct HostileRun {
    var status: Int32
    var crashed: Bool
    var seconds: Double
    var stdout: String
    var stderr: String

    /// Exit 0 or 1: checked, with or without failing findings. Never 2 (bad config), 3 (a bug),
    /// a signal or a timeout.
    var checkedNormally: Bool { !crashed && (status == 0 || status == 1) }
}

struct HostileFinding: Equatable, CustomStringConvertible {
    var rule: String
    var file: String
    var line: Int
    var column: Int
    var message: String

    var description: String { "\(file):\(line):\(column) [\(rule)] \(message)" }

    static func parse(_ json: String) -> [HostileFinding] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let findings = object["findings"] as? [[String: Any]] else { return [] }
        return findings.map { item in
            HostileFinding(rule: item["rule"] as? String ?? "", file: item["file"] as? String ?? "",
                           line: item["line"] as? Int ?? 0, column: item["column"] as? Int ?? 0,
                           message: item["message"] as? String ?? "")
        }
    }
}
