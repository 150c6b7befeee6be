import Foundation

/// The results of one `align check --format sarif` run that count in a score: errors and
/// warnings (EVALUATION-FORMAT.md); notes are information, not alarms.
struct EvaluationRun: Sendable {
    struct Result: Sendable, CustomStringConvertible {
        var rule: String
        var file: String
        var line: Int
        var message: String

        var isPackRule: Bool { rule.contains("/") }
        var description: String { "\(file):\(line): \(rule): \(message)" }
    }

    var results: [Result]

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    init(results: [Result]) {
        self.results = results
    }

    init(sarif: Data, source: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: sarif) as? [String: Any],
              let runs = root["runs"] as? [[String: Any]] else {
            throw Malformed(description: "\(source): not a SARIF log")
        }
        results = runs.flatMap { run in
            (run["results"] as? [[String: Any]] ?? []).compactMap(Self.result)
        }
    }

    private static func result(_ map: [String: Any]) -> Result? {
        // SARIF's default level is "warning".
        let level = map["level"] as? String ?? "warning"
        guard level == "error" || level == "warning", let rule = map["ruleId"] as? String else { return nil }
        let location = (map["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        // A SARIF uri is percent-encoded ("a%20b.md"); labels name files as they are on disk.
        let uri = (location?["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
        let decoded = uri.removingPercentEncoding ?? uri
        let file = decoded.hasPrefix("./") ? String(decoded.dropFirst(2)) : decoded
        let line = (location?["region"] as? [String: Any])?["startLine"] as? Int ?? 0
        let message = (map["message"] as? [String: Any])?["text"] as? String ?? ""
        return Result(rule: rule, file: file, line: line, message: message)
    }
}
