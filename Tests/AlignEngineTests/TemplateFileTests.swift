import Foundation
import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// A template is read as the format it renders: "pricing.html.md.erb" and Fly.io's
/// "pricing.html.markerb" are Markdown, "welcome.html.hbs" is HTML, with their template markup
/// blanked (Tests/Evaluation/held-out/fly-docs; GOV.UK's tech docs are `.html.md.erb`; Packagist's
/// pages and emails are Twig, Tests/Evaluation/held-out/packagist-site). A page template with no
/// format before its extension renders HTML: Open Collective's emails are
/// "collective.comment.created.hbs" (Tests/Evaluation/held-out/opencollective-mail).
@Suite struct TemplateFileTests {
    @Test(arguments: [
        ("about/pricing.html.markerb", "MarkdownReader"), ("source/index.html.md.erb", "MarkdownReader"),
        ("a/b.MD.ERB", "MarkdownReader"), ("emails/welcome.html.hbs", "HTMLReader"), ("x.txt.liquid", "ScriptReader"),
        ("templates/about/about.html.twig", "HTMLReader"), ("templates/email/update_failed.txt.twig", "ScriptReader"),
        ("site/page.html", "HTMLReader"), ("notes.erb", nil), ("layout.erb.erb", nil), ("logo.png.erb", nil), (".erb", nil),
        ("templates/emails/order.processed.hbs", "HTMLReader"), ("templates/emails/onboarding.day3.hbs", "HTMLReader"),
        ("emails/welcome.hbs", "HTMLReader"), ("_layouts/base.njk", "HTMLReader"), ("deploy/nginx.conf.j2", nil), ("config.tmpl", nil),
    ] as [(String, String?)])
    func aTemplateIsReadAsTheFormatItRenders(_ path: String, _ reader: String?) {
        #expect(DocumentReaders.reader(forPath: path).map { "\(type(of: $0))" } == reader)
    }

    @Test func erbInMarkdownIsBlanked() throws {
        let page = "# Pricing\n\n<%= partial \"shared/banner\" %>\n\nDedicated IPv4 addresses are $2/mo.\n"
        let document = try #require(DocumentReaders.read(bytes: Array(page.utf8), path: "about/pricing.html.markerb")?.first)
        #expect(document.blocks.map(\.text) == ["Pricing", "Dedicated IPv4 addresses are $2/mo."])
    }

    /// Open Collective's email templates, named for their event with no format before `.hbs`, are
    /// found, read as HTML and, under `emails:`, checked as emails: "Hi," greets no one, after a
    /// first line "Subject: ..." and in a heading "Hello," alike; a title heading is no greeting.
    @Test func aBarePageTemplateIsAnHTMLEmailUnderEmails() throws {
        let files = [
            "align.yml": "expect: expect.yml\nchannels:\n  customer: [\"**\"]\nemails: [\"templates/emails/**\"]\n",
            "expect.yml": "promises: []\n",
            "templates/emails/expense.comment.created.hbs": """
                Subject: {{{collective.name}}}: New comment on expense {{{escapeForSubject expense.description}}}

                {{> header}}

                <p style="padding: 1em;">
                  Hi,
                  <br /><br />
                  {{> linkCollective collective=fromCollective}} just posted
                  a new comment on an Expense, <a href="{{permalink comment}}">{{expense.description}}</a>:
                </p>

                """,
            "templates/emails/order.processed.hbs": "<p>Hi {{fromCollective.name}},</p>\n<p>Thank you for your contribution.</p>\n",
            // A heading that greets is where the email opens.
            "templates/emails/contribution.rejected.hbs": """
                Subject: Your contribution to {{{collective.name}}}

                {{> header}}

                <h1>Hello,</h1>

                <p>Your contribution to {{collective.name}} has been rejected.</p>

                """,
            "templates/emails/receipt.hbs": "<h1>Your receipt</h1>\n<p>Hi {{fromCollective.name}},</p>\n<p>Thank you.</p>\n",
        ]
        #expect(try TreeCheck.findings(files) == [
            "templates/emails/contribution.rejected.hbs:5:5 impersonal-greeting",
            "templates/emails/expense.comment.created.hbs:6:3 impersonal-greeting",
        ])
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
