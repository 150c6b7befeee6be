import AlignReaders
import FuzzSupport

/// Any bytes, read both as one message (`.eml`) and as a mailbox (`.mbox`), with small MIME
/// limits so that the fuzzer reaches the limit paths with short inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let tight = ReadOptions(maxNestingDepth: 8, maxMimeParts: 16)
    FuzzInput.readAndWalk(bytes, path: "message.eml")
    FuzzInput.readAndWalk(bytes, path: "message.eml", options: tight)
    FuzzInput.readAndWalk(bytes, path: "archive.mbox", options: tight)
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
