# The two commands of the README's quick start, and the one CI runs.
.PHONY: demo test deps

deps:
	@scripts/install-deps

# Builds align and checks the bundled sample company. Exit 1 means "findings", which is the point
# of the demo; anything else (2 bad config, 3 a bug) fails.
demo: deps
	swift build --product align
	swift run --skip-build align check corpus || test $$? -eq 1

test: deps
	swift test
