/// The bytes of a rec file at a fixed address: mapped from the file (released by unmapping)
/// or a copy held in memory. Shared by every copy of the `RecFile` that indexes them.
public final class RecBytes: @unchecked Sendable {
  /// The bytes; valid as long as this object lives.
  public let buffer: UnsafeBufferPointer<UInt8>
  private let release: (@Sendable (UnsafeBufferPointer<UInt8>) -> Void)?

  /// Takes bytes that `release` frees (a mapping's `munmap`).
  public init(
    taking buffer: UnsafeBufferPointer<UInt8>,
    release: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    self.buffer = buffer
    self.release = release
  }

  /// A copy of bytes held in memory.
  public init(copying bytes: [UInt8]) {
    guard !bytes.isEmpty else {
      self.buffer = UnsafeBufferPointer(start: nil, count: 0)
      self.release = nil
      return
    }
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = copy.initialize(from: bytes)
    self.buffer = UnsafeBufferPointer(copy)
    self.release = { UnsafeMutableBufferPointer(mutating: $0).deallocate() }
  }

  deinit {
    if buffer.count > 0 { release?(buffer) }
  }

  /// The number of bytes.
  public var count: Int { buffer.count }

  /// The bytes of a range, copied into an array.
  public func array(_ range: Range<Int>) -> [UInt8] {
    Array(UnsafeBufferPointer(rebasing: buffer[range]))
  }
}

/// A rec file's bytes as a collection (`file.bytes[start..<end]`), compared with arrays.
public struct ByteView: RandomAccessCollection, Equatable, Sendable {
  let storage: RecBytes

  public var startIndex: Int { 0 }
  public var endIndex: Int { storage.buffer.count }
  public subscript(position: Int) -> UInt8 { storage.buffer[position] }

  public static func == (lhs: ByteView, rhs: ByteView) -> Bool {
    lhs.storage.buffer.elementsEqual(rhs.storage.buffer)
  }

  public static func == (lhs: ByteView, rhs: [UInt8]) -> Bool {
    lhs.storage.buffer.elementsEqual(rhs)
  }

  public static func == (lhs: [UInt8], rhs: ByteView) -> Bool {
    rhs == lhs
  }
}
