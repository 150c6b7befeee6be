import AlignServer
import ArgumentParser
import Foundation

struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve writing assistants: the Model Context Protocol on stdin and stdout.",
        discussion: """
            Tools: check_text (a draft, as if saved at a path), check_files, explain_rule, \
            list_promises. It reads only: no document and no cache is ever written. Set-up: \
            docs/assistants.md.
            """
    )

    func run() async throws {
        try await AssistantServer.run(directory: FileManager.default.currentDirectoryPath)
    }
}
