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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
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

        /// Snowball stemmers: German and English stems. Used only by Analysis.
        .systemLibrary(
            name: "CStemmer", path: "Sources/CStemmer",
            providers: [.apt(["libstemmer-dev"])]),
        /// SQLite's process-wide settings (`sqlite3_config`), which GRDB does not wrap. Used only by Storage.
        .systemLibrary(
            name: "CSQLiteConfig", path: "Sources/CSQLiteConfig",
            providers: [.apt(["libsqlite3-dev"])]),

        // MARK: - Model (shared value types, no dependencies)

        /// Value types everyone speaks: feeds, entries, fetch outcomes, run records.
        .target(name: "FeedModel"),

        // MARK: - Capabilities (each imports FeedModel and at most one C library)

        /// libcurl multi client: concurrency, conditional GET, limits, outcome classification.
        .target(name: "Fetching", dependencies: ["FeedModel", "CCurl"]),
        /// libxml2 → FeedModel: RSS 0.9x/1.0/2.0, Atom, dates, encodings, HTML → text.
        .target(name: "FeedParsing", dependencies: ["FeedModel", "CLibXML2"]),
        /// Pure text analysis: clean text, language, sentences, tokens, stems, keyphrases, entities, quotes.
        .target(name: "Analysis", dependencies: ["FeedModel", "CStemmer"], resources: [.copy("Resources")]),
        /// SQLite through GRDB: migrations, per-table stores, run logs. The only home of SQL.
        .target(
            name: "Storage",
            dependencies: [
                "FeedModel", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the writer's hot statements (`RawStatement`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "CSQLiteConfig",
            ]),
        /// Pure copy detection and story clustering: canonical URLs, fingerprints, groups, stories, trends.
        .target(name: "Syndication", dependencies: ["FeedModel", "Analysis"]),

        // MARK: - Orchestration

        /// The pipeline: fetch → parse → identity → store, with run logging. Used by `ingest` and the daemon.
        .target(
            name: "Ingest",
            dependencies: [
                "FeedModel", "Fetching", "FeedParsing", "Analysis", "Syndication", "Storage",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),

        /// The daily digest: model as value types, pure Markdown/HTML/JSON renderers, summaries, trends, OPML writing.
        .target(name: "Digest", dependencies: ["FeedModel"]),

        // MARK: - Command line (composition root) and entry point

        /// ArgumentParser commands; reads config and wires the services.
        .target(
            name: "WirewatchCLI",
            dependencies: [
                "FeedModel", "Ingest", "Fetching", "Storage", "FeedParsing", "Analysis", "Digest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]),
        /// `@main`, a few lines.
        .executableTarget(name: "wirewatch", dependencies: ["WirewatchCLI"]),

        // MARK: - Tests

        /// Loopback feed server and fixtures shared by the end-to-end tests.
        .target(
            name: "TestSupport", dependencies: [.product(name: "FlyingFox", package: "FlyingFox")],
            path: "Tests/TestSupport"),

        .testTarget(
            name: "FetchingTests",
            dependencies: ["Fetching", "FeedModel", .product(name: "FlyingFox", package: "FlyingFox")],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "FeedModel"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "FeedParsingTests", dependencies: ["FeedParsing", "FeedModel"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "FeedModel"]),
        .testTarget(name: "DigestTests", dependencies: ["Digest", "FeedModel"]),
        .testTarget(
            name: "SyndicationTests", dependencies: ["Syndication", "Analysis", "FeedParsing", "Storage", "FeedModel"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "Ingest", "Storage", "FeedModel", "Fetching", "TestSupport",
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ]),
        .testTarget(
            name: "WirewatchCLITests",
            dependencies: [
                "WirewatchCLI", "Storage", "FeedModel", "TestSupport", "Digest",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
