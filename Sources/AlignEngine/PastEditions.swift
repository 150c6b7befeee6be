/// Pages kept for each year of something that recurs: "events/2024-haskell-ecosystem-workshop.md"
/// beside "events/2026-haskell-ecosystem-workshop.md", "elections/2019/candidates.md" beside
/// "elections/2025/candidates.md". Every edition but the latest tells what was so that year (its
/// fees, its terms, the names of the day), as a dated post does; the latest speaks for now.
enum PastEditions {
    /// The paths among `paths` that have a later edition among them: the same path with a later
    /// year in the place of its own in one file or folder name.
    static func paths(among paths: [String]) -> Set<String> {
        // Per path with the year left out, the latest year and who holds each.
        var editions: [String: [(year: Int, path: String)]] = [:]
        for path in paths {
            var components = path.split(separator: "/", omittingEmptySubsequences: false)
            for index in components.indices {
                guard let year = year(opening: components[index]) else { continue }
                let component = components[index]
                components[index] = "****" + component.dropFirst(4)
                editions[components.joined(separator: "/"), default: []].append((year, path))
                components[index] = component
            }
        }
        var past: Set<String> = []
        for (_, held) in editions where held.count > 1 {
            let latest = held.map(\.year).max() ?? 0
            for (year, path) in held where year < latest { past.insert(path) }
        }
        return past
    }

    /// Marks each of `files` (the whole tree) that has a later edition among them.
    static func mark(_ files: inout [DiscoveredFile]) {
        let past = paths(among: files.map(\.relativePath))
        guard !past.isEmpty else { return }
        for index in files.indices where past.contains(files[index].relativePath) { files[index].isPastEdition = true }
    }

    /// The year a file or folder name opens with, alone or before a dot, hyphen or underscore
    /// ("2024", "2024.md", "2024-haskell-ecosystem-workshop.md"); nil for any other name.
    static func year(opening name: Substring) -> Int? {
        let bytes = name.utf8
        guard bytes.count >= 4 else { return nil }
        let digits = bytes.prefix(4)
        guard digits.allSatisfy({ $0 &- 0x30 < 10 }), let year = Int(String(decoding: digits, as: UTF8.self)),
              (1900..<2100).contains(year) else { return nil }
        guard let next = bytes.dropFirst(4).first else { return year }
        return [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_")].contains(next) ? year : nil
    }
}
