import Testing
@testable import AlignTestSupport
import AlignModel
@testable import AlignReaders

/// Where prose lives beyond paragraphs: fences under `markdown.code_blocks`, the other party's
/// words, MDX syntax, YAML content files and their hostile shapes.
@Suite struct ReadersProseTests {
    static let fences = """
        # Macros

        ```
        Refunds reach your card within 5 business days.
        ```

        ```json
        {"note": "Refunds take 10 business days."}
        ```

        ```
        make build && ./align check corpus
        ```
        """

    static func texts(_ text: String, path: String = "page.md", options: ReadOptions = ReadOptions()) -> [String] {
        (DocumentReaders.read(bytes: Array(text.utf8), path: path, options: options) ?? []).flatMap(\.blocks).map(\.text)
    }

    @Test(arguments: [
        (CodeBlockReading.auto, ["Macros", "Refunds reach your card within 5 business days."]),
        (.skip, ["Macros"]),
        (.prose, ["Macros", "Refunds reach your card within 5 business days.", "{\"note\": \"Refunds take 10 business days.\"}", "make build && ./align check corpus"]),
    ])
    func codeBlocksSettingChoosesTheFencesRead(_ reading: CodeBlockReading, _ expected: [String]) {
        #expect(Self.texts(Self.fences, options: ReadOptions(codeBlocks: reading)) == expected)
    }

    @Test(arguments: [
        ("Thanks for waiting, your refund is on its way.", true),
        ("Hi {first_name}, returns are accepted within 30 days per our policy.", true),
        ("let days = 30", false),
        ("\"message\": \"Refunds take 30 days.\",", false),
        ("<p>Refunds take 30 days.</p>", false),
        ("$ align check --format sarif .", false),
        ("return refund(order);", false),
        ("Order HP-4833 · 2 Nov", false),
        // Chatwoot's troubleshooting page quotes the error an old install prints.
        ("Webpacker::Manifest::MissingEntryError: Webpacker can't find application.js", false),
        ("Note: refunds take 30 days.", true),
    ])
    func aLineIsASentenceOrCode(_ line: String, _ isSentence: Bool) {
        #expect(FencedProse.isSentence(Array(line.unicodeScalars)[...]) == isSentence)
    }

    /// Inline code is kept apart from the prose around it, each span a block where it is written:
    /// pyOpenSci's guides name Slack channels and GitHub labels so.
    @Test func inlineCodeSpansAreBlocksOfTheirOwn() throws {
        let page = "# Editors\n\nPost in the `#private-editorial` channel, and tag the issue with `9/joss-accepted`.\n"
        let document = try #require(DocumentReaders.read(bytes: Array(page.utf8), path: "guide.md", options: ReadOptions())?.first)
        #expect(document.blocks.map(\.text) == ["Editors", "Post in the channel, and tag the issue with ."])
        #expect(document.codeSpans.map(\.text) == ["#private-editorial", "9/joss-accepted"])
        #expect(document.codeSpans.map(\.kind) == [.code, .code])
        #expect(document.codeSpans.map { "\($0.position(atUTF8Offset: 0).line):\($0.position(atUTF8Offset: 0).column)" } == ["3:14", "3:67"])
        #expect(document.codeSpans.map(\.context.headings) == [["Editors"], ["Editors"]])
    }

    /// A link's target written inline is a block of its own where it is written; a reference
    /// link's is elsewhere, and is not kept. Ory's docs link to an old domain so.
    @Test func inlineLinkTargetsAreBlocksOfTheirOwn() throws {
        let page = "Ory Console SSO is available on [Ory Enterprise](https://www.ory.sh/contact/) plans, see [pricing][p].\n\n[p]: https://www.ory.sh/pricing\n"
        let document = try #require(DocumentReaders.read(bytes: Array(page.utf8), path: "sso.mdx", options: ReadOptions())?.first)
        #expect(document.blocks.map(\.text) == ["Ory Console SSO is available on Ory Enterprise plans, see pricing."])
        #expect(document.linkTargets.map(\.text) == ["https://www.ory.sh/contact/"])
        #expect(document.linkTargets.map { "\($0.position(atUTF8Offset: 0).line):\($0.position(atUTF8Offset: 0).column)" } == ["1:50"])
    }

    /// HTML as Markdown: an inline `<code>` and an `href` are blocks of their own where they are
    /// written; a `<pre>` block of code is not kept.
    @Test func htmlCodeAndLinkTargetsAreBlocksOfTheirOwn() throws {
        let page = """
            <p>SSO is on <a href="https://www.ory.sh/contact/">Ory Enterprise</a> plans.</p>
            <p>Tag it <code>9/joss-accepted</code> when done.</p>
            <pre><code>make release</code></pre>
            """
        let document = try #require(DocumentReaders.read(bytes: Array(page.utf8), path: "sso.html", options: ReadOptions())?.first)
        #expect(document.blocks.map(\.text) == ["SSO is on Ory Enterprise plans.", "Tag it when done."])
        #expect(document.codeSpans.map(\.text) == ["9/joss-accepted"])
        #expect(document.linkTargets.map(\.text) == ["https://www.ory.sh/contact/"])
        #expect((document.codeSpans + document.linkTargets).map { "\($0.position(atUTF8Offset: 0).line):\($0.position(atUTF8Offset: 0).column)" } == ["2:17", "1:23"])
    }

    @Test func otherPartyLabelsComeFromOptions() {
        let page = "**Shopper:** You said 90 days.\n\n**Agent:** It is 60 days.\n\nCustomer: I was told 30.\n"
        #expect(Self.texts(page) == ["Shopper: You said 90 days.", "Agent: It is 60 days."])
        var options = ReadOptions()
        options.otherParty.insert("shopper")
        #expect(Self.texts(page, options: options) == ["Agent: It is 60 days."])
        let html = "<p><b>Shopper:</b> You said 90 days.</p><p>We answer within 24 hours.</p>"
        #expect(Self.texts(html, path: "page.html", options: options) == ["We answer within 24 hours."])
    }

    @Test func mdxSyntaxIsBlankedOnlyInMDX() {
        let page = "import X from './x'\n\nYou have {days} days.\n"
        #expect(Self.texts(page, path: "page.mdx") == ["You have days."])
        #expect(Self.texts(page, path: "page.md") == ["import X from './x'", "You have {days} days."])
    }

    /// An apostrophe in a component's JSX text ("If you're providing") opens no string: the
    /// expression ends at its own brace, and the prose after it is read (Knock's docs,
    /// Tests/Evaluation/held-out/knock-docs, integrations/email/layouts.mdx).
    @Test func anApostropheInAnExpressionsTextOpensNoString() {
        let page = """
            <Callout
              title="Note:"
              text={
                <>
                  If you're providing a custom HTML layout, it must be valid.
                </>
              }
            />

            To create a new layout, go to **Developers** > **Layouts**.

            <Callout
              text={
                <>
                  Either create a new layout (which starts from Knock's latest default) or add support.
                </>
              }
            />

            """
        // The callout's title is what the page shows above it.
        #expect(Self.texts(page, path: "layouts.mdx") == ["Note:", "To create a new layout, go to Developers > Layouts."])
        // A string in the expression's code still hides its braces.
        #expect(Self.texts("You have {f('}')} days.\n", path: "page.mdx") == ["You have days."])
    }

    /// A site shows the front matter's title and description as the page's title and summary:
    /// they are read as an HTML page's are, where they are written (Ory's guide titles,
    /// Tests/Evaluation/held-out/ory-docs).
    @Test func frontMatterTitleAndDescriptionAreRead() throws {
        let page = "---\nid: rails\ntitle: Add SAML SSO to Ruby on Rails App with BoxyHQ\ndescription: '{{ site.name }} answers in 2 days.'\nsidebar_label: Ruby on Rails\n---\n# Rails\n"
        let document = try #require(DocumentReaders.read(bytes: Array(page.utf8), path: "rails.mdx")?.first)
        #expect(document.blocks.map { "\($0.kind) \($0.position(atUTF8Offset: 0).line):\($0.position(atUTF8Offset: 0).column) \($0.text)" } == [
            "title 3:8 Add SAML SSO to Ruby on Rails App with BoxyHQ",
            "metaDescription 4:28 {} answers in 2 days.",
            "heading 7:3 Rails",
        ])
    }

    @Test func deeplyNestedYAMLIsRefusedWithItsPlace() throws {
        let deep = "key: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        let document = try #require(DocumentReaders.read(bytes: Array(deep.utf8), path: "deep.yml")?.first)
        #expect(document.blocks.isEmpty)
        #expect(document.problems.map(\.kind) == [.unreadable])
        // "key: " is five columns; the 257th bracket passes the limit of 256.
        #expect(document.problems.first?.position == SourcePosition(line: 1, column: 262))
    }

    /// A billion laughs: nine levels of aliases, each naming the one above nine times. Each node
    /// is read where it is written, once.
    @Test func yamlAliasesAreReadOnce() throws {
        var yaml = "a0: &a0 \"Refunds in 5 days\"\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let document = try #require(DocumentReaders.read(bytes: Array(yaml.utf8), path: "laughs.yaml")?.first)
        #expect(document.blocks.map(\.text) == ["Refunds in 5 days"])
        #expect(document.problems.isEmpty)
    }
}

/// Components opened in raw HTML: which tags open a section, close one, or neither.
@Suite struct RawHTMLSectionsTests {
    @Test func componentTagsAreReadWithTheirTitles() {
        let tags = RawHTMLSections.componentTags(in: "<Tabs>\n  <Tab title=\"Pro > Team\" icon='x'>\n<img title=\"no\"/><Card title=\"Self-closing\" />\n<Accordion title =\"AWS SNS\">\n</Tab>")
        #expect(tags.map { "\($0.kind) \($0.name) \($0.title ?? "-")" } == [
            "opening Tabs -",
            "opening Tab Pro > Team",
            "opening Accordion AWS SNS",
            "closing Tab -",
        ])
    }

    @Test func aSectionClosesWithItsOwnTagAndAnyOpenedInside() {
        var sections = RawHTMLSections()
        sections.follow("<Accordion title=\"Enterprise\">")
        sections.follow("<details><summary>Limits</summary>")
        #expect(sections.headings == ["Enterprise", "Limits"])
        sections.follow("</Accordion>")
        #expect(sections.isEmpty)
    }
}
