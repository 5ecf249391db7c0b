import XCTest

final class PendingInterchangeTests: XCTestCase {}
