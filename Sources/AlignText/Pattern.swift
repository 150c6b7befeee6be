import CPCRE2

/// A regular expression a user wrote (in `expect.yml` or a rule pack), compiled once per run
/// with PCRE2. PCRE2 is used rather than Swift `Regex` because its match and depth limits bound
/// catastrophic backtracking: a runaway pattern stops with `.limitExceeded` instead of stalling.
public final class Pattern: @unchecked Sendable {
    // Safe to share: the compiled code is immutable after init; every match (or `Session`) has
    // its own match data and match context, as PCRE2 requires for concurrent use.
    private let code: OpaquePointer
    public let source: String
    private let matchLimit: UInt32
    private let depthLimit: UInt32

    public struct CompileError: Error, Hashable, Sendable {
        public var message: String
        /// 0-based offset in the pattern where PCRE2 stopped.
        public var offset: Int
    }

    public enum MatchOutcome: Hashable, Sendable {
        case matches([Range<Int>])
        /// The pattern ran past its match or depth limit on this text.
        case limitExceeded
    }

    /// Compiles `source` as a case-insensitive UTF pattern.
    public init(_ source: String, caseInsensitive: Bool = true, matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000) throws(CompileError) {
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        var options = UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP)
        if caseInsensitive { options |= UInt32(PCRE2_CASELESS) }
        let bytes = Array(source.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw CompileError(message: Pattern.errorMessage(errorCode), offset: errorOffset)
        }
        // JIT is an optimisation: when it is unavailable the interpreter honours the same limits.
        _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
        self.code = compiled
        self.source = source
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
    }

    deinit {
        pcre2_code_free_8(code)
    }

    /// Every non-overlapping match in `text`, as UTF-8 ranges.
    public func matches(in text: String) -> MatchOutcome {
        guard let session = Session(self) else { return .matches([]) }
        return session.matches(in: text)
    }

    /// Match data and a match context for one task's matches of a pattern: a rule matching every
    /// sentence of a document makes them once instead of once per sentence (two allocations and
    /// frees each). Not Sendable: PCRE2 match data serves one match at a time.
    public final class Session {
        private let pattern: Pattern
        private let matchData: OpaquePointer
        private let context: OpaquePointer

        /// Nil when PCRE2 cannot allocate (then nothing matches, as `matches(in:)` has it).
        public init?(_ pattern: Pattern) {
            guard let matchData = pcre2_match_data_create_from_pattern_8(pattern.code, nil) else { return nil }
            guard let context = pcre2_match_context_create_8(nil) else {
                pcre2_match_data_free_8(matchData)
                return nil
            }
            pcre2_set_match_limit_8(context, pattern.matchLimit)
            pcre2_set_depth_limit_8(context, pattern.depthLimit)
            self.pattern = pattern
            self.matchData = matchData
            self.context = context
        }

        deinit {
            pcre2_match_context_free_8(context)
            pcre2_match_data_free_8(matchData)
        }

        /// Every non-overlapping match in `text`, as UTF-8 ranges.
        public func matches(in text: String) -> MatchOutcome {
            // The string's own bytes: no copy per sentence.
            var text = text
            return text.withUTF8 { bytes in
                guard bytes.baseAddress != nil else {
                    // PCRE2 wants a subject pointer even for an empty subject.
                    return [UInt8]().withUnsafeBufferPointer { pattern.matches(in: $0, matchData: matchData, context: context) }
                }
                return pattern.matches(in: bytes, matchData: matchData, context: context)
            }
        }
    }

    fileprivate func matches(in bytes: UnsafeBufferPointer<UInt8>, matchData: OpaquePointer, context: OpaquePointer) -> MatchOutcome {
        var ranges: [Range<Int>] = []
        var start = 0
        while start <= bytes.count {
            let rc = pcre2_match_8(code, bytes.baseAddress, bytes.count, start, 0, matchData, context)
            if rc == PCRE2_ERROR_NOMATCH { break }
            // The JIT has its own stack (32 KiB by default): a runaway pattern on a long sentence
            // exhausts it before the match limit, and must be reported the same way.
            if rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT
                || rc == PCRE2_ERROR_JIT_STACKLIMIT {
                return .limitExceeded
            }
            guard rc > 0, let vector = pcre2_get_ovector_pointer_8(matchData) else { break }
            let lower = Int(vector[0])
            let upper = Int(vector[1])
            ranges.append(lower..<upper)
            // An empty match advances by one scalar so the loop ends.
            if upper > lower {
                start = upper
            } else {
                var next = upper + 1
                while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
                start = next
            }
        }
        return .matches(ranges)
    }

    private static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        guard length > 0 else { return "invalid regular expression (PCRE2 error \(code))" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
