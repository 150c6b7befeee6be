import AlignModel

/// The values a checked file leaves behind, in `ByteWriter`'s form. Each type writes its fields in
/// declaration order and reads them back in the same order.
protocol ByteCodable {
    func write(to writer: inout ByteWriter)
    init(from reader: inout ByteReader) throws(ByteReader.Malformed)
}

extension ByteWriter {
    mutating func value<T: ByteCodable>(_ value: T) {
        value.write(to: &self)
    }

    mutating func values<T: ByteCodable>(_ values: [T]) {
        list(values) { writer, value in value.write(to: &writer) }
    }

    /// Dictionary entries sorted by key, so that equal values give equal bytes.
    mutating func spans(_ map: [String: SourceSpan]) {
        list(map.keys.sorted()) { writer, key in
            writer.string(key)
            writer.value(map[key]!)
        }
    }
}

extension ByteReader {
    mutating func value<T: ByteCodable>(_ type: T.Type = T.self) throws(Malformed) -> T {
        try T(from: &self)
    }

    mutating func values<T: ByteCodable>(_ type: T.Type = T.self) throws(Malformed) -> [T] {
        try list { reader throws(Malformed) in try T(from: &reader) }
    }

    mutating func spans() throws(Malformed) -> [String: SourceSpan] {
        let pairs = try list { reader throws(Malformed) in (try reader.string(), try reader.value(SourceSpan.self)) }
        return Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }
}

extension SourcePosition: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.int(line)
        writer.int(column)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(line: try reader.int(), column: try reader.int())
    }
}

extension SourceSpan: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.value(start)
        // The end is mostly on the start's line: its line is written as the difference.
        writer.int(end.line - start.line)
        writer.int(end.column)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let start = try reader.value(SourcePosition.self)
        let endLine = start.line + (try reader.int())
        self.init(start: start, end: SourcePosition(line: endLine, column: try reader.int()))
    }
}

extension RelatedLocation: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(file)
        writer.int(line)
        writer.int(column)
        writer.string(message)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(file: try reader.string(), line: try reader.int(), column: try reader.int(), message: try reader.string())
    }
}

extension Finding: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(rule)
        writer.string(severity.rawValue)
        writer.string(file)
        writer.value(span)
        writer.optional(channel?.rawValue)
        writer.string(message)
        writer.optional(promise)
        writer.optional(value)
        writer.optional(expected)
        writer.values(related)
        writer.optional(sourceLine)
        writer.string(context)
        writer.optional(fix)
        writer.string(fingerprint)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let rule = try reader.string()
        let severity = try reader.named(Severity.self)
        let file = try reader.string()
        let span = try reader.value(SourceSpan.self)
        let channel = try reader.optional().map { name throws(ByteReader.Malformed) in
            guard let channel = Channel(rawValue: name) else { throw ByteReader.Malformed() }
            return channel
        }
        self.init(rule: rule, severity: severity, file: file, span: span, channel: channel,
                  message: try reader.string(), promise: try reader.optional(), value: try reader.optional(),
                  expected: try reader.optional(), related: try reader.values(), sourceLine: try reader.optional(),
                  context: try reader.string(), fix: try reader.optional(), fingerprint: try reader.string())
    }
}

extension Claim: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(promise)
        writer.string(valueText)
        writer.string(valueKey)
        writer.string(file)
        writer.value(span)
        writer.string(channel.rawValue)
        writer.string(sentence)
        writer.optional(condition)
        writer.bool(agreesWithStatement)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(promise: try reader.string(), valueText: try reader.string(), valueKey: try reader.string(),
                  file: try reader.string(), span: try reader.value(), channel: try reader.named(Channel.self),
                  sentence: try reader.string())
        condition = try reader.optional()
        agreesWithStatement = try reader.bool()
    }
}

extension Offer: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(kind)
        writer.string(file)
        writer.value(span)
        writer.string(channel.rawValue)
        writer.optional(audience?.rawValue)
        writer.string(sentence)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let kind = try reader.string()
        let file = try reader.string()
        let span = try reader.value(SourceSpan.self)
        let channel = try reader.named(Channel.self)
        let audience = try reader.optional().flatMap(Audience.init(rawValue:))
        self.init(kind: kind, file: file, span: span, channel: channel, audience: audience, sentence: try reader.string())
    }
}

extension DocumentFacts: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(file)
        writer.string(channel.rawValue)
        writer.optional(audience?.rawValue)
        writer.values(claims)
        writer.spans(stated)
        writer.values(offers)
        writer.strings(satisfied.sorted())
        writer.values(pending)
        writer.strings(hedged.sorted())
        writer.strings(considered.sorted())
        writer.spans(matches)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init()
        file = try reader.string()
        channel = try reader.named(Channel.self)
        audience = try reader.optional().flatMap(Audience.init(rawValue:))
        claims = try reader.values()
        stated = try reader.spans()
        offers = try reader.values()
        satisfied = Set(try reader.strings())
        pending = try reader.values()
        hedged = Set(try reader.strings())
        considered = Set(try reader.strings())
        matches = try reader.spans()
    }
}

extension Suppression: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.strings(rules)
        writer.int(lines.lowerBound)
        writer.int(lines.upperBound)
        writer.value(position)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let rules = try reader.strings()
        let lower = try reader.int()
        let upper = try reader.int()
        guard lower <= upper else { throw ByteReader.Malformed() }
        self.init(rules: rules, lines: lower...upper, position: try reader.value())
    }
}

extension CheckedDocument: ByteCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(path)
        writer.string(channel.rawValue)
        writer.bool(placed)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(path: try reader.string(), channel: try reader.named(Channel.self), placed: try reader.bool())
    }
}
