import AlignModel
import Foundation
import Testing
@testable import AlignConfig
@testable import AlignTestSupport

/// The realistic settings in Fixtures/config/happy, read field by field.
@Suite struct ConfigLoaderTests {
    static let happy = TestPaths.fixtures.appendingPathComponent("config/happy").standardizedFileURL.path

    func loadHappy() throws -> Configuration {
        try ConfigLoader.load(path: Self.happy + "/align.yml", builtinPacks: ["recommended", "loyalty", "unused"])
    }

    @Test func readsEveryFieldOfARealisticAlignYml() throws {
        let config = try loadHappy()
        #expect(config.root == Self.happy)
        #expect(config.file.hasSuffix("Fixtures/config/happy/align.yml"))
        #expect(config.expectPath == Self.happy + "/expect.yml")

        #expect(config.channels.map(\.channel) == [.customer, .employee, .management])
        #expect(config.channels.map { $0.globs.map(\.pattern) } == [["site/**", "emails/**"], ["playbooks/**", "scripts/**"], ["plans/**"]])
        #expect(config.audiences.map(\.audience) == [.prospect, .existing])
        #expect(config.audiences.map { $0.globs.map(\.pattern) } == [["site/landing/**", "scripts/sales/**"], ["emails/**"]])

        #expect(config.packs == [
            PackReference(name: "recommended", isBuiltin: true, written: "recommended", position: SourcePosition(line: 13, column: 9)),
            PackReference(name: "loyalty", isBuiltin: true, written: "loyalty", position: SourcePosition(line: 13, column: 22)),
            PackReference(name: Self.happy + "/packs/house.yml", isBuiltin: false, written: "packs/house.yml",
                          position: SourcePosition(line: 13, column: 31)),
        ])

        #expect(config.rules == [
            "terminology": RuleSetting(level: .severity(.warning)),
            "avoid-phrase": RuleSetting(level: .off),
            "promise-hedged": RuleSetting(level: .severity(.info), channels: [.customer]),
            "promise-missing": RuleSetting(level: nil, channels: [.customer, .employee]),
        ])
        #expect(config.rulePositions == [
            "terminology": SourcePosition(line: 16, column: 3),
            "avoid-phrase": SourcePosition(line: 17, column: 3),
            "promise-hedged": SourcePosition(line: 18, column: 3),
            "promise-missing": SourcePosition(line: 19, column: 3),
        ])

        #expect(config.ignore.map(\.pattern) == ["**/drafts/**", "README.md"])
        #expect(config.failThreshold == .warning)
        #expect(config.failOn == .warning)
        #expect(config.otherParty == ["Member", "Guest"])

        var limits = Limits()
        limits.maxFileBytes = 1_048_576
        limits.maxNestingDepth = 64
        limits.maxMimeParts = 20
        limits.maxSentenceBytes = 2000
        limits.maxSecondsPerDocument = 2.5
        #expect(config.limits == limits)
    }

    @Test func placesDocumentsByTheFirstMatchingChannelAndAudience() throws {
        let config = try loadHappy()
        #expect(config.channel(for: "site/landing/index.html") == .customer)
        #expect(config.channel(for: "scripts/sales/intro.txt") == .employee)
        #expect(config.channel(for: "plans/2026/staffing.md") == .management)
        #expect(config.channel(for: "notes/todo.md") == nil)
        #expect(config.audience(for: "site/landing/index.html") == .prospect)
        #expect(config.audience(for: "emails/renewal.eml") == .existing)
        #expect(config.audience(for: "site/about.html") == nil)
        #expect(config.isIgnored("site/drafts/new.html"))
        #expect(config.isIgnored("README.md"))
        #expect(!config.isIgnored("site/README.md"))
    }

    @Test func aMinimalAlignYmlTakesTheDefaults() throws {
        let folder = try TemporaryFolder(files: ["align.yml": "# nothing set yet\n", "expect.yml": "organization: Acme\n"])
        let config = try ConfigLoader.load(path: folder.path + "/align.yml", builtinPacks: [])
        #expect(config.expectPath == folder.path + "/expect.yml")
        #expect(config.channels.isEmpty && config.audiences.isEmpty && config.packs.isEmpty && config.rules.isEmpty)
        #expect(config.ignore.isEmpty && config.otherParty.isEmpty)
        #expect(config.failThreshold == .error)
        #expect(config.limits == Limits())
    }

    @Test func failOnNeverNeverFails() throws {
        let folder = try TemporaryFolder(files: ["align.yml": "fail_on: never\n", "expect.yml": ""])
        let config = try ConfigLoader.load(path: folder.path + "/align.yml", builtinPacks: [])
        #expect(config.failThreshold == .never)
        #expect(config.failOn == nil)
        #expect(!config.failThreshold.fails(.error))
        #expect(FailThreshold.warning.fails(.error) && FailThreshold.warning.fails(.warning) && !FailThreshold.warning.fails(.info))
        #expect(FailThreshold.info.fails(.info) && !FailThreshold.error.fails(.warning))
    }

    @Test func anUnknownRuleIdIsReportedWhereItIsWritten() throws {
        let config = try loadHappy()
        #expect(throws: Never.self) {
            try config.checkRuleIDs(known: ["terminology", "avoid-phrase", "promise-hedged", "promise-missing"])
        }
        let error = #expect(throws: ConfigError.self) {
            try config.checkRuleIDs(known: ["terminology", "avoid-phrase", "promise-hedge", "claim-conflict"])
        }
        #expect(error?.description == config.file + ":18:3: error: unknown rule 'promise-hedged' in rules; did you mean 'promise-hedge'?")
    }

    @Test func locatesAlignYmlInTheFolderItself() {
        #expect(ConfigLoader.locate(startingAt: Self.happy) == Self.happy + "/align.yml")
    }

    @Test func locatesAlignYmlInTheNearestParent() throws {
        #expect(ConfigLoader.locate(startingAt: Self.happy + "/site/landing") == Self.happy + "/align.yml")
        #expect(ConfigLoader.locate(startingAt: Self.happy + "/plans/") == Self.happy + "/align.yml")

        let folder = try TemporaryFolder(files: [
            "align.yml": "", "team/align.yml": "", "team/docs/guide/page.md": "", "other/page.md": "",
        ])
        #expect(ConfigLoader.locate(startingAt: folder.path + "/team/docs/guide") == folder.path + "/team/align.yml")
        #expect(ConfigLoader.locate(startingAt: folder.path + "/other") == folder.path + "/align.yml")
    }

    @Test func locatingFromAFolderWithoutAlignYmlAboveItFindsNothingThere() throws {
        let folder = try TemporaryFolder(files: ["docs/page.md": "", "docs/align.yml/keep": ""])
        // `docs/align.yml` is a folder, not a settings file, so the walk goes on past it.
        let found = ConfigLoader.locate(startingAt: folder.path + "/docs")
        #expect(found.map { !$0.hasPrefix(folder.path) } ?? true)
    }

    @Test func locatesFromARelativeFolderAgainstTheWorkingDirectory() {
        let working = FileManager.default.currentDirectoryPath
        let relative = String(Self.happy.dropFirst(working.count + 1))
        #expect(Self.happy.hasPrefix(working + "/"))
        #expect(ConfigLoader.locate(startingAt: relative + "/site") == Self.happy + "/align.yml")
    }

    @Test func pathsInMessagesAreRelativeToTheWorkingDirectory() {
        #expect(FilePaths.display("/work/site/align.yml", workingDirectory: "/work/site") == "align.yml")
        #expect(FilePaths.display("/work/site/sub/align.yml", workingDirectory: "/work/site/") == "sub/align.yml")
        #expect(FilePaths.display("/work/other/align.yml", workingDirectory: "/work/site") == "/work/other/align.yml")
        #expect(FilePaths.display("/work/sitemap/align.yml", workingDirectory: "/work/site") == "/work/sitemap/align.yml")
        #expect(FilePaths.display("../align.yml", workingDirectory: "/work/site") == "../align.yml")
    }
}

/// A fresh folder under the system's temporary folder, holding the given files; removed when
/// the test lets go of it.
final class TemporaryFolder: Sendable {
    let path: String

    init(files: [String: String]) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("align-config-\(UUID().uuidString)")
        path = url.standardizedFileURL.path
        for (name, contents) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
