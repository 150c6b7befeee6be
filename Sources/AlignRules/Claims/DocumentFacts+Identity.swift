import AlignModel

extension DocumentFacts {
    /// Which document the facts are about. The engine sets this too; a rule run on its own (in
    /// tests, in `align explain`) leaves complete facts all the same.
    mutating func identify(_ document: AnalyzedDocument) {
        file = document.path
        channel = document.channel
        audience = document.audience
    }
}
