# SPDX-License-Identifier: GPL-2.0
# BPF objects: every bpf/*.bpf.c -> $(BUILD)/<name>.bpf.o -> $(BUILD)/<name>.skel.h
# vmlinux.h is generated from the running kernel's BTF into $(BUILD).

BPFTOOL ?= bpftool
VMLINUX_BTF ?= /sys/kernel/btf/vmlinux
BPF_ARCH := $(shell uname -m | sed -e 's/x86_64/x86/' -e 's/aarch64/arm64/' -e 's/ppc64le/powerpc/' \
	-e 's/s390x/s390/' -e 's/riscv64/riscv/' -e 's/loongarch64/loongarch/')

BPF_SRC := $(wildcard bpf/*.bpf.c)
BPF_OBJ := $(patsubst bpf/%.bpf.c,$(BUILD)/bpf/%.bpf.o,$(BPF_SRC))
BPF_SKEL := $(patsubst bpf/%.bpf.c,$(BUILD)/%.skel.h,$(BPF_SRC))
BPF_HDRS := $(wildcard bpf/*.h)
BPF_CFLAGS := -O2 -g -target bpf -D__TARGET_ARCH_$(BPF_ARCH) -Wall -Werror \
	-Wno-unused-function -I$(BUILD) -Ibpf

GEN_HDRS += $(BPF_SKEL)

$(BUILD)/vmlinux.h:
	@mkdir -p $(dir $@)
	@echo '  GEN $@'; $(BPFTOOL) btf dump file $(VMLINUX_BTF) format c > $@.tmp && mv $@.tmp $@

$(BUILD)/bpf/%.bpf.o: bpf/%.bpf.c $(BPF_HDRS) $(BUILD)/vmlinux.h
	@mkdir -p $(dir $@)
	@echo '  BPF $<'; $(CLANG) $(BPF_CFLAGS) -c $< -o $@

$(BUILD)/%.skel.h: $(BUILD)/bpf/%.bpf.o
	@echo '  SKEL $@'; $(BPFTOOL) gen skeleton $< > $@.tmp && mv $@.tmp $@

# capture_lite: capture.bpf.c without kernel functions, under the same
# skeleton name (struct capture_bpf), so live.c opens either
$(BUILD)/bpf/capture_lite.bpf.o: bpf/capture.bpf.c $(BPF_HDRS) $(BUILD)/vmlinux.h
	@mkdir -p $(dir $@)
	@echo '  BPF $@'; $(CLANG) $(BPF_CFLAGS) -DPT_NO_KFUNCS -c $< -o $@

$(BUILD)/capture_lite.skel.h: $(BUILD)/bpf/capture_lite.bpf.o
	@echo '  SKEL $@'; $(BPFTOOL) gen skeleton $< name capture_bpf > $@.tmp && mv $@.tmp $@

BPF_OBJ += $(BUILD)/bpf/capture_lite.bpf.o
BPF_SKEL += $(BUILD)/capture_lite.skel.h
GEN_HDRS += $(BUILD)/capture_lite.skel.h

# keep the objects and skeletons (make would delete them as intermediates)
.SECONDARY: $(BPF_OBJ) $(BPF_SKEL)
