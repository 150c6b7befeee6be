import Foundation
import Testing
@testable import AlignTestSupport

/// The built-in packs on ordinary company text that a careful editor would leave alone: a
/// glossary, a policy, transactional emails that do not invite a reply, and a zip file named
/// .eml. Run through the real binary; the wording follows real glossaries, refund policies and
/// shop notifications (paraphrased).
@Suite struct PackQuietTests {
    static let config = """
        expect: expect.yml
        channels:
          customer: ["site/**", "emails/**"]
        audience:
          prospect: ["site/landing/**"]
          existing: ["emails/**"]
        packs: [recommended, loyalty]

        """

    static let quiet: [String: String] = [
        "expect.yml": "organization: Test Co\n",
        "site/glossary.md": """
            # Glossary

            Plain-English definitions of the words on our pricing page.

            ## Churn

            The percentage of customers who cancel or stop paying in a given period.
            A low activation rate is one of the strongest early signs of churn.

            ## Discount

            A reduction in the price of a plan, shown before you pay.

            ## Trial

            A period in which you use the full product before you pay for it.

            """,
        "site/help/words.md": """
            # Words we use

            Upsell: an offer of a larger plan to a customer who already has a smaller one.

            A trial is a period in which you use the product before you pay.

            """,
        "site/refund-policy.md": """
            # Refund policy

            This policy applies to every order placed on our website.

            In some cases, we reserve the right, at our sole discretion, to consider a refund request after 7 days.

            """,
        "site/landing/index.md": "# Welcome\n\nStart today and see how it works.\n",
        "emails/shipped.eml": """
            From: Shop <orders@example.com>
            To: {{email}}
            Subject: Your order {{order}} has shipped
            Content-Type: text/plain; charset=UTF-8

            Hi {{first_name}},

            Your order {{order}} has shipped. You will soon receive a link to track your parcel.

            Thank you for shopping with us!

            """,
        "emails/receipt.eml": """
            From: Shop <orders@example.com>
            To: {{email}}
            Subject: Your receipt for order {{order}}
            Content-Type: text/plain; charset=UTF-8

            Hi {{first_name}},

            Thank you for your order. Your receipt is attached.

            """,
        "emails/closed-but-open.eml": """
            From: Shop <no-reply@example.com>
            To: {{email}}
            Subject: Your password was changed
            Content-Type: text/plain; charset=UTF-8

            Hi {{first_name}},

            Your password was changed. Please do not reply to this email: if this was not you, contact us at help@example.com.

            """,
    ]

    static func findings(_ files: [String: String]) throws -> (rules: [String], run: AlignCLI.Outcome) {
        let root = try FirstRunTests.makeTree(files.merging(["align.yml": config]) { first, _ in first })
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AlignCLI.run(["check", "--format", "json", "--fail-on", "never"], in: root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        let findings = try #require(report["findings"] as? [[String: Any]])
        return (findings.map { "\($0["file"] ?? ""):\($0["line"] ?? ""): \($0["rule"] ?? "")" }, run)
    }

    @Test func glossariesPoliciesAndPlainTransactionalEmailsRaiseNoPackAlarm() throws {
        let (found, run) = try Self.findings(Self.quiet)
        #expect(run.status == 0, "\(run.stderr)")
        let alarms = found.filter { finding in ["internal-jargon", "hedge", "listening", "audience-parity"].contains { finding.hasSuffix($0) } }
        #expect(alarms.isEmpty, "\(alarms)")
    }

    @Test func aClosedDoorIsFlaggedAndAZipNamedEmlIsUnreadableOnly() throws {
        var files = Self.quiet
        files["emails/no-reply.eml"] = """
            From: Shop <no-reply@example.com>
            To: {{email}}
            Subject: Your parcel is waiting
            Content-Type: text/plain; charset=UTF-8

            Hi {{first_name}},

            Your parcel is waiting at the depot. This is an automatically generated email: replies will not be answered.

            """
        files["emails/password.eml"] = """
            From: Shop <noreply@example.com>
            To: {{email}}
            Subject: Your password was changed
            Content-Type: text/plain; charset=UTF-8

            Hi {{first_name}},

            Your password was changed today.

            """
        // The bytes of a zip archive (its local file header and a stored name), renamed .eml.
        files["emails/archive.eml"] = "PK\u{03}\u{04}\u{14}\u{00}\u{00}\u{00}\u{08}\u{00}README.md\u{00}\u{00}\u{00}binary"
        let (found, _) = try Self.findings(files)
        #expect(found.contains("emails/no-reply.eml:8: loyalty/listening"), "\(found)")
        // A no-reply sender closes the door though the text does not say so: the finding is at the subject.
        #expect(found.contains("emails/password.eml:3: loyalty/listening"), "\(found)")
        let archive = found.filter { $0.hasPrefix("emails/archive.eml") }
        #expect(archive == ["emails/archive.eml:1: input-unreadable"], "\(archive)")
    }
}
