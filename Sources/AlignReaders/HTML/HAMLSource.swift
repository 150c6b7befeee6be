/// A HAML template as two texts of the same lines: the HTML it stands for, which libxml2 parses,
/// and the template with everything but its text blanked, scalar for scalar, against which every
/// text node is placed. Each HAML line is one HTML line, so libxml2's line numbers are the
/// template's. Ruby (`-`, `=`), comments (`-#`, `/`), filters other than `:plain` and `:markdown`,
/// attributes and `#{}` interpolations are not text; an interpolation leaves `{}` at its end, as a
/// template's value placeholder does, so that "Hi #{@member.name}," still greets someone.
struct HAMLSource {
    private(set) var html: [Unicode.Scalar] = []
    private(set) var blanked: [Unicode.Scalar] = []

    /// Elements still open: their indentation and name.
    private var open: [(indent: Int, name: String)] = []
    /// Lines indented past this are skipped (a comment's or a filter's body); nil when none is.
    private var skipPast: Int?
    /// Lines indented past this are text (a `:plain` or `:markdown` filter's body).
    private var textPast: Int?

    init(_ scalars: [Unicode.Scalar]) {
        html.reserveCapacity(scalars.count + scalars.count / 4)
        blanked.reserveCapacity(scalars.count)
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            read(line: scalars[start..<end])
            if end < scalars.count {
                html.append("\n")
                blanked.append("\n")
            }
            start = end + 1
        }
        for element in open.reversed() { html += Array("</\(element.name)>".unicodeScalars) }
    }

    /// HTML elements that hold no content: never left open.
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"]

    private mutating func read(line: ArraySlice<Unicode.Scalar>) {
        let indent = line.prefix { $0 == " " || $0 == "\t" }.count
        let content = line.dropFirst(indent)
        // A blank line (or a CR alone) changes nothing: it neither closes nor opens, and it is in
        // both texts as it stands, inside a text node that runs past it.
        if content.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            blanked += line
            html += line
            return
        }
        if let skip = skipPast {
            if indent > skip { return blankLine(line) }
            skipPast = nil
        }
        if let text = textPast {
            if indent > text { return appendText(line, from: line.startIndex + indent, isLine: true) }
            textPast = nil
        }
        closeElements(indentedFrom: indent)
        let first = content.first!
        let second = content.dropFirst().first
        if first == "%" || (first == "." || first == "#") && second.map(Self.isNameScalar) == true {
            return element(line, indent: indent)
        }
        switch first {
        case "-":
            // Ruby, or (`-#`) a comment whose body is indented below it.
            if second == "#" { skipPast = indent }
            blankLine(line)
        case "=", "~", "&", "!":
            // Ruby's output (`=`, `!=`, `&=`, `~`), or the doctype (`!!!`): no text of its own.
            blankLine(line)
        case "/":
            // An HTML comment, with its body indented below it.
            skipPast = indent
            blankLine(line)
        case ":":
            let name = String(String.UnicodeScalarView(content.dropFirst().prefix { $0.properties.isAlphabetic }))
            if name == "plain" || name == "markdown" { textPast = indent } else { skipPast = indent }
            blankLine(line)
        case "\\":
            appendText(line, from: line.startIndex + indent + 1, isLine: true)
        default:
            appendText(line, from: line.startIndex + indent, isLine: true)
        }
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" || scalar == "_" || scalar == ":"
    }

    /// `%p.lead{ class: "x" } Text`, `.note Text`, `%br/`, `%p= ruby`.
    private mutating func element(_ line: ArraySlice<Unicode.Scalar>, indent: Int) {
        var at = line.startIndex + indent
        var name = "div"
        if line[at] == "%" {
            at += 1
            let nameEnd = line[at...].firstIndex { !Self.isNameScalar($0) } ?? line.endIndex
            name = String(String.UnicodeScalarView(line[at..<nameEnd])).lowercased()
            at = nameEnd
        }
        // Classes and ids, then attribute groups: `{ … }`, `( … )`, `[ … ]`, each balanced.
        while at < line.endIndex, line[at] == "." || line[at] == "#", line.index(after: at) < line.endIndex, Self.isNameScalar(line[at + 1]) {
            at += 1
            while at < line.endIndex, Self.isNameScalar(line[at]) { at += 1 }
        }
        while at < line.endIndex, let close = Self.closer(of: line[at]) {
            at = Self.balancedEnd(line, from: at, open: line[at], close: close)
        }
        var selfClosing = Self.voidElements.contains(name)
        var hasRuby = false
        while at < line.endIndex, "<>/&!=~".unicodeScalars.contains(line[at]) {
            if line[at] == "/" { selfClosing = true }
            if line[at] == "=" || line[at] == "~" { hasRuby = true }
            at += 1
        }
        html += Array("<\(name)>".unicodeScalars)
        if hasRuby {
            blank(line)
        } else {
            appendText(line, from: at)
        }
        if selfClosing { return }
        open.append((indent, name))
    }

    static func closer(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "{": "}"
        case "(": ")"
        case "[": "]"
        default: nil
        }
    }

    /// The index after the bracket that closes the one at `from`, strings passed over; the line's
    /// end when it does not close there.
    static func balancedEnd(_ line: ArraySlice<Unicode.Scalar>, from: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int {
        var depth = 0
        var quote: Unicode.Scalar?
        var at = from
        while at < line.endIndex {
            let scalar = line[at]
            if let q = quote {
                if scalar == q { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == open {
                depth += 1
            } else if scalar == close {
                depth -= 1
                if depth == 0 { return at + 1 }
            }
            at += 1
        }
        return line.endIndex
    }

    private mutating func closeElements(indentedFrom indent: Int) {
        while let last = open.last, last.indent >= indent {
            html += Array("</\(last.name)>".unicodeScalars)
            open.removeLast()
        }
    }

    /// Scalars blanked in the template and absent from the HTML; line breaks kept.
    private mutating func blank(_ part: ArraySlice<Unicode.Scalar>) {
        for scalar in part { blanked.append(scalar == "\r" ? scalar : " ") }
    }

    /// A line with no text, blanked in both texts alike: a text node that runs past it is still
    /// the template's text as it stands.
    private mutating func blankLine(_ line: ArraySlice<Unicode.Scalar>) {
        blank(line)
        html += blanked.suffix(line.count)
    }

    /// The line's text from `from` on, to both texts, with each `#{…}` blanked to `{}` at its end;
    /// what comes before it blanked. A line of text (`isLine`) keeps its indentation in the HTML
    /// too, so that a text node spanning lines is the template's text as it stands.
    private mutating func appendText(_ line: ArraySlice<Unicode.Scalar>, from: Int, isLine: Bool = false) {
        blank(line[line.startIndex..<from])
        if isLine { html += blanked.suffix(from - line.startIndex) }
        var at = from
        while at < line.endIndex {
            if line[at] == "#", at + 1 < line.endIndex, line[at + 1] == "{" {
                let end = Self.balancedEnd(line, from: at + 1, open: "{", close: "}")
                let width = end - at
                let placeholder = Array(repeating: Unicode.Scalar(" "), count: max(width - 2, 0)) + (width >= 2 ? ["{", "}"] : [])
                html += placeholder
                blanked += placeholder
                at = end
                continue
            }
            html.append(line[at])
            blanked.append(line[at])
            at += 1
        }
    }
}
