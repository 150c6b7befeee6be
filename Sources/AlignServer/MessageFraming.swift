import Foundation

/// JSON-RPC messages as the Language Server Protocol frames them on a byte stream: a
/// `Content-Length` header, a blank line, then exactly that many bytes of JSON.
public struct MessageFraming: Sendable {
    public enum Problem: Error, Equatable {
        /// The stream ended; at a message boundary this is a normal end.
        case endOfInput
        case badHeader(String)
    }

    /// Frames `body` for writing.
    public static func frame(_ body: Data) -> Data {
        var framed = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        framed.append(body)
        return framed
    }

    private var buffer: [UInt8] = []

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next whole message's body, or nil until more bytes arrive.
    public mutating func next() throws(Problem) -> Data? {
        guard let end = headerEnd() else { return nil }
        guard let header = String(bytes: buffer[..<end], encoding: .utf8) else { throw .badHeader("not UTF-8") }
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { throw .badHeader(String(line)) }
            if parts[0].lowercased() == "content-length" {
                guard let value = Int(parts[1].trimmingCharacters(in: .whitespaces)), value >= 0 else { throw .badHeader(String(line)) }
                length = value
            }
        }
        guard let length else { throw .badHeader("no Content-Length") }
        let start = end + 4
        guard buffer.count - start >= length else { return nil }
        let body = Data(buffer[start..<start + length])
        buffer.removeFirst(start + length)
        return body
    }

    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }
}
