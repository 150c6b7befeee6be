import AlignEngine
import AlignModel
import AlignReport

extension AlignSession {
    /// What reporters print for a run: its header, and `findings` when the report is not streamed.
    /// Built here, beside the engine: the engine produces findings and knows no output format.
    func report(_ result: RunResult, findings: [Finding] = []) -> Report {
        Report(toolVersion: AlignVersion.current, findings: findings, rules: rules.descriptions,
               documentsChecked: result.documents.count, documents: result.documents, root: configuration.root)
    }
}
