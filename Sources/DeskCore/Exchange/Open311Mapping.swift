/// How Open311 service codes become the street's categories (the profile's optional `open311`,
/// docs/profile.md). A code no rule names maps to the category whose id it is; a code that is
/// neither is taken in under the hotline's `unmapped` fallback and flagged for triage.
public struct Open311Mapping: Codable, Sendable, Equatable {
    /// Tried in order: the first whose `code` equals the request's service code. An export writes
    /// a category's services under the first rule's code naming it.
    public var services: [ServiceRule]

    public init(services: [ServiceRule]) { self.services = services }

    enum CodingKeys: String, CodingKey {
        case services = "services"
    }

    public struct ServiceRule: Codable, Sendable, Equatable {
        public var code: String
        public var category: CategoryID

        public init(code: String, category: CategoryID) {
            self.code = code
            self.category = category
        }

        enum CodingKeys: String, CodingKey {
            case code = "code"
            case category = "category"
        }
    }

    /// Every category named must exist; no code may be empty.
    func validate(categories: Set<CategoryID>, fail: (String, Phrase) -> ProfileError) throws(ProfileError) {
        for (i, rule) in services.enumerated() {
            guard !rule.code.isEmpty else { throw fail("open311.services[\(i)].code", Phrase("不能为空", "must not be empty")) }
            guard categories.contains(rule.category) else {
                throw fail("open311.services[\(i)].category", Phrase("未知类别“\(rule.category)”", "unknown category '\(rule.category)'"))
            }
        }
    }
}

extension Street {
    /// The category an Open311 service `code` maps to, or nil.
    public func category(open311Code code: String) -> CategoryID? {
        if let rule = profile.open311?.services.first(where: { $0.code == code }) { return rule.category }
        let id = CategoryID(code)
        return categories[id] != nil ? id : nil
    }

    /// The service code a category is exported under: the first rule naming it, or its own id.
    public func open311Code(_ category: CategoryID) -> String {
        profile.open311?.services.first { $0.category == category }?.code ?? category.raw
    }
}
