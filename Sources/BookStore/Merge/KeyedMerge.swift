/// A three-way merge of sequences whose elements have unique keys: records of a file by
/// their id, fields of a record by name (a repeating field's values by name and value).
///
/// An element kept on one side and unchanged on the other is kept as that side has it; one
/// changed on both is settled by `payload` (which may record a conflict and keep ours). An
/// element deleted on one side and unchanged on the other is deleted; deleted on one and
/// changed on the other is a conflict, and our side (kept or deleted) stands. An element
/// added on one side is added; added on both is one element, settled by `payload` when the
/// two differ.
///
/// The order is the base's, with each new element after the element that precedes it on the
/// side that added it; new elements of both sides at the same place are interleaved by key,
/// each side's own order kept. So the result does not depend on which side is "ours" unless
/// there is a conflict.
struct KeyedMerge<Payload: Equatable> {
  /// One element: its key and what it holds.
  struct Element: Equatable {
    var key: String
    var payload: Payload
  }

  /// How an element was settled when both sides changed it, or one deleted what the other
  /// changed.
  enum Clash {
    /// Both sides hold the element, differently (base: nil when both added it).
    case bothChanged(key: String, base: Payload?, ours: Payload, theirs: Payload)
    /// One side deleted the element, the other changed it.
    case deletedAndChanged(key: String, base: Payload, ours: Payload?, theirs: Payload?)
  }

  /// Settles an element both sides changed: returns the merged payload.
  var payload: (_ key: String, _ base: Payload?, _ ours: Payload, _ theirs: Payload) -> Payload
  /// Told of an element deleted on one side and changed on the other.
  var deletedAndChanged:
    (_ key: String, _ base: Payload, _ ours: Payload?, _ theirs: Payload?) ->
      Void

  func merge(base: [Element], ours: [Element], theirs: [Element]) -> [Element] {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    let baseMap = Dictionary(
      base.map { ($0.key, $0.payload) }, uniquingKeysWith: { first, _ in first })
    let oursMap = Dictionary(
      ours.map { ($0.key, $0.payload) }, uniquingKeysWith: { first, _ in first })
    let theirsMap = Dictionary(
      theirs.map { ($0.key, $0.payload) }, uniquingKeysWith: { first, _ in first })

    var result: [Element] = []
    var emitted: Set<String> = []
    func emit(_ key: String) {
      guard emitted.insert(key).inserted, let payload = settle(key) else { return }
      result.append(Element(key: key, payload: payload))
    }
    func settle(_ key: String) -> Payload? {
      let original = baseMap[key]
      switch (oursMap[key], theirsMap[key]) {
      case (let mine?, let other?):
        if mine == other || other == original { return mine }
        if mine == original { return other }
        return payload(key, original, mine, other)
      case (let mine?, nil):
        guard let original else { return mine }
        if mine == original { return nil }
        deletedAndChanged(key, original, mine, nil)
        return mine
      case (nil, let other?):
        guard let original else { return other }
        if other != original { deletedAndChanged(key, original, nil, other) }
        return nil
      case (nil, nil):
        return nil
      }
    }

    let oursNew = Self.newElements(ours, base: baseMap)
    let theirsNew = Self.newElements(theirs, base: baseMap)
    for key in Self.interleave(oursNew[nil] ?? [], theirsNew[nil] ?? []) { emit(key) }
    for element in base {
      emit(element.key)
      for key in Self.interleave(oursNew[element.key] ?? [], theirsNew[element.key] ?? []) {
        emit(key)
      }
    }
    return result
  }

  /// A side's new elements grouped by the base element they follow (nil: at the start).
  private static func newElements(_ side: [Element], base: [String: Payload]) -> [String?: [String]]
  {
    var groups: [String?: [String]] = [:]
    var anchor: String?
    for element in side {
      if base[element.key] != nil {
        anchor = element.key
      } else {
        groups[anchor, default: []].append(element.key)
      }
    }
    return groups
  }

  /// Two sides' new keys at one place, merged by key while each side keeps its order; a key
  /// both added comes once.
  private static func interleave(_ ours: [String], _ theirs: [String]) -> [String] {
    var out: [String] = []
    var mine = ours[...]
    var other = theirs[...]
    while let next = mine.first, let their = other.first {
      if next == their {
        out.append(next)
        mine.removeFirst()
        other.removeFirst()
      } else if next < their {
        out.append(next)
        mine.removeFirst()
      } else {
        out.append(their)
        other.removeFirst()
      }
    }
    return out + mine + other
  }
}
