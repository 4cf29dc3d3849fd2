import Foundation

extension StreetProfile {
    /// The largest map row or column: a district's street has a few dozen grids a side.
    static let mapSize = 999

    /// Checks what the types alone cannot: code formats, uniqueness, and that every
    /// reference resolves. The first problem found is reported.
    func validate(file: String) throws(ProfileError) {
        func fail(_ location: String, _ problem: Phrase) -> ProfileError {
            ProfileError(file: file, location: location, problem: problem)
        }
        func isDigits(_ text: String, _ count: Int) -> Bool {
            text.count == count && text.allSatisfy { $0.isASCII && $0.isNumber }
        }

        guard isDigits(street.code, 9) else {
            throw fail("street.code", Phrase("“\(street.code)”应为 9 位数字：区县（6 位）+ 街道（3 位）", "'\(street.code)' must be 9 digits: district (6) + street (3)"))
        }
        guard TimeZone(identifier: street.timeZone) != nil else {
            throw fail("street.timeZone", Phrase("“\(street.timeZone)”不是已知的时区", "'\(street.timeZone)' is not a known time zone"))
        }
        guard !communities.isEmpty else { throw fail("communities", Phrase("至少需要一个社区", "at least one community is needed")) }
        var communityCodes = Set<String>()
        for (i, community) in communities.enumerated() {
            guard isDigits(community.code, 3) else {
                throw fail("communities[\(i)].code", Phrase("“\(community.code)”应为 3 位数字", "'\(community.code)' must be 3 digits"))
            }
            guard communityCodes.insert(community.code).inserted else {
                throw fail("communities[\(i)].code", Phrase("社区 \(community.code) 重复出现", "community \(community.code) appears twice"))
            }
        }

        var gridCodes = Set<GridCode>()
        var tiles = [String: GridCode]()
        for (i, grid) in grids.enumerated() {
            guard grid.code.streetCode == street.code else {
                throw fail("grids[\(i)].code", Phrase("\(grid.code) 不以街道编码 \(street.code) 开头", "\(grid.code) does not start with the street code \(street.code)"))
            }
            guard communityCodes.contains(grid.community) else {
                throw fail("grids[\(i)].community", Phrase("未知社区“\(grid.community)”", "unknown community '\(grid.community)'"))
            }
            guard grid.code.community == grid.community else {
                throw fail("grids[\(i)].code", Phrase("\(grid.code) 不属于社区 \(grid.community)", "\(grid.code) is not in community \(grid.community)"))
            }
            guard gridCodes.insert(grid.code).inserted else {
                throw fail("grids[\(i)].code", Phrase("网格 \(grid.code) 重复出现", "grid \(grid.code) appears twice"))
            }
            guard (0...Self.mapSize).contains(grid.row), (0...Self.mapSize).contains(grid.column) else {
                throw fail("grids[\(i)].row", Phrase("地图行列应在 0 到 \(Self.mapSize) 之间", "map row and column must be between 0 and \(Self.mapSize)"))
            }
            if let other = tiles.updateValue(grid.code, forKey: "\(grid.row),\(grid.column)") {
                throw fail("grids[\(i)].row", Phrase("地图位置（\(grid.row), \(grid.column)）已被 \(other) 占用", "map tile (\(grid.row), \(grid.column)) is already taken by \(other)"))
            }
        }

        var departmentIDs = Set<DepartmentID>()
        for (i, department) in departments.enumerated() {
            guard departmentIDs.insert(department.id).inserted else {
                throw fail("departments[\(i)].id", Phrase("部门“\(department.id)”重复出现", "department '\(department.id)' appears twice"))
            }
            if department.utility != nil, department.kind != .publicService {
                throw fail("departments[\(i)].utility", Phrase("只有公共服务企业才能是水电气热通信单位", "only a public-service company can be a utility"))
            }
        }

        var categoryIDs = Set<CategoryID>()
        func check(_ nodes: [Category], at path: String) throws(ProfileError) {
            for (i, node) in nodes.enumerated() {
                let here = "\(path)[\(i)]"
                guard categoryIDs.insert(node.id).inserted else {
                    throw fail("\(here).id", Phrase("类别“\(node.id)”重复出现", "category '\(node.id)' appears twice"))
                }
                if let department = node.department, !departmentIDs.contains(department) {
                    throw fail("\(here).department", Phrase("未知部门“\(department)”", "unknown department '\(department)'"))
                }
                try check(node.children ?? [], at: "\(here).children")
            }
        }
        try check(categories, at: "categories")
        for (i, root) in categories.enumerated() where root.timeLimit == nil {
            throw fail("categories[\(i)].timeLimit", Phrase("顶层类别须有时限等级", "a top-level category needs a time-limit class"))
        }

        for limit in TimeLimitClass.allCases where timeLimits[limit].respond > timeLimits[limit].resolve {
            throw fail("timeLimits.\(limit.rawValue)", Phrase("响应时限（\(timeLimits[limit].respond)）长于办结时限（\(timeLimits[limit].resolve)）", "respond (\(timeLimits[limit].respond)) is longer than resolve (\(timeLimits[limit].resolve))"))
        }

        var names = Set<String>()
        for (i, member) in (staff ?? []).enumerated() where !names.insert(member.name).inserted {
            throw fail("staff[\(i)].name", Phrase("“\(member.name)”重复出现", "'\(member.name)' appears twice"))
        }

        guard dueSoonFraction > 0, dueSoonFraction < 1 else {
            throw fail("dueSoonFraction", Phrase("应在 0 与 1 之间", "must be between 0 and 1"))
        }
        let weights = [rateWeights.response, rateWeights.resolution, rateWeights.satisfaction]
        guard weights.allSatisfy({ $0.isFinite && $0 >= 0 }), weights.reduce(0, +) > 0, weights.reduce(0, +).isFinite else {
            throw fail("rateWeights", Phrase("权重须为有限的数，不能为负，也不能全为零", "weights must be finite numbers, not negative and not all zero"))
        }
        for (i, pattern) in (phonePatterns ?? []).enumerated() where (try? Regex(pattern)) == nil {
            throw fail("phonePatterns[\(i)]", Phrase("“\(pattern)”不是有效的正则表达式", "'\(pattern)' is not a valid regular expression"))
        }
        if let limits = extensionLimits, limits.most < 1 {
            throw fail("extensionLimits.most", Phrase("至少为 1（不许延期就不要申请）", "must be at least 1"))
        }
        try hotline?.validate(categories: categoryIDs, grids: gridCodes, fail: fail)
        try open311?.validate(categories: categoryIDs, fail: fail)
        try validateThemes(fail: fail)
    }
}
