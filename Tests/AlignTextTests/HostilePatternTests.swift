import AlignText
import Testing
@testable import AlignTestSupport

/// User patterns that backtrack without end stop with `.limitExceeded`, however they run away.
@Suite struct HostilePatternTests {
    /// A nested alternation on a run of one letter that never ends in a match.
    static let runaway = "(a|aa)+$"

    @Test(arguments: [40, 1_000, 3_000, 4_000])
    func runawayPatternStopsAndSaysSo(length: Int) throws {
        let pattern = try Pattern(Self.runaway)
        let text = String(repeating: "a", count: length) + "!"
        // 3,000 letters exhaust the JIT's own stack before the match limit (PCRE2_ERROR_JIT_STACKLIMIT),
        // which was once read as "no match".
        #expect(pattern.matches(in: text) == .limitExceeded)
    }

    @Test func theSamePatternStillMatchesWhereItCan() throws {
        let pattern = try Pattern(Self.runaway)
        #expect(pattern.matches(in: "aaaa") == .matches([0..<4]))
    }
}
