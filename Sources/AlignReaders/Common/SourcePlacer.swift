import AlignModel

/// Gives located scalars (each with its index in the source, or none) their source positions as
/// they go into a block: the one place readers turn source indexes into positions. Text that
/// follows on from the last scalar on its line needs no position of its own, so a run of plain
/// ASCII words is copied as bytes.
struct SourcePlacer {
    let source: SourceText
    let lineOffset: Int
    /// A run's indexes mostly go forward on one line: look there before searching every line.
    var line = 1
    /// The source index that follows on from the last scalar added when that was no space,
    /// and the end of its line: plain text there needs no position of its own.
    var following = -1
    var lineEnd = 0

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar, at index: Int?, to builder: inout BlockBuilder) {
        guard let index else {
            builder.append(scalar, at: nil)
            following = -1
            return
        }
        if index == following, index < lineEnd, BlockBuilder.isPlainASCII(scalar) {
            builder.appendFollowing(scalar)
            following += 1
            return
        }
        var position = source.position(of: index, near: &line)
        position.line += lineOffset
        builder.append(scalar, at: position)
        following = TextScalars.isSpace(scalar) ? -1 : index + 1
        lineEnd = source.start(ofLine: line + 1)
    }

    /// A located text node: stretches of plain ASCII words that follow on in the source are
    /// copied as bytes in one go.
    @inline(__always)
    mutating func add(_ scalars: [Unicode.Scalar], at indexes: [Int], to builder: inout BlockBuilder) {
        scalars.withUnsafeBufferPointer { scalars in
            indexes.withUnsafeBufferPointer { indexes in
                var start = 0
                while start < scalars.count {
                    var end = start
                    while end < scalars.count, indexes[end] == following + (end - start), indexes[end] < lineEnd {
                        if BlockBuilder.isPlainASCII(scalars[end]) {
                            end += 1
                        } else if TextScalars.isSpace(scalars[end]), end + 1 < scalars.count, indexes[end + 1] == indexes[end] + 1,
                                  indexes[end + 1] < lineEnd, BlockBuilder.isPlainASCII(scalars[end + 1]) {
                            // One space between words on the line: it would be written where it stands.
                            end += 2
                        } else {
                            break
                        }
                    }
                    if end > start {
                        builder.appendFollowing(words: UnsafeBufferPointer(rebasing: scalars[start..<end]))
                        following += end - start
                        start = end
                    } else {
                        add(scalars[start], at: indexes[start], to: &builder)
                        start += 1
                    }
                }
            }
        }
    }
}
