# SPDX-License-Identifier: GPL-2.0
# `make fuzz`: libFuzzer targets (clang -fsanitize=fuzzer,address,undefined)
# into build/fuzz/: fuzz_decode (the decoder from every link type), fuzz_ip,
# fuzz_udp and fuzz_tcp (the same target aimed at the printers above IP, UDP
# and TCP) and fuzz_capfile (pcap/pcapng readers and writers).
# `make fuzz FUZZ_TIME=seconds` also runs each of them that long
# (tests/fuzz/run.sh, which `make test` runs with a short time).

FUZZ_DIR := build/fuzz
FUZZ_SAN := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=gnu11 -g -O1 -D_GNU_SOURCE -Isrc -Wall -Wno-unused-parameter \
	$(shell $(PKG_CONFIG) --cflags libpcap 2>/dev/null)
# the project's code is instrumented for coverage, not only the targets
FUZZ_LIBS := $(shell $(PKG_CONFIG) --libs libcrypto libpcap 2>/dev/null || echo -lcrypto -lpcap)
FUZZ_LIB_SAN := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

FUZZ_DECODE_SRC := $(wildcard src/core/*.c src/decode/*.c)
FUZZ_CAPFILE_SRC := $(wildcard src/core/*.c src/decode/*.c) src/capture/capfile.c \
	src/capture/capfile_write.c src/capture/pcap_read.c src/capture/pcapng_read.c \
	src/capture/proc_comment.c

FUZZ_TARGETS := $(FUZZ_DIR)/fuzz_decode $(FUZZ_DIR)/fuzz_ip $(FUZZ_DIR)/fuzz_udp $(FUZZ_DIR)/fuzz_tcp \
	$(FUZZ_DIR)/fuzz_capfile

$(FUZZ_DIR)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo '  FUZZCC $<'; $(CLANG) $(FUZZ_CFLAGS) $(FUZZ_LIB_SAN) -MMD -MP -c $< -o $@

$(FUZZ_DIR)/fuzz_decode: tests/fuzz/fuzz_decode.c $(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(FUZZ_DECODE_SRC))
	@mkdir -p $(dir $@)
	$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -o $@ $^ $(FUZZ_LIBS)

FUZZ_FAMILY_fuzz_ip := 1
FUZZ_FAMILY_fuzz_udp := 2
FUZZ_FAMILY_fuzz_tcp := 3
$(FUZZ_DIR)/fuzz_ip $(FUZZ_DIR)/fuzz_udp $(FUZZ_DIR)/fuzz_tcp: tests/fuzz/fuzz_decode.c \
		$(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(FUZZ_DECODE_SRC))
	@mkdir -p $(dir $@)
	$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -DFUZZ_FAMILY=$(FUZZ_FAMILY_$(notdir $@)) -o $@ $^ $(FUZZ_LIBS)

$(FUZZ_DIR)/fuzz_capfile: tests/fuzz/fuzz_capfile.c $(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(FUZZ_CAPFILE_SRC))
	@mkdir -p $(dir $@)
	$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_SAN) -o $@ $^ $(FUZZ_LIBS)

fuzz: $(FUZZ_TARGETS)
ifneq ($(FUZZ_TIME),)
	FUZZ_TIME=$(FUZZ_TIME) NO_BUILD=1 tests/fuzz/run.sh
endif

-include $(shell find $(FUZZ_DIR)/obj -name '*.d' 2>/dev/null)
