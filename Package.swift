// swift-tools-version:6.0
// wirewatch: a news-monitoring daemon. Targets are grouped by layer; dependencies point downwards:
// CLI → Ingest → Fetching, FeedParsing, Storage → FeedModel. C libraries sit behind one module each.
import PackageDescription

let package = Package(
    name: "wirewatch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wirewatch", targets: ["wirewatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // MARK: - C libraries (system packages, one Swift module each)

        /// libcurl: HTTP(S) transfers through the multi interface. Used only by Fetching.
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        /// libxml2: SAX2 push parsing of feeds and HTML → text. Used only by FeedParsing.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // MARK: - Model (shared value types, no dependencies)

        /// Value types everyone speaks: feeds, entries, fetch outcomes, run records.
        .target(name: "FeedModel"),

        // MARK: - Capabilities (each imports FeedModel and at most one C library)

        /// libcurl multi client: concurrency, conditional GET, limits, outcome classification.
        .target(name: "Fetching", dependencies: ["FeedModel", "CCurl"]),
        /// libxml2 → FeedModel: RSS 0.9x/1.0/2.0, Atom, dates, encodings, HTML → text.
        .target(name: "FeedParsing", dependencies: ["FeedModel", "CLibXML2"]),
        /// SQLite through GRDB: migrations, per-table stores, run logs. The only home of SQL.
        .target(name: "Storage", dependencies: ["FeedModel", .product(name: "GRDB", package: "GRDB.swift")]),

        // MARK: - Orchestration

        /// The pipeline: fetch → parse → identity → store, with run logging. Used by `ingest` and the daemon.
        .target(
            name: "Ingest",
            dependencies: [
                "FeedModel", "Fetching", "FeedParsing", "Storage",
                .product(name: "Logging", package: "swift-log"),
            ]),

        // MARK: - Command line (composition root) and entry point

        /// ArgumentParser commands; reads config and wires the services.
        .target(
            name: "WirewatchCLI",
            dependencies: [
                "FeedModel", "Ingest", "Storage", "FeedParsing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        /// `@main`, a few lines.
        .executableTarget(name: "wirewatch", dependencies: ["WirewatchCLI"]),

        // MARK: - Tests

        .testTarget(name: "FeedModelTests", dependencies: ["FeedModel"]),
        .testTarget(
            name: "FetchingTests",
            dependencies: ["Fetching", "FeedModel", .product(name: "FlyingFox", package: "FlyingFox")],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "FeedParsingTests", dependencies: ["FeedParsing", "FeedModel"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "FeedModel"]),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "Ingest", "Storage", "FeedModel", .product(name: "FlyingFox", package: "FlyingFox"),
            ]),
        .testTarget(
            name: "WirewatchCLITests",
            dependencies: [
                "WirewatchCLI", "Storage", "FeedModel", .product(name: "FlyingFox", package: "FlyingFox"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
