/// How the 12345 centre's words become the street's (the profile's optional `hotline`): its
/// category text to a category, an address to a grid. An order neither table maps is taken in
/// under `unmapped` and flagged for triage, never dropped (docs/exchange.md).
public struct HotlineMapping: Codable, Sendable, Equatable {
    /// Tried in order: the first whose `text` the order's category text contains.
    public var categories: [CategoryRule]
    /// Tried in order: the first whose `pattern` the order's address contains.
    public var addresses: [AddressRule]
    /// Where an order that cannot be mapped is taken in; absent: the first category and grid of the profile.
    public var unmapped: Fallback?

    public init(categories: [CategoryRule], addresses: [AddressRule], unmapped: Fallback? = nil) {
        self.categories = categories
        self.addresses = addresses
        self.unmapped = unmapped
    }

    enum CodingKeys: String, CodingKey {
        case categories = "categories"
        case addresses = "addresses"
        case unmapped = "unmapped"
    }

    public struct CategoryRule: Codable, Sendable, Equatable {
        public var text: String
        public var category: CategoryID

        public init(text: String, category: CategoryID) {
            self.text = text
            self.category = category
        }

        enum CodingKeys: String, CodingKey {
            case text = "text"
            case category = "category"
        }
    }

    public struct AddressRule: Codable, Sendable, Equatable {
        public var pattern: String
        public var grid: GridCode

        public init(pattern: String, grid: GridCode) {
            self.pattern = pattern
            self.grid = grid
        }

        enum CodingKeys: String, CodingKey {
            case pattern = "pattern"
            case grid = "grid"
        }
    }

    public struct Fallback: Codable, Sendable, Equatable {
        public var category: CategoryID
        public var grid: GridCode

        public init(category: CategoryID, grid: GridCode) {
            self.category = category
            self.grid = grid
        }

        enum CodingKeys: String, CodingKey {
            case category = "category"
            case grid = "grid"
        }
    }
}

extension Street {
    /// The category the centre's `text` maps to, or nil.
    public func category(hotlineText text: String) -> CategoryID? {
        let rules = profile.hotline?.categories ?? []
        return rules.first { !$0.text.isEmpty && text.contains($0.text) }?.category
    }

    /// The grid `address` maps to, or nil.
    public func grid(hotlineAddress address: String) -> GridCode? {
        let rules = profile.hotline?.addresses ?? []
        return rules.first { !$0.pattern.isEmpty && address.contains($0.pattern) }?.grid
    }

    /// Where an unmapped order goes: the profile's `hotline.unmapped`, or its first category and grid.
    var hotlineFallback: (category: CategoryID, grid: GridCode)? {
        if let fallback = profile.hotline?.unmapped { return (fallback.category, fallback.grid) }
        guard let category = categoryOrder.first, let grid = profile.grids.first?.code else { return nil }
        return (category, grid)
    }
}
