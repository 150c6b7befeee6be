import FuzzSupport

/// Any bytes, read as `page.md` and as `page.mdx` (fences, raw HTML through the HTML reader,
/// MDX syntax blanked): never a crash, a hang or a position outside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    FuzzInput.readAndWalk(bytes, path: "page.md")
    FuzzInput.readAndWalk(bytes, path: "page.mdx")
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
