import AlignModel

/// The starter `align.yml` and `expect.yml` that `align init` writes from a `StarterGuess`, and
/// what it says it guessed. Nothing in the starter expect.yml is checked until the user writes
/// it: each section is a worked example, commented out, so a check right after `init` raises no
/// claim or promise finding the user did not write.
public enum StarterFiles {
    public static func config(_ guess: StarterGuess, expect: String = "expect.yml") -> String {
        func list(_ globs: [String]) -> String {
            globs.isEmpty ? "[]" : "[" + globs.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
        var text = """
            # align.yml: which documents speak to whom, and which rules run.
            # Paths are globs relative to this file; the first matching channel wins.
            # A document that matches no channel is read as `customer`.
            expect: \(expect)
            channels:

            """
        text += commented([
            ("  customer: \(list(guess.globs(.customer)))", "the company, to customers and prospects"),
            ("  employee: \(list(guess.globs(.employee)))", "scripts, playbooks, macros, the handbook"),
            ("  management: \(list(guess.globs(.management)))", "plans, strategy, budgets"),
        ])
        if guess.prospect.isEmpty && guess.existing.isEmpty {
            text += """
                # audience:                      # which customer documents court new customers, which serve the ones you have
                #   prospect: ["site/pricing/**"]
                #   existing: ["site/account/**"]

                """
        } else {
            text += "audience:\n"
            var lines: [(String, String)] = []
            if !guess.prospect.isEmpty { lines.append(("  prospect: \(list(guess.prospect))", "documents that court new customers")) }
            if !guess.existing.isEmpty { lines.append(("  existing: \(list(guess.existing))", "documents for the customers you have")) }
            text += commented(lines)
        }
        text += guess.emails.isEmpty
            ? "# emails: [\"emails/**\"]             # customer emails whatever their format (HTML templates too)\n"
            : "emails: \(list(guess.emails))   # customer emails whatever their format (HTML templates too)\n"
        text += """
            packs: [recommended, loyalty]    # built-in rule packs; paths to your own .yml packs work too
            # rules:                         # per-rule severity (error | warning | info | off)
            #   terminology: warning
            #   promise-hedged: { severity: warning, channels: [customer] }
            # ignore: ["**/drafts/**"]       # documents never read
            fail_on: error                   # exit 1 on findings at or above this (error | warning | info | never)

            """
        return text
    }

    /// Lines with their comments lined up after the longest.
    static func commented(_ lines: [(text: String, comment: String)]) -> String {
        let width = max(32, (lines.map(\.text.count).max() ?? 0) + 2)
        return lines.map { $0.text + String(repeating: " ", count: max(1, width - $0.text.count)) + "# " + $0.comment + "\n" }.joined()
    }

    public static let expectation = """
        # expect.yml: what every customer can expect from you, in one place.
        # Nothing below is checked until you write it. Each section holds a worked example,
        # commented out: uncomment it (remove the leading "# "), make it yours, run `align check`.
        organization: Your Company
        statement: >
          A short paragraph, in plain words, of what every customer can expect from us.
        promises:
          # - id: reply-time                                 # a name for it, in kebab-case
          #   statement: We reply to every customer message within 24 hours.
          #   topic: [reply, respond, answer, get back to]   # the words that signal it, matched after stemming
          #   value: 24 hours                                # a claim of another value is flagged
          #   strength: firm                                 # firm: hedged wording ("usually") is flagged
          #   required_in: [customer, employee]              # each of these channels must state it somewhere
        terminology:
          # - use: customer
          #   instead_of: [client]                           # whole words, with their plural and possessive
          #   except: [desktop client, client-side, attorney-client privilege]   # where the term is right
        avoid:
          # - phrase: points expire
          #   because: Penalising inactivity punishes the most loyal customers.
          #   in: [customer]

        """

    /// What `init` says it guessed, a line each, and the folders it could not place.
    public static func summary(_ guess: StarterGuess) -> [String] {
        var lines: [String] = []
        for channel in [Channel.customer, .employee, .management] {
            let placed = guess.placed.filter { $0.channel == channel }
            guard !placed.isEmpty else { continue }
            lines.append("  \(channel.rawValue): " + placed.map { "\($0.glob) (\($0.because))" }.joined(separator: ", "))
        }
        if !guess.prospect.isEmpty { lines.append("  prospect audience: " + guess.prospect.joined(separator: ", ")) }
        if !guess.existing.isEmpty { lines.append("  existing audience: " + guess.existing.joined(separator: ", ")) }
        if !guess.emails.isEmpty { lines.append("  emails: " + guess.emails.joined(separator: ", ")) }
        lines.insert(lines.isEmpty ? "guessed nothing from the folder names here" : "guessed:", at: 0)
        if !guess.unplaced.isEmpty {
            lines.append("could not place: " + guess.unplaced.map { $0 + "/" }.joined(separator: ", ")
                         + "; their documents are read as customer until you add them to channels: in align.yml")
        }
        return lines
    }
}
