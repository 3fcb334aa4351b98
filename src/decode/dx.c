// SPDX-License-Identifier: GPL-2.0
/* \summary: decoder core: per-packet entry, truncation, text and tree sinks, names */
#include "dx.h"

#include <pcap/dlt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/esc.h"
#include "ipproto.h"
#include "print-esp.h"
#include "print.h"

#ifndef DLT_IPV4
#define DLT_IPV4 228
#endif
#ifndef DLT_IPV6
#define DLT_IPV6 229
#endif
#ifndef DLT_LINUX_SLL2
#define DLT_LINUX_SLL2 276
#endif

typedef unsigned (*if_printer_fn)(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);

struct linktype_printer {
	int linktype;
	if_printer_fn fn;
};

/* LINKTYPE_ values as they appear in files (pcap maps some DLT_ values) */
static const struct linktype_printer if_printers[] = {
	{ DLT_NULL, null_if_print },
	{ DLT_EN10MB, ether_if_print },
	{ DLT_RAW, raw_if_print },
	{ 12, raw_if_print },		/* DLT_RAW on some BSDs */
	{ 101, raw_if_print },		/* LINKTYPE_RAW */
	{ DLT_LOOP, loop_if_print },
	{ DLT_LINUX_SLL, sll_if_print },
	{ DLT_IPV4, ipv4_if_print },
	{ DLT_IPV6, ipv6_if_print },
	{ DLT_LINUX_SLL2, sll2_if_print },
	{ 104, chdlc_if_print },	/* LINKTYPE_C_HDLC */
	{ 107, fr_if_print },		/* LINKTYPE_FRELAY */
	{ 182, mfr_if_print },		/* LINKTYPE_MFR */
	{ 195, ieee802_15_4_if_print },	/* LINKTYPE_IEEE802_15_4_WITHFCS */
	{ 230, ieee802_15_4_if_print },	/* LINKTYPE_IEEE802_15_4_NOFCS */
	{ 105, ieee802_11_if_print },	/* LINKTYPE_IEEE802_11 */
	{ 127, ieee802_11_radio_if_print },	/* LINKTYPE_IEEE802_11_RADIO */
	{ 178, juniper_ether_if_print },	/* LINKTYPE_JUNIPER_ETHER */
	{ 179, juniper_ppp_if_print },		/* LINKTYPE_JUNIPER_PPP */
	{ 181, juniper_chdlc_if_print },	/* LINKTYPE_JUNIPER_CHDLC */
	{ 167, juniper_pppoe_if_print },	/* LINKTYPE_JUNIPER_PPPOE */
	{ 168, juniper_pppoe_atm_if_print },	/* LINKTYPE_JUNIPER_PPPOE_ATM */
	{ 137, juniper_atm1_if_print },		/* LINKTYPE_JUNIPER_ATM1 */
	{ 135, juniper_atm2_if_print },		/* LINKTYPE_JUNIPER_ATM2 */
	{ 132, juniper_es_if_print },		/* LINKTYPE_JUNIPER_ES */
	{ 9, ppp_if_print },		/* LINKTYPE_PPP */
	{ 50, ppp_hdlc_if_print },	/* LINKTYPE_PPP_HDLC */
	{ 51, pppoe_if_print },		/* LINKTYPE_PPP_ETHER */
	{ 166, ppp_if_print },		/* LINKTYPE_PPP_PPPD */
	{ 8, sl_if_print },		/* LINKTYPE_SLIP */
	{ 7, arcnet_if_print },		/* LINKTYPE_ARCNET_BSD */
	{ 11, atm_if_print },		/* LINKTYPE_ATM_RFC1483 */
	{ 19, cip_if_print },		/* LINKTYPE_ATM_CLIP */
	{ 114, ltalk_if_print },	/* LINKTYPE_LTALK */
	{ 123, sunatm_if_print },	/* LINKTYPE_SUNATM */
	{ 129, arcnet_linux_if_print },	/* LINKTYPE_ARCNET_LINUX */
	{ 226, ipnet_if_print },	/* LINKTYPE_IPNET */
	{ 239, nflog_if_print },	/* LINKTYPE_NFLOG */
	{ 242, ipoib_if_print },	/* LINKTYPE_IPOIB */
	{ 271, vsock_if_print },	/* LINKTYPE_VSOCK */
	{ 258, pktap_if_print },	/* LINKTYPE_PKTAP */
	{ 149, pktap_if_print },	/* LINKTYPE_USER2: Apple's DLT_PKTAP in old files */
	{ 281, brcm_tag_if_print },	/* LINKTYPE_DSA_TAG_BRCM */
	{ 282, brcm_tag_prepend_if_print }, /* LINKTYPE_DSA_TAG_BRCM_PREPEND */
	{ 284, dsa_if_print },		/* LINKTYPE_DSA_TAG_DSA */
	{ 285, edsa_if_print },		/* LINKTYPE_DSA_TAG_EDSA */
};

static if_printer_fn find_if_printer(int linktype)
{
	size_t i;

	for (i = 0; i < sizeof(if_printers) / sizeof(if_printers[0]); i++)
		if (if_printers[i].linktype == linktype)
			return if_printers[i].fn;
	return NULL;
}

int dx__linktype_supported(int linktype)
{
	return find_if_printer(linktype) != NULL;
}

unsigned dx_link_print(struct dx *dx, int linktype, const uint8_t *p, unsigned caplen, unsigned length)
{
	if_printer_fn fn = find_if_printer(linktype);

	return fn ? fn(dx, p, caplen, length) : 0;
}

int dx__linktype_at(size_t i)
{
	return i < sizeof(if_printers) / sizeof(if_printers[0]) ? if_printers[i].linktype : -1;
}

struct dx *dx__new(const struct pt_opts *opts)
{
	struct dx *dx = calloc(1, sizeof(*dx));

	if (!dx)
		return NULL;
	dx->opts = opts;
	strbuf_init(&dx->scratch);
	return dx;
}

void dx__reset(struct dx *dx)
{
	tcp_state_free(dx->tcp);
	dx->tcp = NULL;
	ike_state_free(dx->ike);
	dx->ike = NULL;
	slip_state_free(dx->slip);
	dx->slip = NULL;
	rx_state_free(dx->rx);
	dx->rx = NULL;
	nfs_state_free(dx->nfs);
	dx->nfs = NULL;
	dx->ts_have_first = 0;
	memset(dx->ts_prev, 0, sizeof(dx->ts_prev));
	memset(dx->ts_first, 0, sizeof(dx->ts_first));
}

void dx__free(struct dx *dx)
{
	if (!dx)
		return;
	dx__reset(dx);
	strbuf_free(&dx->scratch);
	free(dx->unesc);
	esp_state_free(dx->esp);
	free(dx);
}

void dx_trunc(struct dx *dx)
{
	longjmp(dx->early_end, 1);
}

/* the link-layer printer, and where a truncation lands */
/* a link type with no printer: its name in capitals and every captured
 * byte, as tcpdump's unsupported_if_print */
static unsigned unsupported_if_print(struct dx *dx, const uint8_t *p, unsigned caplen,
				     unsigned length)
{
	(void)length;
	dx_proto(dx, "unsupported");
	ip_print_protocol_caps(dx);
	hex_and_ascii_print(dx, "\n\t", p, caplen);
	return caplen;
}

static unsigned run_printer(struct dx *dx, if_printer_fn fn, const struct pkt *pkt,
			    struct strbuf *out)
{
	/* volatile: read after longjmp */
	volatile unsigned hdrlen = 0;

	if (setjmp(dx->early_end) == 0) {
		hdrlen = fn(dx, pkt->data, pkt->caplen, pkt->len);
	} else {
		/* a printer read past the captured bytes */
		dx->out = out;
		dx_print_trunc(dx);
		hdrlen = 0;
	}
	return hdrlen;
}

static unsigned packet(struct dx *dx, const struct pkt *pkt, struct strbuf *out, struct dx_tree *tree)
{
	if_printer_fn fn = find_if_printer(pkt->linktype);
	unsigned hdrlen;

	dx->n_layers = 0;
	dx->tcp_flags = -1;
	dx->state.n_tcp = 0;
	dx->state.ike_side = 0;
	dx->state.rx_reply = 0;
	dx->state.nfs_found = 0;
	dx->pkt = pkt;
	dx->out = out;
	dx->tree = tree;
	dx->pkt_start = pkt->data;
	dx->snapend = pkt->data + pkt->caplen;
	dx->snap_depth = 0;
	dx->proto = NULL;
	if (tree) {
		tree->n = 0;
		tree->depth = 0;
		strbuf_reset(&tree->labels);
	}
	hdrlen = run_printer(dx, fn ? fn : unsupported_if_print, pkt, out);
	dx->snapend = pkt->data + pkt->caplen;
	dx->snap_depth = 0;
	if (tree)
		tree->depth = 0;
	return hdrlen;
}

unsigned dx__packet(struct dx *dx, const struct pkt *pkt, struct strbuf *out, struct dx_tree *tree)
{
	dx->replay = NULL;
	return packet(dx, pkt, out, tree);
}

unsigned dx__packet_as(struct dx *dx, const struct pkt *pkt, const struct dx_pkt_state *st,
		       struct strbuf *out, struct dx_tree *tree)
{
	unsigned r;

	dx->replay = st;
	r = packet(dx, pkt, out, tree);
	dx->replay = NULL;
	return r;
}

const struct dx_pkt_state *dx__packet_state(const struct dx *dx)
{
	return &dx->state;
}

unsigned dx__layers(const struct dx *dx, const char *const **names)
{
	*names = dx->layers;
	return dx->n_layers;
}

int dx__tcp_flags(const struct dx *dx)
{
	return dx->tcp_flags;
}

/* ---- timestamps ------------------------------------------------------ */

/*
 * The fraction as tcpdump prints it: at least 6 (9 with --nano) digits of
 * an unsigned int, so a classic pcap fraction of a second or more shows
 * all its digits.
 */
static void ts_frac(struct strbuf *out, uint64_t frac, int nano)
{
	unsigned v = (unsigned)frac;
	int digits = nano ? 9 : 6;
	char b[16];
	int i;

	if (v >= (nano ? 1000000000u : 1000000u)) {
		snprintf(b, sizeof(b), ".%u", v);
		strbuf_puts(out, b);
		return;
	}
	b[0] = '.';
	/* two digits a step; nine digits leave one */
	for (i = digits; i > 1; i -= 2) {
		unsigned d = v % 100 * 2;

		v /= 100;
		b[i] = strbuf_dec2[d + 1];
		b[i - 1] = strbuf_dec2[d];
	}
	if (i == 1)
		b[1] = (char)('0' + v % 10);
	strbuf_add(out, b, (size_t)digits + 1);
}

/*
 * tcpdump 4.99 gets seconds as libpcap's signed 32-bit tv_sec (a pcap
 * record's ts_sec sign-extends) and refuses any whose bit 31 is set.
 */
#define TS_BAD_SEC(s) (((uint32_t)(uint64_t)(s) & 0x80000000u) != 0)
#define TS_ERR "[Error converting time]"

/*
 * -ttt/-ttttt: tcpdump's timeval difference (seconds first, one borrow
 * from the fraction, which may stay a second or more), printed as a UTC
 * time of day (gmtime wraps at 24 h).
 */
static void ts_delta(struct strbuf *out, const int64_t now[2], const int64_t then[2], int nano)
{
	const int64_t *a = now, *b = then;
	int64_t s, f;
	char t[16];

	/* tcpdump always leaves room for the sign */
	if (now[0] < then[0] || (now[0] == then[0] && now[1] < then[1])) {
		strbuf_putc(out, '-');
		a = then;
		b = now;
	} else {
		strbuf_putc(out, ' ');
	}
	s = a[0] - b[0];
	f = a[1] - b[1];
	if (f < 0) {
		s--;
		f += nano ? 1000000000 : 1000000;
	}
	if (TS_BAD_SEC(s)) {
		strbuf_puts(out, TS_ERR);
		return;
	}
	s %= 86400;
	snprintf(t, sizeof(t), "%02u:%02u:%02u", (unsigned)(s / 3600), (unsigned)(s % 3600 / 60),
		 (unsigned)(s % 60));
	strbuf_puts(out, t);
	ts_frac(out, (uint64_t)f, nano);
}

/* the time of day: local, or UTC with --utc-time */
static struct tm *wall_tm(const struct dx *dx, time_t sec, struct tm *tm)
{
	return dx->opts->utc ? gmtime_r(&sec, tm) : localtime_r(&sec, tm);
}

void dx__timestamp(struct dx *dx, const struct pkt *pkt, struct strbuf *out)
{
	int nano = dx->opts->ts_nano;
	/* the record's own seconds and fraction, the fraction in tcpdump's
	 * unit: without --nano it sees microseconds and drops the rest */
	uint64_t sec = pkt->ts_ns / 1000000000ULL - pkt->ts_carry;
	uint64_t frac = (pkt->ts_ns % 1000000000ULL + (uint64_t)pkt->ts_carry * 1000000000ULL) /
			(nano ? 1 : 1000);
	/* signed seconds (a 32-bit one sign-extends), so deltas may go negative */
	int64_t st[2] = { sec <= 0xffffffffULL ? (int64_t)(int32_t)(uint32_t)sec : (int64_t)sec,
			  (int64_t)frac };
	struct tm tm;
	char b[64];

	switch (dx->opts->ts_format) {
	case TS_NONE:
		return;
	case TS_EPOCH:
		if (TS_BAD_SEC(sec)) {
			strbuf_puts(out, TS_ERR);
			break;
		}
		snprintf(b, sizeof(b), "%llu", (unsigned long long)sec);
		strbuf_puts(out, b);
		ts_frac(out, frac, nano);
		break;
	case TS_DELTA_PREV:
		/* tcpdump's reference is "unset" while it is zero, so a
		 * packet at time 0 makes the next one start over */
		if (dx->ts_prev[0] == 0 && dx->ts_prev[1] == 0)
			memcpy(dx->ts_prev, st, sizeof(st));
		ts_delta(out, st, dx->ts_prev, nano);
		memcpy(dx->ts_prev, st, sizeof(st));
		break;
	case TS_DELTA_FIRST:
		if (dx->ts_first[0] == 0 && dx->ts_first[1] == 0)
			memcpy(dx->ts_first, st, sizeof(st));
		ts_delta(out, st, dx->ts_first, nano);
		break;
	case TS_DATE:
		if (TS_BAD_SEC(sec) || !wall_tm(dx, (time_t)sec, &tm)) {
			strbuf_puts(out, TS_ERR);
			break;
		}
		strftime(b, sizeof(b), "%Y-%m-%d %H:%M:%S", &tm);
		strbuf_puts(out, b);
		ts_frac(out, frac, nano);
		break;
	default:
		if (TS_BAD_SEC(sec)) {
			strbuf_puts(out, TS_ERR);
			break;
		}
		/* one localtime per second: the rest of the second reuses it */
		if (!dx->ts_cache[0] || dx->ts_cache_sec != (int64_t)sec) {
			if (!wall_tm(dx, (time_t)sec, &tm)) {
				strbuf_puts(out, TS_ERR);
				break;
			}
			snprintf(dx->ts_cache, sizeof(dx->ts_cache), "%02d:%02d:%02d", tm.tm_hour,
				 tm.tm_min, tm.tm_sec);
			dx->ts_cache_sec = (int64_t)sec;
		}
		strbuf_add(out, dx->ts_cache, 8);
		ts_frac(out, frac, nano);
		break;
	}
	strbuf_putc(out, ' ');
	dx->ts_have_first = 1;
}

/* ---- cursor helpers -------------------------------------------------- */

void dx_get_bytes(struct dx *dx, void *dst, const void *p, size_t n)
{
	if (!dx_ttest(dx, p, n))
		dx_trunc(dx);
	memcpy(dst, p, n);
}

int dx_push_snaplen(struct dx *dx, const uint8_t *p, size_t len)
{
	if (dx->snap_depth >= DX_SNAPSTACK)
		return -1;
	dx->snap_stack[dx->snap_depth++] = dx->snapend;
	if (p >= dx->pkt_start && p <= dx->snapend && len < (size_t)(dx->snapend - p))
		dx->snapend = p + len;
	return 0;
}

void dx_pop_snaplen(struct dx *dx)
{
	if (dx->snap_depth > 0)
		dx->snapend = dx->snap_stack[--dx->snap_depth];
}

/* ---- text ------------------------------------------------------------ */

void dx_printf(struct dx *dx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strbuf_vprintf(dx->out, fmt, ap);
	va_end(ap);
}

void dx_print_trunc(struct dx *dx)
{
	strbuf_puts(dx->out, " [|");
	strbuf_puts(dx->out, dx->proto ? dx->proto : "");
	strbuf_putc(dx->out, ']');
}

void dx_print_invalid(struct dx *dx)
{
	strbuf_puts(dx->out, " (invalid)");
}

void dx_print_char(struct dx *dx, uint8_t c)
{
	esc_putc(dx->out, c);
}

int dx_printn(struct dx *dx, const uint8_t *p, unsigned n)
{
	while (n > 0) {
		if (!dx_ttest(dx, p, 1))
			return 1;
		dx_print_char(dx, *p);
		p++;
		n--;
	}
	return 0;
}

void dx_printjnp(struct dx *dx, const uint8_t *p, unsigned n)
{
	while (n > 0) {
		uint8_t c = GET_U8(dx, p);

		if (c == '\0')
			return;
		dx_print_char(dx, c);
		p++;
		n--;
	}
}

unsigned dx_printztn(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned used;

	for (used = 0; used < n; used++) {
		if (!dx_ttest(dx, p + used, 1))
			return 0;
		if (p[used] == '\0')
			return used + 1;
		dx_print_char(dx, p[used]);
	}
	return 0;
}

/* ---- field tree ------------------------------------------------------ */

void dx_tree_init(struct dx_tree *t)
{
	memset(t, 0, sizeof(*t));
	strbuf_init(&t->labels);
}

void dx_tree_free(struct dx_tree *t)
{
	if (!t)
		return;
	free(t->nodes);
	strbuf_free(&t->labels);
	memset(t, 0, sizeof(*t));
}

static void tree_vadd(struct dx *dx, const void *p, size_t len, int layer, int opened,
		      const char *fmt, va_list ap)
{
	struct dx_tree *t = dx->tree;
	const uint8_t *q = (const uint8_t *)p;
	struct dx_node *n;
	size_t off;

	if (t->n == t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 64;
		struct dx_node *nn = realloc(t->nodes, ncap * sizeof(*nn));

		if (!nn)
			return;
		t->nodes = nn;
		t->cap = ncap;
	}
	n = &t->nodes[t->n];
	off = (q >= dx->pkt_start) ? (size_t)(q - dx->pkt_start) : 0;
	if (off > dx->pkt->caplen)
		off = dx->pkt->caplen;
	if (len > dx->pkt->caplen - off)
		len = dx->pkt->caplen - off;
	n->off = (uint32_t)off;
	n->len = (uint32_t)len;
	n->depth = (uint16_t)t->depth;
	n->is_layer = (uint16_t)layer;
	n->proto = opened ? dx->proto : NULL;
	/* label offsets need a non-empty buffer: labels are NUL-separated */
	n->label_off = (uint32_t)t->labels.len;
	strbuf_vprintf(&t->labels, fmt, ap);
	strbuf_putc(&t->labels, '\0');
	if (t->labels.oom)
		return;
	t->n++;
}

void dx_tree_open_(struct dx *dx, const void *p, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tree_vadd(dx, p, len, dx->tree->depth == 0, 1, fmt, ap);
	va_end(ap);
	dx->tree->depth++;
}

void dx_tree_add_(struct dx *dx, const void *p, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tree_vadd(dx, p, len, 0, 0, fmt, ap);
	va_end(ap);
}

void dx_tree_close_(struct dx *dx)
{
	if (dx->tree->depth > 0)
		dx->tree->depth--;
}

size_t dx_tree_next(const struct dx *dx)
{
	return dx->tree ? dx->tree->n : 0;
}

void dx_tree_set_end(struct dx *dx, size_t node, const void *end)
{
	const uint8_t *e = (const uint8_t *)end;
	struct dx_node *n;
	size_t off;

	if (!dx->tree || node >= dx->tree->n)
		return;
	n = &dx->tree->nodes[node];
	off = e >= dx->pkt_start ? (size_t)(e - dx->pkt_start) : 0;
	if (off > dx->pkt->caplen)
		off = dx->pkt->caplen;
	n->len = off > n->off ? (uint32_t)(off - n->off) : 0;
}

void dx_tree_relabel(struct dx *dx, size_t node, const char *fmt, ...)
{
	struct dx_tree *t = dx->tree;
	size_t at;
	va_list ap;

	if (!t || node >= t->n)
		return;
	at = t->labels.len;
	va_start(ap, fmt);
	strbuf_vprintf(&t->labels, fmt, ap);
	va_end(ap);
	strbuf_putc(&t->labels, '\0');
	if (!t->labels.oom)
		t->nodes[node].label_off = (uint32_t)at;
}

void dx_tree_only(struct dx *dx, void (*fn)(struct dx *dx, void *arg), void *arg)
{
	struct strbuf *out = dx->out;
	const uint8_t *snapend = dx->snapend;
	const char *proto = dx->proto;
	int snap_depth = dx->snap_depth, depth;
	jmp_buf saved;

	if (!dx->tree)
		return;
	depth = dx->tree->depth;
	memcpy(saved, dx->early_end, sizeof(saved));
	if (out != &dx->scratch)
		strbuf_reset(&dx->scratch);
	dx->out = &dx->scratch;
	if (setjmp(dx->early_end) == 0)
		fn(dx, arg);
	memcpy(dx->early_end, saved, sizeof(saved));
	dx->out = out;
	dx->snapend = snapend;
	dx->snap_depth = snap_depth;
	dx->proto = proto;
	dx->tree->depth = depth;
}

/* ---- names ----------------------------------------------------------- */

char *dx_namebuf(struct dx *dx)
{
	char *b = dx->namebuf[dx->namebuf_idx % DX_NAMEBUFS];

	dx->namebuf_idx++;
	return b;
}

const char *tok2str_or_null(const struct tok *t, unsigned v)
{
	for (; t && t->s; t++)
		if (t->v == v)
			return t->s;
	return NULL;
}

const char *tok2str(struct dx *dx, const struct tok *t, const char *fmt, unsigned v)
{
	const char *s = tok2str_or_null(t, v);
	char *b;

	if (s)
		return s;
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, fmt ? fmt : "#%u", v);
	return b;
}

/* appends s at *len in the name buffer b, cutting at its end */
static void namebuf_cat(char *b, size_t *len, const char *s)
{
	size_t n = strlen(s);

	if (n > DX_NAMEBUF_LEN - 1 - *len)
		n = DX_NAMEBUF_LEN - 1 - *len;
	memcpy(b + *len, s, n);
	*len += n;
	b[*len] = '\0';
}

static const char *bittok2str_sep(struct dx *dx, const struct tok *t, const char *fmt, unsigned v,
				  const char *sep)
{
	char *b = dx_namebuf(dx);
	size_t len = 0;
	const char *cur = "";

	b[0] = '\0';
	for (; t->s; t++) {
		unsigned tv = t->v;

		if (tv && (v & tv) == tv) {
			namebuf_cat(b, &len, cur);
			namebuf_cat(b, &len, t->s);
			cur = sep;
		}
	}
	if (len == 0)
		snprintf(b, DX_NAMEBUF_LEN, fmt ? fmt : "#%08x", v);
	return b;
}

const char *bittok2str(struct dx *dx, const struct tok *t, const char *fmt, unsigned v)
{
	return bittok2str_sep(dx, t, fmt, v, ", ");
}

const char *bittok2str_nosep(struct dx *dx, const struct tok *t, const char *fmt, unsigned v)
{
	return bittok2str_sep(dx, t, fmt, v, "");
}

/* ---- checksums ------------------------------------------------------- */

uint32_t dx_in_cksum_add(uint32_t sum, const uint8_t *p, size_t len)
{
	uint64_t s = sum;

	/* ones' complement sums can be taken 32 bits at a time and folded */
	while (len >= 4) {
		s += (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
		p += 4;
		len -= 4;
	}
	if (len >= 2) {
		s += (uint32_t)(p[0] << 8 | p[1]);
		p += 2;
		len -= 2;
	}
	if (len)
		s += (uint32_t)(p[0] << 8);
	s = (s & 0xffffffffULL) + (s >> 32);
	s = (s & 0xffffffffULL) + (s >> 32);
	s = (s & 0xffff) + (s >> 16 & 0xffff) + (s >> 32);
	return (uint32_t)s;
}

uint16_t dx_in_cksum_fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}
