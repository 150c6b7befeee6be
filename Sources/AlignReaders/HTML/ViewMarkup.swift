/// The markup of a web framework's view files that is not HTML: Svelte's `{expressions}` and
/// `{#if}` blocks, Vue's `<template>` wrappers, Blade's `@directives`, `{!! !!}` and `{{-- --}}`.
/// Blanked scalar for scalar with line breaks kept, as `TemplateMarkup` blanks the markup every
/// format shares (`{{ }}` is left to it), so the HTML that remains keeps every line and column.
/// A value (`{name}`, `{!! $name !!}`) leaves `{}` at its end: it stands for something.
enum ViewMarkup {
    enum Dialect: Sendable {
        case svelte
        case vue
        case blade

        /// The dialect of a view's format extension (`DocumentReaders.formatExtension`).
        init?(formatExtension: String) {
            switch formatExtension {
            case "svelte": self = .svelte
            case "vue": self = .vue
            case "blade": self = .blade
            default: return nil
            }
        }
    }

    /// A tag or expression may span lines; past this it is taken for something else.
    static let maxLength = TemplateMarkup.maxTagLength

    /// `scalars` with the dialect's markup blanked.
    static func blanked(_ scalars: [Unicode.Scalar], dialect: Dialect) -> [Unicode.Scalar] {
        var view = Blanking(scalars: scalars)
        switch dialect {
        case .svelte: view.blankSvelte()
        case .vue: view.blankVueTemplates()
        case .blade: view.blankBlade()
        }
        return view.scalars
    }

    /// Blade's directives: control that stands for no text. `@section('title', 'Pricing')` and
    /// `@lang('messages.welcome')` are blanked too; an address (`help@acme.com`) or a handle
    /// (`@acme`) is not a directive.
    static let bladeDirectives: Set<String> = [
        "if", "elseif", "else", "endif", "unless", "endunless", "isset", "endisset", "empty", "endempty", "auth",
        "endauth", "guest", "endguest", "production", "endproduction", "env", "endenv", "hasSection",
        "sectionMissing", "switch", "case", "break", "default", "endswitch", "for", "endfor", "foreach",
        "endforeach", "forelse", "endforelse", "while", "endwhile", "continue", "include", "includeIf",
        "includeWhen", "includeUnless", "includeFirst", "each", "once", "endonce", "push", "endpush", "pushOnce",
        "endPushOnce", "prepend", "endprepend", "stack", "section", "endsection", "show", "yield", "extends",
        "parent", "stop", "overwrite", "append", "component", "endcomponent", "slot", "endslot", "props", "aware",
        "class", "style", "checked", "selected", "disabled", "readonly", "required", "csrf", "method", "error",
        "enderror", "lang", "choice", "json", "verbatim", "endverbatim", "can", "cannot", "canany", "endcan",
        "endcannot", "endcanany", "livewire", "livewireStyles", "livewireScripts", "vite", "inject", "fragment",
        "endfragment", "use", "session", "endsession", "dd", "dump",
    ]

    private struct Blanking {
        var scalars: [Unicode.Scalar]

        /// Blanks `range`, line breaks kept; a value keeps `{}` at its end.
        mutating func blank(_ range: Range<Int>, isValue: Bool = false) {
            for index in range where !SourceText.isLineBreak(scalars[index]) { scalars[index] = " " }
            // A line break is never overwritten: `{name\n}` leaves no `{}`.
            if isValue, range.count >= 2, !SourceText.isLineBreak(scalars[range.upperBound - 2]) {
                scalars[range.upperBound - 2] = "{"
                scalars[range.upperBound - 1] = "}"
            }
        }

        func has(_ text: String, at index: Int) -> Bool {
            var cursor = index
            for scalar in text.unicodeScalars {
                guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
                cursor += 1
            }
            return true
        }

        func hasIgnoringCase(_ text: String, at index: Int) -> Bool {
            var cursor = index
            for scalar in text.unicodeScalars {
                guard cursor < scalars.count, scalars[cursor].properties.lowercaseMapping == String(scalar) else { return false }
                cursor += 1
            }
            return true
        }

        /// The first index after `close` from `index` on, within the length limit of `start`.
        func end(of close: String, from index: Int, start: Int) -> Int? {
            let limit = min(scalars.count, start + ViewMarkup.maxLength)
            var cursor = index
            while cursor < limit {
                if has(close, at: cursor) { return cursor + close.unicodeScalars.count }
                cursor += 1
            }
            return nil
        }

        /// Whether a tag's name ends at `index`: a `>`, a space, a tab or a line break follows it.
        func endsTagName(at index: Int) -> Bool {
            index < scalars.count && (scalars[index] == ">" || scalars[index] == " " || scalars[index] == "\t" || SourceText.isLineBreak(scalars[index]))
        }

        /// Where the script or style element opening at `index` ends (at its closing tag), or
        /// nil when no such element opens there: their braces are code, and the page skips them.
        func endOfCodeElement(at index: Int) -> Int? {
            for name in ["script", "style"] where hasIgnoringCase("<" + name, at: index) {
                let after = index + name.count + 1
                guard endsTagName(at: after) else { continue }
                var cursor = after
                while cursor < scalars.count, !hasIgnoringCase("</" + name, at: cursor) { cursor += 1 }
                return cursor
            }
            return nil
        }

        /// The index after the `close` that matches the `open` at `start`, nested pairs and strings
        /// in `quotes` passed; nil when none comes within the length limit.
        func endOfBalanced(_ open: Unicode.Scalar, _ close: Unicode.Scalar, at start: Int, quotes: String) -> Int? {
            let limit = min(scalars.count, start + ViewMarkup.maxLength)
            var depth = 0
            var quote: Unicode.Scalar?
            var cursor = start
            while cursor < limit {
                let scalar = scalars[cursor]
                if let opened = quote {
                    if scalar == "\\" { cursor += 1 } else if scalar == opened { quote = nil }
                } else if quotes.unicodeScalars.contains(scalar) {
                    quote = scalar
                } else if scalar == open {
                    depth += 1
                } else if scalar == close {
                    depth -= 1
                    if depth == 0 { return cursor + 1 }
                }
                cursor += 1
            }
            return nil
        }

        /// Svelte: every `{` outside a script or style opens an expression. `{#if}`, `{:else}`,
        /// `{/if}`, `{@html}` and `{@const}` are control; anything else is a value.
        mutating func blankSvelte() {
            var index = 0
            while index < scalars.count {
                if scalars[index] == "<", let end = endOfCodeElement(at: index) {
                    index = end
                    continue
                }
                guard scalars[index] == "{", let end = endOfBalanced("{", "}", at: index, quotes: "\"'`") else {
                    index += 1
                    continue
                }
                let first = index + 1 < end ? scalars[index + 1] : "}"
                blank(index..<end, isValue: !"#:/@".unicodeScalars.contains(first))
                index = end
            }
        }

        /// Vue: the `<template>` tags that wrap a component's markup and its conditional parts;
        /// what they hold is the page (an HTML reader skips a `<template>`'s content).
        mutating func blankVueTemplates() {
            var index = 0
            while index < scalars.count {
                if scalars[index] == "<", let end = endOfCodeElement(at: index) {
                    index = end
                    continue
                }
                guard scalars[index] == "<", let tag = ["<template", "</template"].first(where: { hasIgnoringCase($0, at: index) }),
                      case let nameEnd = index + tag.unicodeScalars.count, endsTagName(at: nameEnd), let end = endOfTag(from: nameEnd) else {
                    index += 1
                    continue
                }
                blank(index..<end)
                index = end
            }
        }

        /// The index after the `>` that closes the tag whose attributes start at `index`, quoted
        /// values passed (a Vue binding may hold `>`).
        func endOfTag(from index: Int) -> Int? {
            let limit = min(scalars.count, index + ViewMarkup.maxLength)
            var quote: Unicode.Scalar?
            var cursor = index
            while cursor < limit {
                let scalar = scalars[cursor]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    return cursor + 1
                }
                cursor += 1
            }
            return nil
        }

        /// Blade: comments, raw echoes, `@php … @endphp` and the directives of `bladeDirectives`
        /// with their arguments. `{{ }}` is `TemplateMarkup`'s, as in any template.
        mutating func blankBlade() {
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "{", has("{{--", at: index), let end = end(of: "--}}", from: index + 4, start: index) {
                    blank(index..<end)
                    index = end
                } else if scalar == "{", has("{!!", at: index), let end = end(of: "!!}", from: index + 3, start: index) {
                    blank(index..<end, isValue: true)
                    index = end
                } else if scalar == "@", let end = endOfDirective(at: index) {
                    blank(index..<end)
                    index = end
                } else {
                    index += 1
                }
            }
        }

        /// The end of the Blade directive at `start` with its arguments (`@if ($plan->isFree())`),
        /// or of a whole `@php … @endphp` block; nil when `start` opens none.
        func endOfDirective(at start: Int) -> Int? {
            if start > 0, isNameScalar(scalars[start - 1]) || scalars[start - 1] == "@" { return nil }
            var cursor = start + 1
            while cursor < scalars.count, isNameScalar(scalars[cursor]) { cursor += 1 }
            let name = String(String.UnicodeScalarView(scalars[(start + 1)..<cursor]))
            guard ViewMarkup.bladeDirectives.contains(name) || name == "php" else { return nil }
            var open = cursor
            while open < scalars.count, scalars[open] == " " || scalars[open] == "\t" { open += 1 }
            if open < scalars.count, scalars[open] == "(", let close = endOfBalanced("(", ")", at: open, quotes: "\"'") {
                cursor = close
            } else if name == "php" {
                // `@php` alone opens a block of PHP that `@endphp` closes.
                return end(of: "@endphp", from: cursor, start: start) ?? cursor
            }
            return cursor
        }

        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        }
    }
}
