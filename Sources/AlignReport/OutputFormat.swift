/// The formats `align check --format` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit

    /// The reporter for this format. `color` matters to `text` only; the CLI sets it for a
    /// terminal without `NO_COLOR` or `--no-color`.
    public func reporter(color: Bool, quiet: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color, showsSummary: !quiet)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        }
    }
}
