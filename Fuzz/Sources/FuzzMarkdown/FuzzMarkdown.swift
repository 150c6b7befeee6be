import FuzzSupport

/// Any bytes, read as `page.md`: never a crash, a hang or a position outside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.readAndWalk(FuzzInput.bytes(data, size), path: "page.md")
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
