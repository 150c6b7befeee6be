import FuzzSupport

/// Any bytes, read as a JSON content file, a YAML content file and an MJML email template: never a crash, a hang
/// or a position outside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    FuzzInput.readAndWalk(bytes, path: "content.json")
    FuzzInput.readAndWalk(bytes, path: "content.yml")
    FuzzInput.readAndWalk(bytes, path: "template.mjml")
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
