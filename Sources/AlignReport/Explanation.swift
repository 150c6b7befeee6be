import AlignModel
import Foundation

/// `align explain`: one rule, what it checks, why it matters, and its examples, as plain text.
public enum Explanation {
    public static func render(_ rule: RuleDescription) -> String {
        var out = "\(rule.id)  (\(rule.pack) pack, \(rule.kind), default \(rule.severity.rawValue)"
        out += rule.channels.isEmpty ? ", every channel)\n\n" : ", channels: \(rule.channels.map(\.rawValue).joined(separator: ", ")))\n\n"
        out += rule.summary + "\n\nWhy it matters:\n" + wrap(rule.why, indent: "  ") + "\n"
        if !rule.examples.flags.isEmpty {
            out += "\nFlags (↓ marks where the finding points):\n"
            for example in rule.examples.flags { out += wrap(example, indent: "  ✗ ", hanging: "    ") + "\n" }
        }
        if !rule.examples.passes.isEmpty {
            out += "\nLeaves alone:\n"
            for example in rule.examples.passes { out += wrap(example, indent: "  ✓ ", hanging: "    ") + "\n" }
        }
        out += "\nSwitch it off or change its severity in align.yml:\n  rules:\n    \(rule.id): off"
        return out
    }

    static func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int = 96) -> String {
        var lines: [String] = []
        var current = indent
        for paragraphLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for word in paragraphLine.split(separator: " ") {
                if current.count + word.count + 1 > width, current.trimmingCharacters(in: .whitespaces).count > 0 {
                    lines.append(current)
                    current = hanging ?? indent
                }
                current += (current.hasSuffix(" ") || current.isEmpty ? "" : " ") + word
            }
            lines.append(current)
            current = hanging ?? indent
        }
        return lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n")
    }
}
