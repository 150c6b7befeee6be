import AlignEngine
import ArgumentParser
import Foundation

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Run the rules across documents on the shards of a sharded check and write one report.",
        discussion: """
            Takes every shard file that `align check --shard I/N --save-shard F` wrote, one per \
            shard, and writes the report one unsharded `align check` would, byte for byte. Run it \
            in the same tree with the same align.yml. A missing, repeated, damaged or mismatched \
            shard is exit 2, never a partial report. Exit codes as for `align check`.

            Examples:
              align check --shard 3/8 --save-shard out/3.alignshard
              align merge out/*.alignshard --format sarif --output align.sarif
            """
    )

    @Argument(help: ArgumentHelp("The shard files, one for each of 1..N.", valueName: "shard"))
    var shards: [String]

    @OptionGroup var shared: SharedOptions

    @OptionGroup var report: ReportOptions

    func run() async throws {
        let session = try shared.loadSession(paths: [])
        let result: RunResult
        do {
            result = try session.engine.merge(shards: shards)
        } catch {
            throw UsageFailure(message: error.description)
        }
        if result.documents.isEmpty, !shared.quiet { Terminal.note(shared.emptyRunReason(session, paths: [])) }
        try report.write(result, session: session, shared: shared, accepted: try report.accepted())
    }
}
