import Foundation
/// libFuzzer's driver (`LLVMFuzzerRunDriver`, in the libFuzzer runtime the fuzz targets link).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Starts libFuzzer on `test` with the command line's arguments.
///
/// Why a call and not libFuzzer's own main(): SwiftPM links every executable with its own entry
/// point (`main` is made an alias of `<Target>_main`, the module's top-level code), so the
/// main() in the libFuzzer runtime is never used; the fuzz target's top-level code calls this.
public enum FuzzDriver {
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}
