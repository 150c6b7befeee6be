import AlignServer
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct LSPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Serve findings to an editor: the Language Server Protocol on stdin and stdout.",
        discussion: """
            Editors start it themselves (docs/editors.md). It finds align.yml from the workspace \
            folder, checks each open document as it is typed (the rest of the repository through \
            .align/cache), and offers the fixes `--fix` would make as quick fixes.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Milliseconds of quiet after an edit before the document is checked again.", valueName: "ms"))
    var debounce = 150

    func run() async throws {
        let server = LanguageServer(debounce: .milliseconds(max(0, debounce))) { data in
            data.withUnsafeBytes { bytes in
                var written = 0
                while written < bytes.count {
                    let count = Glibc.write(1, bytes.baseAddress! + written, bytes.count - written)
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { return }
                    written += count
                }
            }
        }
        var framing = MessageFraming()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            // The client went away without `exit`: as the protocol says, that is exit code 1.
            guard count > 0 else { throw ExitCode(1) }
            framing.append(chunk[0..<count])
            do {
                while let body = try framing.next() {
                    if let status = await server.handle(body) { throw ExitCode(status) }
                }
            } catch let problem as MessageFraming.Problem {
                Terminal.error("align lsp: unreadable message header (\(problem)); stopping")
                throw ExitCode(1)
            }
        }
    }
}
