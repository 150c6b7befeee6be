import AlignModel
import Testing
@testable import AlignTestSupport
@testable import AlignConfig

/// Globs as `align.yml` writes them, matched against paths relative to its folder.
@Suite struct ConfigGlobTests {
    func matching(_ pattern: String, _ paths: [String]) throws -> [String] {
        let glob = try Glob(pattern)
        return paths.filter { glob.matches($0) }
    }

    static let paths = [
        "README.md", "site.html", "site/index.html", "site/a/b/deep.html", "site/drafts/new.html",
        "drafts/old.md", "emails/drafts/x.eml", "mydrafts/a.md", "site/drafts.md", "other/site/x.html",
        "plans/q1.md", "plans/q2.markdown", "plans/q4.md", "plans/q10.md", "plans/a.txt",
    ]

    @Test func starStaysInsideOneFolder() throws {
        #expect(try matching("*.md", Self.paths) == ["README.md"])
        #expect(try matching("site/*.html", Self.paths) == ["site/index.html"])
        #expect(try matching("*/*/*.html", Self.paths) == ["site/drafts/new.html", "other/site/x.html"])
    }

    @Test func doubleStarCrossesFolders() throws {
        #expect(try matching("site/**", Self.paths) == [
            "site/index.html", "site/a/b/deep.html", "site/drafts/new.html", "site/drafts.md",
        ])
        #expect(try matching("**/drafts/**", Self.paths) == ["site/drafts/new.html", "drafts/old.md", "emails/drafts/x.eml"])
        #expect(try matching("**/*.html", Self.paths) == [
            "site.html", "site/index.html", "site/a/b/deep.html", "site/drafts/new.html", "other/site/x.html",
        ])
        // `**` inside a name matches across folders too, rather than nothing.
        #expect(try matching("**.html", Self.paths) == (try matching("**/*.html", Self.paths)))
        #expect(try matching("site/**/deep.html", Self.paths) == ["site/a/b/deep.html"])
        #expect(try matching("**", Self.paths) == Self.paths)
    }

    @Test func questionMarkIsOneCharacter() throws {
        #expect(try matching("plans/q?.md", Self.paths) == ["plans/q1.md", "plans/q4.md"])
        #expect(try !Glob("site?index.html").matches("site/index.html"))
    }

    @Test func bracesAreAlternatives() throws {
        #expect(try matching("{site,drafts}/*", Self.paths) == ["site/index.html", "drafts/old.md", "site/drafts.md"])
        #expect(try matching("plans/*.{md,markdown}", Self.paths) == ["plans/q1.md", "plans/q2.markdown", "plans/q4.md", "plans/q10.md"])
        #expect(try matching("plans/{q{1,2},a}.*", Self.paths) == ["plans/q1.md", "plans/q2.markdown", "plans/a.txt"])
        #expect(try Glob("{,site/}index.html").matches("index.html"))
    }

    @Test func bracketsAreSetsAndRanges() throws {
        #expect(try matching("plans/q[12].*", Self.paths) == ["plans/q1.md", "plans/q2.markdown"])
        #expect(try matching("plans/q[1-3].*", Self.paths) == ["plans/q1.md", "plans/q2.markdown"])
        #expect(try matching("plans/q[!1-3].md", Self.paths) == ["plans/q4.md"])
        #expect(try matching("plans/[^q]*", Self.paths) == ["plans/a.txt"])
        #expect(try Glob("[]x].md").matches("].md"))
        #expect(try Glob("a[-x].md").matches("a-.md"))
        #expect(try !Glob("a[-x].md").matches("ab.md"))
    }

    @Test func escapesAndLeadingDots() throws {
        #expect(try Glob("\\*.md").matches("*.md"))
        #expect(try !Glob("\\*.md").matches("a.md"))
        #expect(try matching("./site/*.html", Self.paths) == ["site/index.html"])
        #expect(try matching("/plans/q1.md", Self.paths) == ["plans/q1.md"])
        #expect(try Glob("site/*.html").matches("./site/index.html"))
    }

    @Test func malformedGlobsSayWhy() {
        let broken = ["", "site/[ab", "{site,emails", "site}", "site\\", "[z-a].md", "[a/b]", "./",
                      String(repeating: "{a,b}", count: 11)]
        let messages = broken.map { pattern -> String in
            do throws(Glob.GlobError) {
                _ = try Glob(pattern)
                return "accepted"
            } catch {
                return error.message
            }
        }
        #expect(messages == [
            "empty glob", "unclosed '['", "unclosed '{'", "'}' without its '{'", "ends with '\\'",
            "range 'z-a' is backwards", "'/' inside '[...]'", "empty glob", "more than 1024 alternatives",
        ])
    }

    @Test func theFirstMatchingChannelWins() throws {
        let support = try Glob("site/support/**")
        let site = try Glob("site/**")
        var config = Configuration(root: "/r", file: "align.yml", expectPath: "/r/expect.yml",
                                   channels: [(.employee, [support]), (.customer, [site])])
        #expect(config.channel(for: "site/support/macros.md") == .employee)
        #expect(config.channel(for: "site/index.html") == .customer)
        config.channels.reverse()
        #expect(config.channel(for: "site/support/macros.md") == .customer)
    }

    @Test func manyStarsStayFast() throws {
        // Backtracking is bounded by the path's length: a long path against many stars still ends.
        let glob = try Glob("*a*a*a*a*a*a*a*a*b")
        #expect(!glob.matches(String(repeating: "a", count: 200)))
        #expect(try !Glob("**a**a**a**a**a**a**b").matches(Array(repeating: "aaaa", count: 50).joined(separator: "/")))
        #expect(try Glob("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}").matches("abababbbba"))
    }
}
