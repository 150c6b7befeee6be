import Foundation

/// `--format json`: the report's values under stable field names (the Codable property names),
/// keys sorted, dates in ISO 8601, so scripts and diffs can rely on them.
public enum JSONAuditRenderer {
    public static func render(_ report: AuditReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads back what `render` wrote (the history database stores audits this way).
    public static func decodeAudit(_ text: String) throws -> Audit {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Audit.self, from: Data(text.utf8))
    }

    static func encodeAudit(_ audit: Audit) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(audit), as: UTF8.self)
    }
}
