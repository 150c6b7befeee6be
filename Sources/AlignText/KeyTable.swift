/// The one hash table of align's word lists, phrase index and stem cache: open addressing on a
/// `WordKey`, linear probing, at most half full. A key may be added more than once (two longer
/// words whose keys collide): `first(_:where:)` walks every value under a key and compares what
/// the caller stores; the subscript, for exact keys, gives the one value. The empty word's key
/// (raw value 0) marks a free slot and is never a key.
public struct KeyTable<Value: Sendable>: Sendable {
    @usableFromInline struct Slot: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Value?
    }

    @usableFromInline var slots: [Slot]
    public private(set) var count = 0

    public init(minimumCapacity: Int = 4) {
        var size = 8
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: size)
    }

    /// A value under `key`, or nil: for a key added once (an exact key is, by its table's owner).
    @inlinable @inline(__always)
    public subscript(key: WordKey) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let entry = slots[slot]
            if entry.key == key.rawValue { return entry.value }
            if entry.key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inlinable @inline(__always)
    public func contains(_ key: WordKey) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let stored = slots[slot].key
            if stored == key.rawValue { return key.rawValue != 0 }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// The first value under `key` that `matches`, for keys that are not exact.
    @inlinable
    public func first(_ key: WordKey, where matches: (Value) -> Bool) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let entry = slots[slot]
            if entry.key == 0 { return nil }
            if entry.key == key.rawValue, let value = entry.value, matches(value) { return value }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `value` under `key`, beside any value the key already has.
    public mutating func insert(_ value: Value, for key: WordKey) {
        precondition(key.rawValue != 0, "the empty word is no key")
        if (count + 1) * 2 > slots.count { grow() }
        place(key.rawValue, value)
        count += 1
    }

    public mutating func removeAll() {
        for index in slots.indices { slots[index] = Slot(key: 0, value: nil) }
        count = 0
    }

    private mutating func place(_ key: UInt64, _ value: Value) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: WordKey(rawValue: key).mixed) & mask
        while slots[slot].key != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, value: value)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: old.count * 2)
        for entry in old where entry.key != 0 { place(entry.key, entry.value!) }
    }
}

extension WordKey {
    /// A key as a table stores it.
    @usableFromInline init(rawValue: UInt64) { self.rawValue = rawValue }
}
