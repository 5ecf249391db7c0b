import XCTest

final class PendingStoreTests: XCTestCase {}
