import Testing
@testable import AlignTestSupport
@testable import AlignConfig

@Test func yamlSyntaxErrorsCarryLineAndColumn() {
    #expect(throws: ConfigError(file: "align.yml", line: 3, column: 2, message: "invalid YAML: did not find expected ',' or ']'")) {
        _ = try YAMLValue.parse("channels:\n  a: [b\nc: d\n", file: "align.yml")
    }
}

@Test func unknownKeysAreReportedWithASuggestion() throws {
    guard case .map(let map) = try YAMLValue.parse("expect: e.yml\nchanels: {}\n", file: "align.yml") else {
        Issue.record("expected a mapping")
        return
    }
    #expect(throws: ConfigError(file: "align.yml", line: 2, column: 1, message: "unknown key 'chanels' in align.yml; did you mean 'channels'?")) {
        try map.rejectUnknownKeys(["expect", "channels"], in: "align.yml")
    }
}
