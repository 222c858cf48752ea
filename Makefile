# SPDX-License-Identifier: GPL-3.0-or-later
# Developer entry points for MentorDesk (Debian 12 / Qt 6.4). `make help` lists the targets.
#
#     make run                         build and start the app with the demo program
#     make test BUILD_TYPE=Debug       Debug build in build/, then every test suite
#     make test-sanitize               ASan + UBSan build in build-asan/, then every test suite

# Build folder, CMake build type and extra arguments for the first configure of BUILD_DIR.
# CMAKE_ARGS only take effect when BUILD_DIR is configured; `make configure` re-applies them.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
CMAKE_ARGS ?=
# The libFuzzer build (clang) of `fuzz-smoke`, and how long it fuzzes.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 30
# The AddressSanitizer + UBSan build of `test-sanitize`: RelWithDebInfo, since optimised code runs
# the suites (the import kill test imports 100,000 rows six times) several times faster than a
# Debug build under the sanitizers, and -g keeps the stack traces readable.
SANITIZE_BUILD_DIR ?= build-asan
SANITIZE_BUILD_TYPE ?= RelWithDebInfo
# Every finding ends the test with a stack trace (UBSan is built with -fno-sanitize-recover too).
# LeakSanitizer stays off: Qt, fontconfig and ICU keep one-time allocations until exit that LSan
# reports as leaks, and the suppressions would follow each Qt and distribution release rather
# than our code; the suites check memory errors and undefined behaviour.
SANITIZE_ENV := ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1:detect_leaks=0:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# Everything needed to build, test, package and take screenshots. r-cran-survival (R's survival
# package, pulls in r-base-core): scripts/analytics_reference.R re-derives the R numbers frozen into
# tests/test_kaplanmeier.cpp and tests/test_intervals.cpp, and the analytics cross-check (to come)
# compares whole programs with R. No ctest needs R. qt6-svg-dev: the dashboards save charts as SVG
# (QSvgGenerator) and their tests read the files back (QSvgRenderer). libqt6opengl6-dev: CMake's
# Qt6Charts package needs Qt6OpenGL's, which qt6-charts-dev does not pull in.
DEBIAN_PACKAGES := qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev \
	qt6-tools-dev-tools qt6-l10n-tools libqcustomplot-dev libqcustomplot2.1-qt6 libgl1-mesa-dev \
	libsqlite3-dev sqlite3 libqt6svg6 qt6-svg-dev cmake ninja-build g++ xvfb xauth clang-format libuchardet-dev \
	clang-14 libclang-rt-14-dev qt6-translations-l10n liblemon-dev glpk-utils libical-dev poppler-utils \
	r-cran-survival

# C++ sources that `format` and `format-check` cover.
FORMAT_DIRS := app ui models tests bench
FORMAT_FILES = $(shell find $(FORMAT_DIRS) -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null | sort)

# CMake and Ninja parallelise the build; the targets here must run in order.
.NOTPARALLEL:
.DEFAULT_GOAL := build
.PHONY: help deps configure build run test test-sanitize bench format format-check fuzz-smoke screenshots clean

help: ## List the targets and the variables they use
	@echo 'Targets:'
	@grep -E '^[a-z-]+:.*## ' $(firstword $(MAKEFILE_LIST)) | \
		awk 'BEGIN { FS = ":.*## " } { printf "  %-14s %s\n", $$1, $$2 }'
	@echo 'Variables: BUILD_DIR=$(BUILD_DIR) BUILD_TYPE=$(BUILD_TYPE) CMAKE_ARGS=$(CMAKE_ARGS)'

deps: ## Install the missing Debian packages (apt-get, through sudo unless root)
	@missing=''; \
	for package in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$package" 2>/dev/null | grep -q '^install ok installed$$' || \
			missing="$$missing $$package"; \
	done; \
	if [ -z "$$missing" ]; then echo 'deps: all packages are installed'; exit 0; fi; \
	echo "deps: installing$$missing"; \
	sudo=''; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	$$sudo apt-get update && \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing

# Configures BUILD_DIR once; a configure that fails leaves no cache, so the next run retries.
$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS) || \
		{ rm -f $(BUILD_DIR)/CMakeCache.txt; exit 1; }

configure: ## Configure BUILD_DIR again, applying BUILD_TYPE and CMAKE_ARGS
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

build: $(BUILD_DIR)/CMakeCache.txt ## Configure BUILD_DIR if needed, then build everything
	cmake --build $(BUILD_DIR)

run: deps build ## Build, then start MentorDesk with the demo program
	$(BUILD_DIR)/app/mentordesk --demo

test: deps build ## Build, then run every test suite with ctest
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j2

# CMAKE_ARGS apply here too (e.g. a compiler launcher on a developer's machine).
test-sanitize: deps ## Build in SANITIZE_BUILD_DIR with ASan and UBSan, then run every test suite
	cmake -S . -B $(SANITIZE_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(SANITIZE_BUILD_TYPE) -DMENTORDESK_SANITIZE=ON \
		-DMENTORDESK_WERROR=ON -DMENTORDESK_BUILD_BENCH=OFF $(CMAKE_ARGS)
	cmake --build $(SANITIZE_BUILD_DIR)
	env $(SANITIZE_ENV) ctest --test-dir $(SANITIZE_BUILD_DIR) --output-on-failure -j2

bench: deps build ## Build, then run each benchmark program of bench/ (use a Release build)
	@set -e; found=''; \
	for program in $$(find $(BUILD_DIR)/bench -maxdepth 1 -type f -perm -u+x 2>/dev/null | sort); do \
		found=yes; echo "== $$program"; "$$program"; \
	done; \
	[ -n "$$found" ] || { echo 'bench: no benchmark programs in $(BUILD_DIR)/bench' >&2; exit 1; }

format: ## Reformat the C++ sources with clang-format
	@[ -z "$(FORMAT_FILES)" ] || clang-format -i $(FORMAT_FILES)

format-check: ## Fail if a C++ source is not formatted as clang-format would
	@[ -z "$(FORMAT_FILES)" ] || clang-format --dry-run --Werror $(FORMAT_FILES)

# libFuzzer adds every input that finds new code to the first corpus folder it is given, so it
# fuzzes a scratch copy: the committed seeds stay as tests/data/csv/make-fixtures.sh writes them.
# Findings (crash-*, leak-*, timeout-*) go to FUZZ_BUILD_DIR, not into the working tree.
fuzz-smoke: deps ## Build the CSV reader's fuzzer (clang 14) and run it for FUZZ_SECONDS seconds
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
		-DMENTORDESK_FUZZ=ON -DMENTORDESK_BUILD_TESTS=OFF -DMENTORDESK_BUILD_BENCH=OFF -DMENTORDESK_WERROR=ON
	cmake --build $(FUZZ_BUILD_DIR) --target fuzz_csvreader
	@scratch=$$(mktemp -d); trap 'rm -rf -- "$$scratch"' EXIT; \
	cp -R tests/fuzz/corpus/. "$$scratch"/ && \
	$(FUZZ_BUILD_DIR)/models/importing/fuzz_csvreader -max_total_time=$(FUZZ_SECONDS) \
		-artifact_prefix=$(FUZZ_BUILD_DIR)/ "$$scratch"

screenshots: deps build ## Build, then take the documentation screenshots (scripts/screenshots.sh)
	BUILD_DIR=$(BUILD_DIR) bash scripts/screenshots.sh

clean: ## Delete BUILD_DIR
	@case '$(BUILD_DIR)' in ''|/|.|..) echo 'clean: refusing to delete "$(BUILD_DIR)"' >&2; exit 1;; esac
	rm -rf -- '$(BUILD_DIR)'
