# SPDX-License-Identifier: GPL-2.0
# The option table (src/core/optab.def) makes, through build/optgen:
#   `make man`: the OPTIONS parts of man/*.8 (checked in; tests/cli checks
#   that running it changes nothing), and at build time the bash and zsh
#   completions in $(BUILD)/completion/, which `make install` installs.

OPTGEN := $(BUILD)/optgen
COMPLETIONS := $(BUILD)/completion/ptcpdump $(BUILD)/completion/ptcpdump-top \
	$(BUILD)/completion/_ptcpdump $(BUILD)/completion/_ptcpdump-top

.PHONY: man completions
all: $(COMPLETIONS)
completions: $(COMPLETIONS)

$(OPTGEN): mk/optgen.c $(BUILD)/obj/core/cmdopt.o
	@echo '  LD $@'; $(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^

$(BUILD)/completion/_%: $(OPTGEN)
	@mkdir -p $(dir $@)
	@echo '  GEN $@'; $(OPTGEN) zsh $* > $@.tmp && mv $@.tmp $@

$(BUILD)/completion/%: $(OPTGEN)
	@mkdir -p $(dir $@)
	@echo '  GEN $@'; $(OPTGEN) bash $* > $@.tmp && mv $@.tmp $@

man: $(OPTGEN)
	$(OPTGEN) man ptcpdump man/ptcpdump.8
	$(OPTGEN) man ptcpdump-top man/ptcpdump-top.8
