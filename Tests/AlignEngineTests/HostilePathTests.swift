import Foundation
import Testing
@testable import AlignTestSupport

/// The checked tree is the boundary: links out of it are not followed, loops end, and every
/// path printed is relative to the folder of align.yml.
@Suite struct HostilePathTests {
    /// A folder outside the tree holding a document that would be flagged if read.
    static func outsideFolder() throws -> URL {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("align-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("The secret-outside client note.\n".utf8).write(to: outside.appendingPathComponent("secret.md"))
        return outside
    }

    @Test func symlinksOutOfTheTreeAreNotRead() throws {
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        try tree.link("site/linked-file.md", to: outside.appendingPathComponent("secret.md").path)
        try tree.link("site/linked-folder", to: outside.path)
        try tree.link("site/relative-escape.md", to: "../../" + outside.lastPathComponent + "/secret.md")
        for format in HostileInputTests.formats {
            let run = try tree.run(["check", "--format", format])
            #expect(run.checkedNormally, "\(format): \(run.status) \(run.stderr)")
            #expect(!run.stdout.contains("secret-outside"), "\(format) shows the outside file's text")
            #expect(!run.stdout.contains("linked-"), "\(format) names a link out of the tree")
            #expect(!run.stdout.contains("relative-escape"))
        }
        let findings = try tree.check().findings
        #expect(Set(findings.map(\.file)) == ["site/ok.md"], "\(findings)")
        // Named on the command line, an outside link is not read either.
        let named = try tree.run(["check", "--format", "json", "site/linked-file.md", "site/ok.md"])
        #expect(!named.stdout.contains("secret-outside"))
        #expect(named.status != 3 && !named.crashed, "\(named.status) \(named.stderr)")
    }

    /// A named pipe with a document's name: reported unreadable, never waited on.
    @Test func aNamedPipeIsUnreadableNotAHang() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        #expect(mkfifo(tree.url("site/pipe.md").path, 0o644) == 0)
        let (run, findings) = try tree.check(timeout: 60)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        #expect(findings.contains { $0.file == "site/pipe.md" && $0.rule == "input-unreadable" })
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }

    /// A name that is not UTF-8 cannot be named by a String path: reported, with why, not skipped.
    @Test func aNameThatIsNotUTF8IsReportedNotSkipped() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let folder = tree.url("site").path
        for name in ["caf\u{E9}.md", "old\u{E9}"] {
            // Latin-1 bytes: 0xE9 alone is not UTF-8.
            let bytes = Array((folder + "/").utf8) + name.unicodeScalars.map { UInt8($0.value) } + [0]
            let made = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { path in
                    name.hasSuffix(".md") ? creat(path, 0o644) >= 0 : mkdir(path, 0o755) == 0
                }
            }
            #expect(made)
        }
        let (run, findings) = try tree.check(timeout: 60)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        let unreadable = findings.filter { $0.rule == "input-unreadable" }
        #expect(unreadable.map(\.file).sorted() == ["site/caf\u{FFFD}.md", "site/old\u{FFFD}"])
        #expect(unreadable.allSatisfy { $0.message.contains("not valid UTF-8") })
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }

    @Test func symlinkLoopsFinish() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        try tree.link("site/loop", to: "..")                 // a folder that contains itself
        try tree.link("site/self", to: ".")
        try tree.link("site/a.md", to: "b.md")              // a file loop: realpath fails
        try tree.link("site/b.md", to: "a.md")
        try tree.link("site/deep/up", to: "../../site")
        let (run, findings) = try tree.check(timeout: 60)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        #expect(run.seconds < 30)
        // Each real file once, under its real path.
        #expect(findings.filter { $0.rule == "terminology" }.map(\.file) == ["site/ok.md"])
    }

    @Test func pathsInEveryFormatAreRelativeToTheConfigFolder() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/help/page.md", "Every client gets a reply.\n")
        let elsewhere = FileManager.default.temporaryDirectory
        let config = tree.url("align.yml").path
        for format in HostileInputTests.formats {
            let run = try tree.run(["check", "--config", config, "--format", format, tree.root.path], in: elsewhere)
            #expect(run.checkedNormally, "\(format): \(run.status) \(run.stderr)")
            #expect(run.stdout.contains("site/help/page.md"), "\(format): \(run.stdout.prefix(400))")
            // SARIF names the root once, as the base the relative URIs resolve against.
            let base = "\"uri\": \"file://" + tree.root.path + "/\""
            let shown = run.stdout.replacingOccurrences(of: base, with: "")
            #expect(!shown.contains(tree.root.path), "\(format) prints an absolute path")
        }
        let json = try tree.run(["check", "--config", config, "--format", "json", tree.root.path], in: elsewhere)
        #expect(HostileFinding.parse(json.stdout).map(\.file).contains("site/help/page.md"))
    }
}

/// align's own cache (`.align/cache`) lives in the checked tree, which is untrusted: a committed
/// link must not make align write (or read) its cache outside the tree.
@Suite struct HostileCachePathTests {
    @Test(arguments: [".align", ".align/cache"])
    func cacheLinkOutOfTheTreeIsNotFollowed(link: String) throws {
        let outside = try HostilePathTests.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        if link == ".align/cache" { try FileManager.default.createDirectory(at: tree.url(".align"), withIntermediateDirectories: true) }
        try tree.link(link, to: outside.path)
        for _ in 0..<2 {
            let (run, findings) = try tree.check()
            #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
            #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: outside.path)
        #expect(written == ["secret.md"], "align wrote \(written) outside the tree")
    }
}
