import AlignModel

/// What `align init` makes of a content tree: each top-level folder placed in a channel by its
/// name, else by a sub-folder's name, else by what its documents say of themselves (front
/// matter, meta tags) and what they are (emails, call scripts); the audiences and email folders
/// by name. Pure, so that it is tested without a disk; `StarterScan` samples the tree.
public struct StarterGuess: Equatable, Sendable {
    /// One top-level folder as sampled.
    public struct Folder: Equatable, Sendable {
        public var name: String
        public var subfolders: [String]
        /// Channels its documents declare (`channel:` front matter, `align:channel` meta), one per document.
        public var declared: [Channel]
        /// How many of its documents are emails (.eml, .mbox, HTML shaped as an email template).
        public var emails: Int
        /// How many are call or chat scripts (.txt).
        public var scripts: Int
        /// Folders, relative to this one ("" for itself), whose HTML files are email templates.
        public var emailTemplates: [String]

        public init(name: String, subfolders: [String] = [], declared: [Channel] = [], emails: Int = 0, scripts: Int = 0,
                    emailTemplates: [String] = []) {
            self.name = name
            self.subfolders = subfolders
            self.declared = declared
            self.emails = emails
            self.scripts = scripts
            self.emailTemplates = emailTemplates
        }
    }

    /// A glob placed in a channel, and why.
    public struct Placed: Equatable, Sendable {
        public var glob: String
        public var channel: Channel
        public var because: String
    }

    public var placed: [Placed] = []
    public var prospect: [String] = []
    public var existing: [String] = []
    public var emails: [String] = []
    /// Top-level folders nothing placed: their documents are read as customer.
    public var unplaced: [String] = []

    public func globs(_ channel: Channel) -> [String] { placed.filter { $0.channel == channel }.map(\.glob) }

    static let channelWords: [Channel: Set<String>] = [
        .customer: ["site", "sites", "web", "www", "website", "pages", "public", "blog", "blogs", "content", "docs", "doc",
                    "documentation", "help", "helpcenter", "help-center", "faq", "faqs", "emails", "email", "mail",
                    "newsletters", "newsletter", "notifications", "templates", "landing", "pricing", "marketing",
                    "news", "press", "legal", "guides"],
        .employee: ["scripts", "script", "playbooks", "playbook", "support", "sales", "training", "macros", "onboarding",
                    "handbook", "kb", "operations", "ops", "people", "hr", "internal", "runbooks", "processes", "wiki",
                    "team", "teams", "engineering"],
        .management: ["plans", "plan", "strategy", "management", "memos", "budget", "budgets", "board", "okrs", "okr",
                      "decks", "finance", "leadership", "roadmap", "roadmaps", "exec", "executive"],
    ]
    static let prospectWords: Set<String> = ["landing", "pricing", "sales"]
    static let existingWords: Set<String> = ["account", "accounts", "members", "member"]
    static let emailWords: Set<String> = ["emails", "email", "mail", "newsletters", "newsletter", "notifications"]

    static func channel(named name: String) -> Channel? {
        let word = name.lowercased()
        return [Channel.customer, .employee, .management].first { channelWords[$0]?.contains(word) == true }
    }

    public init(folders: [Folder]) {
        for folder in folders {
            place(folder)
            let top = folder.name.lowercased()
            if Self.prospectWords.contains(top) { prospect.append("\(folder.name)/**") }
            if Self.existingWords.contains(top) { existing.append("\(folder.name)/**") }
            for sub in folder.subfolders {
                let word = sub.lowercased()
                if Self.prospectWords.contains(word) { prospect.append("\(folder.name)/\(sub)/**") }
                if Self.existingWords.contains(word) { existing.append("\(folder.name)/\(sub)/**") }
            }
            if Self.emailWords.contains(top) || folder.emailTemplates.contains("") {
                emails.append("\(folder.name)/**")
            } else {
                emails += folder.emailTemplates.map { "\(folder.name)/\($0)/**" }
            }
        }
    }

    private mutating func place(_ folder: Folder) {
        if let channel = Self.channel(named: folder.name) {
            placed.append(Placed(glob: "\(folder.name)/**", channel: channel, because: "folder name"))
            return
        }
        // What the documents say of themselves, by majority.
        var votes: [Channel: Int] = [:]
        for channel in folder.declared { votes[channel, default: 0] += 1 }
        votes[.customer, default: 0] += folder.emails
        votes[.employee, default: 0] += folder.scripts
        if let (channel, count) = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }), count > 0 {
            let because = folder.declared.contains(channel) ? "front matter" : channel == .customer ? "emails" : "scripts"
            placed.append(Placed(glob: "\(folder.name)/**", channel: channel, because: because))
            return
        }
        // A folder of folders: each sub-folder by its name.
        var any = false
        for sub in folder.subfolders {
            guard let channel = Self.channel(named: sub) else { continue }
            placed.append(Placed(glob: "\(folder.name)/\(sub)/**", channel: channel, because: "folder name"))
            any = true
        }
        if !any { unplaced.append(folder.name) }
    }
}
