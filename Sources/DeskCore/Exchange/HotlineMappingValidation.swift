extension HotlineMapping {
    /// Every category and grid the tables name must exist, and no rule may match everything.
    func validate(categories: Set<CategoryID>, grids: Set<GridCode>,
                  fail: (String, Phrase) -> ProfileError) throws(ProfileError) {
        func category(_ id: CategoryID, _ at: String) throws(ProfileError) {
            guard categories.contains(id) else { throw fail(at, Phrase("未知类别“\(id)”", "unknown category '\(id)'")) }
        }
        func grid(_ code: GridCode, _ at: String) throws(ProfileError) {
            guard grids.contains(code) else { throw fail(at, Phrase("本街道没有网格 \(code)", "there is no grid \(code) in this street")) }
        }
        for (i, rule) in self.categories.enumerated() {
            guard !rule.text.isEmpty else { throw fail("hotline.categories[\(i)].text", Phrase("不能为空", "must not be empty")) }
            try category(rule.category, "hotline.categories[\(i)].category")
        }
        for (i, rule) in addresses.enumerated() {
            guard !rule.pattern.isEmpty else { throw fail("hotline.addresses[\(i)].pattern", Phrase("不能为空", "must not be empty")) }
            try grid(rule.grid, "hotline.addresses[\(i)].grid")
        }
        if let unmapped {
            try category(unmapped.category, "hotline.unmapped.category")
            try grid(unmapped.grid, "hotline.unmapped.grid")
        }
    }
}
