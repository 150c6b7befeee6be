import AlignEngine
import ArgumentParser
import Foundation

/// Flags every command that reads a content tree shares.
struct SharedOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use this align.yml instead of searching the working directory and its parents.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Check this many documents at once (default: every core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Print only findings: no progress and no summary.")
    var quiet = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("no-cache"), help: "Read every document again instead of reusing .align/cache for unchanged files.")
    var noCache = false

    @Flag(name: .long, help: "Also say which documents matched no channel and were read as customer.")
    var verbose = false

    var jobCount: Int { max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount) }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// Runs the engine, with a progress line on an interactive terminal.
    func run(_ session: AlignSession, paths: [String]) async -> RunResult {
        guard Terminal.progressAllowed && !quiet else {
            return await session.engine.run(paths: paths, jobs: jobCount, useCache: !noCache)
        }
        let line = ProgressLine(label: "checking")
        let result = await session.engine.run(paths: paths, jobs: jobCount, useCache: !noCache) { done, total in line.update(done, total) }
        line.finish()
        return result
    }

    /// Says on stderr which globs of align.yml match no file, when the run covers the whole tree
    /// (checking one file says nothing about the globs of the others).
    func warnOfUnmatchedGlobs(_ session: AlignSession, paths: [String]) {
        let configuration = session.configuration
        let discovery = Discovery(root: configuration.root, ignore: [], extensions: [])
        guard !quiet, paths.isEmpty || paths.contains(where: discovery.isRoot) else { return }
        for glob in UnmatchedGlobs.find(configuration.fileGlobs, root: discovery.root) {
            Terminal.note(UnmatchedGlobs.warning(glob, file: configuration.file))
        }
    }

    /// Why a run read no document.
    func emptyRunReason(_ session: AlignSession, paths: [String]) -> String {
        guard paths.isEmpty else {
            return "read no document under \(paths.joined(separator: ", ")): no file there is of a kind align reads, or each is ignored"
        }
        return EmptyRun.reason(configuration: session.configuration)
    }

    /// Loads align.yml, expect.yml and the rule packs; a problem in any of them is exit 2.
    func loadSession(paths: [String]) throws -> AlignSession {
        let start = paths.first.map { path -> String in
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return path }
            return (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        } ?? FileManager.default.currentDirectoryPath
        do {
            return try AlignSession.load(configPath: config, startingAt: start)
        } catch {
            throw UsageFailure(message: error.description)
        }
    }
}
