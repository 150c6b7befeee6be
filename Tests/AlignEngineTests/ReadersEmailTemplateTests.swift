import Foundation
import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// HTML and text email templates are emails: by `emails:` in align.yml, by their folder, or by
/// their shape; a web page is not.
@Suite struct ReadersEmailTemplateTests {
    static let plainPage = Array("<html><body><p>Hi there,</p><p>Our store opens at nine.</p></body></html>".utf8)

    static func kind(_ bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws -> DocumentKind {
        try #require(DocumentReaders.read(bytes: bytes, path: path, options: options)?.first).kind
    }

    @Test(arguments: ["emails/welcome.html", "templates/Mail/welcome.html", "newsletter/2026-11.htm", "app/notifications/reset.html", "a/newsletters/b/c.html", "email/x.html"])
    func htmlUnderAnEmailFolderIsAnEmail(_ path: String) throws {
        #expect(try Self.kind(Self.plainPage, path: path) == .email)
    }

    @Test(arguments: ["site/welcome.html", "emails.html", "site/emailing/welcome.html", "mailbox/x.html"])
    func htmlElsewhereIsAPage(_ path: String) throws {
        #expect(try Self.kind(Self.plainPage, path: path) == .page)
    }

    @Test(arguments: [
        "<table role=\"presentation\"><tr><td>Hi there,</td></tr></table>",
        "<TABLE ROLE='presentation'><tr><td>Hi there,</td></tr></TABLE>",
        "<div class=\"preheader\">Soon</div><p>Hi there,</p>",
    ])
    func htmlShapedLikeAnEmailTemplateIsAnEmail(_ html: String) throws {
        #expect(try Self.kind(Array(html.utf8), path: "site/welcome.html") == .email)
    }

    @Test func emailsSettingMakesAnyHTMLOrTextFileAnEmail() throws {
        let options = ReadOptions(isEmail: true)
        #expect(try Self.kind(Self.plainPage, path: "site/welcome.html", options: options) == .email)
        #expect(try Self.kind(Array("Hi there,\nYour order is on its way.\n".utf8), path: "t/welcome.txt", options: options) == .email)
        #expect(try Self.kind(Array("Hi there,\nYour order is on its way.\n".utf8), path: "t/welcome.txt") == .script)
    }

    /// MJML is markup for emails only: an `.mjml` file is an email wherever it lies.
    @Test func mjmlIsAnEmailAnywhere() throws {
        let mjml = Array("<mjml><mj-body><mj-section><mj-column><mj-text>Hi there,</mj-text></mj-column></mj-section></mj-body></mjml>".utf8)
        let document = try #require(DocumentReaders.read(bytes: mjml, path: "site/shipped.mjml")?.first)
        #expect(document.kind == .email)
        #expect(document.blocks.map(\.text) == ["Hi there,"])
    }

    /// The preheader is the inbox's summary line: read, but not the email's opening paragraph.
    @Test func preheaderIsASummaryNotTheOpening() throws {
        let html = "<div class=\"preheader\" style=\"display:none\">Care tips inside.</div><table role=\"presentation\"><tr><td><p>Hi there,</p></td></tr></table>"
        let document = try #require(DocumentReaders.read(bytes: Array(html.utf8), path: "x.html")?.first)
        #expect(document.blocks.map(\.kind) == [.metaDescription, .tableCell])
        #expect(document.blocks.first?.text == "Care tips inside.")
    }

    /// Through the whole program: `emails:` in align.yml makes a text template an email, so the
    /// greeting rule runs on it; the same file outside the setting is a script, and is not greeted.
    @Test func emailsSettingRunsTheGreetingRuleOnTextTemplates() throws {
        let text = "Hi there,\nYour order is on its way. Just reply to this email with any question.\n"
        let found = try TreeCheck.findings([
            "align.yml": "expect: expect.yml\nemails: [\"templates/**\"]\n", "expect.yml": "promises: []\n",
            "templates/shipped.txt": text, "macros/shipped.txt": text,
            // Beside an email that greets by name, "Hi there," is a slip.
            "templates/welcome.txt": "Hi {{ first_name }},\nWelcome aboard.\n",
        ])
        #expect(found == ["templates/shipped.txt:1:1 impersonal-greeting"])
    }

    /// Template markup is blanked before reading, yet a placeholder in a greeting still names
    /// someone: only "Hi there," greets no one, in HTML email templates and text ones alike.
    @Test func placeholderInAGreetingNamesSomeone() throws {
        let body = "Your order is on its way. Just reply to this email with any question."
        let found = try TreeCheck.findings([
            "align.yml": "expect: expect.yml\nemails: [\"templates/**\"]\n", "expect.yml": "promises: []\n",
            "templates/liquid.html": "<p>Hi {{ first_name }},</p><p>\(body)</p>",
            "templates/mailchimp.html": "<p>Dear *|FNAME|*,</p><p>\(body)</p>",
            "templates/erb.txt": "Hello <%= user.name %>,\n\(body)\n",
            "templates/mailgun.txt": "%recipient.first_name%,\n\(body)\n",
            "templates/nobody.txt": "{{#if vip}}{{/if}}Hi there,\n\(body)\n",
        ])
        #expect(found == ["templates/nobody.txt:1:19 impersonal-greeting"])
    }
}
