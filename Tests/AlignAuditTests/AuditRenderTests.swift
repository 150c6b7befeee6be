@testable import AlignAudit
import AlignConfig
import AlignModel
import AlignRules
import Foundation
import Testing
@testable import AlignTestSupport

/// What python3's html.parser built from a page (see Fixtures/audit/html_facts.py).
struct AuditHTMLFacts: Decodable {
    var elements: [String]
    var attributes: [[String]]
    var styles: [String]
    var text: String

    static func parse(_ html: String) throws -> AuditHTMLFacts {
        let folder = try AuditSample.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", AuditSample.fixtures.appendingPathComponent("html_facts.py").path, page.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode(AuditHTMLFacts.self, from: data)
    }
}

@Suite struct AuditRenderTests {
    static let attack = "<script>alert(1)</script><img src=x onerror=alert(2)>"

    /// The sample with corpus strings an attacker could write: in sentences, file names, terms,
    /// messages and the expectation statement itself.
    static var hostileReport: AuditReport {
        var input = AuditSample.input
        input.expectation.organization = "Evil \(attack) Corp"
        input.expectation.promises[1].statement = "Returns \(attack) are free."
        input.facts[2].claims[0].sentence = "Return within 45 days \(attack) \"quoted\" 'single'"
        input.facts[0].offers[0].sentence = "Offer <a href=\"https://evil.example/\">click</a> \(attack)"
        input.facts[0].offers[0].kind = "<b onmouseover=alert(3)>discount</b>"
        input.findings[3].value = "cl<script>ient"
        input.findings[6].message = "avoid <iframe src=\"https://evil.example\"></iframe> url(https://evil.example/x.png)"
        input.findings[7].file = "javascript:alert(4)//\"><svg onload=alert(5)>.eml"
        input.findings[5].file = "playbooks/\"><script>alert(6)</script>.md"
        let audit = Audit.compute(input, quarter: Quarter("2026Q3")!, asOf: AuditSample.asOf, commit: "abc\(attack)")
        return AuditReport(audit: audit, history: [], toolVersion: "0.1.0")
    }

    @Test func corpusStringsStayTextInHTML() throws {
        let html = HTMLAuditRenderer(linkBase: "../site's \"root\"").render(Self.hostileReport)
        let facts = try AuditHTMLFacts.parse(html)
        // Only the template's own elements exist: nothing the corpus wrote became an element.
        let allowed: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "p", "code", "section",
            "div", "small", "svg", "line", "text", "rect", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
            "strong", "span", "article", "blockquote", "a", "polyline", "circle", "footer", "figure", "figcaption",
        ]
        #expect(Set(facts.elements).subtracting(allowed).isEmpty, "unexpected elements: \(Set(facts.elements).subtracting(allowed))")
        #expect(!facts.elements.contains("script") && !facts.elements.contains("img") && !facts.elements.contains("iframe"))
        for attribute in facts.attributes {
            #expect(!attribute[1].hasPrefix("on"), "event handler attribute \(attribute)")
            #expect(attribute[1] != "src", "src attribute \(attribute)")
        }
        // The attack is shown, as text, where the corpus put it.
        #expect(facts.text.contains("Return within 45 days \(Self.attack) \"quoted\" 'single'"))
        #expect(facts.text.contains("Evil \(Self.attack) Corp"))
        #expect(facts.text.contains("<b onmouseover=alert(3)>discount</b>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
    }

    @Test func htmlReferencesNothingOutside() throws {
        let html = HTMLAuditRenderer().render(Self.hostileReport)
        let facts = try AuditHTMLFacts.parse(html)
        for attribute in facts.attributes where attribute[1] == "href" {
            let href = attribute[2]
            // Relative, scheme-free links to corpus files only.
            #expect(href.hasPrefix("./"), "href \(href)")
            #expect(!href.contains(":"), "href with a scheme: \(href)")
        }
        #expect(facts.styles.count == 1)
        for style in facts.styles + facts.attributes.filter({ $0[1] == "style" }).map({ $0[2] }) {
            #expect(!style.contains("url("))
            #expect(!style.contains("@import"))
            #expect(!style.contains("@font-face"))
        }
        // "http" may appear only inside the corpus text the page shows, never in markup.
        let markupOnly = HTMLAuditRenderer().render(AuditReport(audit: AuditSample.audit, toolVersion: "0.1.0"))
        #expect(!markupOnly.lowercased().contains("http"))
        #expect(!markupOnly.contains("src="))
        #expect(!markupOnly.contains("url("))
        let hrefs = facts.attributes.filter { $0[1] == "href" }.map { $0[2] }
        #expect(hrefs.contains("./javascript%3Aalert%284%29/%22%3E%3Csvg%20onload%3Dalert%285%29%3E.eml#L3"))
    }

    @Test func linksLeadFromTheReportToTheCorpus() throws {
        let html = HTMLAuditRenderer(linkBase: "../content").render(AuditReport(audit: AuditSample.audit, toolVersion: "0.1.0"))
        let hrefs = try AuditHTMLFacts.parse(html).attributes.filter { $0[1] == "href" }.map { $0[2] }
        #expect(hrefs.contains("./../content/playbooks/returns.md#L3"))
        #expect(hrefs.contains("./../content/expect.yml#L13"))
        #expect(FileLink.relativePath(from: "/work/repo/reports", to: "/work/repo/content") == "../content")
        #expect(FileLink.relativePath(from: "/work/repo", to: "/work/repo") == "")
    }

    @Test func htmlShowsEveryPart() throws {
        let previous = Audit.compute(AuditSample.input, quarter: Quarter("2026Q2")!, asOf: AuditSample.asOf.addingTimeInterval(-90 * 86_400), commit: nil)
        var better = AuditSample.input
        better.findings.removeAll { $0.rule == "claim-conflict" }
        let audit = Audit.compute(better, quarter: Quarter("2026Q3")!, asOf: AuditSample.asOf, commit: nil)
        let html = HTMLAuditRenderer().render(AuditReport(audit: audit, history: [previous], toolVersion: "0.1.0"))
        let facts = try AuditHTMLFacts.parse(html)
        // Headline, comparison, legend words, trend chart with both quarters, formula in the footer.
        #expect(facts.text.contains("\(audit.overall.score ?? -1)"))
        #expect(facts.text.contains("since 2026Q2"))
        for word in ["✓ stated", "~ hedged", "✗ conflicting", "∅ missing", "– not required"] { #expect(facts.text.contains(word)) }
        #expect(facts.elements.filter { $0 == "polyline" }.count == 4)
        #expect(facts.text.contains("2026Q2") && facts.text.contains("2026Q3"))
        #expect(facts.text.contains(AuditScoring.formula))
        #expect(html.contains("@media print") && html.contains("@page"))
    }

    /// The template escapes every variable: no triple mustache, no `{{& }}`, nothing that runs or loads.
    @Test func templateHasNoUnescapedVariableScriptOrReference() {
        let template = HTMLAuditTemplate.page
        #expect(!template.contains("{{{") && !template.contains("{{&"))
        #expect(!template.lowercased().contains("<script"))
        #expect(template.firstMatch(of: /\son[a-z]+\s*=/) == nil)
        #expect(!template.contains("http") && !template.contains("src=") && !template.contains("url("))
    }

    @Test func htmlOfTheSampleMatchesGolden() throws {
        try Golden.expect(HTMLAuditRenderer().render(AuditSample.reportWithHistory), matches: "audit/sample.html")
    }

    @Test func markdownOfTheSampleMatchesGolden() throws {
        try Golden.expect(MarkdownAuditRenderer.render(AuditSample.reportWithHistory), matches: "audit/sample.md")
    }

    @Test func jsonOfTheSampleMatchesGolden() throws {
        try Golden.expect(JSONAuditRenderer.render(AuditSample.reportWithHistory), matches: "audit/sample.json")
    }

    @Test func markdownKeepsAmpersandsAsWritten() {
        #expect(MarkdownAuditRenderer.escape("Harbor & Pine") == "Harbor & Pine")
        #expect(MarkdownAuditRenderer.escape("R&D, &amp; &#38;") == "R&D, \\&amp; \\&\\#38;")
    }

    @Test func markdownEscapesCorpusStrings() {
        let markdown = MarkdownAuditRenderer.render(Self.hostileReport)
        // Every '<' is backslash-escaped, which GitHub renders as the character, never a tag.
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(markdown.contains("\\<script\\>alert\\(1\\)\\</script\\>"))
        // Every table row keeps its column count: no corpus '|' or newline splits a row.
        let matrixHeader = "| promise | customer | employee | management |"
        #expect(markdown.contains(matrixHeader))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            let unescapedBars = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect([3, 5, 6, 11].contains(unescapedBars), "row \(line)")
        }
    }

    @Test func theThreeFormatsAgreeOnTheNumbers() throws {
        let report = AuditReport(audit: AuditSample.audit, toolVersion: "0.1.0")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONAuditRenderer.render(report).utf8)) as? [String: Any])
        let audit = try #require(json["audit"] as? [String: Any])
        let overall = try #require(audit["overall"] as? [String: Any])
        #expect(overall["score"] as? Int == 53)
        #expect(audit["verdict"] as? String == "drifting")
        let channels = try #require(audit["channels"] as? [[String: Any]])
        #expect(channels.compactMap { ($0["score"] as? [String: Any])?["score"] as? Int } == [79, 49, 0])
        #expect(MarkdownAuditRenderer.render(report).contains("**Overall score: 53 / 100 — drifting**"))
        #expect(MarkdownAuditRenderer.render(report).contains("| customer | 2 | 79 |"))
        let text = try AuditHTMLFacts.parse(HTMLAuditRenderer().render(report)).text
        #expect(text.contains("53") && text.contains("drifting") && text.contains("79") && text.contains("49"))
        // JSON reads back into the same audit: the field names are the contract.
        #expect(try JSONAuditRenderer.decodeAudit(String(decoding: try JSONSerialization.data(withJSONObject: audit), as: UTF8.self)) == report.audit)
    }
}
