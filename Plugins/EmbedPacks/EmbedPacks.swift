import Foundation
import PackagePlugin

/// Embeds the built-in rule packs (the top-level `rules/*.yml`) into the target as Swift string
/// literals, so that the binary carries them and never reads them from disk at run time.
///
/// The generator lists the folder itself, and the folder is an input, so adding a pack reruns it;
/// each pack is an input too, so editing one does. After removing a pack, replan the build
/// (`touch Package.swift`): SwiftPM keeps the planned inputs until the package changes.
@main
struct EmbedPacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rules.path(percentEncoded: false))) ?? []
        let packs = names.filter { $0.hasSuffix(".yml") }.sorted().map { rules.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPacks.swift")
        return [
            .buildCommand(
                displayName: "Embedding the rule packs of rules/",
                executable: try context.tool(named: "PackEmbedder").url,
                arguments: [output.path(percentEncoded: false), rules.path(percentEncoded: false)],
                inputFiles: [rules] + packs,
                outputFiles: [output]
            )
        ]
    }
}
