import Foundation
import Yams

/// The labels of one evaluation set (`truth.yml`, Tests/Evaluation/EVALUATION-FORMAT.md): every
/// real inconsistency a careful editor would fix, and the look-alikes that must stay quiet.
struct EvaluationTruth: Sendable {
    struct Place: Hashable, Sendable {
        var file: String
        var line: Int
    }

    struct Finding: Sendable {
        var id: String
        var places: [Place]
        var rules: [String]
        var why: String
    }

    struct Trap: Sendable {
        var place: Place
        var hard: Bool
    }

    var findings: [Finding]
    var traps: [Trap]

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    init(findings: [Finding], traps: [Trap]) {
        self.findings = findings
        self.traps = traps
    }

    /// Reads `truth.yml`; `source` names it in errors.
    init(yaml: String, source: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else {
            throw Malformed(description: "\(source): not a mapping")
        }
        let findingMaps = root["findings"] as? [[String: Any]] ?? []
        let trapMaps = root["traps"] as? [[String: Any]] ?? []
        findings = try findingMaps.enumerated().map { index, map in
            let name = "\(source): finding \(index + 1)"
            guard let id = map["id"] as? String else { throw Malformed(description: "\(name) has no id") }
            guard let rules = map["rules"] as? [String], !rules.isEmpty else {
                throw Malformed(description: "\(name) (\(id)) has no rules")
            }
            return Finding(id: id, places: try Self.places(map, name), rules: rules, why: map["why"] as? String ?? "")
        }
        traps = try trapMaps.enumerated().map { index, map in
            let places = try Self.places(map, "\(source): trap \(index + 1)")
            return Trap(place: places[0], hard: map["hard"] as? Bool ?? false)
        }
    }

    /// `file` and `line` are a value each, or parallel lists when a finding has several places.
    private static func places(_ map: [String: Any], _ name: String) throws -> [Place] {
        let files = (map["file"] as? [String]) ?? (map["file"] as? String).map { [$0] } ?? []
        let lines = (map["line"] as? [Int]) ?? (map["line"] as? Int).map { [$0] } ?? []
        guard !files.isEmpty, files.count == lines.count else {
            throw Malformed(description: "\(name): `file` and `line` must both be given, as values or as lists of one length")
        }
        return zip(files, lines).map { Place(file: $0, line: $1) }
    }
}
