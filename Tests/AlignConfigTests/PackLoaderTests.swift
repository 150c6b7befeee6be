import Foundation
import Testing
@testable import AlignConfig
import AlignModel
import AlignPacks
@testable import AlignTestSupport

/// Pack loading: every broken pack in Fixtures/packs/broken/ must fail with exactly the
/// positioned message in its `.error` golden file; good packs load with every field.
@Suite struct PackLoaderTests {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("packs")

    static var brokenPacks: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appending(path: "broken").path)) ?? []
        return names.filter { $0.hasSuffix(".yml") }.sorted()
    }

    @Test func thereAreAtLeastTenBrokenPacks() {
        #expect(Self.brokenPacks.count >= 10)
    }

    @Test(arguments: brokenPacks)
    func brokenPackFailsWithItsPositionedMessage(_ name: String) throws {
        let folder = Self.fixtures.appending(path: "broken")
        let yaml = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
        let packName = String(name.dropLast(4))
        do {
            _ = try PackLoader.load(yaml: yaml, file: "packs/\(name)", name: packName)
            Issue.record("\(name) loaded without an error")
        } catch {
            try Golden.expect(error.description + "\n", matches: "packs/broken/\(packName).error")
        }
    }

    @Test func aPackMayBeAPlainListNamedByItsFile() throws {
        let pack = try PackLoader.load(yaml: """
            - id: house/superlatives
              kind: existence
              message: Say what is true instead.
              phrases: [world-class]
            """, file: "house.yml", name: "house")
        #expect(pack.name == "house")
        #expect(pack.rules.map(\.id) == ["house/superlatives"])
        #expect(pack.rules[0].level == .severity(.warning))
        #expect(pack.rules[0].position == SourcePosition(line: 1, column: 7))
    }

    @Test func everyFieldOfTheUserPackIsRead() throws {
        let yaml = try String(contentsOf: Self.fixtures.appending(path: "user-pack.yml"), encoding: .utf8)
        let pack = try PackLoader.load(yaml: yaml, file: "user-pack.yml", name: "user-pack")
        #expect(pack.name == "acme")
        #expect(pack.overrides == ["recommended/hedge": .severity(.error), "loyalty/bribery-framing": .off])
        #expect(pack.overridePositions["loyalty/bribery-framing"] == SourcePosition(line: 6, column: 3))
        #expect(pack.rules.map(\.kind) == ["substitution", "existence", "required", "required", "parity"])
        let team = pack.rules[0]
        #expect(team.use == "team member")
        #expect(team.insteadOf == ["staff member", "staffer", "employee"])
        #expect(team.channels == [.customer, .employee])
        let refunds = pack.rules[1]
        #expect(refunds.patterns.map(\.pattern.source) == [#"\bno\s+(refunds?|returns?|exchanges?)\b"#])
        #expect(refunds.patterns.map(\.position) == [SourcePosition(line: 34, column: 16)])
        let price = pack.rules[2]
        #expect(price.scope == "each")
        #expect(price.when == ["price", "prices"])
        #expect(price.promises == ["reply-time"])
        #expect(price.level == .severity(.info))
        let welcome = pack.rules[3]
        #expect(welcome.scope == "any")
        #expect(welcome.documentKinds == [.email])
        #expect(welcome.examples.flags == ["↓Your order has shipped.\nTrack it in your account."])
    }

    @Test func builtinPacksAreEmbeddedVerbatimFromTheRulesFolder() throws {
        let rules = TestPaths.packageRoot.appending(path: "rules")
        #expect(BuiltinPacks.names == ["loyalty", "recommended"])
        // A pack added or removed since the build was planned shows here (replan: touch Package.swift).
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: rules.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(BuiltinPacks.names.map { "\($0).yml" } == onDisk)
        for entry in BuiltinPacks.all {
            let onDisk = try String(contentsOf: rules.appending(path: "\(entry.name).yml"), encoding: .utf8)
            #expect(entry.yaml == onDisk, "rules/\(entry.name).yml differs from its embedded copy")
        }
    }

    @Test func builtinPacksHaveExactlyTheProductsRuleIDs() throws {
        let packs = try PackLoader.builtins()
        #expect(packs.map(\.name) == ["loyalty", "recommended"])
        #expect(packs[1].rules.map(\.id) == ["recommended/vague-superlative", "recommended/internal-jargon", "recommended/hedge"])
        #expect(packs[0].rules.map(\.id) == [
            "loyalty/points-expiry", "loyalty/bribery-framing", "loyalty/new-customer-only",
            "loyalty/thank-existing", "loyalty/greet-by-name", "loyalty/listening",
        ])
        for rule in packs.flatMap(\.rules) {
            #expect(rule.why.count > 150, "\(rule.id) needs a 'why' a content lead would accept")
            #expect(rule.examples.flags.count >= 2, "\(rule.id) needs 2+ flags examples")
            #expect(rule.examples.passes.count >= 2, "\(rule.id) needs 2+ passes examples")
            #expect(rule.file == "rules/\(rule.id.split(separator: "/")[0]).yml")
        }
    }

    @Test func packsAreLoadedByBuiltinNameOrByPath() throws {
        let root = Self.fixtures.path
        let configuration = Configuration(root: root, file: "align.yml", expectPath: root + "/expect.yml")
        let at = SourcePosition(line: 7, column: 8)
        let packs = try PackLoader.load([
            PackReference(name: "recommended", isBuiltin: true, written: "recommended", position: at),
            PackReference(name: root + "/user-pack.yml", isBuiltin: false, written: "user-pack.yml", position: at),
        ], configuration: configuration)
        #expect(packs.map(\.name) == ["recommended", "acme"])
        #expect(packs.map(\.file) == ["rules/recommended.yml", root + "/user-pack.yml"])
        #expect(throws: ConfigError(file: "align.yml", line: 7, column: 8, message: "cannot read rule pack 'missing.yml'")) {
            _ = try PackLoader.load([PackReference(name: root + "/missing.yml", isBuiltin: false, written: "missing.yml", position: at)],
                                    configuration: configuration)
        }
    }
}
