import AlignConfig
import Foundation
import Testing
@testable import AlignTestSupport

/// `FilePaths.absolute` joins every path to its folder: a clean join skips URL, and gives what URL
/// would have given.
@Suite struct FilePathsTests {
    @Test(arguments: [
        ("site/a.html", "/tree"), ("site/a.html", "/tree/"), ("/abs/x.md", "/tree"), ("align.yml", "/"),
        ("../x", "/tree/sub"), ("./x", "/tree"), ("a//b", "/tree"), ("a/.", "/tree"), ("a/..", "/tree"),
        ("a/b/", "/tree"), (".hidden/x", "/tree"), ("a/...", "/tree"), ("a/..b", "/tree"), ("é/ü.md", "/tree"),
        ("", "/tree"), ("..", "/"),
    ])
    func joinsAsURLWould(_ path: String, _ base: String) {
        let url = path.hasPrefix("/")
            ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(path)
        #expect(FilePaths.absolute(path, against: base) == url.standardizedFileURL.path)
    }
}
