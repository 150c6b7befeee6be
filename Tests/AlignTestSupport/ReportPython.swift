import Foundation

/// Runs python3 on a script over one file of output, for checks done by independent parsers.
enum ReportPython {
    struct Outcome {
        var status: Int32
        var output: String
    }

    static func run(_ script: String, on text: String, extension fileExtension: String, arguments: [String] = []) throws -> Outcome {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("align-report-\(UUID().uuidString).\(fileExtension)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}

/// The SARIF 2.1.0 schema and a python3 jsonschema check against it.
enum SARIFSchema {
    static let file = TestPaths.fixtures.appendingPathComponent("schemas/sarif-schema-2.1.0.json")

    static let validate = """
        import json, sys, jsonschema
        document = json.load(open(sys.argv[1], encoding="utf-8"))
        schema = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=lambda e: list(e.path))
        for error in errors:
            print("/".join(str(p) for p in error.path), error.message)
        sys.exit(1 if errors else 0)
        """
}
