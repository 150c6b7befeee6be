// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for align, kept out of the main package so that its `swift build` and
// `swift test` never build them. Run them with `scripts/fuzz TARGET SECONDS`, which builds with
//   swift build --package-path Fuzz --product FuzzHTML -c debug --sanitize=address \
//       -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
//
// Why not `--sanitize=fuzzer`: SwiftPM applies it to the host build tool too (PackEmbedder,
// which embeds the rule packs): the tool is then compiled as a library, so its main.swift no
// longer compiles, and written with `@main` instead it clashes with libFuzzer's main()
// ("multiple definition of 'main'"). The flags above give every module the coverage
// instrumentation `-sanitize=fuzzer` would; only the fuzz targets link the libFuzzer runtime,
// and each starts it from its top-level code (FuzzSupport/FuzzDriver.swift).
//
// The targets import align's internal modules (AlignReaders, AlignText, ...) through the one
// library product the main package exports (AlignEngine), which depends on all of them.
let fuzzTargets = [
    "FuzzHTML", "FuzzMarkdown", "FuzzScript", "FuzzEmail",
    "FuzzQuantity", "FuzzAlignConfig", "FuzzExpect", "FuzzClaims", "FuzzData", "FuzzOffice", "FuzzTemplate",
]

let package = Package(
    name: "AlignFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "align", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "AlignEngine", package: "align")]),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name, dependencies: ["FuzzSupport", .product(name: "AlignEngine", package: "align")],
            // The libFuzzer runtime, for the fuzz targets only; see the note above.
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])])
    }
)
