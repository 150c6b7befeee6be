import AlignModel

/// The starter `align.yml` and `expect.yml` that `align init` writes, guessed from folder names.
public enum StarterFiles {
    public struct Guess: Equatable, Sendable {
        public var channels: [Channel: [String]] = [:]
        public var prospect: [String] = []
        public var existing: [String] = []
    }

    static let customerWords: Set<String> = ["site", "web", "www", "website", "pages", "public", "blog", "content", "emails", "email", "mail", "newsletters", "newsletter", "faq", "help", "docs", "landing"]
    static let employeeWords: Set<String> = ["scripts", "script", "playbooks", "playbook", "support", "sales", "training", "macros", "onboarding", "handbook", "kb"]
    static let managementWords: Set<String> = ["plans", "plan", "strategy", "management", "memos", "budget", "budgets", "board", "okrs", "decks"]

    public static func guess(folders: [String]) -> Guess {
        var guess = Guess()
        for folder in folders {
            let word = folder.lowercased()
            let glob = "\(folder)/**"
            if customerWords.contains(word) {
                guess.channels[.customer, default: []].append(glob)
                if word == "landing" { guess.prospect.append(glob) }
                if ["emails", "email", "mail", "newsletters", "newsletter"].contains(word) { guess.existing.append(glob) }
            } else if employeeWords.contains(word) {
                guess.channels[.employee, default: []].append(glob)
                if word == "sales" { guess.prospect.append(glob) }
            } else if managementWords.contains(word) {
                guess.channels[.management, default: []].append(glob)
            }
        }
        return guess
    }

    public static func config(_ guess: Guess) -> String {
        func list(_ globs: [String]) -> String {
            globs.isEmpty ? "[]" : "[" + globs.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
        return """
            # align.yml: which documents speak to whom, and which rules run.
            # Paths are globs relative to this file; the first matching channel wins.
            # A document that matches no channel is read as `customer`.
            expect: expect.yml
            channels:
              customer: \(list(guess.channels[.customer] ?? []))      # the company, to customers and prospects
              employee: \(list(guess.channels[.employee] ?? []))      # scripts, playbooks, training
              management: \(list(guess.channels[.management] ?? []))  # plans, staffing, budgets
            audience:
              prospect: \(list(guess.prospect))   # documents that court new customers
              existing: \(list(guess.existing))   # documents for the customers you have
            packs: [recommended, loyalty]    # built-in rule packs; paths to your own .yml packs work too
            # rules:                         # per-rule severity (error | warning | info | off)
            #   terminology: warning
            #   promise-hedged: { severity: info, channels: [customer] }
            ignore: ["**/drafts/**"]
            fail_on: error                   # exit 1 on findings at or above this (error | warning | info | never)

            """
    }

    public static let expectation = """
        # expect.yml: what every customer can expect from you, in one place.
        organization: Your Company
        statement: >
          A short paragraph, in plain words, of what every customer can expect from us.
        promises:
          - id: reply-time
            statement: We reply to every customer message within 24 hours.
            topic: [reply, respond, answer, get back to]   # matched after stemming
            value: 24 hours                                # a claim with another value is flagged
            strength: firm                                 # hedged wording ("usually") is flagged
            required_in: [customer, employee, management]  # each channel must state it somewhere
        terminology:
          - use: customer
            instead_of: [client, consumer]
        avoid:
          - phrase: points expire
            because: Penalising inactivity punishes the most loyal customers.
            in: [customer]

        """
}
