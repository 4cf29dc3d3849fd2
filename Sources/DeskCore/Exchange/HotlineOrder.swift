import Foundation

/// One 12345 work order as the centre dispatched it (a row of an orders file): what
/// `DeskCommand.order` takes in, or applies to the case it already created.
public struct HotlineOrder: Equatable, Sendable {
    /// 工单编号: the key; one case per order.
    public var number: String
    public var receivedAt: Date
    public var dispatchedAt: Date
    public var type: RequestType
    /// The centre's category text, mapped through the profile's `hotline.categories`.
    public var categoryText: String
    /// Mapped to a grid through the profile's `hotline.addresses`.
    public var address: String
    public var summary: String
    public var phone: String?
    public var respondBy: Date
    public var resolveBy: Date
    /// Overrides the category's time-limit class.
    public var urgency: TimeLimitClass?
    /// 督办次数 and 退回次数 so far: a higher count than last applied is a new urge or send-back.
    public var urged: Int
    public var sentBack: Int

    public init(number: String, receivedAt: Date, dispatchedAt: Date, type: RequestType, categoryText: String,
                address: String, summary: String, phone: String?, respondBy: Date, resolveBy: Date,
                urgency: TimeLimitClass?, urged: Int = 0, sentBack: Int = 0) {
        self.number = number
        self.receivedAt = receivedAt
        self.dispatchedAt = dispatchedAt
        self.type = type
        self.categoryText = categoryText
        self.address = address
        self.summary = summary
        self.phone = phone
        self.respondBy = respondBy
        self.resolveBy = resolveBy
        self.urgency = urgency
        self.urged = urged
        self.sentBack = sentBack
    }
}
