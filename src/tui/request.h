/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: every request ptcpdump-top understands: one X-macro list (tig's REQ_INFO idea)
 *
 * REQ_(NAME, "config name", "help text"). The enum, the help screen and the
 * key bindings (keymap.c) all come from this list, so the help can never
 * miss a key.
 */
#ifndef PTCPDUMP_TUI_REQUEST_H
#define PTCPDUMP_TUI_REQUEST_H

#define REQ_LIST(REQ_) \
	REQ_(MOVE_UP, "move-up", "Move the selection up") \
	REQ_(MOVE_DOWN, "move-down", "Move the selection down") \
	REQ_(PAGE_UP, "page-up", "Page up") \
	REQ_(PAGE_DOWN, "page-down", "Page down") \
	REQ_(HOME, "home", "First line") \
	REQ_(END, "end", "Last line; the packet list follows new packets again") \
	REQ_(LEFT, "left", "Collapse a decode field / scroll the list left") \
	REQ_(RIGHT, "right", "Expand a decode field / scroll the list right") \
	REQ_(NEXT_PANE, "next-pane", "Next pane") \
	REQ_(PREV_PANE, "prev-pane", "Previous pane") \
	REQ_(ENTER, "enter", "Processes: show only this row's packets (drill down); list: go to the decode pane; decode: fold/unfold") \
	REQ_(BACK, "back", "Leave the drill-down (a zoomed pane: unzoom)") \
	REQ_(DESCENDANTS, "descendants", "Drill-down and marking include child processes (toggle)") \
	REQ_(FILTER, "filter", "Edit the view filter (pcap-filter + pid/ppid/pname/container/pod)") \
	REQ_(SEARCH, "search", "Search the packet list") \
	REQ_(SEARCH_NEXT, "search-next", "Next search match") \
	REQ_(SEARCH_PREV, "search-prev", "Previous search match") \
	REQ_(MARK, "mark", "Mark/unmark the packet (processes: all of its packets)") \
	REQ_(MARK_ALL, "mark-all", "Mark every shown packet") \
	REQ_(UNMARK_ALL, "unmark-all", "Clear all marks") \
	REQ_(FOLLOW, "follow-stream", "Follow stream: the TCP/UDP conversation of the selected packet, both directions in order (Esc/q: back)") \
	REQ_(STREAM_HEX, "stream-hex", "Follow stream: show the bytes as text or as hex (toggle)") \
	REQ_(COLUMNS, "columns", "Choose the packet list's columns and their order") \
	REQ_(COL_LEFT, "column-left", "Column chooser: move the column left") \
	REQ_(COL_RIGHT, "column-right", "Column chooser: move the column right") \
	REQ_(COPY, "copy", "Copy to the clipboard (OSC 52) and the copy file: list: the packet's line; decode: the field's value; hex: the field's bytes in hex; processes: pid and command line") \
	REQ_(WRITE, "write", "Write marked (or all shown) packets to a file: pcapng with process comments, classic pcap when the name ends in .pcap") \
	REQ_(PAUSE, "pause", "Pause/resume the view (packets are still kept)") \
	REQ_(GROUP, "group", "Group processes: tree / pod->container->process / flat by bytes") \
	REQ_(SORT_NEXT, "sort-next", "Sort the processes by the next column (PID NAME PKTS BYTES RATE)") \
	REQ_(SORT_PREV, "sort-prev", "Sort the processes by the previous column") \
	REQ_(SORT_INVERT, "sort-invert", "Invert the sort order of the processes") \
	REQ_(UNFOLD, "unfold", "Process tree: show the children of the selected process") \
	REQ_(FOLD, "fold", "Process tree: fold the children into the selected process") \
	REQ_(HIDE_EXITED, "hide-exited", "Hide exited processes at once / let them age out (toggle)") \
	REQ_(GRAPH, "graph", "Traffic graph of the selected process: bytes (Enter: packets) per second, out and in, over 5 minutes, in place of the decode and hex panes (toggle)") \
	REQ_(ZOOM, "zoom", "Maximise the focused pane (toggle)") \
	REQ_(REDRAW, "redraw", "Redraw the screen") \
	REQ_(HELP, "help", "This help") \
	REQ_(QUIT, "quit", "Quit")

enum request {
	REQ_NONE = 0,
#define REQ_ENUM_(name, cfg, help) REQ_##name,
	REQ_LIST(REQ_ENUM_)
#undef REQ_ENUM_
	REQ_N,
};

struct req_info {
	enum request req;
	const char *name;
	const char *help;
};

/* the table, in REQ_LIST order; REQ_N - 1 entries */
extern const struct req_info req_info[];

#endif
