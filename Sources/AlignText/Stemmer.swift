import CStemmer

/// English Snowball stemming. A libstemmer handle keeps state between calls, so a `Stemmer` is
/// used by one task at a time: each worker makes its own (they are cheap) and keeps a cache.
public final class Stemmer {
    private let handle: OpaquePointer?
    private var cache: [String: String] = [:]

    public init() {
        handle = sb_stemmer_new("english", "UTF_8")
    }

    deinit {
        if let handle { sb_stemmer_delete(handle) }
    }

    /// The stem of a lower-cased word.
    public func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        guard let handle else { return word }
        var bytes = Array(word.utf8)
        let stemmed: String = bytes.withUnsafeMutableBufferPointer { buffer in
            guard let result = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
        if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = stemmed
        return stemmed
    }
}
