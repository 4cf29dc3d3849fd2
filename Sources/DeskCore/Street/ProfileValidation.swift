import Foundation

extension StreetProfile {
    /// Checks what the types alone cannot: code formats, uniqueness, and that every
    /// reference resolves. The first problem found is reported.
    func validate(file: String) throws(ProfileError) {
        func fail(_ location: String, _ problem: String) -> ProfileError {
            ProfileError(file: file, location: location, problem: problem)
        }
        func isDigits(_ text: String, _ count: Int) -> Bool {
            text.count == count && text.allSatisfy { $0.isASCII && $0.isNumber }
        }

        guard isDigits(street.code, 9) else {
            throw fail("street.code", "'\(street.code)' must be 9 digits: district (6) + street (3)")
        }
        guard TimeZone(identifier: street.timeZone) != nil else {
            throw fail("street.timeZone", "'\(street.timeZone)' is not a known time zone")
        }
        guard !communities.isEmpty else { throw fail("communities", "at least one community is needed") }
        var communityCodes = Set<String>()
        for (i, community) in communities.enumerated() {
            guard isDigits(community.code, 3) else {
                throw fail("communities[\(i)].code", "'\(community.code)' must be 3 digits")
            }
            guard communityCodes.insert(community.code).inserted else {
                throw fail("communities[\(i)].code", "community \(community.code) appears twice")
            }
        }

        var gridCodes = Set<GridCode>()
        var tiles = [String: GridCode]()
        for (i, grid) in grids.enumerated() {
            guard grid.code.streetCode == street.code else {
                throw fail("grids[\(i)].code", "\(grid.code) does not start with the street code \(street.code)")
            }
            guard communityCodes.contains(grid.community) else {
                throw fail("grids[\(i)].community", "unknown community '\(grid.community)'")
            }
            guard grid.code.community == grid.community else {
                throw fail("grids[\(i)].code", "\(grid.code) is not in community \(grid.community)")
            }
            guard gridCodes.insert(grid.code).inserted else {
                throw fail("grids[\(i)].code", "grid \(grid.code) appears twice")
            }
            guard grid.row >= 0, grid.column >= 0 else {
                throw fail("grids[\(i)].row", "map row and column must not be negative")
            }
            if let other = tiles.updateValue(grid.code, forKey: "\(grid.row),\(grid.column)") {
                throw fail("grids[\(i)].row", "map tile (\(grid.row), \(grid.column)) is already taken by \(other)")
            }
        }

        var departmentIDs = Set<DepartmentID>()
        for (i, department) in departments.enumerated() {
            guard departmentIDs.insert(department.id).inserted else {
                throw fail("departments[\(i)].id", "department '\(department.id)' appears twice")
            }
            if department.utility != nil, department.kind != .publicService {
                throw fail("departments[\(i)].utility", "only a public-service company can be a utility")
            }
        }

        var categoryIDs = Set<CategoryID>()
        func check(_ nodes: [Category], at path: String) throws(ProfileError) {
            for (i, node) in nodes.enumerated() {
                let here = "\(path)[\(i)]"
                guard categoryIDs.insert(node.id).inserted else {
                    throw fail("\(here).id", "category '\(node.id)' appears twice")
                }
                if let department = node.department, !departmentIDs.contains(department) {
                    throw fail("\(here).department", "unknown department '\(department)'")
                }
                try check(node.children ?? [], at: "\(here).children")
            }
        }
        try check(categories, at: "categories")
        for (i, root) in categories.enumerated() where root.timeLimit == nil {
            throw fail("categories[\(i)].timeLimit", "a top-level category needs a time-limit class")
        }

        for limit in TimeLimitClass.allCases where timeLimits[limit].respond > timeLimits[limit].resolve {
            throw fail("timeLimits.\(limit.rawValue)", "respond (\(timeLimits[limit].respond)) is longer than resolve (\(timeLimits[limit].resolve))")
        }

        var names = Set<String>()
        for (i, member) in (staff ?? []).enumerated() where !names.insert(member.name).inserted {
            throw fail("staff[\(i)].name", "'\(member.name)' appears twice")
        }

        guard dueSoonFraction > 0, dueSoonFraction < 1 else {
            throw fail("dueSoonFraction", "must be between 0 and 1")
        }
        let weights = [rateWeights.response, rateWeights.resolution, rateWeights.satisfaction]
        guard weights.allSatisfy({ $0 >= 0 }), weights.reduce(0, +) > 0 else {
            throw fail("rateWeights", "weights must not be negative and must not all be zero")
        }
    }
}
