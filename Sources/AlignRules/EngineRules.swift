import AlignModel

/// Rules the engine itself raises: about reading documents and about suppressions.
public enum EngineRules {
    public static let inputUnreadable = RuleDescription(
        id: "input-unreadable", pack: "core", kind: "engine",
        summary: "A document that could not be read.",
        why: "A page or email align cannot read is a page nobody has checked. Fix the file (its encoding, its structure) or ignore it in align.yml; every other document is still checked.",
        severity: .error,
        examples: RuleExamples(
            flags: ["Subject: Your invoice\nContent-Type: text/plain; charset=x-unknown\n\n↓Your invoice is attached."],
            passes: ["Subject: Your invoice\nContent-Type: text/plain; charset=utf-8\n\nYour invoice is attached."]))

    public static let inputTruncated = RuleDescription(
        id: "input-truncated", pack: "core", kind: "engine",
        summary: "A document cut short by a limit; what was read is still checked.",
        why: "A limit (nesting depth, number of MIME parts, sentence length) stopped the reader before the end. The rest of the document was not checked; raise the limit under `limits:` in align.yml if the document is legitimate.",
        severity: .warning,
        examples: RuleExamples(
            flags: ["Subject: ↓=?x-unknown?Q?Your_invoice?=\n\nYour invoice is attached."],
            passes: ["Subject: =?utf-8?Q?Your_invoice?=\n\nYour invoice is attached."]))

    public static let unusedSuppression = RuleDescription(
        id: "unused-suppression", pack: "core", kind: "engine",
        summary: "An align-disable comment or header that suppresses nothing.",
        why: "Stale suppressions hide the next real problem at that spot. Remove the comment once the text it excused has changed.",
        severity: .info,
        examples: RuleExamples(
            flags: ["↓X-Align-Disable: input-truncated\nSubject: Your invoice\n\nYour invoice is attached."],
            passes: ["X-Align-Disable: input-truncated\nSubject: =?x-unknown?Q?Your_invoice?=\n\nYour invoice is attached."]))

    public static let all = [inputUnreadable, inputTruncated, unusedSuppression]
}
