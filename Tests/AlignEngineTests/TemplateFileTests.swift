import Foundation
import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// A template is read as the format it renders: "pricing.html.md.erb" and Fly.io's
/// "pricing.html.markerb" are Markdown, "welcome.html.hbs" is HTML, with their template markup
/// blanked (Tests/Evaluation/held-out/fly-docs; GOV.UK's tech docs are `.html.md.erb`; Packagist's
/// pages and emails are Twig, Tests/Evaluation/held-out/packagist-site).
@Suite struct TemplateFileTests {
    @Test(arguments: [
        ("about/pricing.html.markerb", "MarkdownReader"), ("source/index.html.md.erb", "MarkdownReader"),
        ("a/b.MD.ERB", "MarkdownReader"), ("emails/welcome.html.hbs", "HTMLReader"), ("x.txt.liquid", "ScriptReader"),
        ("templates/about/about.html.twig", "HTMLReader"), ("templates/email/update_failed.txt.twig", "ScriptReader"),
        ("site/page.html", "HTMLReader"), ("notes.erb", nil), ("layout.erb.erb", nil), ("logo.png.erb", nil), (".erb", nil),
    ] as [(String, String?)])
    func aTemplateIsReadAsTheFormatItRenders(_ path: String, _ reader: String?) {
        #expect(DocumentReaders.reader(forPath: path).map { "\(type(of: $0))" } == reader)
    }

    @Test func erbInMarkdownIsBlanked() throws {
        let page = "# Pricing\n\n<%= partial \"shared/banner\" %>\n\nDedicated IPv4 addresses are $2/mo.\n"
        let document = try #require(DocumentReaders.read(bytes: Array(page.utf8), path: "about/pricing.html.markerb")?.first)
        #expect(document.blocks.map(\.text) == ["Pricing", "Dedicated IPv4 addresses are $2/mo."])
    }

    /// The engine finds such files and checks them as it does a `.md` page.
    @Test func theEngineChecksTemplatedPages() throws {
        let files = [
            "align.yml": "expect: expect.yml\nchannels:\n  customer: [\"**\"]\n",
            "expect.yml": "promises:\n  - id: ipv4-price\n    statement: Dedicated IPv4 addresses are $2/mo.\n    topic: [dedicated IPv4]\n    value: $2/month\n",
            "about/pricing.html.markerb": "# Pricing\n\n<%= partial \"banner\" %>\n\nDedicated IPv4 addresses are $3/mo.\n",
            "source/ips.html.md.erb": "Dedicated IPv4 addresses cost $4/mo.\n",
            "notes.erb": "Dedicated IPv4 addresses cost $5/mo.\n",
        ]
        #expect(try TreeCheck.findings(files) == [
            "about/pricing.html.markerb:5:30 claim-conflict",
            "source/ips.html.md.erb:1:31 claim-conflict",
        ])
    }
}
