import AlignModel
import AlignText
import Foundation
import Testing
@testable import AlignTestSupport
@testable import AlignConfig

/// A stand-in for the claims engineer's quantity parser: a number and a unit, or a price.
func readsAsQuantity(_ value: String) -> String? {
    let words = value.split(separator: " ")
    if words.count == 1, value.hasPrefix("$"), Double(value.dropFirst()) != nil { return nil }
    let units: Set<Substring> = ["minutes", "hours", "days", "weeks", "months"]
    if words.count == 2, Double(words[0]) != nil, units.contains(words[1]) { return nil }
    return "expected a number and a unit, such as '24 hours'"
}

/// The realistic statement in Fixtures/config/happy/expect.yml, read field by field.
@Suite struct ConfigExpectationTests {
    static let path = ConfigLoaderTests.happy + "/expect.yml"

    @Test func readsEveryFieldOfARealisticExpectYml() throws {
        var seen: [String] = []
        let expectation = try ExpectationLoader.load(path: Self.path, displayPath: "expect.yml") { value in
            seen.append(value)
            return readsAsQuantity(value)
        }
        #expect(seen == ["24 hours", "60 days"])
        #expect(expectation.file == "expect.yml")
        #expect(expectation.organization == "Example Outfitters")
        #expect(expectation.statement == "Every customer gets a real answer within a day and free returns for sixty days.\n")

        #expect(expectation.promises == [
            Promise(
                id: "reply-time", statement: "We reply to every customer message within 24 hours.",
                topics: ["reply", "respond", "get back to"], value: "24 hours", strength: .firm,
                requiredIn: [.customer, .employee, .management],
                position: SourcePosition(line: 6, column: 9), valuePosition: SourcePosition(line: 9, column: 12)),
            Promise(
                id: "free-returns", statement: "Anything can be returned free of charge within 60 days.",
                topics: ["return"], value: "60 days", strength: .soft, requiredIn: [],
                position: SourcePosition(line: 12, column: 9), valuePosition: SourcePosition(line: 15, column: 12)),
            Promise(
                id: "store-pickup", statement: "Orders for store pickup are ready quickly.",
                topics: ["store pickup", "click and collect"], value: nil, strength: .firm, requiredIn: [],
                position: SourcePosition(line: 18, column: 9)),
        ])
        #expect(expectation.promises[2].valuePosition == SourcePosition(line: 18, column: 9))

        #expect(expectation.terminology == [
            TermPreference(use: "customer", insteadOf: ["client", "buyer"], channels: [.customer, .employee],
                           position: SourcePosition(line: 23, column: 10)),
            TermPreference(use: "sign in", insteadOf: ["log in"], channels: [], position: SourcePosition(line: 26, column: 10)),
        ])
        #expect(expectation.avoid == [
            AvoidEntry(match: .phrase("points expire"), because: "Penalising inactivity punishes the most loyal customers.",
                       channels: [.customer], position: SourcePosition(line: 30, column: 13)),
            AvoidEntry(match: .pattern(try Pattern("use it or lose it|forfeit(ed)? your (points|rewards)")), because: nil,
                       channels: [], position: SourcePosition(line: 33, column: 14)),
        ])
    }

    @Test func anEmptyStatementFileHasNoPromises() throws {
        let folder = try TemporaryFolder(files: ["expect.yml": "# to be written\n"])
        let expectation = try ExpectationLoader.load(path: folder.path + "/expect.yml", displayPath: "expect.yml") { _ in nil }
        #expect(expectation.promises.isEmpty && expectation.terminology.isEmpty && expectation.avoid.isEmpty)
        #expect(expectation.organization == nil && expectation.statement == nil)
    }

    @Test func readsValuesPerConditionScopesAndSubjects() throws {
        let folder = try TemporaryFolder(files: ["expect.yml": """
            promises:
              - id: first-response
                statement: We answer a Priority 1 ticket within 4 hours and any other within 2 days.
                topic: [first response]
                values:
                  - when: [priority 1, P1]
                    value: 4 hours
                  - when: [normal]
                    value: 2 days
                scope:
                  paths: ["site/**"]
                  context: [ticket]
                not_about: [finance, deal desk]

            """])
        var seen: [String] = []
        let expectation = try ExpectationLoader.load(path: folder.path + "/expect.yml", displayPath: "expect.yml") { value in
            seen.append(value)
            return readsAsQuantity(value)
        }
        #expect(seen == ["4 hours", "2 days"])
        let promise = try #require(expectation.promises.first)
        #expect(promise.value == nil)
        #expect(promise.values == [
            ConditionalValue(when: ["priority 1", "P1"], value: "4 hours", position: SourcePosition(line: 7, column: 16)),
            ConditionalValue(when: ["normal"], value: "2 days", position: SourcePosition(line: 9, column: 16)),
        ])
        #expect(promise.scope == PromiseScope(paths: ["site/**"], context: ["ticket"]))
        #expect(promise.notAbout == ["finance", "deal desk"])
    }

    @Test func kebabCaseIds() {
        #expect(ExpectationLoader.isKebabCase("reply-time"))
        #expect(ExpectationLoader.isKebabCase("tier2-support"))
        #expect(!ExpectationLoader.isKebabCase("Reply-time"))
        #expect(!ExpectationLoader.isKebabCase("reply_time"))
        #expect(!ExpectationLoader.isKebabCase("-reply"))
        #expect(!ExpectationLoader.isKebabCase("reply-"))
        #expect(!ExpectationLoader.isKebabCase(""))
        #expect(!ExpectationLoader.isKebabCase("réponse"))
    }
}
