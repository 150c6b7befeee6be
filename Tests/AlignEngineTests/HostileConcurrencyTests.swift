@testable import AlignEngine
import Testing
@testable import AlignTestSupport

/// The counter the engine's workers share to take files: every value exactly once, however
/// many workers ask at the same time. Run under `--sanitize=thread` it must report nothing.
@Suite struct HostileConcurrencyTests {
    @Test func sharedCounterHandsOutEachValueOnce() async {
        let counter = SharedCounter()
        let workers = 8
        let each = 5_000
        let values = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<workers {
                group.addTask { (0..<each).map { _ in counter.next() } }
            }
            var all: [Int] = []
            for await taken in group { all += taken }
            return all
        }
        #expect(values.sorted() == Array(1...(workers * each)))
    }
}
