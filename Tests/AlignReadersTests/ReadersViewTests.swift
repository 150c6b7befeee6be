import Testing
import AlignModel
@testable import AlignReaders
@testable import AlignTestSupport

/// Views of web frameworks (`ViewReader`): Svelte components, Vue single-file components and
/// Blade views are read as the pages they render, their own markup blanked in place. The full
/// dumps are the golden fixtures `readers/pricing.svelte`, `plans.vue` and `welcome.blade.php`.
@Suite struct ReadersViewTests {
    static func read(_ text: String, path: String) -> Document {
        DocumentReaders.read(bytes: Array(text.utf8), path: path)![0]
    }

    @Test func aViewIsChosenByItsFormatBeforePHP() {
        #expect(DocumentReaders.formatExtension(ofName: "pricing.blade.php") == "blade")
        #expect(DocumentReaders.formatExtension(ofName: "Pricing.svelte") == "svelte")
        #expect(DocumentReaders.formatExtension(ofName: "page.html.php") == "html")
        #expect(DocumentReaders.formatExtension(ofName: "index.php") == nil)
        #expect(DocumentReaders.reader(forPath: "resources/views/pricing.blade.php") is ViewReader)
        #expect(DocumentReaders.reader(forPath: "src/routes/+page.svelte") is ViewReader)
        #expect(DocumentReaders.reader(forPath: "pages/plans.vue") is ViewReader)
        #expect(DocumentReaders.reader(forPath: "app/Http/Controllers/PlanController.php") == nil)
    }

    /// Laravel keeps its mail views under `resources/views/emails/`: one there is an email, and
    /// its echo of the user's name is a placeholder.
    @Test func aBladeMailViewIsAnEmailThatGreetsByAPlaceholder() {
        let mail = Self.read("@extends('layouts.mail')\n@section('content')\n<p>Hi {{ $user->name }},</p>\n@endsection\n",
                             path: "resources/views/emails/welcome.blade.php")
        #expect(mail.kind == .email)
        #expect(mail.blocks.map(\.text) == ["Hi {},"])
    }

    /// Every `{` of a Svelte page opens an expression, however it nests or quotes braces; a
    /// control block stands for nothing, a value for something.
    @Test func svelteExpressionsAreBlankedWhole() {
        let page = Self.read("<p>Save {format({ unit: '}' })} a year{#if yearly}, billed yearly{/if}.</p>\n", path: "Plan.svelte")
        #expect(page.blocks.map(\.text) == ["Save {} a year , billed yearly ."])
    }

    /// Vue's `<template v-if>` wraps what the page shows; an HTML reader would skip it.
    @Test func vueTemplateWrappersAreUnwrapped() {
        let page = Self.read("<template>\n  <template v-if=\"a > b\"><p>Cancel any time.</p></template>\n</template>\n", path: "Plans.vue")
        #expect(page.blocks.map(\.text) == ["Cancel any time."])
        #expect(page.blocks.first.map { $0.position(of: $0.anchors[0]) } == SourcePosition(line: 2, column: 29))
    }

    /// Blanking keeps every scalar and every line break where it was, whatever the input: an
    /// unclosed brace, a directive with no end, scalars of more than one byte inside markup.
    @Test func blankingKeepsLinesAndLengthOnAnyInput() {
        var generator = SeededGenerator(seed: 20261208)
        let pieces = ["{", "}", "{#if a}", "{/if}", "{@html x}", "@if(", ")", "@php", "@endphp", "{{--", "--}}", "{!!", "!!}",
                      "<template>", "</template>", "<script>", "</script>", "'", "\"", "`", "é", "😀", "\n", "\r\n", " ", "a", "@acme"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            for dialect in [ViewMarkup.Dialect.svelte, .vue, .blade] {
                let blanked = ViewMarkup.blanked(scalars, dialect: dialect)
                #expect(blanked.count == scalars.count)
                #expect(zip(scalars, blanked).allSatisfy { SourceText.isLineBreak($0) == SourceText.isLineBreak($1) }, "\(text)")
            }
            for path in ["f.svelte", "f.vue", "f.blade.php"] {
                let bytes = Array(text.utf8)
                let bad = ReadersRobustnessTests.outOfRange(DocumentReaders.read(bytes: bytes, path: path) ?? [], bytes: bytes)
                #expect(bad.isEmpty, "\(path): \(bad.prefix(2)) in \(text)")
            }
        }
    }
}
