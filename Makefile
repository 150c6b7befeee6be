# The two commands of the README's quick start, and the one CI runs.
.PHONY: demo test deps dist dist-check

deps:
	@scripts/install-deps

# Builds align and checks the bundled sample company. Exit 1 means "findings", which is the point
# of the demo; anything else (2 bad config, 3 a bug) fails.
demo: deps
	swift build --product align
	swift run --skip-build align check corpus || test $$? -eq 1

test: deps
	swift test

# The release artifact: one static binary, its licences and SHA-256 (dist/), its check from an
# empty environment, and the documented CI workflows run with it on corpus/.
dist:
	scripts/dist

dist-check: dist
	scripts/check-dist
	scripts/check-workflows
