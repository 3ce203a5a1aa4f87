#if FUZZING
  import Glibc

  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// The executable's main, as SwiftPM names it: hands the command line to libFuzzer.
  @_cdecl("BookFuzz_main")
  public func fuzzMain(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOneInput)
  }

  /// libFuzzer's entry: runs the target named by `BOOK_FUZZ_TARGET` on one input.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let name = getenv("BOOK_FUZZ_TARGET").map { String(cString: $0) } ?? "rec"
    guard let target = FuzzTargets.named(name) else { return 0 }
    target(UnsafeRawBufferPointer(start: bytes, count: count))
    return 0
  }
#else
  import Foundation

  /// Without the fuzzer: `book-fuzz TARGET FILE…` replays inputs (a crash found, a corpus)
  /// through a target, so that a crash can be reproduced in an ordinary build.
  @main
  struct Replay {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTargets.named(name) else {
        print("usage: book-fuzz \(FuzzTargets.names.joined(separator: "|")) FILE…")
        exit(2)
      }
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        data.withUnsafeBytes { target($0) }
      }
    }
  }
#endif
