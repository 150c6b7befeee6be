import Testing
import AlignModel
@testable import AlignReaders

/// HTML is read through libxml2's SAX callbacks (`HTMLSAXParse`), no tree built; the tree it
/// replaced (`HTMLTreeEvents`) must read every page to the same blocks, code spans, link
/// targets, declarations, directives and problems.
@Suite struct ReadersHTMLSAXTests {
    /// Pages that take the SAX callbacks' less common paths, each named by what it tries.
    static let samples: [(name: String, html: String)] = [
        ("prefixed names", "<html><body><o:p>Office</o:p><p>One<v:shape title=\"Shape\">two</v:shape></p><:x>colon</:x><y:>end</y:></body></html>"),
        ("start tag without its end", "<div class=\"a\"<p>Lost tag</p><table><tr><td title=\"t\"<b>Cell</b></td></tr></table>"),
        ("after the html end tag", "<html><body><p>First</p></body></html>\n<!-- align-disable -->\n<p>Second</p>\n<!-- align-enable -->\ntail text"),
        ("doctype and after the html end tag", "<!DOCTYPE html><html><body><p>First</p></body></html><!-- align-disable-next-line -->\n<p>Second</p>"),
        ("comment before the html", "<!-- align-disable --><html><body><p>First</p></body></html><!-- align-enable --><p>Second</p>"),
        ("misplaced doctype", "<p>Before</p></html><!-- align-disable --><!DOCTYPE html><p>After</p><!-- align-enable --><p>Last</p>"),
        ("processing instruction between text", "<p>One <?php echo 1; ?> two</p><?xml-stylesheet href=\"a\"?><ul><li>Item</li></ul>"),
        ("lists after text and white space", "<div>Intro text\n  <ul><li>A</li></ul></div><p>Para</p>\n\n<ol><li>B</li></ol><p>P</p><!-- c --><ul><li>C</li></ul>"),
        ("text in pieces", "<p>Fish &amp; chips &eacute;t&eacute; &#x263A; &unknown; " + String(repeating: "long words ", count: 300) + "</p>"),
        ("script and style", "<p>Before</p><script>if (a < b) { x = \"</p>\" }</script><style>p { color: red }</style><p>After <code>let x = 1</code></p>"),
        ("details, tables and headings", "<h2>Plans</h2><details><summary>More</summary><p>Inside</p></details><table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$10</td></tr></table>"),
        ("breaks and links", "<p>Line one<br><br>Line two<br>\n<br>three</p><p><a href=\"https://example.com\">Only a link</a></p><p><button>Buy</button> <a href=\"/x\">More</a></p>"),
        ("email preheader", "<html><body><div class=\"preheader\" style=\"display:none\">Your order shipped</div><table role=\"presentation\"><tr><td>Hi Sam,</td></tr></table></body></html>"),
        ("MDX component title", "<Accordion title=\"Team plans\"><p>Seats are billed monthly.</p></Accordion><Tabs><Tab title=\"A\">Alpha</Tab></Tabs>"),
        ("attributes without values", "<img alt src=\"x.png\"><input title nowrap><td nowrap title=\"\">cell</td><meta name=\"description\" content=\"A page\"><meta name=\"align:channel\" content=\"Email\">"),
        ("nested past libxml2's limit", String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300) + "<p>after</p>"),
        ("nested inline", String(repeating: "<span>", count: 40) + "inline" + String(repeating: "</span>", count: 40)),
        ("empty and white space", " \n\t "),
        ("text only", "Just text, no tags at all."),
        ("NUL and controls", "<p>a\u{0}b\u{1}c</p><p>\u{0}</p>"),
    ]

    /// Pages to read both ways: the reader fixtures, the html5lib snippets, the mail files and
    /// the samples above.
    static func pages() throws -> [(name: String, bytes: [UInt8])] {
        try ReadersAlignmentTests.sources() + samples.map { ($0.name, Array($0.html.utf8)) }
    }

    @Test func readsAsTheTreeDid() throws {
        var compared = 0
        for page in try Self.pages() {
            let decoded = TextDecoding.decodeSource(page.bytes[...])
            let input = decoded.isUTF8 ? page.bytes : UTF8Encoding.bytes(decoded.source.allScalars)
            var options = ReadOptions()
            for variant in ["default", "email", "shallow", "charset"] {
                options = ReadOptions()
                if variant == "email" { options.isEmail = true }
                // A limit the walker reaches before libxml2's does.
                if variant == "shallow" { options.maxNestingDepth = 4 }
                let encoding: String? = variant == "charset" ? nil : "UTF-8"
                let sax = HTMLExtractor.extract(input: input, encoding: encoding, source: decoded.source, placement: HTMLPlacement(), options: options)
                let tree = HTMLTreeEvents.extract(input: input, encoding: encoding, source: decoded.source, placement: HTMLPlacement(), options: options)
                let place = "\(page.name) (\(variant))"
                #expect(sax.blocks == tree.blocks, "\(place)")
                #expect(sax.codeSpans == tree.codeSpans, "\(place)")
                #expect(sax.linkTargets == tree.linkTargets, "\(place)")
                #expect(sax.declared == tree.declared, "\(place)")
                #expect(sax.problems == tree.problems, "\(place)")
                #expect(String(describing: sax.directives) == String(describing: tree.directives), "\(place)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }

    /// The samples do reach the paths they are there for.
    @Test func samplesReachTheirPaths() {
        func read(_ name: String) -> HTMLExtraction {
            let html = Self.samples.first { $0.name == name }!.html
            let source = TextDecoding.decodeSource(Array(html.utf8)[...]).source
            return HTMLExtractor.extract(input: Array(html.utf8), encoding: "UTF-8", source: source, placement: HTMLPlacement(), options: ReadOptions())
        }
        #expect(read("prefixed names").blocks.map(\.text).contains("Office"))
        #expect(read("after the html end tag").directives.count == 2)
        #expect(read("nested past libxml2's limit").problems.contains { $0.kind == .truncated })
        #expect(read("script and style").codeSpans.map(\.text) == ["let x = 1"])
        #expect(read("lists after text and white space").blocks.contains { $0.context.listParent == "Intro text" })
    }
}
