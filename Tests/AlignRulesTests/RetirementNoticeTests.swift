import AlignConfig
import AlignModel
import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// The page that retires a name names it, in Aiven's end-of-life page
/// (Tests/Evaluation/held-out/aiven-docs).
@Suite struct RetirementNoticeTests {
    static let position = SourcePosition(line: 1, column: 1)
    static let expectation = Expectation(
        file: "expect.yml", organization: "Aiven",
        terminology: [TermPreference(use: "Aiven for Valkey", insteadOf: ["Aiven for Caching"], channels: [], position: position)],
        avoid: [AvoidEntry(match: .phrase("Aiven for M3DB"), because: "it reached its end of life on April 30, 2025", channels: [],
                           position: position)])

    static func findings(_ markdown: String, path: String) throws -> [String] {
        let stemmer = Stemmer()
        let document = try ClaimContextTests.analyzed(markdown, path: path, stemmer: stemmer)
        var result = DocumentResult()
        TerminologyRule(expectation: expectation, stemmer: stemmer).check(document, stemmer: stemmer, into: &result)
        try AvoidPhraseRule(expectation: expectation, stemmer: stemmer).check(document, stemmer: stemmer, into: &result)
        return result.findings.map { "\($0.rule) \($0.span.start.line)" }
    }

    /// `terminology` with one preference on a Markdown page read by the real reader, as "rule line".
    static func terminology(use: String, insteadOf: String, organization: String? = nil, _ markdown: String, path: String) throws -> [String] {
        let stemmer = Stemmer()
        let expectation = Expectation(file: "expect.yml", organization: organization, terminology: [TermPreference(use: use, insteadOf: [insteadOf], channels: [], position: position)])
        let document = try ClaimContextTests.analyzed(markdown, path: path, stemmer: stemmer)
        var result = DocumentResult()
        TerminologyRule(expectation: expectation, stemmer: stemmer).check(document, stemmer: stemmer, into: &result)
        return result.findings.map { "\($0.rule) \($0.span.start.line)" }
    }

    static let page = """
        ## Aiven for M3DB

        After April 30, 2025, all running Aiven for M3DB services are powered off and deleted.

        ## Aiven for Caching

        After March 31, 2025, Aiven for Caching services are automatically upgraded to Aiven for Valkey.
        """

    @Test func aPageThatAnnouncesRetirementsNamesThem() throws {
        #expect(try Self.findings("---\ntitle: End of life for Aiven services\n---\n\n" + Self.page, path: "docs/platform/reference/end-of-life.md") == [])
        #expect(try Self.findings("# Deprecated services\n\n" + Self.page, path: "docs/deprecations.md") == [])
        // Anywhere else, the retired names are flagged.
        #expect(try Self.findings("# Services\n\n" + Self.page, path: "docs/services.md")
            == ["terminology 7", "terminology 9", "avoid-phrase 3", "avoid-phrase 5"])
        // "Retirement" is a benefit, not a notice.
        #expect(try Self.findings("# Retirement plans\n\n" + Self.page, path: "docs/benefits.md").count == 4)
        // One version's upgrade notes retire what it renamed, as ESLint's "Migrate to v10.x" does
        // (Tests/Evaluation/held-out/eslint-docs).
        #expect(try Self.findings("---\ntitle: Migrate to v10.x\n---\n\n" + Self.page, path: "docs/src/use/migrate-to-10.0.0.md") == [])
    }

    /// The post that announces a rebrand tells it in the old name, as addy.io's does
    /// (Tests/Evaluation/held-out/addy-help: "AnonAddy has rebranded as addy.io").
    @Test func aPageThatAnnouncesARebrandNamesTheOldName() throws {
        func findings(_ markdown: String) throws -> [String] {
            try Self.terminology(use: "addy.io", insteadOf: "AnonAddy", organization: "addy.io", markdown, path: "source/_posts/anonaddy-has-rebranded-as-addy-io.md")
        }
        let post = """
            AnonAddy is now addy.io! This post gives some details on what motivated the rebrand.

            As AnonAddy has continued to grow and gain more users internationally, I wanted a name that was shorter.
            """
        #expect(try findings("---\ntitle: AnonAddy has rebranded as addy.io\n---\n\n" + post) == [])
        #expect(try findings("---\ntitle: addy.io has grown\n---\n\n" + post) == ["terminology 5", "terminology 7"])
    }

    /// A page's own changelog section names things as they were called then: HMRC's service guide
    /// ("### Document changelog": "update tax account links in section Pay or get a repayment")
    /// renamed repayments refunds. The same words outside it are flagged.
    @Test func aPagesChangelogSectionNamesOldTerms() throws {
        func findings(_ markdown: String) throws -> [String] {
            try Self.terminology(use: "refund", insteadOf: "repayment", markdown, path: "source/documentation/index.md")
        }
        let entry = "#### 17 December 2024\n\n- update tax account links in section Pay or get a repayment\n"
        #expect(try findings("# Service guide\n\nAsk for a refund online.\n\n## Changelogs\n\n### Document changelog\n\n" + entry) == [])
        #expect(try findings("# Service guide\n\nAsk for a refund online.\n\n## Payments\n\n" + entry) == ["terminology 9"])
    }

    /// A document whose file name opens with its date is a record of that day, in that day's
    /// names: Falco's design proposals (Tests/Evaluation/held-out/falco-project) say "the Falco
    /// project" where the branding guide now asks for "The Falco Project".
    /// openFDA keeps each update in a folder named by its day
    /// (`updates/2015_05_11_an_open_challenge_to_tap_public_data/_content.yaml`, held-out/openfda-site).
    @Test func aDatedRecordNamesThingsAsTheyWereCalled() throws {
        let line = "This proposal aims to define a process for the Falco project libraries contribution.\n"
        // Decipad's blog keeps each post in a folder that is its day (held-out/decipad-docs).
        for path in ["proposals/20210119-libraries-contribution.md", "news/2019-06-30-career-switching.md",
                     "updates/2015_05_11_an_open_challenge_to_tap_public_data/_content.md", "apps/docs/blog/2024-04-17/index.mdx",
                     "news/20240417/index.md"] {
            #expect(try Self.terminology(use: "The Falco Project", insteadOf: "the Falco project", line, path: path) == [], "\(path)")
        }
        for path in ["RELEASE.md", "proposals/2021-plans.md", "docs/2021plans.md", "docs/404-errors.md",
                     "2015_05_11_updates/docs/_content.md", "docs/2024-04-1/index.md", "docs/202404177/index.md"] {
            #expect(try Self.terminology(use: "The Falco Project", insteadOf: "the Falco project", line, path: path) == ["terminology 1"], "\(path)")
        }
    }

    /// An archive page headed by year keeps each year's section in that year's names: the Julia
    /// Seasons of Contributions archive (held-out/julialang-jsoc) says "students" under "## GSoC
    /// 2021", before Google called them contributors. The latest year's section is now.
    @Test func aPastYearsSectionNamesThingsAsTheyWereCalled() throws {
        let archive = """
            # Julia Seasons of Contributions Archives

            ## GSoC 2025

            Fourteen students contributed to Julia projects.

            ## GSoC 2021

            20 students contributed to Julia projects.

            ## GSoC 2020

            16 students worked on Julia projects funded by Google.
            """
        #expect(try Self.terminology(use: "contributors", insteadOf: "students", archive, path: "jsoc/archive.md") == ["terminology 5"])
        // One year alone heads no past: "## Plans for 2021" on a page of no other year is now.
        #expect(try Self.terminology(use: "contributors", insteadOf: "students", "# Plans\n\n## GSoC 2021\n\n20 students contributed.\n",
                                     path: "jsoc/plans.md") == ["terminology 5"])
        // A version is no year: "## Release 2021.1" beside "## Release 2024.2".
        #expect(try Self.terminology(use: "contributors", insteadOf: "students",
                                     "## Release 2024.2\n\nNew page.\n\n## Release 2021.1\n\n20 students contributed.\n",
                                     path: "docs/guide.md") == ["terminology 7"])
    }
}
