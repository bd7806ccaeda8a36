# Simpul: `make run` serves the demo, `make test` runs every test.
# Both install what is missing first (scripts/bootstrap.sh), so they work on a
# fresh Debian 12 machine.

BUILD_DIR ?= build
SIMPUL    := $(BUILD_DIR)/simpul
DATABASE  ?= sqlite:var/simpul.db
LISTEN    ?= 127.0.0.1:8080
WEB_SOURCES := $(shell find web/src -type f 2>/dev/null) web/index.html web/vite.config.ts web/tsconfig.json package-lock.json

.PHONY: run test build bootstrap native web bench clean

run: build
	@$(SIMPUL) demo --database $(DATABASE)
	@echo ""
	@echo "Simpul is starting at http://$(LISTEN)/  (stop with Ctrl+C)"
	@echo "Login (demo region Kota Madiun): admin / Demo-Simpul-2026  (superadmin)"
	@echo "  also operator.dinkes, operator.bappeda, walikota, sekda, auditor, warga with the same password"
	@echo ""
	@exec $(SIMPUL) serve --database $(DATABASE) --listen $(LISTEN)

test: build
	@scripts/test-all.sh

build: bootstrap native web

bootstrap:
	@scripts/bootstrap.sh

native:
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	@cmake --build $(BUILD_DIR) -j $$(nproc)

web: web/dist/index.html

web/dist/index.html: $(WEB_SOURCES)
	@npm run --silent build

bench: build
	@bench/run.sh
	@bench/organisation.sh

clean:
	rm -rf $(BUILD_DIR) web/dist test-results
