import AlignModel
import Foundation
import Testing
@testable import AlignTestSupport
@testable import AlignConfig

/// One broken settings file and the whole message it must produce.
struct BrokenFile: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable { case align, expect }

    var kind: Kind
    var name: String
    var yaml: String
    var message: String

    var testDescription: String { name }

    static func align(_ name: String, _ yaml: String, _ message: String) -> BrokenFile {
        BrokenFile(kind: .align, name: name, yaml: yaml, message: message)
    }

    static func expect(_ name: String, _ yaml: String, _ message: String) -> BrokenFile {
        BrokenFile(kind: .expect, name: name, yaml: yaml, message: message)
    }
}

/// Every way a user can get `align.yml` or `expect.yml` wrong that the loaders know of, each
/// with its exact `file:line:column: error: message`.
@Suite struct ConfigErrorTableTests {
    static let cases: [BrokenFile] = [
        // align.yml: keys and shapes
        .align("unknown key, near one", "chanels:\n  customer: [\"site/**\"]\n",
               "align.yml:1:1: error: unknown key 'chanels' in align.yml; did you mean 'channels'?"),
        .align("unknown key, far from all", "expect: expect.yml\ncolour: red\n",
               "align.yml:2:1: error: unknown key 'colour' in align.yml (expected one of: expect, channels, audience, emails, data, packs, rules, ignore, fail_on, scripts, limits, markdown, other_party)"),
        .align("settings are a list", "- expect.yml\n",
               "align.yml:1:1: error: align.yml must be a mapping of settings (expect, channels, ...), not a list"),
        .align("invalid YAML", "channels: [site\nfail_on: error\n",
               "align.yml:2:8: error: invalid YAML: did not find expected ',' or ']'"),
        .align("duplicate key", "fail_on: error\nignore: []\nfail_on: info\n",
               "align.yml:3:1: error: duplicate key 'fail_on' (first at line 1)"),
        .align("duplicate key in a nested mapping", "rules:\n  terminology: info\n  # switched off for the launch\n  terminology: off\n",
               "align.yml:4:3: error: duplicate key 'terminology' (first at line 2)"),
        .align("duplicate key in a flow mapping", "rules: { terminology: info, terminology: off }\n",
               "align.yml:1:10: error: duplicate key 'terminology': it is written again later in the same mapping"),
        // expect:
        .align("expect file missing", "expect: statements/missing.yml\n",
               "align.yml:1:9: error: expectation statement 'statements/missing.yml' not found (paths are relative to the folder of align.yml)"),
        .align("expect is a folder", "expect: docs\n",
               "align.yml:1:9: error: expectation statement 'docs' is a folder, not a file (paths are relative to the folder of align.yml)"),
        .align("expect is a list", "expect: [expect.yml]\n",
               "align.yml:1:9: error: 'expect' must be a value, not a list"),
        // channels and audience
        .align("unknown channel, near one", "channels:\n  customer: [\"site/**\"]\n  custmer: [\"emails/**\"]\n",
               "align.yml:3:3: error: unknown channel 'custmer'; did you mean 'customer'?"),
        .align("unknown channel, far from all", "channels:\n  partners: [\"partners/**\"]\n",
               "align.yml:2:3: error: unknown channel 'partners' (expected one of: customer, employee, management)"),
        .align("channels is a list", "channels: [customer]\n",
               "align.yml:1:11: error: 'channels' must be a mapping, not a list"),
        .align("channel globs are a mapping", "channels:\n  customer: { site: all }\n",
               "align.yml:2:13: error: 'customer' must be a list, not a mapping"),
        .align("unclosed set in glob", "channels:\n  employee: [\"playbooks/**\", \"scripts/[ab\"]\n",
               "align.yml:2:30: error: invalid glob 'scripts/[ab': unclosed '['"),
        .align("unclosed brace in ignore", "ignore: [\"{drafts,old\"]\n",
               "align.yml:1:10: error: invalid glob '{drafts,old': unclosed '{'"),
        .align("empty glob", "ignore: [\"\"]\n",
               "align.yml:1:10: error: invalid glob '': empty glob"),
        .align("unknown audience", "audience:\n  prospects: [\"site/landing/**\"]\n",
               "align.yml:2:3: error: unknown audience 'prospects'; did you mean 'prospect'?"),
        // packs
        .align("unknown pack, near a built-in one", "packs: [recommended, loyalti]\n",
               "align.yml:1:22: error: unknown pack 'loyalti'; did you mean 'loyalty'?"),
        .align("unknown pack, far from all", "packs:\n  - recommended\n  - corporate\n",
               "align.yml:3:5: error: unknown pack 'corporate' (built-in packs: loyalty, recommended; or the path of a .yml file)"),
        .align("pack file missing", "packs: [recommended, packs/missing.yml]\n",
               "align.yml:1:22: error: pack file 'packs/missing.yml' not found (paths are relative to the folder of align.yml)"),
        .align("packs is a mapping", "packs: { recommended: true }\n",
               "align.yml:1:8: error: 'packs' must be a list, not a mapping"),
        // rules
        .align("bad severity", "rules:\n  terminology: eror\n",
               "align.yml:2:16: error: unknown severity 'eror'; did you mean 'error'?"),
        .align("bad severity, far from all", "rules:\n  terminology: critical\n",
               "align.yml:2:16: error: unknown severity 'critical' (expected one of: error, warning, info, off)"),
        .align("bad severity inside a mapping", "rules:\n  promise-hedged: { severity: loud, channels: [customer] }\n",
               "align.yml:2:31: error: unknown severity 'loud' (expected one of: error, warning, info, off)"),
        .align("rule setting is a list", "rules:\n  terminology: [warning]\n",
               "align.yml:2:16: error: the setting of rule 'terminology' must be a severity (error, warning, info, off) or a mapping {severity, channels}, not a list"),
        .align("rule setting is empty", "rules:\n  terminology:\n  avoid-phrase: off\n",
               "align.yml:2:15: error: the setting of rule 'terminology' must be a severity (error, warning, info, off) or a mapping {severity, channels}, not nothing"),
        .align("unknown key in a rule setting", "rules:\n  promise-hedged: { level: info }\n",
               "align.yml:2:21: error: unknown key 'level' in the setting of rule 'promise-hedged' (expected one of: severity, channels)"),
        .align("unknown channel in a rule setting", "rules:\n  promise-hedged:\n    severity: info\n    channels: [customer, staff]\n",
               "align.yml:4:26: error: unknown channel 'staff' (expected one of: customer, employee, management)"),
        // fail_on, scripts, limits
        .align("bad fail_on", "fail_on: eror\n",
               "align.yml:1:10: error: unknown fail_on value 'eror'; did you mean 'error'?"),
        .align("fail_on is a list", "fail_on: [error]\n",
               "align.yml:1:10: error: 'fail_on' must be a value, not a list"),
        .align("unknown key in scripts", "scripts:\n  customer_speaker: [Member]\n",
               "align.yml:2:3: error: unknown key 'customer_speaker' in scripts; did you mean 'customer_speakers'?"),
        .align("empty speaker name", "scripts:\n  customer_speakers: [Member, \" \"]\n",
               "align.yml:2:31: error: a label of the other party's words must not be empty"),
        .align("empty other-party label", "other_party: [Question, \"\"]\n",
               "align.yml:1:25: error: a label of the other party's words must not be empty"),
        .align("unknown code_blocks value", "markdown:\n  code_blocks: prse\n",
               "align.yml:2:16: error: unknown code_blocks value 'prse'; did you mean 'prose'?"),
        .align("unknown key in markdown", "markdown:\n  code_block: skip\n",
               "align.yml:2:3: error: unknown key 'code_block' in markdown; did you mean 'code_blocks'?"),
        .align("zero limit", "limits:\n  max_file_bytes: 0\n",
               "align.yml:2:19: error: 'max_file_bytes' must be greater than zero"),
        .align("negative limit", "limits:\n  max_nesting_depth: -5\n",
               "align.yml:2:22: error: 'max_nesting_depth' must be greater than zero"),
        .align("limit is not a number", "limits:\n  max_mime_parts: many\n",
               "align.yml:2:19: error: 'max_mime_parts' must be a whole number, not 'many'"),
        .align("limit is a fraction", "limits:\n  max_sentence_bytes: 1.5\n",
               "align.yml:2:23: error: 'max_sentence_bytes' must be a whole number, not '1.5'"),
        .align("negative seconds", "limits:\n  max_seconds_per_document: -0.5\n",
               "align.yml:2:29: error: 'max_seconds_per_document' must be greater than zero"),
        .align("unknown limit", "limits:\n  max_file_size: 10\n",
               "align.yml:2:3: error: unknown key 'max_file_size' in limits (expected one of: max_file_bytes, max_nesting_depth, max_mime_parts, max_sentence_bytes, max_seconds_per_document)"),

        // expect.yml: keys and shapes
        .expect("unknown key", "organization: Acme\npromise:\n  - id: reply-time\n",
                "expect.yml:2:1: error: unknown key 'promise' in expect.yml; did you mean 'promises'?"),
        .align("an expect.yml key in align.yml", "expect: expect.yml\norganization: Acme\n",
               "align.yml:2:1: error: 'organization' belongs in expect.yml (the expectation statement), not in align.yml"),
        .expect("an align.yml key in expect.yml", "promises: []\nchannels:\n  customer: [\"site/**\"]\n",
               "expect.yml:2:1: error: 'channels' belongs in align.yml (the settings), not in expect.yml"),
        .expect("statement file is a list", "- reply within a day\n",
                "expect.yml:1:1: error: expect.yml must be a mapping (organization, statement, promises, ...), not a list"),
        .expect("promises is a mapping", "promises:\n  reply-time: within a day\n",
                "expect.yml:2:3: error: 'promises' must be a list, not a mapping"),
        .expect("a promise is a value", "promises:\n  - reply-time\n",
                "expect.yml:2:5: error: each promise must be a mapping of keys, not a value"),
        .expect("invalid YAML", "promises:\n  - id: reply-time\n   topic: reply\n",
                "expect.yml:3:4: error: invalid YAML: did not find expected '-' indicator"),
        // promises
        .expect("duplicate key inside a promise", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    id: answer-time\n",
                "expect.yml:4:5: error: duplicate key 'id' (first at line 2)"),
        .expect("promise without id", "promises:\n  - statement: We reply within a day.\n    topic: reply\n",
                "expect.yml:2:5: error: a promise needs an 'id'"),
        .expect("id not kebab-case", "promises:\n  - id: Reply_Time\n    statement: We reply within a day.\n    topic: reply\n",
                "expect.yml:2:9: error: promise id 'Reply_Time' must be kebab-case: lowercase letters, digits and '-'"),
        .expect("duplicate id", """
                promises:
                  - id: reply-time
                    statement: We reply within a day.
                    topic: reply
                  - id: reply-time
                    statement: We answer within a day.
                    topic: answer

                """,
                "expect.yml:5:9: error: duplicate promise id 'reply-time' (first at line 2)"),
        .expect("promise without statement", "promises:\n  - id: reply-time\n    topic: reply\n",
                "expect.yml:2:5: error: promise 'reply-time' needs a 'statement'"),
        .expect("promise without topic", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n",
                "expect.yml:2:5: error: promise 'reply-time' needs a 'topic': the words that signal it"),
        .expect("empty topic list", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    topic: []\n",
                "expect.yml:4:12: error: promise 'reply-time' needs a 'topic': the words that signal it"),
        .expect("empty topic entry", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    topic: [reply, \"\"]\n",
                "expect.yml:4:20: error: empty entry in 'topic' of promise 'reply-time'"),
        .expect("topic is a mapping", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    topic: { words: reply }\n",
                "expect.yml:4:12: error: 'topic' must be a list, not a mapping"),
        .expect("value that is no quantity", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    topic: reply\n    value: soon-ish\n",
                "expect.yml:5:12: error: cannot read value 'soon-ish' of promise 'reply-time': expected a number and a unit, such as '24 hours'"),
        .expect("bad strength", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    topic: reply\n    strength: strong\n",
                "expect.yml:5:15: error: unknown strength 'strong' (expected one of: firm, soft)"),
        .expect("unknown channel in required_in", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    topic: reply\n    required_in: [customers]\n",
                "expect.yml:5:19: error: unknown channel 'customers'; did you mean 'customer'?"),
        .expect("unknown key in a promise", "promises:\n  - id: reply-time\n    statement: We reply within a day.\n    topic: reply\n    required_by: [customer]\n",
                "expect.yml:5:5: error: unknown key 'required_by' in a promise; did you mean 'required_in'?"),
        // values:, scope:, not_about:
        .expect("a value per condition without when", "promises:\n  - id: first-response\n    statement: We answer fast.\n    topic: respond\n    values:\n      - value: 4 hours\n",
                "expect.yml:6:9: error: each entry of 'values' of promise 'first-response' needs 'when': the words that name its condition"),
        .expect("a value per condition that is no quantity", "promises:\n  - id: first-response\n    statement: We answer fast.\n    topic: respond\n    values:\n      - when: [P1]\n        value: soon-ish\n",
                "expect.yml:7:16: error: cannot read value 'soon-ish' of promise 'first-response': expected a number and a unit, such as '24 hours'"),
        .expect("unknown key in a scope", "promises:\n  - id: first-response\n    statement: We answer fast.\n    topic: respond\n    scope:\n      files: [\"site/**\"]\n",
                "expect.yml:6:7: error: unknown key 'files' in a promise's scope (expected one of: paths, context)"),
        .expect("a scope path that is no glob", "promises:\n  - id: first-response\n    statement: We answer fast.\n    topic: respond\n    scope:\n      paths: [\"site/[**\"]\n",
                "expect.yml:6:15: error: invalid glob 'site/[**' in the scope of promise 'first-response': unclosed '['"),
        .expect("an empty not_about entry", "promises:\n  - id: reply-time\n    statement: We reply fast.\n    topic: reply\n    not_about: [finance, \"\"]\n",
                "expect.yml:5:26: error: empty entry in 'not_about' of promise 'reply-time'"),
        // terminology
        .expect("terminology without use", "terminology:\n  - instead_of: [client]\n",
                "expect.yml:2:5: error: a terminology entry needs 'use': the preferred term"),
        .expect("terminology without instead_of", "terminology:\n  - use: customer\n",
                "expect.yml:2:5: error: terminology entry 'customer' needs 'instead_of': the terms it replaces"),
        .expect("terminology in an unknown channel", "terminology:\n  - use: customer\n    instead_of: client\n    in: [customer, support]\n",
                "expect.yml:4:20: error: unknown channel 'support' (expected one of: customer, employee, management)"),
        // avoid
        .expect("avoid with phrase and pattern", "avoid:\n  - phrase: points expire\n    pattern: points? expire\n",
                "expect.yml:3:5: error: an avoid entry takes 'phrase' or 'pattern', not both"),
        .expect("avoid with neither", "avoid:\n  - because: It punishes loyal customers.\n",
                "expect.yml:2:5: error: an avoid entry needs a 'phrase' or a 'pattern'"),
        .expect("bad pattern, plain", "avoid:\n  - pattern: points (expire|lapse\n",
                "expect.yml:2:34: error: invalid pattern 'points (expire|lapse': missing closing parenthesis"),
        .expect("bad pattern, quoted", "avoid:\n  - pattern: \"forfeit [your points\"\n",
                "expect.yml:2:35: error: invalid pattern 'forfeit [your points': missing terminating ] for character class"),
        .expect("bad pattern, error inside it", "avoid:\n  - pattern: 'reward(s|points)) lost'\n",
                "expect.yml:2:31: error: invalid pattern 'reward(s|points)) lost': unmatched closing parenthesis"),
        .expect("bad pattern, folded over lines", "avoid:\n  - pattern: >-\n      points\n      (expire\n",
                "expect.yml:2:14: error: invalid pattern 'points (expire': missing closing parenthesis"),
        .expect("bad pattern, Windows line ends", "avoid:\r\n  - phrase: lose your points\r\n  - pattern: points (expire\r\n",
                "expect.yml:3:28: error: invalid pattern 'points (expire': missing closing parenthesis"),
        .expect("bad pattern after wide characters", "avoid:\n  - { because: \"👋 ünïcode\", pattern: \"x{2,1}\" }\n",
                "expect.yml:2:44: error: invalid pattern 'x{2,1}': numbers out of order in {} quantifier"),
        .expect("unknown key in avoid", "avoid:\n  - phrase: points expire\n    becuase: It punishes loyal customers.\n",
                "expect.yml:3:5: error: unknown key 'becuase' in an avoid entry; did you mean 'because'?"),
    ]

    @Test func theTableIsLargeEnough() {
        #expect(Self.cases.filter { $0.kind == .align }.count >= 30)
        #expect(Self.cases.filter { $0.kind == .expect }.count >= 25)
    }

    @Test(arguments: cases)
    func reportsTheExactPlace(_ broken: BrokenFile) throws {
        let folder = try TemporaryFolder(files: [
            "expect.yml": "organization: Acme\n",
            "docs/page.md": "# A page\n",
            "packs/house.yml": "[]\n",
        ])
        let name = broken.kind == .align ? "align.yml" : "expect.yml"
        try Data(broken.yaml.utf8).write(to: URL(fileURLWithPath: folder.path + "/" + name))
        let error = #expect(throws: ConfigError.self) {
            switch broken.kind {
            case .align:
                _ = try ConfigLoader.load(path: folder.path + "/align.yml", builtinPacks: ["recommended", "loyalty"])
            case .expect:
                _ = try ExpectationLoader.load(path: folder.path + "/expect.yml", displayPath: "expect.yml", validateValue: readsAsQuantity)
            }
        }
        // align.yml is named by its absolute path here (a temporary folder, outside the working directory).
        let message = error?.description.replacingOccurrences(of: folder.path + "/", with: "")
        #expect(message == broken.message)
    }

    @Test func aMissingExpectationStatementIsNamed() throws {
        let folder = try TemporaryFolder(files: ["align.yml": "fail_on: error\n"])
        let error = #expect(throws: ConfigError.self) {
            _ = try ConfigLoader.load(path: folder.path + "/align.yml", builtinPacks: [])
        }
        #expect(error?.description == folder.path + "/align.yml:1:1: error: no 'expect:' given and no expect.yml beside align.yml")
    }

    @Test func aMissingSettingsFileIsNamed() throws {
        let folder = try TemporaryFolder(files: [:])
        let error = #expect(throws: ConfigError.self) {
            _ = try ConfigLoader.load(path: folder.path + "/align.yml", builtinPacks: [])
        }
        #expect(error?.description == folder.path + "/align.yml:1:1: error: no such file")
    }
}
