import FuzzSupport

/// Any bytes, read as a Word document and as a PowerPoint deck (the ZIP container, then its XML
/// parts): never a crash, a hang, a file written or a position outside the document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    FuzzInput.readAndWalk(bytes, path: "plan.docx")
    FuzzInput.readAndWalk(bytes, path: "deck.pptx")
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
