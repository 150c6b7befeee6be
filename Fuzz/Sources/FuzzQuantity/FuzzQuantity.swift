import AlignText
import FuzzSupport

/// Any text through the quantity scanner: every range it reports must lie in the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = FuzzInput.text(data, size)
    let count = text.utf8.count
    for found in QuantityReader.quantities(in: text) {
        precondition(found.range.lowerBound >= 0 && found.range.upperBound <= count,
                     "quantity range \(found.range) outside a text of \(count) bytes")
    }
    _ = QuantityReader.parse(text)
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
