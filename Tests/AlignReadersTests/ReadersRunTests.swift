import Testing
import AlignModel
@testable import AlignReaders

/// How the HTML walker gathers a run of text into blocks: what it keeps of the white space
/// between tags and how it clears a run must not change a block.
@Suite struct ReadersRunTests {
    static func blocks(_ html: String) -> [String] {
        let source = TextDecoding.decodeSource(Array(html.utf8)[...]).source
        let extraction = HTMLExtractor.extract(input: Array(html.utf8), encoding: "UTF-8", source: source, placement: HTMLPlacement(), options: ReadOptions())
        return extraction.blocks.map { "\($0.kind) \($0.text)" }
    }

    /// White space that opens a run (not held: a block never starts with a space) before links,
    /// breaks and text, inside and outside links.
    @Test func whiteSpaceOpeningARunChangesNoBlock() {
        let samples: [(html: String, blocks: [String])] = [
            ("<p> <a href=\"/a\">One</a> <a href=\"/b\">Two</a> </p>", ["linkText One", "linkText Two"]),
            ("<p><a href=\"/a\"> <b>One</b></a>\n<a href=\"/b\">Two</a></p>", ["linkText One", "linkText Two"]),
            ("<p> <a href=\"/a\">One</a> and text</p>", ["paragraph One and text"]),
            ("<div> text <br> <br> more</div>", ["paragraph text", "paragraph more"]),
            ("<div> <br> <br> more</div>", ["paragraph more"]),
            ("<div>\n  <br>\n  <br>\n  <br>after</div>", ["paragraph after"]),
            ("<div> <br>one<br> <br>two</div>", ["paragraph one", "paragraph two"]),
            ("<div><span> </span> <span>a</span> <span> </span> b </div>", ["paragraph a b"]),
            ("<div><span>a</span> <span>b</span>\n<i>c</i></div>", ["paragraph a b c"]),
            ("<td> <button>Buy</button> </td>", ["buttonText Buy"]),
            ("<h2> <a href=\"/x\">Title</a> </h2>", ["heading Title"]),
            ("<ul>\n  <li> <a href=\"/1\">First</a> </li>\n  <li> Second </li>\n</ul>", ["linkText First", "listItem Second"]),
        ]
        for sample in samples {
            #expect(Self.blocks(sample.html) == sample.blocks, "\(sample.html)")
        }
    }
}
