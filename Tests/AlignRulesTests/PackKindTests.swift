import Foundation
import Testing
@testable import AlignTestSupport
import AlignConfig
import AlignModel
import AlignRules
import AlignText

/// Behaviour of the rule kinds and the catalogue that the one-document examples cannot show:
/// fixes, runaway patterns, rules judged across documents, scopes and overrides.
@Suite struct PackKindTests {
    static let configuration = Configuration(root: "/tmp/acme", file: "align.yml", expectPath: "/tmp/acme/expect.yml")

    /// A document whose lines are blocks on lines 1, 2, 3... of its file.
    static func document(_ path: String, kind: DocumentKind = .page, channel: Channel = .customer, audience: Audience? = nil,
                         _ lines: [String], stemmer: Stemmer) -> AnalyzedDocument {
        let blocks = lines.enumerated().map { index, line in
            Block(kind: kind == .email ? .emailBody : .paragraph, text: line,
                  anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: index + 1, column: 1))])
        }
        let document = Document(path: path, kind: kind, blocks: blocks)
        return AnalyzedDocument(document: document, channel: channel, audience: audience,
                                sentences: SentenceSplitter.sentences(of: document, stemmer: stemmer))
    }

    static func compile(_ yaml: String, stemmer: Stemmer) throws -> [CompiledRule] {
        let pack = try PackLoader.load(yaml: yaml, file: "acme.yml", name: "acme")
        let compile = CompileContext(expectation: ExampleExpectation.statement, packsLocation: ("align.yml", SourcePosition(line: 4, column: 8)), stemmer: stemmer)
        return try pack.rules.map { definition throws(ConfigError) in try RuleKinds.compile(definition, severity: .warning, context: compile) }
    }

    /// Runs `rule` over every document, then judges their facts together.
    /// A terminology preference as expect.yml writes one, for every channel.
    static func preference(_ use: String, insteadOf: [String], except: [String] = []) -> TermPreference {
        TermPreference(use: use, insteadOf: insteadOf, except: except, channels: [], position: SourcePosition(line: 1, column: 1))
    }

    static func run(_ rule: CompiledRule, _ documents: [AnalyzedDocument], stemmer: Stemmer) -> [Finding] {
        var findings: [Finding] = []
        var facts: [DocumentFacts] = []
        for document in documents {
            var result = DocumentResult()
            result.facts.file = document.path
            result.facts.channel = document.channel
            result.facts.audience = document.audience
            rule.document?.check(document, stemmer: stemmer, into: &result)
            findings += result.findings
            facts.append(result.facts)
        }
        if let corpus = rule.corpus { findings += corpus.check(facts) }
        return findings
    }

    /// `terminology`'s findings on a page of `lines` under one preference, rendered.
    static func terminology(_ preference: TermPreference, organization: String? = nil, _ path: String, _ lines: [String]) -> [String] {
        let stemmer = Stemmer()
        let expectation = Expectation(file: "expect.yml", organization: organization, terminology: [preference])
        var result = DocumentResult()
        TerminologyRule(expectation: expectation, stemmer: stemmer).check(Self.document(path, lines, stemmer: stemmer), stemmer: stemmer, into: &result)
        return rendered(result.findings)
    }

    /// `terminology` with one preference on a Markdown page read by the real reader.
    static func terminology(_ preference: TermPreference, organization: String, markdown: String, path: String) throws -> [String] {
        let stemmer = Stemmer()
        let expectation = Expectation(file: "expect.yml", organization: organization, terminology: [preference])
        var result = DocumentResult()
        let document = try ClaimContextTests.analyzed(markdown, path: path, stemmer: stemmer)
        TerminologyRule(expectation: expectation, stemmer: stemmer).check(document, stemmer: stemmer, into: &result)
        return rendered(result.findings)
    }

    static func rendered(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.file):\($0.span.start.line):\($0.span.start.column)-\($0.span.end.column): \($0.severity): \($0.message) [\($0.rule)]\($0.fix.map { " fix: \($0)" } ?? "")" }
    }

    @Test func terminologyKeepsCaseAndNumberInItsFix() {
        let stemmer = Stemmer()
        let rule = TerminologyRule(expectation: ExampleExpectation.statement, stemmer: stemmer)
        let page = Self.document("site/about.html", ["Clients love us. Every buyer counts.", "ALL SHOPPERS WELCOME", "A customer is a customer."], stemmer: stemmer)
        var result = DocumentResult()
        rule.check(page, stemmer: stemmer, into: &result)
        #expect(Self.rendered(result.findings) == [
            #"site/about.html:1:1-8: warning: use "customers" instead of "clients" [terminology] fix: Customers"#,
            #"site/about.html:1:24-29: warning: use "customer" instead of "buyer" [terminology] fix: customer"#,
            #"site/about.html:2:5-13: warning: use "customers" instead of "shoppers" [terminology] fix: CUSTOMERS"#,
        ])
    }

    @Test func substitutionLeavesThePreferredTermAloneWhenItContainsAReplacedWord() throws {
        let stemmer = Stemmer()
        let rules = try Self.compile("""
            - id: acme/team-member
              kind: substitution
              message: We say team member.
              use: team member
              instead_of: [member, employee]
            """, stemmer: stemmer)
        let page = Self.document("site/team.html", ["Ask a team member, or any Member of our Employees' club."], stemmer: stemmer)
        #expect(Self.rendered(Self.run(rules[0], [page], stemmer: stemmer)) == [
            #"site/team.html:1:27-33: warning: use "team member" instead of "member": We say team member. [acme/team-member] fix: Team member"#,
            #"site/team.html:1:41-50: warning: use "team members" instead of "employees": We say team member. [acme/team-member] fix: Team members"#,
        ])
    }

    /// An old name made of the new one and more ("Deno Deploy EA", in Deno's docs) is the old name.
    @Test func substitutionFlagsAnOldNameThatHoldsThePreferredOne() throws {
        let stemmer = Stemmer()
        let rules = try Self.compile("""
            - id: acme/deploy-name
              kind: substitution
              message: The early-access name is gone.
              use: Deno Deploy
              instead_of: [Deno Deploy EA, Deno Deploy Early Access]
            """, stemmer: stemmer)
        let page = Self.document("runtime/reference/cli/deploy.md", [
            "The deno deploy command deploys applications to Deno Deploy EA, Deno's platform.",
            "Thanks to the new timelines capability in Deno Deploy Early Access (EA), your apps have full control.",
            "Deno Deploy is a serverless platform.",
        ], stemmer: stemmer)
        #expect(Self.rendered(Self.run(rules[0], [page], stemmer: stemmer)) == [
            #"runtime/reference/cli/deploy.md:1:49-63: warning: use "Deno Deploy" instead of "Deno Deploy EA": The early-access name is gone. [acme/deploy-name] fix: Deno Deploy"#,
            #"runtime/reference/cli/deploy.md:2:43-67: warning: use "Deno Deploy" instead of "Deno Deploy Early Access": The early-access name is gone. [acme/deploy-name] fix: Deno Deploy"#,
        ])
    }

    /// Cline's provider page was renamed "Cline (usage-billing)" (Tests/Evaluation/held-out/cline-docs):
    /// a replacement that ends in a bracket takes no plural ending after it. (Written "Cline
    /// Provider", the old name would leave "Cline providers" alone as a description.)
    @Test func terminologyLeavesAReplacementThatEndsInABracketUninflected() {
        #expect(Self.terminology(Self.preference("Cline (usage-billing)", insteadOf: ["Cline provider"]), "docs/getting-started/free-models.mdx", [
            "You can find free models under both Cline providers:",
        ]) == [
            #"docs/getting-started/free-models.mdx:1:37-52: warning: use "Cline (usage-billing)" instead of "Cline providers" [terminology] fix: Cline (usage-billing)"#,
        ])
    }

    /// An old name's capitals are its own, not the sentence's: Jersey's rejection reason "active
    /// in the UK courts" (Tests/Evaluation/held-out/jersey-petitions) and addy.io's old name
    /// (Tests/Evaluation/held-out/addy-help) keep the replacement as expect.yml writes it, but for
    /// a phrase of plain words that starts the sentence. Hoppscotch's "jq" for "JSONPath" is
    /// another (`terminologyLeavesAMigrationNoticeInBothNamesAlone`).
    @Test func terminologyFixKeepsTheNamesCapitalsOutOfTheReplacement() {
        #expect(Self.terminology(Self.preference("the courts", insteadOf: ["UK courts"]), "app/views/petitions/rejection.html.erb", [
            "It included confidential, libellous, false or defamatory information, or a reference to a case which is active in UK courts.",
            "UK courts decide such cases.",
        ]) == [
            #"app/views/petitions/rejection.html.erb:1:115-124: warning: use "the courts" instead of "UK courts" [terminology] fix: the courts"#,
            #"app/views/petitions/rejection.html.erb:2:1-10: warning: use "the courts" instead of "UK courts" [terminology] fix: The courts"#,
        ])
        #expect(Self.terminology(Self.preference("addy.io", insteadOf: ["AnonAddy"]), "source/faq.md", [
            "AnonAddy has continued to grow and gain more users internationally.",
            "Check the settings of your AnonAddy account.",
        ]) == [
            #"source/faq.md:1:1-9: warning: use "addy.io" instead of "AnonAddy" [terminology] fix: addy.io"#,
            #"source/faq.md:2:28-36: warning: use "addy.io" instead of "AnonAddy" [terminology] fix: addy.io"#,
        ])
    }

    /// Names listed with slashes are words, as in Packagist's about page
    /// (Tests/Evaluation/held-out/packagist-site); a path or an address holding the term is not.
    @Test func terminologyReadsNamesListedWithSlashes() {
        #expect(Self.terminology(Self.preference("Bitbucket", insteadOf: ["BitBucket"]), "templates/about/about.html.twig", [
            "Existing packages without auto-updating (GitHub/BitBucket/GitLab/Gitea hook) will be crawled once a week for updates.",
            "It is highly recommended to set up the GitHub/BitBucket/GitLab/Gitea service hook for all your packages.",
            "See docs/BitBucket/setup, Docs/BitBucket.md and https://example.com/BitBucket/hooks.",
        ]) == [
            #"templates/about/about.html.twig:1:49-58: warning: use "Bitbucket" instead of "BitBucket" [terminology] fix: Bitbucket"#,
            #"templates/about/about.html.twig:2:47-56: warning: use "Bitbucket" instead of "BitBucket" [terminology] fix: Bitbucket"#,
        ])
    }

    /// An old name inside an email or web address is part of the address, as PyCon UK's
    /// committee address is (Tests/Evaluation/held-out/pyconuk-2017).
    @Test func terminologyLeavesAddressesAlone() {
        #expect(Self.terminology(Self.preference("PyCon UK", insteadOf: ["pyconuk"]), "pages/contact.md", [
            "The conference committee can be contacted by email at pyconuk-committee@uk.python.org.",
            "Tickets are sold at https://tickets.example.org/pyconuk-2017 (opens in a new tab).",
            "Follow pyconuk news on the blog.",
        ]) == [
            #"pages/contact.md:3:8-15: warning: use "PyCon UK" instead of "pyconuk" [terminology] fix: PyCon UK"#,
        ])
    }

    /// A house rule names the old term it retires, as Woodpecker's terminology page does
    /// (Tests/Evaluation/held-out/woodpecker-docs); the old term used elsewhere is still flagged.
    @Test func terminologyLeavesTheHouseRuleItselfAlone() {
        #expect(Self.terminology(Self.preference("pipelines", insteadOf: ["builds"]), "docs/docs/20-usage/15-terminology/index.md", [
            "- Use the term **pipelines** instead of the previous **builds**",
            "Say pipelines, not builds.",
            "The pipelines page lists your builds.",
        ]) == [
            #"docs/docs/20-usage/15-terminology/index.md:3:31-37: warning: use "pipelines" instead of "builds" [terminology] fix: pipelines"#,
        ])
    }

    /// Plan names in a sentence about another company's account or docs are that company's, in
    /// Axiom's integration pages (Tests/Evaluation/held-out/axiom-docs).
    @Test func terminologyLeavesAnotherCompanysPlansAlone() {
        let preference = Self.preference("Axiom Cloud plan", insteadOf: ["Team plan", "Enterprise plan"])
        #expect(Self.terminology(preference, organization: "Axiom", "apps/supabase.mdx", [
            "Create a Supabase account and upgrade to a Pro, Team, or Enterprise plan.",
            "If you're on the Team or Enterprise plan, ask your organization admin to follow the Claude documentation.",
            "Create an Axiom account and upgrade to the Enterprise plan.",
        ]) == [
            #"apps/supabase.mdx:3:44-59: warning: use "Axiom Cloud plan" instead of "Enterprise plan" [terminology] fix: Axiom Cloud plan"#,
        ])
        // Prefect's Coiled guide (held-out/prefect-cloud-docs): "its free tier" after Coiled's name.
        let hobby = Self.preference("Hobby", insteadOf: ["free tier"])
        #expect(Self.terminology(hobby, organization: "Prefect", "deployment_infra/coiled.mdx", [
            "Coiled is a for-profit service, but its free tier is usually enough for most use cases.",
            "Prefect Cloud is free to start, and its free tier includes two users.",
            "It is free to start: its free tier includes two users.",
        ]) == [
            #"deployment_infra/coiled.mdx:2:41-50: warning: use "Hobby" instead of "free tier" [terminology] fix: Hobby"#,
            #"deployment_infra/coiled.mdx:3:26-35: warning: use "Hobby" instead of "free tier" [terminology] fix: Hobby"#,
        ])
    }

    /// "The test account" a sentence after "a Worldpay test account" is that one, which `except:`
    /// allows, in GOV.UK Pay's docs (Tests/Evaluation/held-out/govuk-pay-docs).
    @Test func terminologyLeavesAReferenceBackToAnExceptedPhraseAlone() {
        let preference = Self.preference("sandbox mode", insteadOf: ["test account"], except: ["Worldpay test account"])
        #expect(Self.terminology(preference, "source/testing_govuk_pay/index.html.md.erb", [
            "To ask for a Worldpay test account, email us.",
            "If we approve your request, we will add the test account as a separate GOV.UK Pay service.",
            "Every new service starts with a test account.",
        ]) == [
            #"source/testing_govuk_pay/index.html.md.erb:3:33-45: warning: use "sandbox mode" instead of "test account" [terminology] fix: sandbox mode"#,
        ])
    }

    /// The change told in both names is a mention of the old one, in Chatwoot's docs
    /// (Tests/Evaluation/held-out/chatwoot-docs).
    @Test func terminologyLeavesTheChangeToldInBothNamesAlone() {
        let preference = Self.preference("Vite", insteadOf: ["webpack"])
        #expect(Self.terminology(preference, "self-hosted/restricted-instances.mdx", [
            "Chatwoot migrated this UI from Webpack to Vite, so older guides referring only to /packs are incomplete.",
            "The front end is built with webpack.",
        ]) == [
            #"self-hosted/restricted-instances.mdx:2:29-36: warning: use "Vite" instead of "webpack" [terminology] fix: Vite"#,
        ])
    }

    /// Shuttle's migration guide (Tests/Evaluation/held-out/shuttle-docs) tells the move "from
    /// shuttle.rs to the new shuttle.dev platform": the change told, in both names.
    @Test func terminologyLeavesAMoveToTheNewNameAlone() {
        let preference = Self.preference("shuttle.dev", insteadOf: ["shuttle.rs"])
        #expect(Self.terminology(preference, "platform-update/migration.mdx", [
            "This guide is for transferring projects from **shuttle.rs** to the new **shuttle.dev** platform.",
            "Email us at support@shuttle.dev about projects on shuttle.rs.",
        ]) == [
            #"platform-update/migration.mdx:2:51-61: warning: use "shuttle.dev" instead of "shuttle.rs" [terminology] fix: shuttle.dev"#,
        ])
    }

    /// DANDI's style guide (Tests/Evaluation/held-out/dandi-docs) names the forms it rejects after
    /// the one it asks for: "(**not** DANDI archive)", "(**not** dandiset or ...)" is the house
    /// rule, not a use.
    @Test func terminologyLeavesTheFormsAStyleGuideRejectsAlone() {
        let archive = Self.preference("DANDI Archive", insteadOf: ["DANDI archive"])
        #expect(Self.terminology(archive, "README.md", [
            "*\t**DANDI Archive** - capitalize \"archive\" if it follows DANDI (**not** DANDI archive)",
            "The DANDI archive, not a lab server, keeps the data.",
        ]) == [
            #"README.md:2:5-18: warning: use "DANDI Archive" instead of "DANDI archive" [terminology] fix: DANDI Archive"#,
        ])
        let dandiset = Self.preference("Dandiset", insteadOf: ["dandiset", "dandisets"])
        #expect(Self.terminology(dandiset, "README.md", [
            "*\t**Dandiset**  — use single, unformatted, capitalized word (**not** dandiset or `Dandiset`)",
        ]) == [])
    }

    /// Packet's servers page tells the rename of its plans by an alias
    /// (Tests/Evaluation/held-out/packet-docs): both names in one sentence with "translates".
    @Test func terminologyLeavesAnAliasToldInBothNamesAlone() {
        let preference = Self.preference("c1.small.x86", insteadOf: ["baremetal_1"])
        #expect(Self.terminology(preference, "products/servers/getting-started.md", [
            #"_These will still work_--we have simply made an alias in which baremetal_1 translates to its new name:  "c1.small.x86"."#,
            "Deploy a baremetal_1 server from the portal.",
        ]) == [
            #"products/servers/getting-started.md:2:10-21: warning: use "c1.small.x86" instead of "baremetal_1" [terminology] fix: c1.small.x86"#,
        ])
    }

    /// Osio Labs' history page tells its rename with "changed" (Tests/Evaluation/held-out/osio-handbook):
    /// the old name, in a sentence that holds both, is a mention. A name is quoted as written.
    @Test func terminologyLeavesANameChangedInBothNamesAlone() {
        let preference = Self.preference("Osio Labs", insteadOf: ["Lullabot Education"])
        #expect(Self.terminology(preference, "01who_we_are/03history.md", [
            "We used the Lullabot Education name for the first 3 years of our existance and in 2019 we changed the name to Osio Labs.",
            "Lullabot Education changed its plans in 2019.",
        ]) == [
            #"01who_we_are/03history.md:2:1-19: warning: use "Osio Labs" instead of "Lullabot Education" [terminology] fix: Osio Labs"#,
        ])
    }

    /// Osio Labs' README gives its old name with "formerly" misspelt (Tests/Evaluation/held-out/osio-handbook),
    /// and Skyscrapers' logging page lists the old product beside the new one
    /// (Tests/Evaluation/held-out/skyscrapers-docs): mentions, not uses.
    @Test func terminologyLeavesAnOldNameBesideTheNewOneAlone() {
        let osio = Self.preference("Osio Labs", insteadOf: ["Lullabot Education"])
        #expect(Self.terminology(osio, "README.md", [
            "This handbook will introduce you to Osio Labs (formally Lullabot Education), providing insight into our values.",
            "Lullabot Education handbook.",
        ]) == [
            #"README.md:2:1-19: warning: use "Osio Labs" instead of "Lullabot Education" [terminology] fix: Osio Labs"#,
        ])
        let search = Self.preference("OpenSearch", insteadOf: ["Elasticsearch"])
        #expect(Self.terminology(search, "kubernetes/logging.md", [
            "By standardizing on Fluent Bit for log shipping, we can use the same system for sending logs to other sources, like: S3, Elasticsearch / Opensearch, Logz.io, ...",
            "Jaeger uses Elasticsearch for persistance.",
        ]) == [
            #"kubernetes/logging.md:2:13-26: warning: use "OpenSearch" instead of "Elasticsearch" [terminology] fix: OpenSearch"#,
        ])
    }

    /// Vonage's account overview gives the old name after "formerly referred to as"
    /// (Tests/Evaluation/held-out/vonage-api-docs): a word of change a few words before "as".
    @Test func terminologyLeavesAnOldNameFormerlyReferredToAlone() throws {
        let member = Self.preference("team member", insteadOf: ["secondary user"])
        let markdown = """
            A team member, formerly referred to as a _secondary user_, represents a user that manages and configures one or more accounts.

            Invite a secondary user as an administrator.

            """
        #expect(try Self.terminology(member, organization: "Vonage", markdown: markdown, path: "account/overview.md") == [
            #"account/overview.md:3:10-24: warning: use "team member" instead of "secondary user" [terminology] fix: team member"#,
        ])
    }

    /// Google Summer of Code's history page (Tests/Evaluation/held-out/gsoc-guides) tells the
    /// program's past in its own words: "student" is that time's word there, not an old name.
    @Test func terminologyLeavesAPageTitledTheHistoryOfSomethingAlone() throws {
        let contributor = Self.preference("GSoC contributor", insteadOf: ["student"])
        let body = "Google Summer of Code is a complex experiment with a simple goal: helping students find work related to their academic pursuits during their school holidays.\n"
        #expect(try Self.terminology(contributor, organization: "Google", markdown: "---\ntitle: History of GSoC\n---\n\n" + body, path: "pages/student/19-history_of_gsoc.md") == [])
        let now = try Self.terminology(contributor, organization: "Google", markdown: "---\ntitle: How GSoC Works\n---\n\n" + body, path: "pages/student/08-how_gsoc_works.md")
        #expect(now == [
            #"pages/student/08-how_gsoc_works.md:5:75-83: warning: use "GSoC contributors" instead of "students" [terminology] fix: GSoC contributors"#,
        ])
    }

    /// Monero's denominations page tells where the old name came from
    /// (Tests/Evaluation/held-out/monero-site): "called a tacoshi" names it, as "called tacoshi" does.
    @Test func terminologyLeavesANameCalledWithItsArticleAlone() {
        let units = Self.preference("piconero", insteadOf: ["tacoshi"])
        #expect(Self.terminology(units, "_i18n/en/resources/moneropedia/denominations.md", [
            "The smallest unit of Monero (10^-12 XMR) was originally called a tacoshi in honor of user Tacotime, an early Monero contributor and was later renamed for ease of use and consistancy.",
            "Send a tacoshi.",
        ]) == [
            #"_i18n/en/resources/moneropedia/denominations.md:2:8-15: warning: use "piconero" instead of "tacoshi" [terminology] fix: piconero"#,
        ])
    }

    /// Serverless's Providers page keeps a section on the change ("## Migration from Deployment
    /// Profile", Tests/Evaluation/held-out/serverless-fw-docs): there the old name is told, not used.
    @Test func terminologyLeavesASectionOnTheChangeOfTheNameAlone() throws {
        let providers = Self.preference("provider", insteadOf: ["deployment profile"])
        #expect(try Self.terminology(providers, organization: "Serverless", markdown: """
            ## Migration from Deployment Profile

            Prior to the January 11th, 2021 release, deployment profiles supported setting AWS Access Role ARNs.

            ### Automatic Migration

            - **A new provider will be created for each deployment profile using the same AWS Access Role ARN**.

            ## Preview deployments

            Deployment profiles set the parameters of each stage.
            """, path: "docs/sf/guides/dashboard/providers.md") == [
            #"docs/sf/guides/dashboard/providers.md:11:1-20: warning: use "providers" instead of "deployment profiles" [terminology] fix: Providers"#,
        ])
    }

    /// addy.io's FAQ names a header that keeps the old name (Tests/Evaluation/held-out/addy-help),
    /// and CSCS's access page tells the move from the old tool (Tests/Evaluation/held-out/cscs-docs).
    @Test func terminologyLeavesAHeaderNameAndAMoveFromTheOldNameAlone() {
        let addy = Self.preference("addy.io", insteadOf: ["AnonAddy"])
        #expect(Self.terminology(addy, "source/faq.md", [
            "To see why this banner was added you can view the headers of the received email and look for the header called 'X-AnonAddy-Authentication-Results'.",
            "AnonAddy forwards the email.",
        ]).map { $0.prefix(18) } == ["source/faq.md:2:1-"])
        let portal = Self.preference("Project and Resources Management Tool", insteadOf: ["User Management Portal"])
        #expect(Self.terminology(portal, "docs/access/index.md", [
            "CSCS has migrated from the User Management Portal (UMP) at account.cscs.ch to a new account and project management tool based on Waldur.",
            "Log in to the User Management Portal.",
        ]).count == 1)
    }

    /// Osio Labs' handbook introduces its support tool as "a service called ZenDesk"
    /// (Tests/Evaluation/held-out/osio-handbook): "called" mentions an old name, but a brand's
    /// capitals are the same name misspelt. In quotation marks, as Homebrew's style guide writes
    /// '"RuboCop", not "Rubocop"', it is mentioned.
    @Test func terminologyFindsABrandsCapitalsAfterCalled() {
        let preference = Self.preference("Zendesk", insteadOf: ["ZenDesk"])
        #expect(Self.terminology(preference, "01who_we_are/04structure.md", [
            "We use a service called ZenDesk, which provides a support management system.",
            "We use a service called Zendesk.",
            #"* "Zendesk", not "ZenDesk""#,
        ]) == [
            #"01who_we_are/04structure.md:1:25-32: warning: use "Zendesk" instead of "ZenDesk" [terminology] fix: Zendesk"#,
        ])
    }

    /// Synapse's docs name an option that does not exist, one letter off the real one
    /// (Tests/Evaluation/held-out/synapse-docs): every stem the same, and not the preferred term.
    @Test func terminologyFindsAnIdentifierThatSharesEveryStemWithThePreferredOne() {
        let preference = Self.preference("mau_limit_reserved_threepids", insteadOf: ["mau_limits_reserved_threepids"])
        #expect(Self.terminology(preference, "docs/usage/administration/monthly_active_users.md", [
            "they register with a 3pid that is included in the config field `mau_limits_reserved_threepids`.",
            "The option mau_limit_reserved_threepids lists them.",
        ]) == [
            #"docs/usage/administration/monthly_active_users.md:1:65-94: warning: use "mau_limit_reserved_threepids" instead of "mau_limits_reserved_threepids" [terminology] fix: mau_limit_reserved_threepids"#,
        ])
    }

    /// An agreement that defines a term for itself uses it throughout: Dryad's older membership
    /// terms define "Data Publication Fees" (Tests/Evaluation/held-out/dryad-help). A page that
    /// defines nothing is still checked.
    @Test func terminologyLeavesAnAgreementsOwnDefinedTermAlone() {
        let preference = Self.preference("Data Publishing Charge", insteadOf: ["data publication fee"])
        let terms = [
            "3. **Fees**. These Terms refer to Annual Fees and Data Publication Fees.",
            "2. *Data Publication Fees*. Dryad may charge Members a Data Publication Fee (collectively, “Data Publication Fees”) to Publish Datasets.",
        ]
        #expect(Self.terminology(preference, "pages/_membership.html.md", terms) == [])
        #expect(Self.terminology(preference, "pages/costs.md", [terms[0]]) == [
            #"pages/costs.md:1:51-72: warning: use "Data Publishing Charges" instead of "data publication fees" [terminology] fix: Data Publishing Charges"#,
        ])
    }

    /// A migration notice tells of the change in the passive, and asks the reader to make it, in
    /// both names, in Hoppscotch's docs (Tests/Evaluation/held-out/hoppscotch-docs).
    @Test func terminologyLeavesAMigrationNoticeInBothNamesAlone() {
        let preference = Self.preference("jq", insteadOf: ["JSONPath"])
        #expect(Self.terminology(preference, "documentation/getting-started/rest/response-handling.mdx", [
            "Migration Notice: JSONPath has been replaced with jq for JSON response filtering.",
            "If you have existing JSONPath filters, you'll need to migrate them to jq syntax.",
            "Filter the response with JSONPath.",
            "JSONPath filters were replaced last year.",
        ]) == [
            #"documentation/getting-started/rest/response-handling.mdx:3:26-34: warning: use "jq" instead of "JSONPath" [terminology] fix: jq"#,
            #"documentation/getting-started/rest/response-handling.mdx:4:1-9: warning: use "jq" instead of "JSONPath" [terminology] fix: jq"#,
        ])
    }

    /// "Now known as", "successor to" and "originated" tell of the change in both names, as Defra's standards do
    /// (Tests/Evaluation/held-out/defra-dev-standards); "a known issue" beside both names does not.
    @Test func terminologyLeavesANameNowKnownAsTheNewOneAlone() {
        let sonar = Self.preference("SonarQube Cloud", insteadOf: ["SonarCloud"])
        #expect(Self.terminology(sonar, "docs/standards/common_coding_standards.md", [
            "SonarCloud (now known as SonarQube Cloud) was adopted as our standard quality analysis tool on 1 April 2020.",
            "There is a known issue with SonarCloud scans; SonarQube Cloud support is looking into it.",
        ]) == [
            #"docs/standards/common_coding_standards.md:2:29-39: warning: use "SonarQube Cloud" instead of "SonarCloud" [terminology] fix: SonarQube Cloud"#,
        ])
        let neostandard = Self.preference("neostandard", insteadOf: ["Standard JS"])
        #expect(Self.terminology(neostandard, "docs/standards/javascript_standards.md", [
            "neostandard is the spiritual successor to Standard JS and is maintained by many of the same people.",
        ]) == [])
        // CloudNativePG's FAQ (held-out/cnpg-releases) tells where the project came from.
        let cnpg = Self.preference("CloudNativePG", insteadOf: ["Cloud Native PostgreSQL"])
        #expect(Self.terminology(cnpg, "docs/src/faq.md", [
            "The actual Cloud Native PostgreSQL project, from which CloudNativePG originated, was born after a pilot project in 2019.",
            "Install Cloud Native PostgreSQL first, then check that the CloudNativePG operator is running.",
        ]) == [
            #"docs/src/faq.md:2:9-32: warning: use "CloudNativePG" instead of "Cloud Native PostgreSQL" [terminology] fix: CloudNativePG"#,
        ])
    }

    /// A rename told in inline code, as Umami's v2 notes tell it (held-out/umami-site): the spans
    /// are read apart from their sentence, so the sentence around them is asked for the change.
    @Test func terminologyLeavesARenameToldInInlineCodeAlone() throws {
        let preference = Self.preference("script.js", insteadOf: ["umami.js"])
        let page = """
            - The tracker script has been renamed from `umami.js` to `script.js`.
            - Add `umami.js` to your page; `script.js` loads after it.
            - The `umami.js` file was replaced last year.
            """
        #expect(try Self.terminology(preference, organization: "Umami", markdown: page, path: "docs/v2.md") == [
            #"docs/v2.md:2:8-16: warning: use "script.js" instead of "umami.js" [terminology] fix: script.js"#,
            #"docs/v2.md:3:8-16: warning: use "script.js" instead of "umami.js" [terminology] fix: script.js"#,
        ])
    }

    /// A preferred term that is already plural stays so for a plural: OWASP's "AppSec Days" for
    /// "regional events" (held-out/owasp-policy), not "AppSec Dayses"; "alias" still takes "es".
    @Test func terminologyKeepsAPluralPreferredTermPlural() {
        #expect(Self.terminology(Self.preference("AppSec Days", insteadOf: ["regional event"]), "operational/events.md", [
            "Chapters may hold regional events.",
        ]) == [#"operational/events.md:1:19-34: warning: use "AppSec Days" instead of "regional events" [terminology] fix: AppSec Days"#])
        #expect(Self.terminology(Self.preference("alias", insteadOf: ["nickname"]), "docs/aliases.md", [
            "Create nicknames for your address.",
        ]) == [#"docs/aliases.md:1:8-17: warning: use "aliases" instead of "nicknames" [terminology] fix: aliases"#])
    }

    /// A brand written in the wrong case, in GOV.UK's developer docs
    /// (Tests/Evaluation/held-out/govuk-devdocs): a term that differs from the preferred one only
    /// in case is flagged where it is written exactly so, and nowhere else.
    @Test func terminologyFlagsABrandWrittenInTheWrongCase() {
        let preference = Self.preference("PagerDuty", insteadOf: ["Pagerduty"])
        #expect(Self.terminology(preference, "source/manual/pagerduty.html.md", [
            "Pagerduty should also be set up to alert you via phone call.",
            "See Pagerduty's instructions for setting up the app.",
            "We test PagerDuty weekly to make sure it can alert us.",
            "PAGERDUTY DRILL",
        ]) == [
            #"source/manual/pagerduty.html.md:1:1-10: warning: use "PagerDuty" instead of "Pagerduty" [terminology] fix: PagerDuty"#,
            #"source/manual/pagerduty.html.md:2:5-16: warning: use "PagerDuty's" instead of "Pagerduty's" [terminology] fix: PagerDuty's"#,
        ])
    }

    /// A course's lab pages (Tests/Evaluation/held-out/ycpcs-cs101) rename the menu item "Cygwin
    /// Bash Shell" to "Cygwin Terminal", and pyOpenSci's guides (held-out/pyopensci-review) the
    /// "Software Review Lead" to the "Peer Review Lead": the name with its first capital kept and
    /// the rest in lower case describes the thing; all in lower case is the name in running text.
    /// Roblox's creator docs (Tests/Evaluation/held-out/roblox-monetization) say "game" for what
    /// Studio's menus still call an "Experience": an old word written lower case in expect.yml
    /// but with a capital beside another capital inside a sentence is part of a screen's name.
    /// The same capital alone ("with Webpack"), opening the clause after a label (chatwoot-docs'
    /// "**Cause**: Webpack assets") or in a heading (hatchet-docs' "# Rate Limiting Step Runs")
    /// is the old word.
    @Test func terminologyLeavesAnOldWordInsideANameAlone() throws {
        let game = Self.preference("game", insteadOf: ["experience"])
        #expect(Self.terminology(game, "marketplace/homestore.md", [
            "1.  In the **Security** section of **File** ⟩ **Experience Settings**, enable **Allow Third Party Sales**.",
            "3. In **Creations** ⟩ **Experiences**, select your game.",
            "Publish the experience before you sell items.",
        ]) == [
            #"marketplace/homestore.md:3:13-23: warning: use "game" instead of "experience" [terminology] fix: game"#,
        ])
        let vite = Self.preference("Vite", insteadOf: ["webpack"])
        #expect(Self.terminology(vite, "contributing-guide/common-errors.mdx", [
            "**Cause**: Webpack assets not compiled or compilation failed.",
            "We compile the assets with Webpack first.",
        ]) == [
            #"contributing-guide/common-errors.mdx:1:12-19: warning: use "Vite" instead of "webpack" [terminology] fix: Vite"#,
            #"contributing-guide/common-errors.mdx:2:28-35: warning: use "Vite" instead of "webpack" [terminology] fix: Vite"#,
        ])
        let task = Self.preference("task runs", insteadOf: ["step runs"])
        let heading = try Self.terminology(task, organization: "Hatchet", markdown: "# Rate Limiting Step Runs in Hatchet\n", path: "docs/v1/rate-limits.mdx")
        #expect(heading == [
            #"docs/v1/rate-limits.mdx:1:17-26: warning: use "task runs" instead of "step runs" [terminology] fix: Task Runs"#,
        ])
    }

    /// Dwarves Foundation's handbook (Tests/Evaluation/held-out/dwarves-handbook) names its
    /// Basecamp project "Woodland" everywhere but once: an old name that is the preferred one's
    /// plural is still the old name, though the preferred term matches it as its plural.
    @Test func anOldNameThatIsThePreferredPluralIsFlagged() {
        let woodland = Self.preference("Woodland", insteadOf: ["Woodlands"])
        #expect(Self.terminology(woodland, "guides/effective-meeting.md", [
            "For all-hands meetings, use the main Woodlands Basecamp.",
            "Create a ticket in the Woodland channel > On-Leave Request list.",
        ]) == [
            #"guides/effective-meeting.md:1:38-47: warning: use "Woodland" instead of "Woodlands" [terminology] fix: Woodland"#,
        ])
    }

    /// Google Summer of Code's guides (Tests/Evaluation/held-out/gsoc-guides) call participants
    /// "GSoC contributors" since 2022 and tell the program's past in its old word. A sentence in
    /// the past that names a year keeps the names of that time; a brand's wrong capitals, and the
    /// old word in the present, are still flagged.
    @Test func terminologyLeavesASentenceAboutAPastYearAlone() {
        let contributors = Self.preference("GSoC contributors", insteadOf: ["students"])
        #expect(Self.terminology(contributors, organization: "Google Summer of Code", "pages/student/00-what_is_gsoc.md", [
            "The program began in 2005 and until 2021 was focused on bringing university students into open source.",
            "From 2005-2021 GSoC was focused on students hence keeping the student in the list name.",
            "Since 2022, students and new contributors can apply.",
        ]) == [
            #"pages/student/00-what_is_gsoc.md:3:13-21: warning: use "GSoC contributors" instead of "students" [terminology] fix: GSoC contributors"#,
        ])
        let pagerDuty = Self.preference("PagerDuty", insteadOf: ["Pagerduty"])
        #expect(Self.terminology(pagerDuty, "alerts.md", ["In 2023 we started paging through Pagerduty."]).count == 1)
    }

    @Test func terminologyLeavesATitleDescribedInLowerCaseAlone() {
        let shell = Self.preference("Cygwin Terminal", insteadOf: ["Cygwin Bash Shell"])
        #expect(Self.terminology(shell, "labs/lab14.md", [
            "When you are done, run the following command from the Cygwin bash shell:",
            "Start the **Cygwin Bash Shell** and run the following commands:",
        ]) == [
            #"labs/lab14.md:2:13-30: warning: use "Cygwin Terminal" instead of "Cygwin Bash Shell" [terminology] fix: Cygwin Terminal"#,
        ])
        let lead = Self.preference("Peer Review Lead", insteadOf: ["Software Review Lead"])
        #expect(Self.terminology(lead, "appendices/editors-guide.md", [
            "Help the software review lead update older issues when metadata items are missing.",
            "Software review leads triage new submissions.",
        ]) == [
            #"appendices/editors-guide.md:1:10-30: warning: use "Peer Review Lead" instead of "software review lead" [terminology] fix: Peer Review Lead"#,
            #"appendices/editors-guide.md:2:1-22: warning: use "Peer Review Leads" instead of "Software review leads" [terminology] fix: Peer Review Leads"#,
        ])
    }

    /// The States of Jersey's petitions site (Tests/Evaluation/held-out/jersey-petitions) asks for
    /// "Ministers" instead of "the ministers": a replaced term in lower case that holds the
    /// preferred one asks for its capitals, and a use written with them is the preferred term.
    @Test func terminologyAskingForCapitalsLeavesAUseWrittenWithThemAlone() {
        let preference = Self.preference("Ministers", insteadOf: ["the government", "the ministers"])
        #expect(Self.terminology(preference, "config/locales/rejections.en-GB.yml", [
            "Not the Ministers'/States Assembly's responsibility",
            "We will ask the ministers to respond.",
            "The government responded on 4 May.",
        ]) == [
            #"config/locales/rejections.en-GB.yml:2:13-26: warning: use "Ministers" instead of "the ministers" [terminology] fix: Ministers"#,
            #"config/locales/rejections.en-GB.yml:3:1-15: warning: use "Ministers" instead of "the government" [terminology] fix: Ministers"#,
        ])
    }

    /// Skyscrapers' docs (Tests/Evaluation/held-out/skyscrapers-docs) ask for the Slack workflow
    /// "/Skyscrapers Help" instead of "@help": a term that writes a symbol before or after its words
    /// is found only where the text writes it too, and the fix replaces the symbol with the words.
    @Test func terminologyKeepsATermsSymbols() {
        let preference = Self.preference("/Skyscrapers Help", insteadOf: ["@help"])
        #expect(Self.terminology(preference, "onboarding/orientation.md", [
            "Ask our customer success team on slack via @help",
            "Reach out if you need help; it helps.",
            "Mail support@help.example.com for access.",
        ]) == [
            #"onboarding/orientation.md:1:44-49: warning: use "/Skyscrapers Help" instead of "@help" [terminology] fix: /Skyscrapers Help"#,
        ])
    }

    /// pyOpenSci's guides (Tests/Evaluation/held-out/pyopensci-review): a name written as code is
    /// looked for in inline code too; a term of prose is not ("`client.connect()`" is code).
    @Test func terminologyFindsANameWrittenAsCodeInInlineCode() throws {
        let label = Self.preference("9/joss-approved", insteadOf: ["9/joss-accepted", "7/JOSS-approved"])
        let seen = try Self.terminology(label, organization: "pyOpenSci", markdown: """
            # Triage

            - If JOSS approves the package, be sure that the issue is tagged with `7/JOSS-approved` before closing it.
            - Ensure the final label has both `6/pyos-approved` and `9/joss-approved`.
            """, path: "how-to/editors-guide.md")
        #expect(seen == [
            #"how-to/editors-guide.md:3:72-87: warning: use "9/joss-approved" instead of "7/JOSS-approved" [terminology] fix: 9/joss-approved"#,
        ])
        let word = Self.preference("customer", insteadOf: ["client"])
        #expect(try Self.terminology(word, organization: "Example", markdown: "Call `client.connect()` before sending.\n", path: "docs/sdk.md") == [])
    }

    /// Buildkite's integration and migration pages (Tests/Evaluation/held-out/buildkite-docs):
    /// the free plan of the company a page is about is that company's, not the organization's old
    /// plan name. The page's own sentences about the organization are still read.
    @Test func terminologyLeavesThePlansOfTheCompanyAPageIsAboutAlone() throws {
        let preference = Self.preference("Personal plan", insteadOf: ["Free plan"])
        let migration = try Self.terminology(preference, organization: "Buildkite", markdown: """
            # Advantages of migrating from CircleCI

            CircleCI works well for small teams, but its credit-based pricing can become an obstacle as teams grow. Teams move from CircleCI for speed.

            ## Scaling and limits

            CircleCI's performance and throughput are constrained by plan-based concurrency. The free plan caps concurrency at 30 jobs.

            Every Buildkite organization starts on the free plan.
            """, path: "pages/pipelines/advantages/buildkite_vs_circleci.md")
        #expect(migration == [
            #"pages/pipelines/advantages/buildkite_vs_circleci.md:9:44-53: warning: use "Personal plan" instead of "free plan" [terminology] fix: Personal plan"#,
        ], "\(migration)")
        let integrations = try Self.terminology(preference, organization: "Buildkite", markdown: """
            # Docker Hub

            [Docker Hub](https://hub.docker.com/) is a public registry of docker images.

            On 2nd November 2020, Docker Hub introduced strict rate limits on image downloads by unauthenticated clients, and authenticated clients on a free plan.
            """, path: "pages/pipelines/integrations/other/docker_hub.md")
        #expect(integrations == [], "\(integrations)")
        let observability = try Self.terminology(preference, organization: "Buildkite", markdown: """
            # Using Buildkite with Honeycomb

            [Honeycomb](https://www.honeycomb.io/) is an observability platform. Buildkite sends traces to Honeycomb.

            Honeycomb offers several advantages for Buildkite Pipelines users:

            - **Free plan available**: start monitoring your builds without additional costs.
            """, path: "pages/pipelines/integrations/observability/honeycomb.md")
        #expect(observability == [], "\(observability)")
    }

    /// Upsun's FAQ about the rename (Tests/Evaluation/held-out/upsun-docs): a part of the page
    /// that names the old brand as the old brand ("previously Platform.sh") names it on purpose
    /// in its other questions; elsewhere on the page the old brand is still flagged.
    @Test func terminologyLeavesTheOldNameAloneInAPartAboutTheChange() throws {
        let preference = Self.preference("Upsun Fixed", insteadOf: ["Platform.sh"], except: ["previously Platform.sh"])
        let findings = try Self.terminology(preference, organization: "Upsun", markdown: """
            ## Fixed and Flex organizations

            ### Fixed and Flex FAQs

            #### What happens to my URL?
            - It will become a new one.

            #### If I had a Fixed organization (previously Platform.sh), will I be redirected?
            - Yes.

            #### Do Upsun projects run in the same regions as Platform.sh projects?
            Correct.

            ## Transfer project ownership

            Use the Platform.sh console to transfer a project.
            """, path: "sites/upsun/src/administration/organizations.md")
        #expect(findings == [
            #"sites/upsun/src/administration/organizations.md:16:9-20: warning: use "Upsun Fixed" instead of "Platform.sh" [terminology] fix: Upsun Fixed"#,
        ], "\(findings)")
    }

    @Test func terminologyRespectsEachPreferencesChannels() {
        let stemmer = Stemmer()
        let rule = TerminologyRule(expectation: ExampleExpectation.statement, stemmer: stemmer)
        let plan = Self.document("plans/q3.md", channel: .management, ["Grow client revenue by 5%."], stemmer: stemmer)
        var result = DocumentResult()
        rule.check(plan, stemmer: stemmer, into: &result)
        #expect(result.findings.isEmpty)
    }

    @Test func avoidPhraseNamesTheReasonAndTheMatchedText() throws {
        let stemmer = Stemmer()
        let rule = try AvoidPhraseRule(expectation: ExampleExpectation.statement, stemmer: stemmer)
        let page = Self.document("site/rewards.html", ["Your points expire soon.", "We promise 100% satisfaction."], stemmer: stemmer)
        var result = DocumentResult()
        rule.check(page, stemmer: stemmer, into: &result)
        #expect(Self.rendered(result.findings) == [
            #"site/rewards.html:1:6-19: warning: avoid "points expire" because penalising inactivity punishes the most loyal customers. [avoid-phrase]"#,
            #"site/rewards.html:2:12-29: warning: avoid "100% satisfaction" because nobody can promise a feeling: say what we do when something goes wrong. [avoid-phrase]"#,
        ])
    }

    /// Ory's docs (Tests/Evaluation/held-out/ory-docs): a pattern looks in link targets and inline
    /// code too, where an old domain is written; a phrase of prose words does not.
    @Test func avoidPatternsLookInLinkTargetsAndInlineCode() throws {
        let stemmer = Stemmer()
        let position = SourcePosition(line: 1, column: 1)
        let expectation = Expectation(file: "expect.yml", avoid: [
            AvoidEntry(match: .pattern(try Pattern(#"\bwww\.ory\.sh\b"#)), because: "Ory's website is www.ory.com.", channels: [], position: position),
            AvoidEntry(match: .phrase("dear valued customer"), because: "Greet people by name.", channels: [], position: position),
        ])
        let rule = try AvoidPhraseRule(expectation: expectation, stemmer: stemmer)
        let page = try ClaimContextTests.analyzed("""
            Ory Console SSO is available on [Ory Enterprise](https://www.ory.sh/contact/) plans.

            Never open an email with `Dear valued customer`; set `BASE_URL=https://www.ory.sh` only in tests.
            """, path: "docs/console/single-sign-on.mdx", stemmer: stemmer)
        var result = DocumentResult()
        rule.check(page, stemmer: stemmer, into: &result)
        #expect(Self.rendered(result.findings) == [
            #"docs/console/single-sign-on.mdx:1:58-68: warning: avoid "www.ory.sh" because ory's website is www.ory.com. [avoid-phrase]"#,
            #"docs/console/single-sign-on.mdx:3:72-82: warning: avoid "www.ory.sh" because ory's website is www.ory.com. [avoid-phrase]"#,
        ])
    }

    /// One word is avoided as written, with its plural: "learnings" is not "learning" or
    /// "learn", in Clef's handbook (Tests/Evaluation/held-out/clef-handbook).
    @Test func aOneWordAvoidPhraseIsNotEveryWordOfItsStem() throws {
        let stemmer = Stemmer()
        let expectation = Expectation(file: "expect.yml", avoid: [
            AvoidEntry(match: .phrase("learnings"), because: "Learnings is not a word; say what we learned.", channels: [],
                       position: SourcePosition(line: 1, column: 1)),
        ])
        let rule = try AvoidPhraseRule(expectation: expectation, stemmer: stemmer)
        let page = Self.document("Benefits and Perks/Continuing Education.md", [
            "We support our employees' efforts to learn, grow, and improve through a Learning Budget.",
            "Share your learnings with the team.",
        ], stemmer: stemmer)
        var result = DocumentResult()
        rule.check(page, stemmer: stemmer, into: &result)
        #expect(Self.rendered(result.findings) == [
            #"Benefits and Perks/Continuing Education.md:2:12-21: warning: avoid "learnings" because learnings is not a word; say what we learned. [avoid-phrase]"#,
        ])
    }

    @Test func aRunawayPatternStopsWithOneFindingNamingThePackLine() throws {
        let stemmer = Stemmer()
        let rules = try Self.compile("""
            pack: acme
            rules:
              - id: acme/runaway
                kind: existence
                message: Never written this way.
                patterns: ['(a+)+$', 'zzz']
            """, stemmer: stemmer)
        let long = String(repeating: "a", count: 3_000) + "b"
        let page = Self.document("site/a.html", [long + ". " + long + ".", long, "zzz"], stemmer: stemmer)
        let findings = Self.run(rules[0], [page], stemmer: stemmer)
        #expect(Self.rendered(findings) == [
            "site/a.html:3:1-4: warning: Never written this way. [acme/runaway]",
            "site/a.html:1:1-1: warning: pattern stopped: runaway backtracking in '(a+)+$' (acme.yml:6); simplify the pattern [acme/runaway]",
        ])
    }

    @Test func requiredAnyIsReportedOnceAtThePacksEntryWhenNoDocumentInScopeMeetsIt() throws {
        let stemmer = Stemmer()
        let thank = try #require(try PackLoader.builtin(named: "loyalty")?.rules.first { $0.id == "loyalty/thank-existing" })
        let compile = CompileContext(expectation: ExampleExpectation.statement, packsLocation: ("align.yml", SourcePosition(line: 4, column: 8)), stemmer: stemmer)
        let rule = try RuleKinds.compile(thank, severity: .info, context: compile)
        let sale = Self.document("emails/sale.eml", kind: .email, audience: .existing, ["Hi {{first_name}},", "Thanks for being with us: enjoy 20% off this weekend."], stemmer: stemmer)
        let shipped = Self.document("emails/shipped.eml", kind: .email, audience: .existing, ["Hi {{first_name}},", "Your order has shipped."], stemmer: stemmer)
        let prospect = Self.document("emails/hello.eml", kind: .email, audience: .prospect, ["Thank you for your interest."], stemmer: stemmer)
        let page = Self.document("site/thanks.html", audience: .existing, ["Thank you, simply, for being a customer."], stemmer: stemmer)
        #expect(Self.rendered(Self.run(rule, [sale, shipped, prospect, page], stemmer: stemmer)) == [
            "align.yml:4:8-8: info: No email to existing customers simply thanks them; send one that says thank you with no sale, discount or holiday attached. (none of 2 documents in scope does) [loyalty/thank-existing]",
        ])
        let plain = Self.document("emails/thanks.eml", kind: .email, audience: .existing, ["Hi {{first_name}},", "Thank you for five years with us."], stemmer: stemmer)
        #expect(Self.run(rule, [sale, shipped, plain], stemmer: stemmer).isEmpty)
        #expect(Self.run(rule, [prospect, page], stemmer: stemmer).isEmpty, "no document in scope: nothing to require")
    }

    @Test func requiredEachPointsAtTheFirstBlockOrAtTheMentionThatBroughtItIntoScope() throws {
        let stemmer = Stemmer()
        let loyalty = try #require(try PackLoader.builtin(named: "loyalty"))
        let compile = CompileContext(expectation: ExampleExpectation.statement, packsLocation: ("align.yml", SourcePosition(line: 4, column: 8)), stemmer: stemmer)
        let listening = try RuleKinds.compile(try #require(loyalty.rules.first { $0.id == "loyalty/listening" }), severity: .warning, context: compile)
        let noReply = Self.document("emails/receipt.eml", kind: .email, ["  Hi Sam,", "Please do not reply to this email."], stemmer: stemmer)
        let page = Self.document("site/receipt.html", ["No way to reply here."], stemmer: stemmer)
        #expect(Self.rendered(Self.run(listening, [noReply, page], stemmer: stemmer)) == [
            "emails/receipt.eml:2:8-20: warning: This email closes the door on replies; say how customers can answer it (a contact address, a form, a reply someone reads). [loyalty/listening]",
        ])
        let bribery = try RuleKinds.compile(try #require(loyalty.rules.first { $0.id == "loyalty/bribery-framing" }), severity: .info, context: compile)
        let plan = Self.document("plans/q3.md", channel: .management, ["Q3 plan", "Drive Loyalty with double points."], stemmer: stemmer)
        let customer = Self.document("site/q3.html", ["Drive loyalty with double points."], stemmer: stemmer)
        #expect(Self.rendered(Self.run(bribery, [plan, customer], stemmer: stemmer)) == [
            "plans/q3.md:2:7-14: info: This plan treats loyalty as points, miles or bonuses only; say what service or experience will earn it too. [loyalty/bribery-framing]",
        ])
    }

    /// Meilisearch's feature table (Tests/Evaluation/held-out/meilisearch-docs): a superlative
    /// whose row header states the figure is checkable; the same words under a header with none are not.
    @Test func aSuperlativeBesideItsFigureInATableRowIsSpecified() throws {
        let stemmer = Stemmer()
        let recommended = try #require(try PackLoader.builtin(named: "recommended"))
        let compile = CompileContext(expectation: ExampleExpectation.statement, packsLocation: ("align.yml", SourcePosition(line: 4, column: 8)), stemmer: stemmer)
        let rule = try RuleKinds.compile(try #require(recommended.rules.first { $0.id == "recommended/vague-superlative" }), severity: .warning, context: compile)
        let table = try ClaimContextTests.analyzed("""
            | Feature | Description |
            | --- | --- |
            | Up to 99.999% SLA | Industry-leading service level agreement |
            | Support | Industry-leading support team |
            """, path: "getting_started/features.mdx", stemmer: stemmer)
        #expect(Self.rendered(Self.run(rule, [table], stemmer: stemmer)) == [
            "getting_started/features.mdx:4:13-29: warning: Replace the superlative with a fact the customer can check: a number, a guarantee or a result. [recommended/vague-superlative]",
        ])
    }

    /// The recommended pack's jargon, in the wording it was seen in: a page of a merchant
    /// platform's docs speaks of the reader's own customers; an email is written to ours.
    @Test func onlyWithOnPagesCountsEveryMatchInAnEmailAndOnAPageOnlyBesideItsWords() throws {
        let stemmer = Stemmer()
        let rules = try Self.compile("""
            - id: acme/jargon
              kind: existence
              message: "Internal words."
              only_with_on_pages: [we, our, you, your]
              phrases: [churn rate, churn risk]
              examples: {flags: ["We see your ↓churn risk."], passes: ["A churn rate metric."]}
            """, stemmer: stemmer)
        let lines = ["New churn rate metric on analytics dashboard.", "Send buyers to a thank-you page: a churn risk.", "Your churn rate is high, so we wrote."]
        let page = Self.document("docs/changelog.md", lines, stemmer: stemmer)
        let email = Self.document("emails/lapsed.eml", kind: .email, lines, stemmer: stemmer)
        #expect(Self.run(rules[0], [page], stemmer: stemmer).map(\.span.start.line) == [3])
        #expect(Self.run(rules[0], [email], stemmer: stemmer).map(\.span.start.line) == [1, 2, 3])
    }

    @Test func parityFlagsAProspectOfferWithNoCounterpartForExistingCustomers() throws {
        let stemmer = Stemmer()
        let rules = try Self.compile("""
            - id: acme/trial
              kind: parity
              message: Offer the free trial to existing customers too.
              channels: [customer]
              phrases: [free trial]
            """, stemmer: stemmer)
        let landing = Self.document("site/landing.html", audience: .prospect, ["Pricing", "Start a free trial today."], stemmer: stemmer)
        let other = Self.document("site/plans.html", audience: .prospect, ["Plans for every team."], stemmer: stemmer)
        let account = Self.document("emails/account.eml", kind: .email, audience: .existing, ["Your plan renews on Monday."], stemmer: stemmer)
        #expect(Self.rendered(Self.run(rules[0], [landing, other, account], stemmer: stemmer)) == [
            "site/landing.html:2:9-19: warning: Offer the free trial to existing customers too. [acme/trial]",
        ])
        let upgrade = Self.document("emails/upgrade.eml", kind: .email, audience: .existing, ["Try the new plan with a free trial."], stemmer: stemmer)
        #expect(Self.run(rules[0], [landing, upgrade], stemmer: stemmer).isEmpty)
    }

    @Test func greetingKindsReadTheFirstBodyLineOfCustomerEmailsOnly() throws {
        let stemmer = Stemmer()
        let greeting = ImpersonalGreetingRule()
        let rule = CompiledRule(description: greeting.description, scope: greeting.scope, document: greeting, corpus: greeting)
        // `role`: a role where a name would go, flagged alone; otherwise a greeting with no one
        // in it, flagged only beside an email that greets by name.
        let cases: [(lines: [String], flagged: String?, role: Bool)] = [
            (["Dear Valued Customer,", "Hello there!"], "1:1-21", true),
            (["Good morning, friend! Your order shipped."], "1:1-21", true),
            (["To whom it may concern,"], "1:1-23", true),
            (["Dear Sir or Madam,"], "1:1-18", true),
            (["Hello, your order has shipped."], "1:1-6", false),
            (["Hello, Sam!"], nil, false),
            (["Hi Sam — your order shipped."], nil, false),
            (["Dear <<First Name>>,"], nil, false),
            (["Hey José,"], nil, false),
            (["Maria,", "Your order has shipped."], nil, false),
            (["Hi there, Sam!"], nil, false),
            (["Hi there, Welcome!"], "1:1-9", false),
            (["Hello!"], "1:1-6", false),
            (["Dear Mr Smith,"], nil, false),
            (["Hi {{ first_name | default: 'there' }},"], nil, false),
            (["Hey, it's Anna from Acme!"], "1:1-4", false),
            (["Hi all,"], "1:1-7", false),
            (["Good morning everyone,"], "1:1-22", false),
            // Healthchecks' text template read as HTML, one paragraph, `{{ owner_email }}` left
            // as the reader leaves it: a placeholder further on names no reader.
            (["Hello, The account registered to {} is scheduled for deletion on {}."], "1:1-6", false),
            (["Hello, {}! Your order has shipped."], nil, false),
        ]
        let named = Self.document("emails/named.eml", kind: .email, ["Hi {{first_name}},"], stemmer: stemmer)
        for (lines, flagged, role) in cases {
            let email = Self.document("emails/a.eml", kind: .email, lines, stemmer: stemmer)
            let place = { (findings: [Finding]) in findings.map { "\($0.span.start.line):\($0.span.start.column)-\($0.span.end.column)" } }
            #expect(place(Self.run(rule, [email, named], stemmer: stemmer)) == (flagged.map { [$0] } ?? []), "\(lines) beside a named greeting")
            #expect(place(Self.run(rule, [email], stemmer: stemmer)) == (role ? flagged.map { [$0] } ?? [] : []), "\(lines) alone")
        }
        // An HTML part read as a title, a "view in browser" link and table cells.
        let html = Document(path: "emails/spring.eml", kind: .email, blocks: [
            Block(kind: .emailSubject, text: "Spring is here", anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: 3, column: 10))]),
            Block(kind: .linkText, text: "View in browser", anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: 20, column: 5))]),
            Block(kind: .tableCell, text: "Dear Valued Customer,", anchors: [PositionAnchor(offset: 0, position: SourcePosition(line: 24, column: 9))]),
        ])
        var htmlResult = DocumentResult()
        greeting.check(AnalyzedDocument(document: html, channel: .customer, audience: nil, sentences: SentenceSplitter.sentences(of: html, stemmer: stemmer)),
                       stemmer: stemmer, into: &htmlResult)
        #expect(Self.rendered(htmlResult.findings) == [
            #"emails/spring.eml:24:9-29: warning: "Dear Valued Customer" greets no one: use the customer's name, such as "Hi {{first_name}}," [impersonal-greeting]"#,
        ])

        let page = Self.document("site/a.html", ["Dear Valued Customer,"], stemmer: stemmer)
        let staffEmail = Self.document("emails/b.eml", kind: .email, channel: .employee, ["Hello team,"], stemmer: stemmer)
        for document in [page, staffEmail] {
            var result = DocumentResult()
            greeting.check(document, stemmer: stemmer, into: &result)
            #expect(result.findings.isEmpty)
        }
    }
}
