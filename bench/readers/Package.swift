// swift-tools-version:6.0
import PackageDescription

// The readers alone, for instruction counts: `bench/readers.sh` runs this under callgrind,
// which cannot run `align check` itself. Kept out of the main package, as Fuzz/ is, so that its
// `swift build` and `swift test` never build it; it reaches the readers through the one library
// product the main package exports (AlignEngine), which depends on them.
let package = Package(
    name: "AlignReadBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "align", path: "../..")],
    targets: [
        .executableTarget(name: "ReadBench", dependencies: [.product(name: "AlignEngine", package: "align")]),
    ]
)
