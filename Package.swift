// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Bitext",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bitext", targets: ["bitext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C shim over the system ICU: Swift modules that import Foundation cannot import the
        // ICU headers themselves (see DESIGN.md, "The ICU rule").
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(name: "CMarkdown", pkgConfig: "md4c", providers: [.apt(["libmd4c-dev"])]),
        .systemLibrary(name: "CGumbo", pkgConfig: "gumbo", providers: [.apt(["libgumbo-dev"])]),
        .target(name: "BitextModel"),
        .target(name: "BitextXML", dependencies: ["BitextModel"]),
        .target(name: "BitextText", dependencies: ["CICU"]),
        .target(name: "BitextFormats", dependencies: ["BitextModel", "CMarkdown", "CGumbo"]),
        .target(name: "BitextSegmentation", dependencies: ["BitextModel", "BitextText"]),
        .target(name: "BitextGlossary", dependencies: ["BitextModel", "BitextXML"]),
        .target(name: "BitextInterchange", dependencies: ["BitextModel", "BitextXML"]),
        .target(name: "BitextAssembly", dependencies: ["BitextModel", "BitextText"]),
        .target(name: "BitextStore", dependencies: ["BitextModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "bitext",
            dependencies: [
                "BitextModel", "BitextText", "BitextFormats", "BitextSegmentation", "BitextInterchange", "BitextStore", "BitextGlossary", "BitextAssembly",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "SegmentationBenchmark",
            dependencies: ["BitextModel", "BitextText", "BitextSegmentation", "BenchmarkSupport"],
            path: "Benchmarks/Segmentation"
        ),
        .executableTarget(name: "GlossaryBenchmark", dependencies: ["BitextGlossary", "BenchmarkSupport"], path: "Benchmarks/Glossary"),
        // What the benchmarks share: the seeded generator, timing and peak memory.
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support"),
        .testTarget(name: "BitextTextTests", dependencies: ["BitextText"]),
        .testTarget(name: "BitextModelTests", dependencies: ["BitextModel"]),
        .testTarget(name: "BitextFormatsTests", dependencies: ["BitextFormats", "BitextModel", "BitextSegmentation"]),
        .testTarget(name: "BitextSegmentationTests", dependencies: ["BitextSegmentation", "BitextModel"]),
        .testTarget(name: "BitextAssemblyTests", dependencies: ["BitextAssembly", "BitextModel", "BitextText"]),
        .testTarget(name: "BitextGlossaryTests", dependencies: ["BitextGlossary"]),
        .testTarget(name: "BitextInterchangeTests", dependencies: ["BitextInterchange", "BitextModel"]),
        .testTarget(name: "BitextStoreTests", dependencies: ["BitextStore", "BitextModel", "BitextFormats", "BitextSegmentation"]),
        .testTarget(name: "BitextCLITests", dependencies: ["bitext"]),
    ]
)
