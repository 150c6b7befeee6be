import Foundation
import Yams

/// Tests/Evaluation/floors.yml: per set, the recall and precision the current engine must not
/// fall below. A floor can only be raised.
struct EvaluationFloors: Sendable {
    struct Floor: Sendable {
        var recall: Double?
        var precision: Double?
        /// The most false alarms: the one figure a set with no findings, or no results, holds.
        var falseAlarms: Int?
    }

    var sets: [String: Floor]

    static let url = EvaluationSet.root.appendingPathComponent("floors.yml")

    init(yaml: String) throws {
        let root = try Yams.load(yaml: yaml) as? [String: Any] ?? [:]
        let sets = root["sets"] as? [String: Any] ?? [:]
        self.sets = sets.mapValues { value in
            let map = value as? [String: Any] ?? [:]
            return Floor(recall: Self.number(map["recall"]), precision: Self.number(map["precision"]),
                         falseAlarms: map["false_alarms"] as? Int)
        }
    }

    static func load() throws -> EvaluationFloors {
        try EvaluationFloors(yaml: String(contentsOf: url, encoding: .utf8))
    }

    /// YAML reads `0` as an integer and `0.5` as a double.
    private static func number(_ value: Any?) -> Double? {
        (value as? Double) ?? (value as? Int).map(Double.init)
    }

    /// Each figure of `score` below its floor, in words; empty when it holds. A figure that does
    /// not exist (no findings: no recall) holds no floor.
    func shortfalls(_ name: String, _ score: EvaluationScore) -> [String] {
        guard let floor = sets[name] else { return [] }
        var shortfalls: [String] = []
        if let minimum = floor.recall, (score.recall ?? 0) < minimum - 1e-9 {
            shortfalls.append("\(name): recall \(EvaluationTable.figure(score.recall)) is below its floor \(EvaluationTable.figure(minimum))")
        }
        if let minimum = floor.precision, (score.precision ?? 0) < minimum - 1e-9 {
            shortfalls.append("\(name): precision \(EvaluationTable.figure(score.precision)) is below its floor \(EvaluationTable.figure(minimum))")
        }
        if let most = floor.falseAlarms, score.falseAlarms.count > most {
            shortfalls.append("\(name): \(score.falseAlarms.count) false alarms, more than its ceiling \(most)")
        }
        return shortfalls
    }
}
