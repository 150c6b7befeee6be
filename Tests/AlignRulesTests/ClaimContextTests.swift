import AlignConfig
import AlignModel
import AlignReaders
@testable import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// Context read by the real Markdown reader gives claims their topic and condition: a table of
/// tiers reads row by row, each value checked against its own row's value.
@Suite struct ClaimContextTests {
    static func analyzed(_ markdown: String, path: String, stemmer: Stemmer) throws -> AnalyzedDocument {
        let document = try #require(DocumentReaders.read(bytes: Array(markdown.utf8), path: path, options: ReadOptions())?.first)
        return AnalyzedDocument(document: document, channel: .customer, audience: nil,
                                sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
    }

    /// The claim rules' findings on a Markdown page at `path`, against fixture `fixture`'s
    /// expect.yml, as "rule line: message".
    static func findings(fixture: String, _ markdown: String, path: String) throws -> [String] {
        let expectation = try ClaimTestSupport.expectation(fixture: fixture)
        let stemmer = Stemmer()
        let document = try analyzed(markdown, path: path, stemmer: stemmer)
        let result = ClaimTestSupport.check(document, rules: ClaimRules(expectation: expectation, stemmer: stemmer), expectation: expectation)
        return result.findings.map { "\($0.rule) \($0.span.start.line): \($0.message)" }
    }

    /// The findings of the rules across documents (`claim-drift`) on one Markdown page, against
    /// fixture `fixture`'s expect.yml.
    static func driftFindings(fixture: String, _ markdown: String, path: String) throws -> [String] {
        let expectation = try ClaimTestSupport.expectation(fixture: fixture)
        let stemmer = Stemmer()
        let document = try analyzed(markdown, path: path, stemmer: stemmer)
        let findings = ClaimTestSupport.corpus([document], rules: ClaimRules(expectation: expectation, stemmer: stemmer), expectation: expectation).findings
        return ClaimCorpusTests.render(findings.filter { $0.rule == "claim-drift" })
    }

    /// The claims of `markdown`, and its findings of the claim rules that compare values.
    static func check(_ markdown: String) throws -> (claims: [String], findings: [String]) {
        let expectation = try ClaimConditionTests.expectation()
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        let document = try analyzed(markdown, path: "support/tiers.md", stemmer: stemmer)
        let claims = ClaimTestSupport.check(document, rules: rules, expectation: expectation).facts.claims.map {
            "\($0.promise) \($0.valueText)" + ($0.condition.map { " [\($0)]" } ?? "")
        }
        let findings = ClaimTestSupport.corpus([document], rules: rules, expectation: expectation).findings
        return (claims, ClaimCorpusTests.render(findings.filter { ["claim-drift", "claim-conflict"].contains($0.rule) }))
    }

    static let table = """
        ## Support

        | Tier | First response |
        |------|----------------|
        | Priority 1 | 4 business hours |
        | Priority 2 | %@ |
        """

    /// Codewars' language pages give each language's limit as a paragraph under "## Timeout"
    /// (held-out/codewars-docs): a figure alone is its heading's, as a cell is its header's. A
    /// sentence under the heading is not, nor the figure under another heading.
    @Test func aFigureAloneUnderItsHeadingIsTheHeadings() throws {
        let path = "content/languages/sql/index.md"
        #expect(try Self.findings(fixture: "timeouts", "## Timeout\n\n14 seconds\n", path: path) == [
            "claim-conflict 3: test-time-limit: this says 14 seconds, expect.yml promises 12 seconds",
        ])
        #expect(try Self.findings(fixture: "timeouts", "## Timeout\n\n12 seconds\n", path: path) == [])
        #expect(try Self.findings(fixture: "timeouts", "## Packages\n\n14 seconds\n", path: path) == [])
        #expect(try Self.findings(fixture: "timeouts", "## Timeout\n\nMost tests finish in 14 seconds.\n", path: path) == [])
    }

    @Test func aTableOfTiersIsNotDrift() throws {
        let result = try Self.check(Self.table.replacingOccurrences(of: "%@", with: "2 business days"))
        #expect(result.claims == ["first-response 4 business hours [priority 1]", "first-response 2 business days [priority 2]"])
        #expect(result.findings == [])
    }

    @Test func eachRowIsCheckedAgainstItsOwnValue() throws {
        let result = try Self.check(Self.table.replacingOccurrences(of: "%@", with: "4 business hours"))
        #expect(result.claims == ["first-response 4 business hours [priority 1]", "first-response 4 business hours [priority 2]"])
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.hasPrefix("support/tiers.md:6:") == true, "\(result.findings)")
        #expect(result.findings.first?.contains("claim-conflict") == true, "\(result.findings)")
    }

    @Test func aComponentTitleHeadsWhatTheComponentHolds() throws {
        // Mintlify and Docusaurus pages tier their figures in tabs and accordions: the title is
        // the heading the reader sees above the figure.
        let page = """
            ## First response

            <Tabs>
              <Tab title="Priority 1">

              First response within 4 business hours.

              </Tab>
              <Tab title="Priority 2">

              First response within 2 business days.

              </Tab>
            </Tabs>

            First response within 2 business days.
            """
        let result = try Self.check(page)
        #expect(result.claims == ["first-response 4 business hours [priority 1]", "first-response 2 business days [priority 2]", "first-response 2 business days"])
        #expect(result.findings == [], "\(result.findings)")
    }

    /// balena's billing page: the promise's own sentence opens with its condition and no comma.
    @Test func aValueInAnOpeningConditionWithoutACommaIsTheConditions() throws {
        let page = "If there is no activity for 2 years we may at our discretion cancel any outstanding credits and will provide 60 days notice to the customer of our intention to do so.\n"
        #expect(try Self.findings(fixture: "credits", page, path: "pages/learn/accounts/billing.md") == [])
        let stated = "We may cancel any outstanding credits and will provide 30 days notice to the customer.\n"
        #expect(try Self.findings(fixture: "credits", stated, path: "pages/learn/accounts/billing.md").count == 1)
    }

    /// balena's ESR page: "Let's walk through an example." makes the rest of its paragraph the
    /// example, whose "nine months after release" is no lifetime of its own.
    @Test func aParagraphAfterAnAnnouncedExampleIsTheExample() throws {
        let example = """
            Let's walk through an example. In January 2026, the master branch of balenaOS is released as ESR version `2026.1`. \
            In three months a new ESR version, `2026.4`, is tagged as _next_. Similarly, three months after that a new ESR version is released. \
            Finally in October, nine months after release, the `2026.1` ESR version is untagged.
            """
        #expect(try Self.driftFindings(fixture: "credits", example, path: "pages/reference/os/extended-support-release.md") == [])
        let told = example.replacingOccurrences(of: "Let's walk through an example. ", with: "")
        #expect(try Self.driftFindings(fixture: "credits", told, path: "pages/reference/os/extended-support-release.md").count == 1)
    }

    /// Chatwoot's requirements page against its setup guides: floors are compared with floors,
    /// so "10.13.0 or higher" drifts from "20+" while "version 20" is met by both.
    @Test func aVersionAfterItsNameIsAClaim() throws {
        let page = """
            We only support Node.js 10.13.0 or higher.

            Chatwoot uses webpack to compile frontend assets, which requires a minimum version of Node.js 20.x.0.

            Node.js 20+ with pnpm package manager.

            Chatwoot requires Node.js version 20.
            """
        let drift = try Self.driftFindings(fixture: "chatwoot", page, path: "self-hosted/deployment/requirements.mdx")
        #expect(drift == [
            "self-hosted/deployment/requirements.mdx:1:25-42 warning [claim-drift] customer node-version: this says 10.13.0 or higher; 20.x.0 agrees with the statement in expect.yml {promise=node-version value=10.13.0 or higher expected=20.x.0} -> self-hosted/deployment/requirements.mdx:3:95 node-version: this says 20.x.0",
        ], "\(drift)")
        #expect(try Self.findings(fixture: "chatwoot", "You need to install Ruby 3.2.2.\n\nRuby 3.2 and later is required.\n", path: "contributing-guide/mac-os.mdx") == [
            "claim-conflict 1: ruby-version: this says 3.2.2, expect.yml promises version 3.3.3",
        ])
    }

    /// BookStack's installation page keeps a script for each of four Ubuntu releases, and the
    /// statement lists them all: each section says what the statement says. A release it does not
    /// list still drifts.
    @Test func everyValueAStatementListsIsStated() throws {
        let page = """
            * [Ubuntu 24.04 Script](#ubuntu-2404)
            * [Ubuntu 22.04 Script](#ubuntu-2204)
            * [Ubuntu 18.04 Script](#ubuntu-1804)

            A script to install BookStack on a fresh instance of Ubuntu 20.04 is available.

            A script to install BookStack on a fresh instance of Ubuntu 16.04 is available.
            """
        let drift = try Self.driftFindings(fixture: "scripts", page, path: "content/docs/admin/installation.md")
        #expect(drift == [
            "content/docs/admin/installation.md:7:61-66 warning [claim-drift] customer install-scripts: this says 16.04; 24.04 or 22.04 or 18.04 or 20.04 agree with the statement in expect.yml {promise=install-scripts value=16.04 expected=24.04} "
                + "-> content/docs/admin/installation.md:1:11 install-scripts: this says 24.04 -> content/docs/admin/installation.md:2:11 install-scripts: this says 22.04 "
                + "-> content/docs/admin/installation.md:3:11 install-scripts: this says 18.04 -> content/docs/admin/installation.md:5:61 install-scripts: this says 20.04",
        ], "\(drift)")
    }

    /// PocketHost's docs home page says its statement again under a label: "over 10,000 users" is
    /// at least 10,001 there as in expect.yml, so it agrees; "over 9,000 users" does not.
    @Test func aCountOverAFloorIsCountedAsTheFloorIs() throws {
        let path = "packages/dashboard/src/routes/(static)/docs/+page.md"
        #expect(try Self.findings(fixture: "pockethost", "- **Growing User Base**: Join over 10,000 users who trust PocketHost for their hosting needs.", path: path) == [])
        #expect(try Self.findings(fixture: "pockethost", "- **Growing User Base**: Join over 9,000 users who trust PocketHost for their hosting needs.", path: path) == [
            "claim-conflict 1: user-count: this says 9,000 users, expect.yml promises over 10,000 users",
        ])
    }

    /// PocketHost's pages list the three ways to pay in one clause: each price is the plan its
    /// own unit names ("/mo", "/yr"), not the "lifetime" written after the last one.
    @Test func aValueWhoseUnitNamesAConditionIsThatConditions() throws {
        let path = "packages/dashboard/src/routes/(static)/docs/+page.md"
        let list = "- **Flexible Pricing**: [Pay Per PocketBase](/pricing) — $9.99/mo, $59.99/yr, or $149.99 lifetime per slot with pooled storage."
        #expect(try Self.findings(fixture: "pockethost", list, path: path) == [])
        #expect(try Self.findings(fixture: "pockethost", list.replacingOccurrences(of: "$59.99/yr", with: "$49.99/yr"), path: path) == [
            "claim-conflict 1: slot-price: this says $49.99/yr, expect.yml promises $59.99 per year for year",
        ])
    }

    /// Chatwoot's requirements page quotes the statement of a promise expect.yml gives no value:
    /// it decides the value, though two setup lists say another.
    @Test func thePageThatOwnsTheStatementDecidesItsValue() throws {
        let page = """
            - **Cache**: Redis 6+

            Redis 6+ for caching and background jobs

            Redis version 7.0 or higher is recommended
            """
        let drift = try Self.driftFindings(fixture: "chatwoot", page, path: "self-hosted/deployment/requirements.mdx")
        #expect(drift == [
            "self-hosted/deployment/requirements.mdx:1:20-22 warning [claim-drift] customer redis-version: this says 6+; version 7.0 or higher agrees with the statement in expect.yml {promise=redis-version value=6+ expected=version 7.0 or higher} -> self-hosted/deployment/requirements.mdx:5:7 redis-version: this says version 7.0 or higher",
            "self-hosted/deployment/requirements.mdx:3:7-9 warning [claim-drift] customer redis-version: this says 6+; version 7.0 or higher agrees with the statement in expect.yml {promise=redis-version value=6+ expected=version 7.0 or higher} -> self-hosted/deployment/requirements.mdx:5:7 redis-version: this says version 7.0 or higher",
        ], "\(drift)")
    }

    /// Healthchecks' README lists "Django 6.1", as the statement does; the self-hosting page's
    /// list and a second mention still say 6.0. The statement's own value decides, not the count.
    @Test func theStatementsOwnValueDecidesAPromiseWithoutOne() throws {
        let page = """
            * Django 6.1

            * Django 6.0

            This page is for Django 6.0.
            """
        let drift = try Self.driftFindings(fixture: "selfhosting", page, path: "templates/docs/self_hosted.md")
        #expect(drift == [
            "templates/docs/self_hosted.md:3:10-13 warning [claim-drift] customer self-hosted-django: this says 6.0; 6.1 agrees with the statement in expect.yml {promise=self-hosted-django value=6.0 expected=6.1} -> templates/docs/self_hosted.md:1:10 self-hosted-django: this says 6.1",
            "templates/docs/self_hosted.md:5:25-28 warning [claim-drift] customer self-hosted-django: this says 6.0; 6.1 agrees with the statement in expect.yml {promise=self-hosted-django value=6.0 expected=6.1} -> templates/docs/self_hosted.md:1:10 self-hosted-django: this says 6.1",
        ], "\(drift)")
    }

    /// Login.gov's help headings speak as the reader ("I don't have any backup codes left"): the
    /// reader's words, as a quoted customer's are, not the company withdrawing its codes.
    @Test func aHeadingInTheReadersVoiceIsNotTheCompanys() throws {
        let page = """
            ## I don’t have any backup codes left

            The system automatically generated new backup codes for you the last time you logged in to your account.

            ## We don’t provide backup codes
            """
        #expect(try Self.findings(fixture: "backupcodes", page, path: "content/_help/issues-with-backup-codes._en.md") == [
            "promise-negated 5: backup-code-count is a firm promise: \"don’t\" denies or withdraws it",
        ])
    }

    /// Human Essentials' default date range is "60 days in the past, 30 days in the future": every
    /// value its statement writes is said as expect.yml says it, and only another one drifts.
    @Test func everyValueTheStatementWritesAgreesWithIt() throws {
        let page = """
            This brings up a list of all your Distributions for the default period of 60 days in the past, 30 days in the future.

            The default is all Storage Locations and vendors, and the default period of 60 days prior, 30 days forward from today's date.

            If you want to see a time period other than the default period of 90 days, change the date range.
            """
        let drift = try Self.driftFindings(fixture: "daterange", page, path: "docs/user_guide/bank/exports.md")
        #expect(drift == [
            "docs/user_guide/bank/exports.md:5:67-74 warning [claim-drift] customer default-date-range: this says 90 days; 60 days or 30 days agree with the statement in expect.yml {promise=default-date-range value=90 days expected=60 days} -> docs/user_guide/bank/exports.md:1:75 default-date-range: this says 60 days -> docs/user_guide/bank/exports.md:3:92 default-date-range: this says 30 days",
        ], "\(drift)")
    }

    /// Woodpecker's row for `CI_PIPELINE_FILES` is the statement, inline code and all: its "more
    /// than 500 files" is not a figure against `value: 500 files`. Another figure still is, quoted
    /// with its bound.
    @Test func theStatementQuotedWithItsInlineCodeIsTheStatement() throws {
        func row(_ files: Int) -> String {
            """
            | Name | Set by | Description |
            |---|---|---|
            | `CI_PIPELINE_FILES` | `config, runtime` | changed files (empty if event is not `push` or `pull_request`), it is undefined if more than \(files) files are touched |
            """
        }
        #expect(try Self.findings(fixture: "pipelines", row(500), path: "docs/docs/20-usage/50-environment.md") == [])
        #expect(try Self.findings(fixture: "pipelines", row(400), path: "docs/docs/20-usage/50-environment.md") == [
            "claim-conflict 3: changed-files-limit: this says more than 400 files, expect.yml promises 500 files",
        ])
    }

    /// Tekton's README lists each release's minimum Kubernetes version, the statement's line last:
    /// every other line is written the same way around another release, and is that release's.
    /// The statement's own line with another minimum is still a conflict.
    @Test func aLineWrittenAsTheStatementForAnotherCaseIsThatCases() throws {
        let list = """
            ### Required Kubernetes Version

            - Starting from the v0.24.x release of Tekton: **Kubernetes version 1.18 or later**
            - Starting from the v0.59.x release of Tekton: **Kubernetes version 1.27 or later**
            - Starting from the v0.61.x release of Tekton: **Kubernetes version 1.28 or later**
            """
        #expect(try Self.findings(fixture: "requirements", list, path: "README.md") == [])
        #expect(try Self.findings(fixture: "requirements", "- Starting from the v0.61.x release of Tekton: **Kubernetes version 1.27 or later**", path: "README.md") == [
            "claim-conflict 1: kubernetes-minimum: this says 1.27 or later, expect.yml promises at least version 1.28",
        ])
    }

    /// Shuttle's pricing page (held-out/shuttle-docs) gives each instance's memory as a bare
    /// number under "Memory (GB)": the cell is that many gigabytes, under its row's size. The vCPU
    /// column names no unit, and its numbers stay no values.
    @Test func aBareNumberTakesTheUnitItsColumnHeaderNames() throws {
        #expect(try Self.findings(fixture: "instances", """
            ## Purchase additional projects

            | Instance Size | vCPU | Memory (GB) | Included vCPU | Billable vCPU |
            | --- | --- | --- | --- | --- |
            | **Small** | 0.5 | 1 | 0 | 0.5 |
            | **Medium** | 1 | 2 | 0 | 1 |
            | **Large** | 2 | 3 | 0 | 2 |
            | **X Large** | 4 | 8 | 0 | 4 |
            """, path: "pricing/scaling.mdx") == [
            "claim-conflict 7: instance-memory: this says 3 GB, expect.yml promises 4 GB for Large",
        ])
        #expect(ClaimReader.unit(ofColumn: "Memory (GB) ") == "GB")
        #expect(ClaimReader.unit(ofColumn: "Annual (per month)") == nil)
        #expect(ClaimReader.unit(ofColumn: "vCPU") == nil)
    }

    /// Sim's annual billing table gives each plan's monthly price, as promised, beside what annual
    /// billing makes of it: a row that states the promise does not drift against itself. A row
    /// whose monthly price is another is still reported, all its figures with it.
    @Test func aRowThatStatesThePromiseHoldsItsOtherFiguresBesideIt() throws {
        func table(pro: String) -> String {
            """
            ## Plans

            ### Annual Billing

            | Plan | Monthly | Annual (per month) | Annual Total |
            |------|---------|-------------------|--------------|
            | **Pro** | \(pro) | $21.25/mo | $255/yr |
            | **Max** | $100/mo | $85/mo | $1,020/yr |
            """
        }
        #expect(try Self.findings(fixture: "billing", table(pro: "$25/mo"), path: "platform/costs.mdx") == [])
        #expect(try Self.findings(fixture: "billing", table(pro: "$30/mo"), path: "platform/costs.mdx") == [
            "claim-conflict 7: pro-price: this says $30/mo, expect.yml promises $25/month",
            "claim-conflict 7: pro-price: this says $21.25/mo, expect.yml promises $25/month",
            "claim-conflict 7: pro-price: this says $255/yr, expect.yml promises $25/month",
        ])
    }

    /// Rails's maintenance policy writes one promise hedged ("We aim to release a version
    /// containing new features every six months"): quoted, its hedge is expect.yml's own word,
    /// and hedges nothing of the promise about new features. Said elsewhere, a hedge still does.
    @Test func aQuotedStatementsHedgeIsExpectYmlsOwnWord() throws {
        let page = """
            We aim to release a version containing new features every six months.

            New features are usually only added to the main branch.
            """
        #expect(try Self.findings(fixture: "maintenance", page, path: "guides/source/maintenance_policy.md") == [
            #"promise-hedged 3: features-main-only is a firm promise: "usually" makes it sound optional; state it as expect.yml does"#,
        ])
    }

    /// PyCon UK's ticket table heads its rows by days: the Education rate for "2 days" is the price
    /// of two days, not the Saturday's £18. A row headed by a figure the statement does not write
    /// is another case; a row headed by words is still read.
    @Test func aRowHeadedByAnotherFigureIsAnotherCase() throws {
        let page = """
            | | Individual rate | Corporate rate | Education rate |
            |---|---|---|---|
            | 1 day | £36 | £72 | £18 |
            | 2 days | £90 | £180 | £30 |
            | 5 days | £198 | £396 | £66 |
            | Saturday | £36 | £72 | £20 |
            """
        #expect(try Self.findings(fixture: "tickets", page, path: "pages/tickets.md") == [
            "claim-conflict 6: teacher-saturday-ticket: this says £20, expect.yml promises £18",
        ])
    }

    /// EuroPython's talks are "30 or 45 min": a sponsor's "30 min slot" lies within what the
    /// statement says, as it would within a value; only a length outside it drifts.
    @Test func aValueWithinTheStatementsAgreesWithIt() throws {
        let page = """
            - <b>Sponsored Talk</b>: a 30 min slot as part of the official conference programme.

            Keynotes and talks run for 60 min.
            """
        let drift = try Self.driftFindings(fixture: "talks", page, path: "src/content/pages/sponsor/information.mdx")
        #expect(drift == [
            "src/content/pages/sponsor/information.mdx:3:28-34 warning [claim-drift] customer talk-length: this says 60 min; 30 min agrees with the statement in expect.yml {promise=talk-length value=60 min expected=30 min} -> src/content/pages/sponsor/information.mdx:1:28 talk-length: this says 30 min",
        ], "\(drift)")
    }

    /// Dapr's release table lists each SDK by its language: "Python 1.14.0" under "SDKs" is the
    /// Python SDK's version, not Python's, while a promise about the SDK still reads it.
    @Test func aVersionUnderAColumnOfComponentsIsTheComponents() throws {
        let table = """
            | Release date | Runtime     | CLI  | SDKs  | Status |
            |--------------------|:--------:|:--------|---------|---------|
            | September 16th 2024 | 1.14.4</br>  | 1.14.1 | Java 1.12.0 </br>Go 1.11.0 </br>Python 1.14.0 </br>.NET 1.14.0 | Supported (current) |
            | February 14th 2024 | 1.12.5</br>  | 1.12.0 | Java 1.10.0 </br>Go 1.9.1 </br>Python 1.12.0 </br>.NET 1.12.0 | Unsupported |

            - Python 3.7+
            """
        let path = "operations/support/support-release-policy.md"
        #expect(try Self.findings(fixture: "quickstarts", table, path: path) == [
            "claim-conflict 6: quickstart-python-version: this says 3.7+, expect.yml promises at least version 3.8",
        ])
        #expect(try Self.findings(fixture: "sdks", table, path: path) == [
            "claim-conflict 4: python-sdk-version: this says 1.12.0, expect.yml promises at least version 1.14.0",
        ])
    }

    /// BCDA's v3 introduction tells a change: the value it starts from is what was, the value it
    /// ends at is the claim. Without a verb of change the two make a range, read as before.
    @Test func theValueAChangeStartsFromIsHistory() throws {
        let page = """
            Increases the frequency of updates to fully adjudicated Part D claims data from once per week to 5 times per week.

            Part D claims data went from once per week to 6 times per week.

            Part D claims data is refreshed from 2 times a week to 5 times a week.
            """
        #expect(try Self.findings(fixture: "refresh", page, path: "src/_pages/v3/introducing-v3.md") == [
            "claim-conflict 1: part-d-refresh: this says 5 times per week, expect.yml promises 6 times a week",
            "claim-conflict 5: part-d-refresh: this says 2 times a week, expect.yml promises 6 times a week",
        ])
    }

    /// Chocolatey's upgrade guide tells what previous versions required, in the past: that
    /// value was so then. A requirement said now of a previous version's figure still conflicts.
    @Test func aPreviousVersionsRequirementToldInThePastIsHistory() throws {
        let page = """
            In previous version of Chocolatey CLI, .NET Framework 4.0 was a minimum requirement. This has now changed to be .NET Framework 4.8.

            Chocolatey CLI requires .NET Framework 4.0, as previous versions do.
            """
        #expect(try Self.findings(fixture: "frameworks", page, path: "src/content/docs/en-us/guides/upgrading-to-chocolatey-v2-v6.mdx") == [
            "claim-conflict 3: dotnet-framework: this says 4.0, expect.yml promises at least version 4.8",
        ])
    }

    /// SaladCloud's RabbitMQ guide gives a message size, which the host's RAM limits further: the
    /// subject before "is" says what the value measures. A generic one ("The maximum is") takes
    /// its meaning from the topic after the value, and so does any with the topic right after the
    /// value ("is 128 GB of RAM").
    @Test func aValueSaidOfASubjectOfItsOwnIsThatSubjects() throws {
        let page = """
            - Maximum message size is 512MB, and further limited by the amount of RAM available on the host machine, as messages are kept in memory.

            The maximum is 96 GB of RAM per node.

            The largest node is 128 GB of RAM.
            """
        #expect(try Self.findings(fixture: "gateway", page, path: "container-engine/how-to-guides/job-processing/rabbitmq.mdx") == [
            "claim-conflict 3: node-ram: this says 96 GB, expect.yml promises up to 60 GB",
            "claim-conflict 5: node-ram: this says 128 GB, expect.yml promises up to 60 GB",
        ])
    }

    /// PagerDuty's anti-patterns page tells what executives ask for, rejected: its figures are
    /// what not to do, on a page named for it or titled so. The same words elsewhere are a claim.
    @Test func anAntiPatternsPageClaimsNothing() throws {
        let page = """
            ## Too frequent status updates.

            Executives need to know what's going on and want to be provided status updates every 5 minutes to keep them in the loop.
            """
        #expect(try Self.findings(fixture: "incidents", page, path: "docs/resources/anti_patterns.md") == [])
        #expect(try Self.findings(fixture: "incidents", "# Process Anti-Patterns\n\n" + page, path: "docs/resources/process.md") == [])
        #expect(try Self.findings(fixture: "incidents", page, path: "docs/during/external_communication_guidelines.md") == [
            "claim-conflict 3: public-update-cadence: this says every 5 minutes, expect.yml promises every 20 minutes",
        ])
    }

    /// BCDA's v3 pages give the refresh of Part D claims as "5 times per week" and "6x/week": a
    /// promise with no value whose statement speaks of frequency reads periods; one about how long
    /// data is available does not, and "every day" there is how often something else happens.
    /// The comparison page's label names the topic in brackets, and is still a label.
    @Test func aPromiseAboutFrequencyReadsPeriodsWithoutAValue() throws {
        let pages = """
            - Increases the frequency of updates to fully adjudicated Part D claims data from once per week to 5 times per week

            - Adjudicated claims (Medicare Part D): 6x/week

            - Claim and ClaimResponse resources are refreshed every day.

            - Claim and ClaimResponse resources are refreshed every week.
            """
        let found = try Self.driftFindings(fixture: "frequency", pages, path: "src/_pages/v3/comparison-bcda-cclf-files-v3.md")
        #expect(found == [
            "src/_pages/v3/comparison-bcda-cclf-files-v3.md:1:100-116 warning [claim-drift] customer v3-part-d-refresh: documents disagree: this says 5 times per week, others say 6x/week; expect.yml gives no value {promise=v3-part-d-refresh value=5 times per week expected=6x/week} -> src/_pages/v3/comparison-bcda-cclf-files-v3.md:3:41 v3-part-d-refresh: this says 6x/week",
            "src/_pages/v3/comparison-bcda-cclf-files-v3.md:3:41-48 warning [claim-drift] customer v3-part-d-refresh: documents disagree: this says 6x/week, others say 5 times per week; expect.yml gives no value {promise=v3-part-d-refresh value=6x/week expected=5 times per week} -> src/_pages/v3/comparison-bcda-cclf-files-v3.md:1:100 v3-part-d-refresh: this says 5 times per week",
        ])
    }

    /// Osio Labs' leave page restates its vacation in the statement's other words: "5 weeks" is
    /// the statement's own ("5 weeks (25 days or 200 hours)", `value: 25 days`), and "25 4-hour
    /// days" counts days, each four hours long. Another figure still conflicts.
    @Test func aValueTheStatementWritesAgreesWithIt() throws {
        let page = """
            Part-time employees receive half the amount of leave in total hours (100 instead of 200), which provides 5 weeks (25 4-hour days) of paid vacation time.

            Full-time employees receive 6 weeks of paid vacation time.
            """
        #expect(try Self.findings(fixture: "vacation", page, path: "03benefits/02leave.md") == [
            "claim-conflict 3: vacation: this says 6 weeks, expect.yml promises 25 days",
        ])
    }

    /// Storyblok's two APIs have a rate limit each, scoped to their own pages: a promise scoped
    /// elsewhere does not take the topic they share, and a rate without its noun is read.
    @Test func aPromiseScopedElsewhereDoesNotTakeASharedTopic() throws {
        let page = "The content delivery api has a rate limit of 5 per second.\n"
        #expect(try Self.findings(fixture: "ratelimits", page, path: "content/content-delivery/v1/topics/rate-limit.md") == [
            "claim-conflict 1: cdn-rate-limit: this says 5 per second, expect.yml promises 50 requests per second",
        ])
    }

    /// Chatwoot's Instagram review guide: Meta's messaging windows are no reply time of Chatwoot's.
    @Test func aWindowsLengthStatesOnlyAPromiseAboutAWindow() throws {
        let page = """
            - `human_agent` – Enable human responses beyond the standard 24-hour window.

            5. Describe how the `human_agent` tag will be used to allow the response within the extended 7-day window.

            Email responses take 3 days.
            """
        #expect(try Self.findings(fixture: "chatwoot", page, path: "self-hosted/instagram-app-review.mdx") == [
            "claim-conflict 5: support-response: this says 3 days, expect.yml promises 2 business days for Email (3 days is not 2 business days: business days skip weekends and holidays)",
        ])
    }

    /// GitHub's private-information removal policy: the opening hedge is about contacting the
    /// user; the topic comes twenty words later, in another verb phrase.
    @Test func anOpeningHedgeQualifiesOnlyATopicNearIt() throws {
        let far = "In most cases, we will contact the user who created the repository and give them an opportunity to delete or modify the private information specified in the request or to dispute the claim.\n"
        #expect(try Self.findings(fixture: "policies", far, path: "Policies/github-private-information-removal-policy.md") == [])
        let near = "In most cases, we let them delete or modify the content specified in the notice.\n"
        #expect(try Self.findings(fixture: "policies", near, path: "Policies/github-private-information-removal-policy.md").count == 1)
    }

    /// Healthchecks.io's docs: an opening hedge followed by a condition hedges what happens then;
    /// the topic named in the condition is not what it weakens.
    @Test func anOpeningHedgeBeforeAConditionHedgesWhatFollows() throws {
        let conditional = "Normally, when you ping a check, it leaves the paused state and goes into the up state.\n"
        #expect(try Self.findings(fixture: "pings", conditional, path: "templates/docs/configuring_checks.md") == [])
        let hedged = "Normally, you can ping a check 5 times per minute.\n"
        #expect(try Self.findings(fixture: "pings", hedged, path: "templates/docs/configuring_checks.md").count == 1)
    }

    /// GOV.UK's CDN page: "mirror responses get cached for 15 minutes" is said of its own passive
    /// subject, like "mirror responses are cached"; a TTL of 15 minutes is a claim.
    @Test func aGetPassiveHasItsOwnSubject() throws {
        let page = """
            We set a default TTL of 300s (5 mins) on cached objects. This means that pages such as the GOV.UK homepage will be cached for 5 minutes. 5XX responses get cached for 1s; mirror responses get cached for 15 minutes.

            The TTL of our pages is 15 minutes.
            """
        let findings = try Self.findings(fixture: "cdn", page, path: "source/manual/cdn.html.md")
        #expect(findings == ["claim-conflict 3: cdn-cache-ttl: this says 15 minutes, expect.yml promises 5 minutes"], "\(findings)")
    }

    /// Kubernetes' cherry-pick guide: what old releases got ("For releases 1.18 and older the
    /// patch support extended for approximately 9 months") is history; "2 years or older" is no
    /// version range.
    @Test func whatOldReleasesGotIsHistory() throws {
        let page = """
            The community supports & patches releases for approximately 1 year for releases 1.19 and newer. For releases 1.18 and older the patch support extended for approximately 9 months, which was derived from keeping n-3 releases in support.

            Releases 2 years or older get patch support for 9 months.
            """
        let findings = try Self.findings(fixture: "releases", page, path: "contributors/devel/sig-release/cherry-picks.md")
        #expect(findings == ["claim-conflict 3: patch-support-period: this says 9 months, expect.yml promises 14 months"], "\(findings)")
    }

    /// Checkly's private-locations page: in "API checks have a maximum running time of 30
    /// seconds, Browser checks 4 minutes" the scope names the second figure, not the first.
    @Test func aScopeNamedBesideAnotherFigureIsThatFiguresScope() throws {
        let page = """
            API checks have a maximum running time of 30 seconds, Browser checks 4 minutes.

            Browser checks have a maximum running time of 30 seconds, API checks 4 minutes.
            """
        let findings = try Self.findings(fixture: "checks", page, path: "site/content/docs/private-locations/scaling-and-redundancy.md")
        #expect(findings == ["claim-conflict 3: browser-check-timeout: this says 30 seconds, expect.yml promises at most 240 seconds"], "\(findings)")
    }

    /// 18F's first-travel guide: a duration counted from another event than the promise's
    /// ("after expenses are submitted", not "after approval") measures something else.
    @Test func aDurationFromAnotherEventIsAnotherMeasure() throws {
        let page = """
            But with a valid receipt, you will get reimbursed (generally 6-10 business days after expenses are submitted).

            You will get reimbursed 6-10 business days after approval.

            You will get reimbursed within 6-10 business days.
            """
        let findings = try Self.findings(fixture: "travel", page, path: "pages/travel-and-leave/first-time-travel.md")
        #expect(findings == [
            "claim-conflict 3: reimbursement-payment: this says 6-10 business days, expect.yml promises 3-5 business days",
            "claim-conflict 5: reimbursement-payment: this says 6-10 business days, expect.yml promises 3-5 business days",
        ], "\(findings)")
    }

    /// Buildkite's audit log page quotes its own promise: the sentence expect.yml quotes says it as
    /// expect.yml does, whatever its other figure ("stored indefinitely") would read as.
    @Test func thePromisesOwnSentenceIsNoConflict() throws {
        let owner = "> **Audit Log** events are stored indefinitely and can be accessed in the [Buildkite Pipelines](/docs/pipelines) web interface for up to 12 months.\n"
        #expect(try Self.findings(fixture: "policies", owner, path: "pages/platform/audit_log.md") == [])
        let other = "Audit Log events are stored indefinitely and shown in the web interface.\n"
        #expect(try Self.findings(fixture: "policies", other, path: "pages/platform/audit_log.md").count == 1)
    }

    /// Buildkite's build-timeouts and SSO pages: what the reader sets a timeout to, and how much
    /// a timeout can be extended by, are not the plan's job timeout.
    @Test func aSettingAndAnIncrementAreNoLimit() throws {
        let page = """
            To update the timeout for the current job to 20 minutes:

            This command can be used to reduce an existing timeout, extend it (by up to an hour), or set a timeout on a job that doesn't have one.

            Jobs that have an initial timeout can extend their timeout by up to 60 minutes beyond that initial value.

            You can configure the session duration to any timeout between 6 hours and 8,760 hours (1 year).

            On the Personal plan, the job timeout is 2 hours.
            """
        #expect(try Self.findings(fixture: "policies", page, path: "pages/pipelines/configure/build_timeouts.md") == [
            "claim-conflict 9: personal-job-timeout: this says 2 hours, expect.yml promises 4 hours for Personal plan",
        ])
    }

    /// Buildkite's build-timeouts page: how long an updated timeout takes to be enforced is no
    /// timeout.
    @Test func howLongAChangeTakesToTakeEffectIsNoLimit() throws {
        let page = """
            Updated timeouts are enforced on the server and can take up to two minutes to be enforced.

            On the Personal plan, the job timeout can take 2 hours.
            """
        #expect(try Self.findings(fixture: "policies", page, path: "pages/pipelines/configure/build_timeouts.md") == [
            "claim-conflict 3: personal-job-timeout: this says 2 hours, expect.yml promises 4 hours for Personal plan",
        ])
    }

    /// Ably's dashboards guide: a value said of everyone ("storing all messages") must hold for
    /// every account package; one that says nothing of whom is compared with each package's.
    @Test func aValueSaidOfEveryoneMustHoldUnderEveryCondition() throws {
        let page = """
            Enabling persistence extends this, storing all messages published to a channel for 24 hours by default.

            Enabling persistence stores messages published to a channel for 24 hours.

            Persistence keeps all messages for up to 72 hours.
            """
        let findings = try Self.findings(fixture: "history", page, path: "src/pages/docs/pub-sub/guides/dashboards-and-visualizations.mdx")
        #expect(findings == [
            "claim-conflict 1: persisted-history: this says 24 hours, expect.yml promises 72 hours for Standard",
        ], "\(findings)")
    }

    /// Buildkite's remote builders page: a hedge far from a valueless promise's topic hedges
    /// something else said in its clause.
    @Test func aHedgeFarFromAValuelessTopicHedgesSomethingElse() throws {
        let page = "The remote builder service executes stages in parallel where possible, reusing unchanged image layers in your container cache volumes.\n"
        #expect(try Self.findings(fixture: "policies", page, path: "pages/agent/remote_docker_builders.md") == [])
        let near = "The cache volume is usually available on Pro plans.\n"
        #expect(try Self.findings(fixture: "policies", near, path: "pages/agent/remote_docker_builders.md").count == 1)
    }

    /// cloud.gov's quotas and limits pages: a price per unit per month, and a default judged
    /// "sufficient for most applications", state their values.
    @Test func aPricePerUnitPerMonthAndAJudgedDefaultAreClaims() throws {
        let page = """
            The cost is $130 per GB of memory reserved per month, with no limit except the quota you set.

            The environment default of 512MB `memory:` is sufficient for most applications.

            Most applications run in 256MB.
            """
        #expect(try Self.findings(fixture: "services", page, path: "_docs/pricing/quotas.md") == [
            "claim-conflict 1: memory-price: this says $130 per GB of memory reserved per month, expect.yml promises $150/month",
            "claim-conflict 3: app-memory-default: this says 512MB, expect.yml promises 1 GB",
        ])
    }

    /// Checkly's monitoring page: a shorter interval offered on request is no shortest interval.
    @Test func aValueOfferedOnRequestIsAnException() throws {
        let page = "- API checks and uptime monitors can be scheduled to run **every 10 seconds** (A 1-second interval is available upon request for API checks — contact us if you'd like to learn more.)\n"
        #expect(try Self.findings(fixture: "services", page, path: "site/content/docs/monitoring/_index.md") == [])
        let stated = "A 5-second interval is the shortest interval for API checks.\n"
        #expect(try Self.findings(fixture: "services", stated, path: "site/content/docs/monitoring/_index.md").count == 1)
    }

    @Test func aHeadingAloneGivesNoTopic() throws {
        // On real pages the figures under a heading are as often about something else: only a
        // table's headers give a bare value its topic.
        let result = try Self.check("# Help\n\n## First response\n\nFor Priority 1 tickets, 4 business hours.\n")
        #expect(result.claims == [])
    }

    @Test func aNumberInARowHeadersValueNamesNoCondition() throws {
        // 18F's Tock page: a row headed "5 days" is a work week, not the tier `when: ["5"]`.
        let result = try Self.check("""
            | Work week | Billable time |
            |-----------|---------------|
            | 5 days    | 80% |
            """)
        #expect(result.claims == ["billable-time 80%"])
        #expect(result.findings == [])
    }
}

/// The quoted-statement test reads a sentence in place; the slow path it replaces builds the
/// sentence's key and looks for it in the statement's.
@Suite struct StatementQuoteTests {
    static func slowIsQuoted(_ sentence: String, in statement: String) -> Bool {
        let key = PromiseIndex.Entry.quoteKey(sentence), whole = PromiseIndex.Entry.quoteKey(statement)
        guard key.count >= PromiseIndex.Entry.shortestQuote, key.count <= whole.count else { return false }
        return (0...(whole.count - key.count)).contains { whole[$0..<($0 + key.count)].elementsEqual(key) }
    }

    @Test func theFastPathAgreesWithTheSlowPath() throws {
        let statements = [
            "Audit Log events are stored indefinitely and can be accessed in the Buildkite Pipelines web interface for up to 12 months.",
            "Job timeout: 4 hours on the Personal plan. Unlimited on Pro and Enterprise plans.",
            "Triggers are rate limited to 10 requests / minute / trigger.",
        ]
        let sentences = [
            "> **Audit Log** events are stored indefinitely and can be accessed in the Buildkite Pipelines web interface for up to 12 months.",
            "Audit Log events are stored indefinitely.", "Job timeout: 4 hours on the Personal plan.", "Unlimited on Pro and Enterprise plans.",
            "Triggers are rate limited to **10 requests / minute / trigger**.", "Triggers are rate limited.", "4 hours", "",
            "Job timeout: 4 hours on the Personal plan. Unlimited on Pro and Enterprise plans. And more.", "é Audit Log events are stored",
        ]
        for statement in statements {
            let key = PromiseIndex.Entry.quoteKey(statement)
            for sentence in sentences {
                #expect(PromiseIndex.Entry.isQuoted(sentence, in: key) == Self.slowIsQuoted(sentence, in: statement), "\(sentence)")
            }
        }
        #expect(PromiseIndex.Entry.isQuoted(sentences[0], in: PromiseIndex.Entry.quoteKey(statements[0])))
    }
}
