import AlignConfig
import AlignPacks
import FuzzSupport

/// Any bytes as `align.yml`: a Configuration or a ConfigError, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let file = ScratchFile(name: "align.yml")
    guard file.write(FuzzInput.bytes(data, size)) else { return 0 }
    _ = try? ConfigLoader.load(path: file.path, builtinPacks: Set(BuiltinPacks.names))
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
