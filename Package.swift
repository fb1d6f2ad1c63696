// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ERGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ergraph", targets: ["ergraph"]),
        .library(name: "EntityGraph", targets: ["EntityGraph"]),
        .library(name: "EntityExtraction", targets: ["EntityExtraction"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "EntityGraph"),
        .target(
            name: "EntityExtraction",
            dependencies: ["EntityGraph", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "GraphExport",
            dependencies: ["EntityGraph", "CGraphviz"],
            linkerSettings: [
                .unsafeFlags(["-L/usr/lib/x86_64-linux-gnu/graphviz", "-L/usr/lib/aarch64-linux-gnu/graphviz",
                              "-Xlinker", "-rpath", "-Xlinker", "/usr/lib/x86_64-linux-gnu/graphviz",
                              "-Xlinker", "-rpath", "-Xlinker", "/usr/lib/aarch64-linux-gnu/graphviz"]),
                .linkedLibrary("gvplugin_core"),
                .linkedLibrary("gvplugin_dot_layout"),
                .linkedLibrary("gvplugin_neato_layout"),
                .linkedLibrary("gvplugin_pango"),
            ]
        ),
        .executableTarget(
            name: "ergraph",
            dependencies: [
                "EntityGraph", "EntityExtraction", "GraphExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EntityGraphTests", dependencies: ["EntityGraph"]),
        .testTarget(name: "EntityExtractionTests", dependencies: ["EntityExtraction", "EntityGraph"],
                    resources: [.copy("DevSet")]),
        .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "EntityGraph"]),
        .testTarget(name: "ergraphTests", dependencies: ["ergraph", "EntityGraph"]),
    ],
    swiftLanguageModes: [.v6]
)
