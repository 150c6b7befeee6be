// swift-tools-version:6.1
// Micro-benchmarks of align's text hot paths, kept out of the main package so that building or
// testing align never fetches or builds the benchmark framework.
//
//     swift package --package-path Benchmarks benchmark
import Foundation
import PackageDescription

/// A path dependency is known by its folder's name, which differs between clones ("align",
/// "main", a worktree's name).
let alignPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "AlignBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.0.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AlignTextBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "AlignEngine", package: alignPackage),
            ],
            path: "Benchmarks/AlignTextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
