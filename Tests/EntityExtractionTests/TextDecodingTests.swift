@testable import EntityExtraction
import Foundation
import XCTest

final class TextDecodingTests: XCTestCase {
    let sample = "زار الوفد بغداد"

    func testUTF8WithAndWithoutBOM() throws {
        XCTAssertEqual(try TextDecoding.decode(Data(sample.utf8), path: "a.txt"), sample)
        XCTAssertEqual(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8), path: "a.txt"), sample)
    }

    func testUTF16WithBOMBothByteOrders() throws {
        var le = Data([0xFF, 0xFE]), be = Data([0xFE, 0xFF])
        for unit in sample.utf16 {
            le.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
            be.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        XCTAssertEqual(try TextDecoding.decode(le, path: "le.txt"), sample)
        XCTAssertEqual(try TextDecoding.decode(be, path: "be.txt"), sample)
    }

    func testWindows1256IsDetected() throws {
        // "سلام" in Windows-1256: س=0xD3 ل=0xE1 ا=0xC7 م=0xE3
        XCTAssertEqual(try TextDecoding.decode(Data([0xD3, 0xE1, 0xC7, 0xE3]), path: "old.txt"), "سلام")
    }

    func testUndecodableBytesNameTheFile() {
        XCTAssertThrowsError(try TextDecoding.decode(Data([0xFF, 0xFE, 0x41]), path: "broken.txt")) { error in
            XCTAssertTrue("\(error)".contains("broken.txt"))
            XCTAssertEqual((error as? ExtractionError)?.code, "E101")
        }
    }
}
