// swift-tools-version: 6.0
import PackageDescription

// Every outside library enters through exactly one module; see README "Modules".
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Noaber",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "noaber", targets: ["noaber"]),
        .executable(name: "noaber-bench", targets: ["NoaberBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The only importer of CLibEdit: line editing, in-memory history and completion for the interactive console.
        .target(name: "NoaberLineEditor", dependencies: ["CLibEdit"], swiftSettings: strictSettings),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // The only importer of CQRencode: a text (the room's join URL) as a QR module matrix and as SVG.
        .target(name: "NoaberQR", dependencies: ["CQRencode", "NoaberCore"], swiftSettings: strictSettings),
        // The only importer of CLibXML2: parse (hardened), validate (RelaxNG), write. Knows nothing of Noaber.
        .target(name: "NoaberXML", dependencies: ["CLibXML2"], swiftSettings: strictSettings),
        // Scenario and session model, the pure session state machine. Imports no package.
        .target(name: "NoaberCore", swiftSettings: strictSettings),
        // Rankings, questionnaire scores, tallies: pure and deterministic.
        .target(name: "NoaberAggregation", dependencies: ["NoaberCore"], swiftSettings: strictSettings),
        // Scenario XML reader, session XML writer and importer, embedded scenarios and schemas.
        .target(
            name: "NoaberFormats", dependencies: ["NoaberCore", "NoaberXML", "NoaberAggregation"],
            swiftSettings: strictSettings),
        // The durable journal (SQLite through GRDB).
        .target(
            name: "NoaberStore",
            dependencies: ["NoaberCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // The session engine: SessionRunner (decide, commit, acknowledge), the clocks, the hub of open sessions and
        // the one-writer lock. Any front end (console, room) drives sessions through it.
        .target(name: "NoaberSession", dependencies: ["NoaberCore", "NoaberStore"], swiftSettings: strictSettings),
        // Simulated participants: one input generator per werkvorm, and the demo session driver on the real runner
        // and store. Shared by `noaber demo`, the test support and the benchmarks.
        .target(
            name: "NoaberDemo",
            dependencies: ["NoaberCore", "NoaberFormats", "NoaberStore", "NoaberSession"],
            swiftSettings: strictSettings
        ),
        // ODT / ODS / FODT documents: group report, personal reports, raw data.
        .target(
            name: "NoaberODF",
            dependencies: ["NoaberCore", "NoaberAggregation", "NoaberXML", "ZIPFoundation"],
            swiftSettings: strictSettings
        ),
        // The facilitator console: tokenizer, commands, parser, `Console`, the export after `end`.
        .target(
            name: "NoaberConsole",
            dependencies: [
                "NoaberCore", "NoaberAggregation", "NoaberFormats", "NoaberStore", "NoaberSession", "NoaberODF",
            ],
            swiftSettings: strictSettings
        ),
        // The web room: join, participant and facilitator pages on Hummingbird, templates through swift-mustache.
        // The only importer of Hummingbird and Mustache; drives sessions through the same SessionRunner.
        .target(
            name: "NoaberRoom",
            dependencies: [
                "NoaberCore", "NoaberAggregation", "NoaberFormats", "NoaberStore", "NoaberSession", "NoaberODF",
                "NoaberConsole", "NoaberQR",
            ]
                + [
                    ("Hummingbird", "hummingbird"), ("Mustache", "swift-mustache"), ("NIOCore", "swift-nio"),
                    ("NIOConcurrencyHelpers", "swift-nio"), ("ServiceLifecycle", "swift-service-lifecycle"),
                    ("HTTPTypes", "swift-http-types"),
                ].map { Target.Dependency.product(name: $0.0, package: $0.1) },
            // Templates/*.mustache are compiled in (scripts/embed-templates.sh), so a binary runs from anywhere.
            exclude: ["Templates"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "noaber",
            dependencies: [
                "NoaberCore", "NoaberAggregation", "NoaberFormats", "NoaberStore", "NoaberSession", "NoaberDemo",
                "NoaberConsole", "NoaberODF", "NoaberLineEditor", "NoaberRoom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "NoaberBenchmarks",
            dependencies: [
                "NoaberCore", "NoaberAggregation", "NoaberFormats", "NoaberStore", "NoaberSession", "NoaberODF",
                "NoaberXML", "NoaberDemo",
                // Only to write a store in the journal encoding of the first release, for the old figures.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks",
            exclude: ["odfpy_spreadsheet.py"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "NoaberTestSupport",
            dependencies: ["NoaberCore", "NoaberFormats", "NoaberStore", "NoaberDemo"],
            // Test code (fixed clocks, temporary stores, sample scenarios with every werkvorm): it lives with the
            // tests, although it is a library target that several test targets share.
            path: "Tests/NoaberTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NoaberXMLTests", dependencies: ["NoaberXML"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "NoaberCoreTests", dependencies: ["NoaberCore", "NoaberTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "NoaberAggregationTests", dependencies: ["NoaberAggregation", "NoaberTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "NoaberFormatsTests",
            dependencies: ["NoaberFormats", "NoaberTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NoaberStoreTests", dependencies: ["NoaberStore", "NoaberTestSupport"], resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "NoaberQRTests", dependencies: ["NoaberQR"]),
        .testTarget(name: "NoaberSessionTests", dependencies: ["NoaberSession", "NoaberTestSupport"]),
        .testTarget(
            name: "NoaberConsoleTests",
            dependencies: ["NoaberConsole", "NoaberSession", "NoaberTestSupport"]
        ),
        .testTarget(
            name: "NoaberDemoTests",
            dependencies: ["NoaberDemo", "NoaberAggregation", "NoaberTestSupport"]
        ),
        .testTarget(
            name: "NoaberODFTests",
            dependencies: ["NoaberODF", "NoaberFormats", "NoaberTestSupport", "ZIPFoundation"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NoaberRoomTests",
            dependencies: [
                "NoaberRoom", "NoaberSession", "NoaberTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "NoaberCLITests",
            dependencies: ["noaber", "NoaberTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
