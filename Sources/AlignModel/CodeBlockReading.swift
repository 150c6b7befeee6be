/// Which fenced code blocks of a Markdown document are prose (`markdown.code_blocks` in align.yml).
/// Teams keep canned replies in fences; most fences hold code.
public enum CodeBlockReading: String, CaseIterable, Hashable, Sendable {
    /// A fence with no language, or `text`, `plain`, `markdown`, `email`, whose lines are sentences.
    case auto
    /// Every fence.
    case prose
    /// No fence.
    case skip
}
