import AlignConfig
import AlignText
import FuzzSupport

/// Any bytes as `expect.yml`, values checked the way a session checks them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let file = ScratchFile(name: "expect.yml")
    guard file.write(FuzzInput.bytes(data, size)) else { return 0 }
    _ = try? ExpectationLoader.load(path: file.path, displayPath: "expect.yml") { value in
        QuantityReader.parse(value) == nil ? "not a value" : nil
    }
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
