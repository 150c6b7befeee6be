import CStemmer

/// English Snowball stemming. A libstemmer handle keeps state between calls, so a `Stemmer` is
/// used by one task at a time: each worker makes its own (they are cheap) and keeps a cache.
public final class Stemmer {
    private let handle: OpaquePointer?
    // One worker owns a stemmer: the per-word exclusivity check on the cache buys nothing.
    @exclusivity(unchecked) private var cache = StemCache()

    public init() {
        handle = sb_stemmer_new("english", "UTF_8")
    }

    deinit {
        if let handle { sb_stemmer_delete(handle) }
    }

    /// The stem of a lower-cased word.
    public func stem(_ word: String) -> String {
        let index = known(lowercased: word)
        return cache.entries[index].stem
    }

    /// The cache entry of a word given lower-cased.
    func known(lowercased word: String) -> Int {
        var utf8 = word
        return utf8.withUTF8 { bytes in
            let key = WordKey(bytes)
            return cache.find(bytes, key: key, foldingCase: false) ?? learn(word, key: key)
        }
    }

    /// The cache entry of an ASCII word given as written: the common case, which needs no
    /// `String` at all once the word has been seen.
    func known(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let key = WordKey(bytes, foldingCase: true)
        if let index = cache.find(bytes, key: key, foldingCase: true) { return index }
        let lower = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, b) in bytes.enumerated() { buffer[k] = WordKey.lower(b) }
            return bytes.count
        }
        return learn(lower, key: key)
    }

    func entry(_ index: Int) -> StemCache.Entry { cache.entries[index] }

    private func learn(_ word: String, key: WordKey) -> Int {
        let stem = stemmed(word)
        return cache.insert(.init(lowercased: word, stem: stem, stemKey: WordKey(stem)), key: key)
    }

    private func stemmed(_ word: String) -> String {
        guard let handle else { return word }
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard let result = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
