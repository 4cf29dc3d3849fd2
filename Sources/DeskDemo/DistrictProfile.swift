import DeskCore
import Foundation

/// A synthetic district-scale street for benchmarks (大型示范街道, fictional): 300 grids in 15
/// communities laid out on a 12 × 25 map, 60 departments including the five utilities, and
/// the demo street's category tree, time limits and staff.
public enum DistrictProfile {
    static let communityNames = ["槐荫", "银杏", "丁香", "海棠", "玉兰", "松柏", "紫藤", "月季",
                                 "芙蓉", "梧桐", "石榴", "合欢", "桂花", "腊梅", "翠竹"]
    /// Communities are 4 × 5 blocks of grids, three block rows by five block columns.
    static let block = (rows: 4, columns: 5)

    public static func load() throws(ProfileError) -> StreetProfile {
        var profile = try DemoProfile.load()
        profile.street.code = "110105088"
        profile.street.name = "大型示范街道"
        profile.street.district = "朝阳区"
        let communityTemplate = profile.communities[0]
        profile.communities = communityNames.enumerated().map { index, name in
            var community = communityTemplate
            community.code = String(format: "%03d", index + 1)
            community.name = name + "社区"
            return community
        }
        profile.grids = grids(street: profile.street.code, template: profile.grids)
        profile.departments = departments(template: profile.departments)
        return profile
    }

    /// Numbered west→east, north→south inside each community block, as DB11/T 2157-2023 asks.
    static func grids(street: String, template: [Grid]) -> [Grid] {
        var grids = [Grid]()
        for (index, name) in communityNames.enumerated() {
            let community = String(format: "%03d", index + 1)
            let top = index / 5 * block.rows
            let left = index % 5 * block.columns
            for sequence in 0..<(block.rows * block.columns) {
                var grid = template[(index * 20 + sequence) % template.count]
                grid.code = GridCode(street + community + String(format: "%03d", sequence + 1))!
                grid.name = "\(name)第\(chineseNumber(sequence + 1))网格"
                grid.community = community
                grid.row = top + sequence / block.columns
                grid.column = left + sequence % block.columns
                grid.worker.name = workerName(index * 20 + sequence)
                grid.worker.phone = "139" + community + String(format: "%05d", sequence + 1)
                grids.append(grid)
            }
        }
        return grids
    }

    /// The demo street's 29 departments (its categories route to them), a residents'
    /// committee for each further community, and more district bodies: 60 in all.
    static func departments(template: [Department]) -> [Department] {
        let committee = template.first { $0.kind == .residentsCommittee }!
        let more: [(String, String, DepartmentKind)] = communityNames.indices.dropFirst(5).map {
            (String(format: "rc-%03d", $0 + 1), communityNames[$0] + "社区居民委员会", .residentsCommittee)
        } + [
            ("education", "区教育委员会", .districtDepartment), ("labour", "区人力资源和社会保障局", .districtDepartment),
            ("culture", "区文化和旅游局", .districtDepartment), ("commerce", "区商务局", .districtDepartment),
            ("water-affairs", "区水务局", .districtDepartment), ("planning", "区规划和自然资源分局", .districtDepartment),
            ("veterans", "区退役军人事务局", .districtDepartment), ("justice", "区司法局", .districtDepartment),
            ("sports", "区体育局", .districtDepartment), ("medical-insurance", "区医疗保障局", .districtDepartment),
            ("development", "区发展和改革委员会", .districtDepartment),
            ("judicial-office", "大型示范街司法所", .dispatchedAgency), ("tax-office", "大型示范街税务所", .dispatchedAgency),
            ("police-east", "大型示范街东派出所", .dispatchedAgency), ("housing-office", "大型示范街房管所", .dispatchedAgency),
            ("street-party", "街道党群工作办公室", .streetUnit), ("street-community", "街道社区建设办公室", .streetUnit),
            ("street-service", "街道政务服务中心", .streetUnit), ("street-veterans", "街道退役军人服务站", .streetUnit),
            ("street-elderly", "街道养老服务指导中心", .streetUnit), ("street-emergency", "街道应急管理办公室", .streetUnit),
        ]
        return template + more.map { id, name, kind in
            var department = committee
            department.id = DepartmentID(id)
            department.name = name
            department.kind = kind
            department.contact = nil
            return department
        }
    }

    static func chineseNumber(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch n {
        case ..<10: return digits[n]
        case 10: return "十"
        case ..<20: return "十" + digits[n - 10]
        default: return digits[n / 10] + "十" + digits[n % 10]
        }
    }

    /// 300 different names: surname and given name step together, the given name one further each block of 20.
    static func workerName(_ n: Int) -> String {
        let surnames = Array("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗")
        let given = ["芳", "建华", "淑兰", "立新", "晓梅", "海涛", "丽华", "志强", "静", "卫东", "红霞", "明", "玉珍", "秀英", "伟"]
        return String(surnames[n % surnames.count]) + given[(n / surnames.count + n % surnames.count) % given.count]
    }
}
