import Foundation
import AlignReaders
import AlignModel
import AlignText

/// What every fuzz target does with libFuzzer's buffer.
public enum FuzzInput {
    /// The input as bytes (libFuzzer may pass a null pointer with size 0).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The input as text, invalid UTF-8 repaired, the way a caller holding a `String` sees it.
    public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
        String(decoding: bytes(data, size), as: UTF8.self)
    }

    /// Reads `bytes` as a file named `path`, then walks what came out the way the engine does:
    /// every block's positions and its sentences. A reader bug that produces an anchor or a
    /// range outside the text shows up here, not only in the reader.
    public static func readAndWalk(_ bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) {
        let stemmer = Stemmer()
        for document in DocumentReaders.read(bytes: bytes, path: path, options: options) ?? [] {
            for block in document.blocks {
                let count = block.text.utf8.count
                _ = block.position(atUTF8Offset: 0)
                _ = block.position(atUTF8Offset: count)
                _ = block.span(ofUTF8: 0..<count)
            }
            for sentence in SentenceSplitter.sentences(of: document, stemmer: stemmer) {
                guard document.blocks.indices.contains(sentence.block) else {
                    preconditionFailure("sentence names block \(sentence.block) of \(document.blocks.count)")
                }
                _ = document.blocks[sentence.block].span(ofUTF8: sentence.range)
            }
        }
    }
}

/// A per-process scratch file for loaders that only read from a path.
public struct ScratchFile: Sendable {
    public let path: String

    public init(name: String) {
        let folder = NSTemporaryDirectory() + "align-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/" + name
    }

    public func write(_ bytes: [UInt8]) -> Bool {
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }
}
