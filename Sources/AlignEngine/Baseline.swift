import AlignModel
import Foundation

/// Fingerprints of accepted findings. `align baseline` writes one; `align check --baseline F`
/// reports only findings whose fingerprint is not in it.
public struct Baseline: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        public var rule: String
        public var file: String
        public var fingerprint: String
    }

    public var version: Int
    public var findings: [Entry]

    public init(findings: [Finding]) {
        version = 1
        self.findings = findings.map { Entry(rule: $0.rule, file: $0.file, fingerprint: $0.fingerprint) }
    }

    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String)
        case malformed(String, String)

        public var description: String {
            switch self {
            case .unreadable(let path): "\(path): error: cannot read the baseline file"
            case .malformed(let path, let why): "\(path):1:1: error: not an align baseline: \(why)"
            }
        }
    }

    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError.unreadable(path) }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw LoadError.malformed(path, "\(error)")
        }
    }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The fingerprints this baseline accepts.
    public var fingerprints: Set<String> {
        Set(findings.map(\.fingerprint))
    }
}
