import Foundation
import Testing
@testable import AlignTestSupport

/// Content an attacker controls, run through the real binary: it must not reach outside the
/// checked tree, expand without bound, or stop the rest of the run.
@Suite struct HostileInputTests {
    static let formats = ["text", "json", "sarif", "github", "junit"]

    /// A line of /etc/passwd that would only be in the output if an entity had been resolved.
    static func passwdMarker() -> String? {
        guard let text = try? String(contentsOfFile: "/etc/passwd", encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first.map(String.init)
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let marker = try #require(Self.passwdMarker())
        let tree = try HostileTree()
        defer { tree.remove() }
        let doctype = """
            <!DOCTYPE html [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY % remote SYSTEM "file:///etc/passwd">
              %remote;
            ]>
            """
        try tree.write("site/xxe.html", """
            <?xml version="1.0"?>
            \(doctype)
            <html><head><title>&xxe;</title></head>
            <body><p>Every client gets this: &xxe;</p><img alt="&xxe;" src="x.png"></body></html>
            """)
        try tree.write("emails/xxe.eml", """
            From: a@example.com
            To: b@example.com
            Subject: hello
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            \(doctype)
            <html><body><p>Dear Ann, every client gets this: &xxe;</p></body></html>
            """)
        try tree.write("site/xxe.md", "\(doctype)\n\nEvery client gets this: &xxe;\n")
        for format in Self.formats {
            let run = try tree.run(["check", "--format", format])
            #expect(run.checkedNormally, "\(format): \(run.status) \(run.stderr)")
            #expect(!run.stdout.contains(marker), "\(format) output holds /etc/passwd")
            #expect(!run.stderr.contains(marker), "\(format) errors hold /etc/passwd")
            #expect(!run.stdout.contains("root:x:0:0"))
        }
        // The pages were read all the same: the planted term is found in each.
        let files = Set(try tree.check().findings.filter { $0.rule == "terminology" }.map(\.file))
        #expect(files == ["site/xxe.html", "emails/xxe.eml", "site/xxe.md"])
    }

    @Test func entityExpansionIsNotBillionLaughs() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        var entities = "<!ENTITY lol0 \"lollollollollollollollollollol\">\n"
        for level in 1...9 {
            let ten = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(ten)\">\n"
        }
        try tree.write("site/laughs.html", """
            <?xml version="1.0"?>
            <!DOCTYPE html [
            \(entities)]>
            <html><body><p>A client laughs: &lol9;</p><p title="&lol9;">&lol9;&lol9;</p></body></html>
            """)
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let run = try tree.run(["check", "--format", "json"], timeout: 60)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        #expect(run.seconds < 30)
        #expect(run.stdout.utf8.count < 1_000_000, "output of \(run.stdout.utf8.count) bytes: entities were expanded")
        #expect(!run.stdout.contains(String(repeating: "lol", count: 100)))
        #expect(HostileFinding.parse(run.stdout).contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }

    @Test func fileOverTheSizeLimitIsReportedAndTheRestChecked() throws {
        let tree = try HostileTree(align: HostileTree.alignYML + "limits:\n  max_file_bytes: 1000\n")
        defer { tree.remove() }
        try tree.write("site/big.md", String(repeating: "Every client gets a reply within 24 hours.\n", count: 100))
        try tree.write("site/small.md", "Every client gets a reply.\n")
        let (run, findings) = try tree.check()
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        let big = findings.filter { $0.file == "site/big.md" }
        #expect(big.map(\.rule) == ["input-unreadable"])
        #expect(big.first?.message.contains("max_file_bytes") == true)
        #expect(findings.contains { $0.file == "site/small.md" && $0.rule == "terminology" })
    }

    @Test func deepHTMLNestingIsCutAndTheRestChecked() throws {
        let tree = try HostileTree(align: HostileTree.alignYML + "limits:\n  max_nesting_depth: 40\n")
        defer { tree.remove() }
        let depth = 5_000
        let page = "<html><body><p>A client at the top.</p>" + String(repeating: "<div>", count: depth)
            + "<p>A client at the bottom.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        try tree.write("site/deep.html", page)
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let (run, findings) = try tree.check(timeout: 60)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        #expect(run.seconds < 30)
        let deep = findings.filter { $0.file == "site/deep.html" }
        #expect(deep.contains { $0.rule == "input-truncated" || $0.rule == "input-unreadable" }, "\(deep)")
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }

    static func nestedMessage(depth: Int) -> String {
        var message = "From: a@example.com\nTo: b@example.com\nSubject: nested\nMIME-Version: 1.0\n"
        var closing: [String] = []
        for level in 0..<depth {
            message += "Content-Type: multipart/mixed; boundary=\"b\(level)\"\n\n--b\(level)\n"
            closing.insert("--b\(level)--\n", at: 0)
        }
        message += "Content-Type: text/plain\n\nDear Ann, every client gets a reply.\n"
        for close in closing { message += close }
        return message
    }

    @Test func deepMIMENestingIsCutAndTheRestChecked() throws {
        let tree = try HostileTree(align: HostileTree.alignYML + "limits:\n  max_nesting_depth: 8\n")
        defer { tree.remove() }
        try tree.write("emails/nested.eml", Self.nestedMessage(depth: 200))
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let (run, findings) = try tree.check(timeout: 60)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        let nested = findings.filter { $0.file == "emails/nested.eml" }
        #expect(nested.contains { $0.rule == "input-truncated" || $0.rule == "input-unreadable" }, "\(nested)")
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }

    @Test func tooManyMIMEPartsAreCutAndTheRestChecked() throws {
        let tree = try HostileTree(align: HostileTree.alignYML + "limits:\n  max_mime_parts: 10\n")
        defer { tree.remove() }
        var message = "From: a@example.com\nSubject: parts\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"p\"\n\n"
        for index in 0..<2_000 { message += "--p\nContent-Type: text/plain\n\nPart \(index) for the client.\n" }
        message += "--p--\n"
        try tree.write("emails/parts.eml", message)
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let (run, findings) = try tree.check(timeout: 60)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        let parts = findings.filter { $0.file == "emails/parts.eml" }
        #expect(parts.contains { $0.rule == "input-truncated" || $0.rule == "input-unreadable" }, "\(parts.prefix(3))")
        #expect(parts.filter { $0.rule == "terminology" }.count <= 10)
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
    }

    @Test func runawayAvoidPatternStopsAndIsReported() throws {
        let expect = HostileTree.expectYML + """
            avoid:
              - pattern: "(a|aa)+$"
                because: A pattern that backtracks without end on a long run of one letter.

            """
        let tree = try HostileTree(expect: expect)
        defer { tree.remove() }
        try tree.write("site/long.md", String(repeating: "a", count: 30_000) + "!\n\nEvery client gets a reply.\n")
        let (run, findings) = try tree.check(timeout: 120)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr)")
        #expect(run.seconds < 60)
        #expect(findings.contains { $0.file == "site/long.md" && $0.message.contains("runaway") }, "\(findings)")
        #expect(findings.contains { $0.file == "site/long.md" && $0.rule == "terminology" })
    }
}

/// One very long line with many findings on it: the cache stays small. Each
/// finding once carried the whole line into the cache and the fingerprint (250 MB of cache for
/// this 50 KB line; gigabytes for a one-line page under the default 10 MB limit).
@Suite struct HostileLongLineTests {
    @Test func manyFindingsOnOneLongLineStayCheap() throws {
        let tree = try HostileTree()
        defer { tree.remove() }
        try tree.write("site/one-line.md", String(repeating: "A client. ", count: 5_000))   // 50 KB, one line
        try tree.write("site/ok.md", "Every client gets a reply.\n")
        let (run, findings) = try tree.check(timeout: 300)
        #expect(run.checkedNormally, "\(run.status) \(run.stderr.prefix(500))")
        #expect(findings.filter { $0.file == "site/one-line.md" && $0.rule == "terminology" }.count == 5_000)
        #expect(findings.contains { $0.file == "site/ok.md" && $0.rule == "terminology" })
        let cache = try FileManager.default.attributesOfItem(atPath: tree.url(".align/cache/findings.bin").path)
        let bytes = try #require(cache[.size] as? Int)
        #expect(bytes < 50_000_000, "cache of \(bytes) bytes")
        // The text format still prints every finding; only the over-long line is left out.
        let text = try tree.run(["check", "--format", "text", "--no-cache"], timeout: 300)
        #expect(text.checkedNormally)
        #expect(text.stdout.utf8.count < 5_000 * 400, "text output of \(text.stdout.utf8.count) bytes")
    }
}
