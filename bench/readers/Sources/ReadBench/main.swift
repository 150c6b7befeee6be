// Reads every file of a list with `DocumentReaders`, as a check reads them, and nothing else.
//   ReadBench time LIST          a checksum of the blocks (for callgrind: bench/readers.sh)
//   ReadBench dump LIST [ROOT]   every block (code spans and link targets too) with its kind,
//                                context and each scalar's position,
//                                paths shown without ROOT: two builds must print the same
import AlignModel
import AlignReaders
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func contents(of path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let size = max(ftell(file), 0)
    fseek(file, 0, SEEK_SET)
    return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in count = fread(buffer.baseAddress, 1, size, file) }
}

/// One block as text: what a reader decided, and where every scalar of it is.
func describe(_ block: Block) -> String {
    let context = block.context
    var text = "-- \(block.kind) boilerplate=\(block.isBoilerplate) exact=\(block.hasExactPositions) speaker=\(block.speaker ?? "-")"
    text += " context=\(context.headings)|\(context.label ?? "-")|\(context.listParent ?? "-")|\(context.rowHeader ?? "-")|\(context.columnHeader ?? "-")\n"
    text += block.text + "\n"
    var offset = 0
    for scalar in block.text.unicodeScalars {
        let position = block.position(atUTF8Offset: offset)
        text += "\(position.line):\(position.column) "
        offset += UTF8.width(scalar)
    }
    let end = block.position(atUTF8Offset: offset)
    return text + "end \(end.line):\(end.column)\n"
}

func run() {
    let arguments = CommandLine.arguments
    guard arguments.count >= 3, ["time", "dump"].contains(arguments[1]) else {
        print("usage: ReadBench time|dump LIST [ROOT]")
        exit(2)
    }
    let dumps = arguments[1] == "dump"
    let root = arguments.count > 3 ? arguments[3] : ""
    let paths = String(decoding: contents(of: arguments[2]), as: UTF8.self).split(separator: "\n").map(String.init)
    let files = paths.map { ($0, contents(of: $0)) }
    var checksum = 0
    var output: [UInt8] = []
    func flush() {
        output.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
        output.removeAll(keepingCapacity: true)
    }
    for (path, bytes) in files {
        let shown = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
        for document in DocumentReaders.read(bytes: bytes, path: shown) ?? [] {
            checksum &+= document.blocks.count
            guard dumps else {
                for block in document.blocks { checksum &+= block.text.utf8.count &+ block.anchors.count }
                continue
            }
            let declared = document.declared.sorted { $0.key < $1.key }
            output += Array("== \(shown) \(document.kind) message=\(document.messageIndex.map(String.init) ?? "-") declared=\(declared) suppressions=\(document.suppressions) problems=\(document.problems)\n".utf8)
            for block in document.blocks { output += Array(describe(block).utf8) }
            // Code spans and link targets are built by the same walkers as the blocks.
            for block in document.codeSpans + document.linkTargets { output += Array(describe(block).utf8) }
            if output.count > 1 << 20 { flush() }
        }
    }
    flush()
    if !dumps { print("checksum \(checksum)") }
}

run()
