/// Who speaks in a document: the three groups that must carry one message.
public enum Channel: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    case customer
    case employee
    case management

    public static func < (a: Channel, b: Channel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Which customers a customer-facing document targets.
public enum Audience: String, CaseIterable, Hashable, Sendable, Codable {
    case prospect
    case existing
}
