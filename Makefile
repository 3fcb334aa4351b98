# SPDX-License-Identifier: GPL-2.0
# ptcpdump: `make` builds build/ptcpdump and build/ptcpdump-top.
# `make SAN=1` builds an ASan+UBSan copy into build-san/. Areas add rules in mk/*.mk.

VERSION := 0.1.0
PREFIX ?= /usr/local
DESTDIR ?=
SAN ?= 0
WERROR ?= 1

CC ?= cc
CLANG ?= clang
PKG_CONFIG ?= pkg-config

ifeq ($(SAN),1)
BUILD ?= build-san
OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
BUILD ?= build
OPT := -O2 -g
endif

PKGS := libpcap libbpf libelf zlib libcrypto
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
ifeq ($(PKG_LIBS),)
PKG_LIBS := -lpcap -lbpf -lelf -lz -lcrypto
endif

WARN := -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
	-Wno-format-nonliteral -Wpointer-arith -Wundef -Wvla -Wwrite-strings -Wimplicit-fallthrough
ifeq ($(WERROR),1)
WARN += -Werror
endif
CPPFLAGS += -D_GNU_SOURCE -DPTCPDUMP_VERSION='"$(VERSION)"' -I$(BUILD) -Isrc
CFLAGS ?= $(OPT)
CFLAGS += -std=gnu11 $(WARN) -fstack-protector-strong $(PKG_CFLAGS)
ifneq ($(SAN),1)
CPPFLAGS += -D_FORTIFY_SOURCE=2
endif
ifeq ($(SAN),1)
LDFLAGS += -fsanitize=address,undefined
endif
LDLIBS += $(PKG_LIBS) -lpthread

CORE_SRC := $(wildcard src/core/*.c)
DECODE_SRC := $(wildcard src/decode/*.c)
CAPTURE_SRC := $(wildcard src/capture/*.c)
CLI_SRC := $(wildcard src/cli/*.c)
LIB_SRC := $(CORE_SRC) $(DECODE_SRC) $(CAPTURE_SRC)
LIB_OBJ := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC))
CLI_OBJ := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(CLI_SRC))
LIB := $(BUILD)/libptcpdump.a

PROGS := $(BUILD)/ptcpdump
# objects that must exist before compiling C (generated headers such as skeletons)
GEN_HDRS :=

.PHONY: all deps test-deps test test-san bench install clean run check-deps fuzz screenshots
all: $(PROGS)

-include mk/*.mk

$(BUILD)/obj/%.o: src/%.c | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	@echo '  CC $<'; $(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/ptcpdump: $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

# The Debian packages that building and running need (mk/install-deps.sh);
# test-deps adds the tools the test suites and benchmarks use
# (tests/install-deps.sh: tcpdump, tshark, scapy, tmux, container runtimes...).
deps:
	./mk/install-deps.sh

test-deps:
	./tests/install-deps.sh

# the main program: ptcpdump-top, live, on every interface
run: deps all
	./$(BUILD)/ptcpdump-top

test: test-deps
	./tests/run-all.sh

bench: test-deps all
	./tests/bench/run.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man8 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 0755 $(PROGS) $(DESTDIR)$(PREFIX)/bin/
	install -m 0644 $(wildcard man/*.8) $(DESTDIR)$(PREFIX)/share/man/man8/
	install -m 0644 $(BUILD)/completion/ptcpdump $(BUILD)/completion/ptcpdump-top \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/
	install -m 0644 $(BUILD)/completion/_ptcpdump $(BUILD)/completion/_ptcpdump-top \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/

# The module boundaries: every #include "..." in src/ and bpf/ resolves to a
# file of a module it may use (mk/check-deps.py has the table); the TUI's
# curses-free model files never reach curses.
check-deps:
	@python3 mk/check-deps.py --build $(BUILD) $(patsubst $(BUILD)/obj/%.o,src/%.c,$(TUI_MODEL_OBJ))

clean:
	rm -rf build build-san
