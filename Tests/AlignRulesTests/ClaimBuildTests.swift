import AlignRules
import AlignText
import Testing
@testable import AlignTestSupport

/// Defaults with a plan's larger figure, former figures, a limit worded with "should" and a
/// changelog, in the wording of Deno's docs (Tests/Evaluation/held-out/deno-deploy-docs).
@Suite struct ClaimBuildTests {
    /// The claim and terminology findings on a Markdown page at `path`, as "rule line: message".
    static func findings(_ markdown: String, path: String = "deploy/reference/builds.md") throws -> [String] {
        let expectation = try ClaimTestSupport.expectation(fixture: "builds")
        let stemmer = Stemmer()
        let document = try ClaimContextTests.analyzed(markdown, path: path, stemmer: stemmer)
        var result = ClaimTestSupport.check(document, rules: ClaimRules(expectation: expectation, stemmer: stemmer), expectation: expectation)
        TerminologyRule(expectation: expectation, stemmer: stemmer).check(document, stemmer: stemmer, into: &result)
        return result.findings.map { "\($0.rule) \($0.span.start.line): \($0.message)" }
    }

    /// A value followed by its own plan is that plan's, whatever condition opened the clause.
    @Test func aValuesOwnConditionBeatsALeadingOne() throws {
        #expect(try Self.findings("Build timeout: defaults to 5 minutes, can be increased to 15 minutes on the Pro plan.") == [])
        #expect(try Self.findings("""
            - Builds have been improved further with:
              - Customizable build timeouts (defaulting to 5 minutes, up to 15 minutes on
                Pro plan)
            """) == [])
        // The leading condition still holds a value with none of its own.
        #expect(try Self.findings("Build timeout: defaults to 15 minutes.")
            == ["claim-conflict 1: build-timeout: this says 15 minutes, expect.yml promises 5 minutes for default"])
    }

    /// "Up from 2 GB" is the figure it was.
    @Test func aFormerFigureIsNoClaim() throws {
        #expect(try Self.findings("- Builds\n  - Builds can now use up to 8 GB of storage, up from 2 GB\n") == [])
        #expect(try Self.findings("- Builds\n  - Builds can now use up to 8 GB of storage, increased from 2 GB\n") == [])
        #expect(try Self.findings("Builds can now use 2 GB of storage.")
            == ["claim-conflict 1: build-storage: this says 2 GB, expect.yml promises 8 GB"])
    }

    /// A hedge the promise's own statement uses states it as expect.yml does.
    @Test func aHedgeTheStatementUsesIsHowItIsSaid() throws {
        #expect(try Self.findings("## Deployment size\n\nDeployments should be less than 1GB across all source code and assets in\naggregate, per deployment.\n",
                                  path: "subhosting/manual/pricing_and_limits.md") == [])
    }

    /// A changelog tells what shipped under the names and figures of its day.
    @Test func aChangelogIsHistory() throws {
        let entry = """
            ## August 27th, 2025

            - The Deno Deploy EA dashboard has migrated from https://app.deno.com to https://console.deno.com.
            - Builds can now use 2 GB of storage.
            """
        #expect(try Self.findings(entry, path: "deploy/changelog.md") == [])
        for path in ["release-notes/2025-08-27.md", "CHANGELOG.md", "docs/Release_Notes/2025.md"] {
            #expect(try Self.findings(entry, path: path) == [], "\(path)")
        }
        // A blog post dated by its front matter, as the Markdown reader reads it.
        #expect(try Self.findings("---\ntitle: Storage\ndate: 2025-08-27\n---\n\n" + entry, path: "blog/storage.md") == [])
        #expect(try Self.findings("---\ntitle: Storage\n---\n\n" + entry, path: "blog/storage.md").count == 2)
        // The notes of one upgrade, a section of a page that is no history.
        #expect(try Self.findings("# Upgrading to v1.50.0\n\nBuilds can now use 2 GB of storage.\n", path: "docs/upgrade.md") == [])
        #expect(try Self.findings("# Upgrading\n\nBuilds can now use 2 GB of storage.\n", path: "docs/upgrade.md").count == 1)
        // A page about releases is no history.
        #expect(try Self.findings(entry, path: "deploy/releases.md").count == 2)
        #expect(try Self.findings(entry, path: "deploy/index.md") == [
            "claim-conflict 4: build-storage: this says 2 GB, expect.yml promises 8 GB",
            "terminology 3: use \"Deno Deploy\" instead of \"Deno Deploy EA\"",
        ])
    }

    /// ESLint's migration guides (Tests/Evaluation/held-out/eslint-docs), titled "Migrating to
    /// v5.0.0" or "Migrate to v10.x": each tells what one version required, not what ESLint
    /// requires now, and their old requirements deny nothing. The same words under another title
    /// are claims.
    @Test func aPageOfOneUpgradesNotesStatesNoClaim() throws {
        let guide = """
            ## Node.js 4 is no longer supported

            We now support the following versions of Node.js:

            - Anything above Node.js 9.10.0
            """
        let expectation = "upgrades"
        for title in ["Migrating to v5.0.0", "Migrate to v10.x"] {
            let page = "---\ntitle: \(title)\n---\n\n" + guide
            #expect(try ClaimContextTests.findings(fixture: expectation, page, path: "docs/src/use/migrate.md") == [], "\(title)")
        }
        #expect(try ClaimContextTests.findings(fixture: expectation, "---\ntitle: Getting Started\n---\n\n" + guide, path: "docs/src/use/migrate.md") == [
            "claim-conflict 9: node-version: this says 9.10.0, expect.yml promises at least version 20.19.0",
            "promise-negated 5: node-version is a firm promise: \"no longer\" denies or withdraws it",
        ])
    }

    /// HMRC's service guide ends its index page with its changelogs ("## Changelogs", "###
    /// Document changelog", a heading per date): what the guide said then, as a changelog's
    /// figures are. The same line under another heading is a claim.
    @Test func aPagesOwnChangelogStatesNoClaim() throws {
        let line = "- Update annual turnover threshold for submitting consolidated expenses in [Submit quarterly update](/guides/make-updates-during-tax-year.html#submit-quarterly-update) (from £85,000 to £90,000)"
        let changelog = "# Service guide\n\n## Changelogs\n\n### Document changelog\n\n#### 16 July 2024\n\n" + line + "\n"
        #expect(try ClaimContextTests.findings(fixture: "thresholds", changelog, path: "source/documentation/index.md") == [])
        #expect(try ClaimContextTests.findings(fixture: "thresholds", "# Service guide\n\n## Quarterly updates\n\n" + line + "\n", path: "source/documentation/index.md") == [
            "claim-conflict 5: consolidated-expenses-threshold: this says £85,000 to £90,000, expect.yml promises £90,000",
        ])
    }

    /// A section headed by an earlier year than another section's is what was so that year: the
    /// threshold of the 2023 to 2024 tax year is no claim now. One year alone heads no past.
    @Test func aPastYearsSectionStatesNoClaim() throws {
        let page = """
            # Consolidated expenses

            ## Tax year 2025 to 2026

            Customers with an annual turnover of less than £90,000 can report consolidated expenses.

            ## Tax year 2023 to 2024

            Customers with an annual turnover of less than £85,000 can report consolidated expenses.
            """
        #expect(try ClaimContextTests.findings(fixture: "thresholds", page, path: "source/documentation/index.md") == [])
        let alone = "# Consolidated expenses\n\n## Tax year 2023 to 2024\n\nCustomers with an annual turnover of less than £85,000 can report consolidated expenses.\n"
        #expect(try ClaimContextTests.findings(fixture: "thresholds", alone, path: "source/documentation/index.md") == [
            "claim-conflict 5: consolidated-expenses-threshold: this says of less than £85,000, expect.yml promises £90,000",
        ])
    }
}
