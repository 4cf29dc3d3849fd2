// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "StreetDesk",
    // Linux only (README): the terminal driver is written against Glibc.
    products: [
        .executable(name: "streetdesk", targets: ["streetdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // Pure domain: no I/O, no terminal, the clock passed in.
        .target(name: "DeskCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The append-only, hash-chained journal on SQLite, and the session that folds it.
        .target(name: "DeskJournal", dependencies: [
            "DeskCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            // scrypt, for the staff's credentials.
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // The demo street: its profile and a week of generated history.
        .target(name: "DeskDemo", dependencies: ["DeskCore"], exclude: ["Resources"], plugins: ["EmbedFiles"]),
        // Training: scenario files, the practice clock, scoring and the debrief. Pure, like the core;
        // the built-in scenarios are compiled into the binary.
        .target(name: "DeskTraining", dependencies: ["DeskCore", .product(name: "Yams", package: "Yams")],
                exclude: ["Scenarios"], plugins: ["EmbedFiles"]),
        // The 12345 exchange's files: work orders and call-backs read into commands, replies written
        // out. Pure, like the core: text in, text out; the executable reads and writes the files.
        .target(name: "DeskExchange", dependencies: ["DeskCore", .product(name: "SwiftCSV", package: "SwiftCSV")]),
        // Built-in theme files, compiled into the binary.
        .target(name: "DeskThemes", path: "Themes", exclude: ["dark.yaml", "light.yaml", "high-contrast.yaml", "mono.yaml"],
                plugins: ["EmbedFiles"]),
        // Compiles YAML files into the binary, so it runs wherever it is copied.
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        .executableTarget(name: "embed-files", path: "BuildTools/embed-files"),
        // Terminal-free UI: screen state, keymap, update, views into a cell grid, themes as roles.
        .target(name: "DeskUI", dependencies: ["DeskCore", "DeskThemes", "DeskTraining", .product(name: "Yams", package: "Yams")]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The only code that touches ncurses.
        .target(name: "DeskTerminal", dependencies: ["CNcursesw", "DeskUI"]),
        .executableTarget(name: "streetdesk", dependencies: [
            "DeskCore", "DeskJournal", "DeskDemo", "DeskUI", "DeskTerminal", "DeskTraining", "DeskExchange",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Speed and memory figures: `swift run -c release streetdesk-bench`.
        .executableTarget(name: "streetdesk-bench", dependencies: [
            "DeskCore", "DeskDemo", "DeskJournal", "DeskUI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ], path: "Benchmarks/streetdesk-bench"),
        .testTarget(name: "DeskCoreTests", dependencies: [
            "DeskCore", "DeskDemo", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "DeskTrainingTests", dependencies: ["DeskTraining", "DeskDemo"]),
        .testTarget(name: "DeskExchangeTests", dependencies: ["DeskExchange", "DeskDemo"]),
        .testTarget(name: "DeskJournalTests", dependencies: [
            "DeskJournal", "DeskDemo", .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "DeskUITests", dependencies: [
            "DeskUI", "DeskDemo", "DeskTraining", .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        // Runs the built `streetdesk` binary: the CLI on temporary journals, and the desk in tmux.
        .testTarget(name: "EndToEndTests", dependencies: []),
    ]
)
