import Testing
import AlignModel
@testable import AlignReaders

/// How the HTML walker gathers a page's text into blocks: what it keeps of the white space
/// between tags, how it clears a run or a builder, where it finds attribute values and how it
/// looks up an element's role must not change a block.
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

    /// An attribute's ASCII value is looked for in an ASCII page's bytes where its scalars were:
    /// the same place, or none, for every attribute of every tag of the reader fixtures, with
    /// values that are there, decoded, cut short or not there at all.
    @Test func attributesAreFoundOnBytesAsOnScalars() throws {
        var compared = 0
        var found = 0
        for (name, bytes) in try ReadersAlignmentTests.sources() {
            guard let source = SourceText(utf8: bytes[...]), source.ascii != nil else { continue }
            let aligner = SourceAligner(source: source, syntax: HTMLExtractor.syntax, readsASCII: true)
            let tags: [Range<Int>] = bytes.withUnsafeBufferPointer { buffer in
                buffer.indices.filter { buffer[$0] == UInt8(ascii: "<") }.map { $0..<SourceAligner.tagEnd(ascii: buffer, from: $0 + 1) }
            }
            for tag in tags {
                // Every quoted stretch of the tag, and variants of it.
                var values: [[UInt8]] = [[], Array("x".utf8)]
                var index = tag.lowerBound
                while index < tag.upperBound {
                    if bytes[index] == 0x22 || bytes[index] == 0x27, let close = bytes[(index + 1)..<tag.upperBound].firstIndex(of: bytes[index]) {
                        let value = Array(bytes[(index + 1)..<close])
                        let decoded = Array(String(decoding: value, as: UTF8.self).replacingOccurrences(of: "&amp;", with: "&").utf8)
                        values += [value, Array(value.prefix(value.count / 2)), value + [0x2E], decoded]
                        index = close + 1
                    } else {
                        index += 1
                    }
                }
                for attribute in ["href", "alt", "title", "content", "class", "name", "src"] {
                    for value in values where value.allSatisfy({ $0 < 0x80 }) {
                        let onBytes = aligner.findAttribute(attribute, value: .ascii(value), in: tag)
                        let onScalars = aligner.findAttribute(attribute, value: value.map { Unicode.Scalar($0) }, in: tag)
                        #expect(onBytes == onScalars, "\(name) \(attribute) \(String(decoding: value, as: UTF8.self))")
                        compared += 1
                        if onBytes != nil { found += 1 }
                    }
                }
            }
        }
        #expect(compared > 10_000)
        #expect(found > 500)
    }

    /// A builder emptied by `clear` builds the next block as a new builder does: for the halves
    /// of every line of the reader fixtures, one after the other (the second follows on from
    /// the first in the source), some marked inexact, some placed approximately.
    @Test func clearedBuildersBuildWhatNewBuildersBuild() throws {
        var compared = 0
        for (_, bytes) in try ReadersAlignmentTests.sources() {
            let source = SourceText(TextDecoding.decode(bytes[...]).scalars)
            for approximate in [nil, SourcePosition(line: 3, column: 1)] {
                var reused = BlockBuilder(lines: source.lines, approximateAt: approximate)
                for line in 1...source.lineCount {
                    let start = source.start(ofLine: line)
                    let end = source.end(ofLine: line)
                    let middle = start + (end - start) / 2
                    for (step, range) in [start..<middle, middle..<end, start..<source.end(ofLine: line + 1)].enumerated() {
                        var new = BlockBuilder(lines: source.lines, approximateAt: approximate)
                        new.append(source.allScalars[range], from: .index(range.lowerBound))
                        reused.clear()
                        reused.append(source.allScalars[range], from: .index(range.lowerBound))
                        if (line + step) % 3 == 0 {
                            new.markInexact()
                            reused.markInexact()
                        }
                        #expect(reused.build(kind: .paragraph) == new.build(kind: .paragraph), "line \(line)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 10_000)
    }

    /// An element's role found by its packed name in the hashed table is its role in `roles`:
    /// for every name there, in upper case too, and for names that have none.
    @Test func rolesAreFoundByPackedNameAsByName() {
        var names = Array(HTMLWalker.roles.keys)
        names += names.map { $0.uppercased() }
        names += ["", "x", "foo", "h7", "custom-element", "mj-unknown", "abcdefghijklmnop", "o:p", "a1", "tbody2", "headers", "spa", "spans"]
        for name in names {
            guard let packed = PackedName(name.utf8) else { continue }
            #expect(HTMLWalker.role(of: packed) == HTMLWalker.roles[name.lowercased()] ?? HTMLWalker.Role(), "\(name)")
        }
        #expect(names.count > 100)
    }
}
