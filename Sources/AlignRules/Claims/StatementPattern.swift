/// A promise's statement with its figures set apart, to tell the statement's siblings: a list
/// that gives one line per case ("Starting from the v0.24.x release of Tekton: Kubernetes
/// version 1.18 or later", … "Starting from the v0.61.x release …: 1.28 or later") has the
/// statement as one line, and every other line is written the same way around another case's
/// figure. Such a line is that case's, not a conflict; the statement's own wording with only the
/// promised figure changed still is one.
struct StatementPattern: Sendable {
    /// The statement's letters and digits, lower-cased (`PromiseIndex.Entry.quoteKey`), with each
    /// run of digits written as one `#`.
    let shape: [UInt8]
    /// The statement's runs of digits, in order.
    let figures: [[UInt8]]
    /// The runs of digits of the promise's values: the figures a line may change and stay the
    /// statement.
    let valueFigures: Set<[UInt8]>

    init(statement: String, values: [String]) {
        (shape, figures) = Self.split(statement)
        valueFigures = Set(values.flatMap { Self.split($0).figures })
    }

    /// Whether a sentence, `split` once for every promise asked, is written as the statement is,
    /// around another figure than the promise's value.
    func isSibling(_ sentence: (shape: [UInt8], figures: [[UInt8]])) -> Bool {
        guard figures.count > valueFigures.count else { return false }
        let (shape, figures) = sentence
        guard shape == self.shape else { return false }
        return zip(self.figures, figures).contains { stated, written in stated != written && !valueFigures.contains(stated) }
    }

    static func split(_ text: String) -> (shape: [UInt8], figures: [[UInt8]]) {
        var shape: [UInt8] = []
        var figures: [[UInt8]] = []
        var inFigure = false
        for byte in text.utf8.lazy.compactMap(PromiseIndex.Entry.keyByte) {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit {
                if inFigure { figures[figures.count - 1].append(byte) } else { figures.append([byte]); shape.append(0x23) }
            } else {
                shape.append(byte)
            }
            inFigure = isDigit
        }
        return (shape, figures)
    }
}
