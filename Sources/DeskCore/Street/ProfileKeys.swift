import Yams

/// The keys a profile may use, so that a misspelt one (`timelimit:`) is an error that names
/// its line instead of a setting silently ignored.
enum ProfileKeys {
    indirect enum Shape: Sendable {
        case value
        case mapping([String: Shape])
        case list(Shape)
        /// The category tree: a list of categories whose `children` are categories again.
        case categories
    }

    static let clocks = Shape.mapping(["respond": .value, "resolve": .value])
    static let category: [String: Shape] = ["id": .value, "name": .value, "timeLimit": .value, "department": .value, "children": .categories]
    static let profile = Shape.mapping([
        "street": .mapping(["code": .value, "name": .value, "district": .value, "timeZone": .value, "demo": .value]),
        "communities": .list(.mapping(["code": .value, "name": .value])),
        "grids": .list(.mapping([
            "code": .value, "name": .value, "community": .value, "row": .value, "column": .value,
            "worker": .mapping(["name": .value, "phone": .value]), "serviceItems": .value, "supervisionTasks": .value,
        ])),
        "departments": .list(.mapping(["id": .value, "name": .value, "kind": .value, "utility": .value, "contact": .value])),
        "categories": .categories,
        "timeLimits": .mapping(["urgent": clocks, "utilities": clocks, "general": clocks, "complex": clocks]),
        "whistleReportBy": .mapping(["emergency": .value, "tough": .value, "routine": .value]),
        "dueSoonFraction": .value,
        "rateWeights": .mapping(["response": .value, "resolution": .value, "satisfaction": .value]),
        "staff": .list(.mapping(["name": .value, "role": .value])),
        "extensionLimits": .mapping(["longest": .value, "most": .value]),
        "callbackRule": .value,
        "dueSoonFloor": .value,
        "phonePatterns": .value,
        "shiftLength": .value,
        "hotline": .mapping([
            "categories": .list(.mapping(["text": .value, "category": .value])),
            "addresses": .list(.mapping(["pattern": .value, "grid": .value])),
            "unmapped": .mapping(["category": .value, "grid": .value]),
        ]),
        "open311": .mapping(["services": .list(.mapping(["code": .value, "category": .value]))]),
        "themes": .list(.mapping(["id": .value, "name": .value, "month": .value])),
    ])

    /// The first key that the profile format does not know, with where it stands.
    static func unknown(in yaml: String) -> (path: String, line: Int, key: String, known: [String])? {
        guard let node = try? Yams.compose(yaml: yaml) else { return nil }
        return check(node, profile, path: "")
    }

    private static func check(_ node: Node, _ shape: Shape, path: String) -> (path: String, line: Int, key: String, known: [String])? {
        switch (shape, node) {
        case (.mapping(let keys), .mapping(let mapping)):
            for (key, value) in mapping {
                let name = key.string ?? ""
                let here = path.isEmpty ? name : path + "." + name
                guard let inner = keys[name] else { return (here, (key.mark?.line ?? 0), name, keys.keys.sorted()) }
                if let found = check(value, inner, path: here) { return found }
            }
        case (.list(let element), .sequence(let items)):
            for (index, item) in items.enumerated() {
                if let found = check(item, element, path: "\(path)[\(index)]") { return found }
            }
        case (.categories, .sequence(let items)):
            for (index, item) in items.enumerated() {
                if let found = check(item, .mapping(category), path: "\(path)[\(index)]") { return found }
            }
        default:
            break
        }
        return nil
    }
}
