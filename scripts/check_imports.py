"""Reads `swift package dump-package` on standard input; see scripts/check-imports."""
import json, os, re, sys

# Modules of the toolchain and the platform: always importable, never declared.
PLATFORM = {"Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Glibc",
            "Musl", "Darwin", "Dispatch", "Synchronization", "Testing", "XCTest", "PackagePlugin",
            "Swift", "_Concurrency", "os", "WinSDK", "Android"}
IMPORT = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:public\s+|internal\s+|package\s+|private\s+|fileprivate\s+)?"
                    r"import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_][A-Za-z0-9_]*)")
ROOTS = {"test": "Tests", "plugin": "Plugins"}

package = json.load(sys.stdin)
problems = 0
for target in package["targets"]:
    if target["type"] == "system":
        continue
    owner = target["name"]
    declared = set()
    for dependency in target["dependencies"]:
        kind, value = next(iter(dependency.items()))
        declared.add(value[0])
    path = target.get("path") or os.path.join(ROOTS.get(target["type"], "Sources"), target["name"])
    excluded = [os.path.join(path, e) for e in target.get("exclude", [])]
    for folder, _, files in os.walk(path):
        if any(folder == e or folder.startswith(e + os.sep) for e in excluded):
            continue
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            file = os.path.join(folder, name)
            with open(file, encoding="utf-8") as source:
                in_literal = False  # inside a multi-line string (a test may hold a Python script)
                for number, line in enumerate(source, 1):
                    delimiters = line.count('"""')
                    match = None if in_literal else IMPORT.match(line)
                    in_literal ^= delimiters % 2 == 1
                    if not match:
                        continue
                    module = match.group(1)
                    if module in PLATFORM or module in declared or module == target["name"]:
                        continue
                    print(f"{file}:{number}: error: {owner} imports {module}, which Package.swift does not declare among its dependencies")
                    problems += 1
if problems:
    sys.exit(f"check-imports: {problems} undeclared import(s); declare them in Package.swift or remove them")
print("check-imports: every import is declared")
