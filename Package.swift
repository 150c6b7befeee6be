// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "align",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "align", targets: ["align"]),
        .library(name: "AlignEngine", targets: ["AlignEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C libraries, each seen through one module map and one shim header.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCMarkGFM", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),

        // The pipeline: model → readers, model → text → config → rules → engine; reports and the audit
        // sit beside the engine (they read findings, never run rules), and the CLI joins them.
        .target(name: "AlignModel"),
        .target(name: "AlignReaders", dependencies: ["AlignModel", "CLibXML2", "CCMarkGFM", "Yams", "ZIPFoundation"]),
        .target(name: "AlignText", dependencies: ["AlignModel", "CStemmer", "CPCRE2"]),
        .target(name: "AlignConfig", dependencies: ["AlignModel", "AlignText", "AlignPacks", "Yams"]),
        .target(name: "AlignRules", dependencies: ["AlignModel", "AlignText", "AlignConfig"]),
        .target(name: "AlignEngine", dependencies: ["AlignModel", "AlignReaders", "AlignText", "AlignConfig", "AlignRules", "AlignPacks"]),
        .target(name: "AlignReport", dependencies: ["AlignModel"]),
        // `align lsp` and `align mcp`: the engine behind the Language Server Protocol, for editors,
        // and the Model Context Protocol, for writing assistants.
        .target(name: "AlignServer", dependencies: ["AlignEngine", "AlignConfig", "AlignModel", "AlignReport",
                                                    .product(name: "MCP", package: "swift-sdk")]),
        // The built-in rule packs (rules/*.yml), embedded at build time as string literals.
        .target(name: "AlignPacks", plugins: ["EmbedPacks"]),
        .executableTarget(name: "PackEmbedder"),
        .plugin(name: "EmbedPacks", capability: .buildTool(), dependencies: ["PackEmbedder"]),

        // The quarterly audit: scores, the HTML/Markdown/JSON report, history in SQLite, backfill from git.
        .target(name: "AlignAudit", dependencies: [
            "AlignModel", "AlignConfig",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // jemalloc in the release build: a check allocates many small, short-lived values on every
        // worker, and it serves those more cheaply than glibc's malloc (BENCHMARKS.md). Debug builds,
        // and so sanitizer runs, keep the system allocator.
        .executableTarget(name: "align", dependencies: [
            "AlignEngine", "AlignAudit", "AlignReport", "AlignConfig", "AlignModel", "AlignServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux], configuration: .release))]),

        // Tests: one target per module, each beside what it specifies, and one support target with
        // what they share (the rule-example harness, golden files, the CLI runner, fixture paths).
        // Every target reads its inputs and goldens from Tests/Fixtures.
        .target(name: "AlignTestSupport", dependencies: ["AlignEngine", "AlignReaders", "AlignText", "AlignConfig", "AlignRules", "AlignModel"],
                path: "Tests/AlignTestSupport"),
        .testTarget(name: "AlignModelTests", dependencies: ["AlignModel"]),
        .testTarget(name: "AlignTextTests", dependencies: ["AlignText", "AlignModel", "AlignTestSupport"]),
        .testTarget(name: "AlignReadersTests", dependencies: ["AlignReaders", "AlignModel", "AlignTestSupport", "ZIPFoundation"]),
        .testTarget(name: "AlignConfigTests", dependencies: ["AlignConfig", "AlignModel", "AlignText", "AlignPacks", "AlignTestSupport"]),
        .testTarget(name: "AlignRulesTests", dependencies: ["AlignRules", "AlignEngine", "AlignReaders", "AlignConfig", "AlignText", "AlignModel", "AlignTestSupport"]),
        .testTarget(name: "AlignEngineTests", dependencies: ["AlignEngine", "AlignReaders", "AlignRules", "AlignConfig", "AlignText", "AlignModel", "AlignTestSupport",
                                                         .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "AlignReportTests", dependencies: ["AlignReport", "AlignModel", "AlignTestSupport"]),
        .testTarget(name: "AlignAuditTests", dependencies: ["AlignAudit", "AlignRules", "AlignConfig", "AlignModel", "AlignTestSupport"]),
        .testTarget(name: "AlignServerTests", dependencies: ["AlignServer", "AlignTestSupport"]),
    ]
)
