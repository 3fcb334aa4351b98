# SPDX-License-Identifier: GPL-2.0
# ptcpdump-top: the ncurses TUI (src/tui) on the same capture core.
# Links build/libptcpdump.a plus ncursesw and libunistring (which has no .pc).

TUI_SRC := $(wildcard src/tui/*.c)
TUI_OBJ := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(TUI_SRC))
TUI_CFLAGS := $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null)
TUI_LIBS := $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null)
ifeq ($(TUI_LIBS),)
TUI_LIBS := -lncursesw -ltinfo
endif
TUI_LIBS += -lunistring
# model.c and the other curses-free files the unit test links
TUI_MODEL_OBJ := $(patsubst src/%.c,$(BUILD)/obj/%.o,src/tui/model.c src/tui/model_procs.c src/tui/model_save.c \
	src/tui/vfilter.c src/tui/batch.c src/tui/lineedit.c src/tui/store.c \
	src/tui/model_stream.c src/tui/copy.c)

PROGS += $(BUILD)/ptcpdump-top
all: $(BUILD)/ptcpdump-top

$(TUI_OBJ): CPPFLAGS += $(TUI_CFLAGS)

$(BUILD)/ptcpdump-top: $(TUI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(TUI_OBJ) $(LIB) $(TUI_LIBS) $(LDLIBS)

# unit test of the model (not part of libptcpdump.a, so built here)
$(BUILD)/test_tui_model: tests/tui/test_tui_model.c $(TUI_MODEL_OBJ) $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(TUI_MODEL_OBJ) $(LIB) $(LDLIBS)
$(BUILD)/test_tui_stream: tests/tui/test_tui_stream.c $(TUI_MODEL_OBJ) $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(TUI_MODEL_OBJ) $(LIB) $(LDLIBS)

screenshots: $(BUILD)/ptcpdump-top
	./tests/tui/screenshots.sh screenshots
