import Testing
@testable import AlignRules

/// How an agreement defines a term for itself: a quoted term in parentheses of its own.
@Suite struct DefinedTermsTests {
    static func definitions(_ text: String) -> [String] {
        DefinedTerms.definitions(in: Array(text.utf8))
    }

    @Test func aQuotedTermInItsOwnParenthesesIsDefined() {
        #expect(Self.definitions("an annual membership fee (the “Annual Fee”).") == ["annual fee"])
        #expect(Self.definitions("a Data Publication Fee (collectively, “Data Publication Fees”) to Publish") == ["data publication fee"])
        #expect(Self.definitions(#"the organization ("Customer") agrees"#) == ["customer"])
        #expect(Self.definitions("the services (“Services”, and each a “Service”).") == ["service", "service"])
    }

    @Test func aQuoteOutsideParenthesesOrBeforeMoreWordsIsNot() {
        #expect(Self.definitions(#"the name "Platform.sh" is going away"#) == [])
        #expect(Self.definitions(#"(see "Billing" for details)"#) == [])
        #expect(Self.definitions(#"(a "trial") and (more)"#) == ["trial"])
    }
}
