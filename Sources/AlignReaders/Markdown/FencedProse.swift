import AlignModel

/// Whether a fenced code block holds prose (a canned reply) rather than code, under
/// `markdown.code_blocks`. In `auto`, a fence is prose when its language is none of code's and
/// its lines read as sentences: words, mostly letters, and at least one ending a sentence.
enum FencedProse {
    /// Info strings of fences that may hold prose; any other language is code.
    static let proseLanguages: Set<String> = ["", "text", "txt", "plain", "plaintext", "markdown", "md", "email", "mail"]

    static func isProse(info: String, lines: [ArraySlice<Unicode.Scalar>], reading: CodeBlockReading) -> Bool {
        switch reading {
        case .skip: return false
        case .prose: return true
        case .auto: break
        }
        let language = info.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        guard proseLanguages.contains(language) else { return false }
        var filled = 0
        var sentences = 0
        var endsSentence = false
        for line in lines {
            let trimmed = TextScalars.trimmed(line)
            guard !trimmed.isEmpty else { continue }
            filled += 1
            if isSentence(trimmed) { sentences += 1 }
            if let last = trimmed.last, last == "." || last == "!" || last == "?" { endsSentence = true }
        }
        return endsSentence && sentences * 2 >= filled && sentences > 0
    }

    /// Three words or more, at least 60% letters among what is not space, and none of the marks
    /// that say code: an assignment, a statement's end, an object's key, a tag, a shell prompt, a
    /// namespace (`::`).
    static func isSentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.first else { return false }
        if first == "<" || first == "$" || first == "{" || first == "}" || first == "[" || first == "]" { return false }
        if line.starts(with: "//".unicodeScalars) || line.starts(with: "#!".unicodeScalars) { return false }
        if let last = line.last, last == ";" || last == "{" || last == "," && line.contains("\"") { return false }
        var letters = 0
        var visible = 0
        var words = 0
        var inWord = false
        var previous: Unicode.Scalar = " "
        for scalar in line {
            if scalar == "=" && (previous == " " || previous == "=" || previous == "!") { return false }
            if scalar == ":" && previous == "\"" { return false }
            // "Webpacker::Manifest::MissingEntryError": a name in a namespace, as errors print it.
            if scalar == ":" && previous == ":" { return false }
            if TextScalars.isSpace(scalar) {
                inWord = false
            } else {
                visible += 1
                if scalar.properties.isAlphabetic {
                    letters += 1
                    if !inWord { words += 1 }
                    inWord = true
                }
            }
            previous = scalar
        }
        return words >= 3 && letters * 10 >= visible * 6
    }
}
