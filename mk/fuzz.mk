# SPDX-License-Identifier: GPL-2.0
# `make fuzz`: libFuzzer targets (clang -fsanitize=fuzzer,address,undefined)
# into build/fuzz/: fuzz_decode (decoder) and fuzz_capfile (pcap/pcapng
# readers, built once capfile.h has capfile_reader__fmemopen).
# tests/fuzz/run.sh builds and runs them.

FUZZ_DIR := build/fuzz
FUZZ_SAN := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=gnu11 -g -O1 -D_GNU_SOURCE -Isrc -Wall -Wno-unused-parameter \
	$(shell $(PKG_CONFIG) --cflags libpcap 2>/dev/null)
# the project's code is instrumented for coverage, not only the targets
FUZZ_LIB_SAN := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

FUZZ_DECODE_SRC := $(wildcard src/core/*.c src/decode/*.c)
FUZZ_CAPFILE_SRC := $(wildcard src/core/*.c src/decode/*.c src/capture/capfile*.c \
	src/capture/pcap_read.c src/capture/pcapng_read.c src/capture/pcap_write.c \
	src/capture/pcapng_write.c src/capture/proc_comment.c)
FUZZ_HAVE_FMEMOPEN := $(shell grep -q 'capfile_reader__fmemopen' src/capture/capfile.h 2>/dev/null && echo 1)

FUZZ_TARGETS := $(FUZZ_DIR)/fuzz_decode
ifeq ($(FUZZ_HAVE_FMEMOPEN),1)
FUZZ_TARGETS += $(FUZZ_DIR)/fuzz_capfile
endif

$(FUZZ_DIR)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo '  FUZZCC $<'; $(CLANG) $(FUZZ_CFLAGS) $(FUZZ_LIB_SAN) -MMD -MP -c $< -o $@

$(FUZZ_DIR)/fuzz_decode: tests/fuzz/fuzz_decode.c $(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(FUZZ_DECODE_SRC))
	@mkdir -p $(dir $@)
	$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -o $@ $^

$(FUZZ_DIR)/fuzz_capfile: tests/fuzz/fuzz_capfile.c $(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(FUZZ_CAPFILE_SRC))
	@mkdir -p $(dir $@)
	$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -o $@ $^

fuzz: $(FUZZ_TARGETS)
ifneq ($(FUZZ_HAVE_FMEMOPEN),1)
	@echo "fuzz: capfile_reader__fmemopen not in src/capture/capfile.h yet: fuzz_capfile skipped"
endif

-include $(shell find $(FUZZ_DIR)/obj -name '*.d' 2>/dev/null)
