// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: TCP: header, options, relative sequence numbers, payload dispatch
 *
 * RFC 9293 (TCP), RFC 7323 (window scale, timestamps), RFC 2018 (SACK),
 * RFC 2385 (MD5 signature), RFC 5482 (user timeout), RFC 5925 (TCP-AO),
 * RFC 7413 and RFC 6994 (Fast Open, experimental options), RFC 8684 (MPTCP,
 * in print-mptcp.c). Text matches tcpdump 4.99.3 print-tcp.c byte for byte.
 *
 * Wire format: sport (2), dport (2), seq (4), ack (4), data offset (4 bits,
 * in 32-bit words) + reserved (4), flags (1), window (2), checksum (2),
 * urgent pointer (2), then options up to data offset * 4.
 *
 * Relative sequence numbers: like tcpdump, the first segment with ACK set
 * (or any SYN) of a connection records its seq/ack; later segments print
 * the difference. The key is (addresses, ports) in a fixed collating order
 * so both directions share one entry. The table lives in struct dx (not in
 * statics), is an O(1) chained hash, and is bounded: when full, a clock
 * (second chance) sweep evicts an entry not used since the last sweep.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "print-openflow.h"
#include "print-pptp.h"
#include "print-resp.h"
#include "print-telnet.h"
#include "print-zeromq.h"
#include "util.h"

#define TCP_HDRLEN 20
#define IPPROTO_TCP_ 6

#define TH_FIN 0x01
#define TH_SYN 0x02
#define TH_RST 0x04
#define TH_PUSH 0x08
#define TH_ACK 0x10
#define TH_URG 0x20
#define TH_ECNECHO 0x40
#define TH_CWR 0x80

#define TCPOPT_EOL 0
#define TCPOPT_NOP 1
#define TCPOPT_MAXSEG 2
#define TCPOPT_WSCALE 3
#define TCPOPT_SACKOK 4
#define TCPOPT_SACK 5
#define TCPOPT_ECHO 6
#define TCPOPT_ECHOREPLY 7
#define TCPOPT_TIMESTAMP 8
#define TCPOPT_CC 11
#define TCPOPT_CCNEW 12
#define TCPOPT_CCECHO 13
#define TCPOPT_SIGNATURE 19
#define TCPOPT_SCPS 20
#define TCPOPT_UTO 28
#define TCPOPT_TCPAO 29
#define TCPOPT_MPTCP 30
#define TCPOPT_FASTOPEN 34
#define TCPOPT_EXPERIMENT2 254
#define TCP_SIGLEN 16

#define MAX_RST_DATA_LEN 30

static const struct tok tcp_option_values[] = {
	{ TCPOPT_EOL, "eol" },
	{ TCPOPT_NOP, "nop" },
	{ TCPOPT_MAXSEG, "mss" },
	{ TCPOPT_WSCALE, "wscale" },
	{ TCPOPT_SACKOK, "sackOK" },
	{ TCPOPT_SACK, "sack" },
	{ TCPOPT_ECHO, "echo" },
	{ TCPOPT_ECHOREPLY, "echoreply" },
	{ TCPOPT_TIMESTAMP, "TS" },
	{ TCPOPT_CC, "cc" },
	{ TCPOPT_CCNEW, "ccnew" },
	{ TCPOPT_CCECHO, "" },
	{ TCPOPT_SIGNATURE, "md5" },
	{ TCPOPT_SCPS, "scps" },
	{ TCPOPT_UTO, "uto" },
	{ TCPOPT_TCPAO, "tcp-ao" },
	{ TCPOPT_MPTCP, "mptcp" },
	{ TCPOPT_FASTOPEN, "tfo" },
	{ TCPOPT_EXPERIMENT2, "exp" },
	{ 0, NULL }
};

/* ---- relative sequence numbers --------------------------------------- */

#ifndef TCP_STATE_MAX
#define TCP_STATE_MAX (1u << 17)	/* entries kept at most (-D for tests) */
#endif
#define TCP_STATE_FIRST 256		/* first allocation of entries */

struct tcp_ent {
	uint32_t next;		/* bucket chain: index + 1, 0 ends */
	uint32_t hash;
	uint32_t port;		/* sport << 16 | dport, collated */
	uint32_t seq;
	uint32_t ack;
	uint8_t v6;
	uint8_t ref;		/* used since the clock hand last passed */
	uint8_t src[16];
	uint8_t dst[16];
};

/* entries and buckets grow together (load factor <= 1) up to TCP_STATE_MAX */
struct dx_tcp_state {
	uint32_t *bucket;	/* index + 1 of the chain head, 0 if empty */
	uint32_t mask;		/* buckets - 1 (a power of two minus one) */
	struct tcp_ent *ent;
	uint32_t n;		/* entries in use */
	uint32_t alloc;		/* entries allocated */
	uint32_t hand;		/* clock hand for eviction */
};

void tcp_state_free(struct dx_tcp_state *st)
{
	if (!st)
		return;
	free(st->bucket);
	free(st->ent);
	free(st);
}

static inline uint32_t load32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static inline uint32_t mix32(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x7feb352dU;
	h ^= h >> 15;
	h *= 0x846ca68bU;
	h ^= h >> 16;
	return h;
}

static uint32_t key_hash(const uint8_t *src, const uint8_t *dst, unsigned alen, uint32_t port)
{
	uint32_t h = port * 0x9e3779b1U;
	unsigned i;

	for (i = 0; i < alen; i += 4)
		h = (h ^ load32(src + i)) * 0x85ebca77U ^ (load32(dst + i) * 0xc2b2ae3dU);
	return mix32(h + alen);
}

/* more entries, and as many buckets (rehashed); -1 when out of memory */
static int tcp_state_grow(struct dx_tcp_state *st)
{
	uint32_t na = st->alloc ? st->alloc * 2 : TCP_STATE_FIRST, nb = 1, i;
	struct tcp_ent *ne;
	uint32_t *b;

	if (na > TCP_STATE_MAX)
		na = TCP_STATE_MAX;
	while (nb < na)
		nb *= 2;
	ne = realloc(st->ent, (size_t)na * sizeof(*ne));
	if (!ne)
		return -1;
	st->ent = ne;
	st->alloc = na;
	if (nb - 1 == st->mask && st->bucket)
		return 0;
	b = calloc(nb, sizeof(*b));
	if (!b)
		return st->bucket ? 0 : -1;	/* longer chains, still correct */
	for (i = 0; i < st->n; i++) {
		ne[i].next = b[ne[i].hash & (nb - 1)];
		b[ne[i].hash & (nb - 1)] = i + 1;
	}
	free(st->bucket);
	st->bucket = b;
	st->mask = nb - 1;
	return 0;
}

static struct tcp_ent *tcp_state_alloc(struct dx *dx)
{
	struct dx_tcp_state *st = dx->tcp;
	struct tcp_ent *e;
	uint32_t idx, *link;

	if (!st) {
		st = calloc(1, sizeof(*st));
		if (!st)
			return NULL;
		dx->tcp = st;
	}
	if (st->n < TCP_STATE_MAX) {
		if (st->n == st->alloc && tcp_state_grow(st) < 0)
			return NULL;
		return &st->ent[st->n++];
	}
	/* full: second-chance sweep, then unlink the victim from its chain */
	for (;;) {
		e = &st->ent[st->hand];
		if (!e->ref)
			break;
		e->ref = 0;
		st->hand = (st->hand + 1) % st->n;
	}
	idx = st->hand + 1;
	st->hand = (st->hand + 1) % st->n;
	link = &st->bucket[e->hash & st->mask];
	while (*link && *link != idx)
		link = &st->ent[*link - 1].next;
	if (*link)
		*link = e->next;
	return e;
}

/*
 * tcpdump's tcp_seq_hash lookup: find or (on a miss or a SYN) (re)record the
 * connection's initial numbers; returns the entry or NULL when out of memory
 * (then the numbers print as absolute ones).
 */
static struct tcp_ent *tcp_state_lookup(struct dx *dx, const uint8_t *src, const uint8_t *dst,
					unsigned alen, uint32_t port, int syn, int *created)
{
	struct dx_tcp_state *st = dx->tcp;
	uint32_t h = key_hash(src, dst, alen, port);
	uint8_t v6 = alen == 16;
	struct tcp_ent *e;
	uint32_t i;

	*created = 0;
	if (st && st->bucket) {
		for (i = st->bucket[h & st->mask]; i; i = e->next) {
			e = &st->ent[i - 1];
			if (e->hash == h && e->port == port && e->v6 == v6 &&
			    memcmp(e->src, src, alen) == 0 && memcmp(e->dst, dst, alen) == 0) {
				e->ref = 1;
				if (syn)
					*created = 1;
				return e;
			}
		}
	}
	e = tcp_state_alloc(dx);
	if (!e)
		return NULL;
	st = dx->tcp;
	memset(e, 0, sizeof(*e));
	e->hash = h;
	e->port = port;
	e->v6 = v6;
	memcpy(e->src, src, alen);
	memcpy(e->dst, dst, alen);
	e->next = st->bucket[h & st->mask];
	st->bucket[h & st->mask] = (uint32_t)(e - st->ent) + 1;
	*created = 1;
	return e;
}

struct tcp_initial {
	uint32_t seq, ack;	/* the connection's, in collated order */
	int created;		/* this segment (re)started it */
};

/*
 * The connection's initial numbers for this segment: from the table (and
 * recorded in dx->state), or, in dx__packet_as, from the state recorded
 * when the packet was first decoded. 0: print absolute numbers.
 */
static int tcp_initial(struct dx *dx, const uint8_t *src, const uint8_t *dst, unsigned alen,
		       uint32_t port, int syn, int rev, uint32_t seq, uint32_t ack,
		       struct tcp_initial *ini)
{
	struct dx_pkt_state *st = &dx->state;
	unsigned k = st->n_tcp;
	struct tcp_ent *e;
	int created;

	if (dx->replay) {
		if (k >= dx->replay->n_tcp || !(dx->replay->tcp_flags[k] & DX_TCP_FOUND))
			return 0;
		ini->seq = dx->replay->tcp_seq[k];
		ini->ack = dx->replay->tcp_ack[k];
		ini->created = !!(dx->replay->tcp_flags[k] & DX_TCP_CREATED);
		st->n_tcp++;
		return 1;
	}
	e = tcp_state_lookup(dx, src, dst, alen, port, syn, &created);
	if (e && created) {
		if (rev) {
			e->ack = seq;
			e->seq = ack - 1;
		} else {
			e->seq = seq;
			e->ack = ack - 1;
		}
	}
	if (k < DX_STATE_TCP) {
		st->tcp_flags[k] = (uint8_t)((e ? DX_TCP_FOUND : 0) | (e && created ? DX_TCP_CREATED : 0));
		st->tcp_seq[k] = e ? e->seq : 0;
		st->tcp_ack[k] = e ? e->ack : 0;
		st->n_tcp++;
	}
	if (!e)
		return 0;
	ini->seq = e->seq;
	ini->ack = e->ack;
	ini->created = created;
	return 1;
}

/* ---- output helpers --------------------------------------------------- */

/* write v in decimal at w; returns the end */
static inline char *w_u32(char *w, uint32_t v)
{
	char t[10];
	int n = 0;

	do {
		t[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		*w++ = t[--n];
	return w;
}

static inline char *w_lit(char *w, const char *s, size_t n)
{
	memcpy(w, s, n);
	return w + n;
}

/* ---- text protocols carried by TCP (tcpdump's print-ftp/smtp/whois/rtsp/ssh.c) ---- */

static const char *rtspcmds[] = {
	"DESCRIBE", "ANNOUNCE", "GET_PARAMETER", "OPTIONS", "PAUSE", "PLAY", "RECORD",
	"REDIRECT", "SETUP", "SET_PARAMETER", "TEARDOWN", NULL
};

static void ftp_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_proto(dx, "ftp");
	txtproto_print(dx, p, len, NULL, 0);
}

static void smtp_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_proto(dx, "smtp");
	txtproto_print(dx, p, len, NULL, 0);
}

static void whois_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_proto(dx, "whois");
	txtproto_print(dx, p, len, NULL, 0);
}

static void rtsp_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_proto(dx, "rtsp");
	txtproto_print(dx, p, len, rtspcmds, RESP_CODE_SECOND_TOKEN);
}

/* SSH: only the version banner line ("SSH-2.0-..."), as tcpdump does */
static void ssh_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned idx;

	dx_proto(dx, "ssh");
	if (GET_U8(dx, p) != 'S' || GET_U8(dx, p + 1) != 'S' || GET_U8(dx, p + 2) != 'H' ||
	    GET_U8(dx, p + 3) != '-')
		return;
	for (idx = 4; idx < len; idx++) {
		uint8_t c = GET_U8(dx, p + idx);

		if (c == '\n')
			break;
		if (c == '\r') {
			if (idx + 1 >= len || GET_U8(dx, p + idx + 1) != '\n')
				return;
			break;
		}
		if (c < 0x20 || c > 0x7e)
			return;
	}
	if (idx >= len)
		return;
	dx_puts(dx, ": SSH: ");
	strbuf_add(dx->out, p, idx);
	DX_LAYER(dx, p, idx, "SSH Protocol");
	DX_FIELD(dx, p, idx, "Protocol: %.*s", (int)idx, (const char *)p);
	DX_LAYER_END(dx);
}

/* BEEP (RFC 3080): only the frame keyword; tcpdump compares 4 bytes, NUL included for "MSG"/"END" */
static void beep_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	static const char *const kw[] = { "MSG", "RPY ", "ERR ", "ANS ", "NUL ", "SEQ ", "END" };
	size_t i;

	dx_proto(dx, "beep");
	for (i = 0; i < sizeof(kw) / sizeof(kw[0]); i++) {
		if (DX_TTEST(dx, p, 4) && len >= 4 && memcmp(kw[i], p, 4) == 0) {
			dx_puts(dx, " BEEP ");
			strbuf_add(dx->out, kw[i], 3);
			return;
		}
	}
	dx_puts(dx, " BEEP (payload or undecoded)");
}

static void dns_tcp_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	domain_print(dx, p, len, 1, 0);
}

/*
 * Payload printers by port, in one table sorted by port. tcpdump tests the
 * ports in a fixed order (an if/else chain, source or destination); `rank`
 * keeps that order when both ports have a printer: the lower rank wins.
 * `colon` prints ": " first (tcpdump does that for the text protocols).
 * tcpdump's order: telnet 23, smtp 25, whois 43, bgp 179, pptp 1723,
 * redis 6379, ssh 22, beep 10288, openflow 6633/6653, ftp 21, http 80/8080,
 * rtsp 554/8554, domain 53, msdp 639, rpki-rtr 323, ldp 646, nfs 2049
 * (ranks 0..17; NetBIOS/SMB are not built into Debian's tcpdump). Ports
 * without an entry here (msdp) get one when their printer lands; NFS
 * needs the ports and the IP header, so it is tested beside the table
 * with its rank. TLS on 443 comes
 * last and prints nothing: it only names the layer and fills the tree.
 */
#define NFS_PORT 2049u
#define NFS_RANK 17

struct tcp_port_printer {
	uint16_t port;
	uint8_t rank;
	uint8_t colon;
	void (*fn)(struct dx *dx, const uint8_t *p, unsigned len);
};

static const struct tcp_port_printer tcp_port_printers[] = {
	{ 21, 10, 1, ftp_print },
	{ 22, 6, 0, ssh_print },
	{ 23, 0, 0, telnet_print },
	{ 25, 1, 1, smtp_print },
	{ 43, 2, 1, whois_print },
	{ 53, 13, 0, dns_tcp_print },
	{ 80, 11, 1, http_print },
	{ 179, 3, 0, bgp_print },
	{ 323, 15, 0, rpki_rtr_print },
	{ 443, 30, 0, tls_print },	/* no text: tcpdump has no TLS printer */
	{ 554, 12, 1, rtsp_print },
	{ 646, 16, 0, ldp_print },
	{ 1723, 4, 0, pptp_print },
	{ 6379, 5, 0, resp_print },
	{ 6633, 9, 0, openflow_print },
	{ 6653, 9, 0, openflow_print },
	{ 8080, 11, 1, http_print },
	{ 8554, 12, 1, rtsp_print },
	{ 10288, 8, 0, beep_print },
};

static const struct tcp_port_printer *tcp_port_find(unsigned port)
{
	size_t lo = 0, hi = sizeof(tcp_port_printers) / sizeof(tcp_port_printers[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (tcp_port_printers[mid].port == port)
			return &tcp_port_printers[mid];
		if (tcp_port_printers[mid].port < port)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* ---- options ---------------------------------------------------------- */

static void fastopen_print(struct dx *dx, const uint8_t *cp, unsigned datalen, int exp)
{
	unsigned i;

	if (exp)
		dx_puts(dx, "tfo");
	if (datalen == 0) {
		dx_puts(dx, " cookiereq");
	} else if (datalen % 2 != 0 || datalen < 4 || datalen > 16) {
		dx_print_invalid(dx);
	} else {
		dx_puts(dx, " cookie ");
		for (i = 0; i < datalen; i++)
			dx_put_hex2(dx, GET_U8(dx, cp + i));
	}
}

static void rst_data_print(struct dx *dx, const uint8_t *sp, unsigned length)
{
	dx_puts(dx, DX_TTEST(dx, sp, length) ? " [RST" : " [!RST");
	if (length > MAX_RST_DATA_LEN) {
		length = MAX_RST_DATA_LEN;
		dx_putc(dx, '+');
	}
	dx_putc(dx, ' ');
	while (length && sp < dx->snapend) {
		dx_print_char(dx, GET_U8(dx, sp));
		sp++;
		length--;
	}
	dx_putc(dx, ']');
}

/* what the options loop ended with */
enum { OPTS_OK, OPTS_BAD, OPTS_TRUNC };

struct tcp_ctx {
	const uint8_t *bp;	/* TCP header */
	const uint8_t *iph;	/* its IPv4 or IPv6 header */
	unsigned length;	/* payload length */
	unsigned hdrlen;	/* data offset * 4 */
	uint8_t flags;
	int rev;
	uint32_t thseq, thack;
};

/*
 * RFC 2385: the MD5 of the pseudo-header, the TCP header without options
 * (checksum zeroed), the payload and the -M secret, against sig. 1 valid,
 * 0 invalid, -1 cannot check (after printing why, as tcpdump does).
 */
static int md5_sig_check(struct dx *dx, const struct tcp_ctx *c, const uint8_t *sig)
{
	static const uint8_t zero4[4];
	const uint8_t *iph = c->iph;
	uint8_t hdr[20], pseudo[40], md[EVP_MAX_MD_SIZE];
	size_t plen;
	unsigned ipv, mdlen = 0, tlen;
	EVP_MD_CTX *ctx;
	int ok;

	if (!DX_TTEST(dx, c->bp + c->hdrlen, c->length)) {
		dx_puts(dx, "snaplen too short, ");
		return -1;
	}
	if (!dx->opts->md5_secret) {
		dx_puts(dx, "shared secret not supplied with -M, ");
		return -1;
	}
	ipv = GET_U8(dx, iph) >> 4;
	if (ipv == 4) {
		DX_TCHECK(dx, iph, 20);
		memcpy(pseudo, iph + 12, 8);
		pseudo[8] = 0;
		pseudo[9] = iph[9];
		tlen = (GET_BE16(dx, iph + 2) - (iph[0] & 0x0f) * 4) & 0xffff;
		pseudo[10] = (uint8_t)(tlen >> 8);
		pseudo[11] = (uint8_t)tlen;
		plen = 12;
	} else if (ipv == 6) {
		DX_TCHECK(dx, iph, 40);
		memcpy(pseudo, iph + 8, 32);
		memcpy(pseudo + 32, zero4, 2);
		memcpy(pseudo + 34, iph + 4, 2);
		memcpy(pseudo + 36, zero4, 3);
		pseudo[39] = IPP_TCP;
		plen = 40;
	} else {
		dx_puts(dx, "IP version not 4 or 6, ");
		return -1;
	}
	GET_CPY_BYTES(dx, hdr, c->bp, 20);
	hdr[16] = hdr[17] = 0;
	ctx = EVP_MD_CTX_new();
	ok = ctx && EVP_DigestInit_ex(ctx, EVP_md5(), NULL) == 1 &&
	     EVP_DigestUpdate(ctx, pseudo, plen) == 1 && EVP_DigestUpdate(ctx, hdr, 20) == 1 &&
	     EVP_DigestUpdate(ctx, c->bp + c->hdrlen, c->length) == 1 &&
	     EVP_DigestUpdate(ctx, dx->opts->md5_secret, strlen(dx->opts->md5_secret)) == 1 &&
	     EVP_DigestFinal_ex(ctx, md, &mdlen) == 1;
	EVP_MD_CTX_free(ctx);
	DX_TCHECK(dx, sig, TCP_SIGLEN);
	return ok && mdlen >= TCP_SIGLEN && !memcmp(md, sig, TCP_SIGLEN);
}

/*
 * The options, from ", options [" to "]". hlen counts the option bytes.
 * Returns OPTS_BAD/OPTS_TRUNC after printing tcpdump's "[bad opt]" or
 * " [|tcp]" forms (the caller then stops).
 */
static int options_print(struct dx *dx, const struct tcp_ctx *c, unsigned hlen)
{
	const uint8_t *cp = c->bp + TCP_HDRLEN;
	char ch = '\0';
	unsigned i;
	int r;

	dx_puts(dx, ", options [");
	DX_SUBTREE(dx, cp, hlen, "Options: (%u bytes)", hlen);
	while (hlen > 0) {
		const uint8_t *ostart = cp;
		size_t tpos;
		unsigned opt, len, datalen;
		const char *name;

		if (ch != '\0')
			dx_putc(dx, ch);
		tpos = dx->out->len;
		opt = GET_U8(dx, cp);
		cp++;
		if (opt == TCPOPT_EOL || opt == TCPOPT_NOP) {
			len = 1;
		} else {
			len = GET_U8(dx, cp);
			cp++;
			if (len < 2 || len > hlen)
				goto bad;
			--hlen;
		}
		--hlen;
		datalen = 0;

/* Bail if "l" bytes of data are not left or were not captured */
#define LENCHECK(l) do { if ((l) > hlen) goto bad; if (!DX_TTEST(dx, cp, (l))) goto trunc; } while (0)

		name = tok2str_or_null(tcp_option_values, opt);
		if (name) {
			dx_puts(dx, name);
		} else {
			dx_puts(dx, "unknown-");
			dx_putu(dx, opt);
		}

		switch (opt) {
		case TCPOPT_MAXSEG:
			datalen = 2;
			LENCHECK(datalen);
			dx_putc(dx, ' ');
			dx_putu(dx, GET_BE16(dx, cp));
			break;
		case TCPOPT_WSCALE:
			datalen = 1;
			LENCHECK(datalen);
			dx_putc(dx, ' ');
			dx_putu(dx, GET_U8(dx, cp));
			break;
		case TCPOPT_SACK:
			datalen = len - 2;
			if (datalen % 8 != 0) {
				dx_puts(dx, " invalid sack");
			} else {
				dx_putc(dx, ' ');
				dx_putu(dx, datalen / 8);
				dx_putc(dx, ' ');
				for (i = 0; i < datalen; i += 8) {
					uint32_t s, e;

					LENCHECK(i + 4);
					s = GET_BE32(dx, cp + i);
					LENCHECK(i + 8);
					e = GET_BE32(dx, cp + i + 4);
					if (c->rev) {
						s -= c->thseq;
						e -= c->thseq;
					} else {
						s -= c->thack;
						e -= c->thack;
					}
					dx_putc(dx, '{');
					dx_putu(dx, s);
					dx_putc(dx, ':');
					dx_putu(dx, e);
					dx_putc(dx, '}');
				}
			}
			break;
		case TCPOPT_CC:
		case TCPOPT_CCNEW:
		case TCPOPT_CCECHO:
		case TCPOPT_ECHO:
		case TCPOPT_ECHOREPLY:
			datalen = 4;
			LENCHECK(datalen);
			dx_putc(dx, ' ');
			dx_putu(dx, GET_BE32(dx, cp));
			break;
		case TCPOPT_TIMESTAMP:
			datalen = 8;
			LENCHECK(datalen);
			{
				uint32_t tsval = GET_BE32(dx, cp), tsecr = GET_BE32(dx, cp + 4);
				char b[32], *w = b;

				w = w_lit(w, " val ", 5);
				w = w_u32(w, tsval);
				w = w_lit(w, " ecr ", 5);
				w = w_u32(w, tsecr);
				strbuf_add(dx->out, b, (size_t)(w - b));
			}
			break;
		case TCPOPT_SIGNATURE:
			datalen = TCP_SIGLEN;
			LENCHECK(datalen);
			dx_putc(dx, ' ');
			r = md5_sig_check(dx, c, cp);
			if (r == 1) {
				dx_puts(dx, "valid");
				break;
			}
			if (r == 0) {
				dx_print_invalid(dx);
				break;
			}
			dx_puts(dx, "can't check - ");
			for (i = 0; i < TCP_SIGLEN; i++)
				dx_put_hex2(dx, GET_U8(dx, cp + i));
			break;
		case TCPOPT_SCPS:
			datalen = 2;
			LENCHECK(datalen);
			dx_puts(dx, " cap ");
			dx_put_hex2(dx, GET_U8(dx, cp));
			dx_puts(dx, " id ");
			dx_putu(dx, GET_U8(dx, cp + 1));
			break;
		case TCPOPT_TCPAO:
			datalen = len - 2;
			if (datalen < 2) {
				dx_print_invalid(dx);
			} else {
				LENCHECK(1);
				dx_puts(dx, " keyid ");
				dx_putu(dx, GET_U8(dx, cp));
				LENCHECK(2);
				dx_puts(dx, " rnextkeyid ");
				dx_putu(dx, GET_U8(dx, cp + 1));
				if (datalen > 2) {
					dx_puts(dx, " mac 0x");
					for (i = 2; i < datalen; i++) {
						LENCHECK(i + 1);
						dx_put_hex2(dx, GET_U8(dx, cp + i));
					}
				}
			}
			break;
		case TCPOPT_EOL:
		case TCPOPT_NOP:
		case TCPOPT_SACKOK:
			break;
		case TCPOPT_UTO: {
			unsigned uto;

			datalen = 2;
			LENCHECK(datalen);
			uto = GET_BE16(dx, cp);
			dx_puts(dx, " 0x");
			dx_put_hex(dx, uto);
			if (uto & 1)
				uto = (uto >> 1) * 60;
			else
				uto >>= 1;
			dx_putc(dx, ' ');
			dx_putu(dx, uto);
			break;
		}
		case TCPOPT_MPTCP: {
			int ret, pushed;

			datalen = len - 2;
			LENCHECK(datalen);
			/* mptcp_print sees only this option's bytes */
			pushed = dx_push_snaplen(dx, cp - 2, len) == 0;
			ret = mptcp_print(dx, cp - 2, len, c->flags);
			if (pushed)
				dx_pop_snaplen(dx);
			if (!ret)
				goto bad;
			break;
		}
		case TCPOPT_FASTOPEN:
			datalen = len - 2;
			LENCHECK(datalen);
			dx_putc(dx, ' ');
			fastopen_print(dx, cp, datalen, 0);
			break;
		case TCPOPT_EXPERIMENT2: {
			unsigned magic;

			datalen = len - 2;
			LENCHECK(datalen);
			if (datalen < 2)
				goto bad;
			magic = GET_BE16(dx, cp);
			dx_putc(dx, '-');
			if (magic == 0xf989)
				fastopen_print(dx, cp + 2, datalen - 2, 1);
			else
				dx_put_hex4(dx, magic);
			break;
		}
		default:
			datalen = len - 2;
			if (datalen)
				dx_puts(dx, " 0x");
			for (i = 0; i < datalen; ++i) {
				LENCHECK(i + 1);
				dx_put_hex2(dx, GET_U8(dx, cp + i));
			}
			break;
		}
#undef LENCHECK

		cp += datalen;
		hlen -= datalen;
		/* the length the option should have had */
		++datalen;
		if (opt != TCPOPT_EOL && opt != TCPOPT_NOP)
			++datalen;
		if (datalen != len) {
			dx_puts(dx, "[len ");
			dx_putu(dx, len);
			dx_putc(dx, ']');
		}
		DX_FIELD(dx, ostart, (size_t)(cp - ostart), "TCP Option - %.*s",
			 (int)(dx->out->len - tpos), dx->out->buf + tpos);
		ch = ',';
		if (opt == TCPOPT_EOL)
			break;
	}
	dx_putc(dx, ']');
	DX_LAYER_END(dx);
	return OPTS_OK;
bad:
	dx_puts(dx, "[bad opt]");
	if (ch != '\0')
		dx_putc(dx, ']');
	DX_LAYER_END(dx);
	return OPTS_BAD;
trunc:
	dx_print_trunc(dx);
	if (ch != '\0')
		dx_putc(dx, '>');
	DX_LAYER_END(dx);
	return OPTS_TRUNC;
}

/* ---- the TCP printer --------------------------------------------------- */

static void flags_print(struct dx *dx, unsigned flags)
{
	static const char fl[] = "FSRP.UEW";
	char b[16];
	size_t n = 0;
	unsigned i;

	b[n++] = 'F';
	b[n++] = 'l';
	b[n++] = 'a';
	b[n++] = 'g';
	b[n++] = 's';
	b[n++] = ' ';
	b[n++] = '[';
	if (!flags) {
		strbuf_add(dx->out, b, n);
		dx_puts(dx, "none]");
		return;
	}
	for (i = 0; i < 8; i++)
		if (flags & (1u << i))
			b[n++] = fl[i];
	b[n++] = ']';
	strbuf_add(dx->out, b, n);
}

static const struct tok tcp_flag_names[] = {
	{ TH_FIN, "FIN" },
	{ TH_SYN, "SYN" },
	{ TH_RST, "RST" },
	{ TH_PUSH, "PSH" },
	{ TH_ACK, "ACK" },
	{ TH_URG, "URG" },
	{ TH_ECNECHO, "ECE" },
	{ TH_CWR, "CWR" },
	{ 0, NULL }
};

static void tree_header(struct dx *dx, const uint8_t *bp, unsigned hlen, uint32_t seq,
			uint32_t rseq, uint32_t ack, uint32_t rack, unsigned flags, unsigned win,
			unsigned urp, unsigned length)
{
	unsigned sport = GET_BE16(dx, bp), dport = GET_BE16(dx, bp + 2);
	unsigned sum = GET_BE16(dx, bp + 16);

	DX_LAYER(dx, bp, hlen, "Transmission Control Protocol, Src Port: %u, Dst Port: %u, Seq: %u, Len: %u",
		 sport, dport, rseq, length);
	DX_FIELD(dx, bp, 2, "Source Port: %u", sport);
	DX_FIELD(dx, bp + 2, 2, "Destination Port: %u", dport);
	if (rseq != seq)
		DX_FIELD(dx, bp + 4, 4, "Sequence Number: %u (relative), raw %u", rseq, seq);
	else
		DX_FIELD(dx, bp + 4, 4, "Sequence Number: %u", seq);
	if (rack != ack)
		DX_FIELD(dx, bp + 8, 4, "Acknowledgment Number: %u (relative), raw %u", rack, ack);
	else
		DX_FIELD(dx, bp + 8, 4, "Acknowledgment Number: %u", ack);
	DX_FIELD(dx, bp + 12, 1, "Header Length: %u bytes (%u)", hlen, hlen / 4);
	DX_FIELD(dx, bp + 13, 1, "Flags: 0x%02x (%s)", flags,
		 bittok2str(dx, tcp_flag_names, "none", flags));
	DX_FIELD(dx, bp + 14, 2, "Window: %u", win);
	DX_FIELD(dx, bp + 16, 2, "Checksum: 0x%04x", sum);
	DX_FIELD(dx, bp + 18, 2, "Urgent Pointer: %u", urp);
}

void tcp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph, int fragmented)
{
	unsigned ipv, hlen, flags, win, urp, sport, dport, alen;
	uint32_t seq, ack, rseq, rack;
	const uint8_t *src, *dst;
	struct tcp_ctx c;
	int opened = 0;

	dx_proto(dx, "tcp");
	ipv = GET_U8(dx, iph) >> 4;
	if (ipv == 6) {
		src = iph + 8;
		dst = iph + 24;
		alen = 16;
	} else {
		src = iph + 12;
		dst = iph + 16;
		alen = 4;
	}
	if (!DX_TTEST(dx, bp + 2, 2)) {
		if (alen == 16) {
			dx_puts(dx, GET_IP6ADDR_STRING(dx, src));
			dx_puts(dx, " > ");
			dx_puts(dx, GET_IP6ADDR_STRING(dx, dst));
		} else {
			dx_put_ip4(dx, src);
			dx_puts(dx, " > ");
			dx_put_ip4(dx, dst);
		}
		dx_putc(dx, ':');
		dx_print_trunc(dx);
		return;
	}
	sport = GET_BE16(dx, bp);
	dport = GET_BE16(dx, bp + 2);

	if (GET_U8(dx, alen == 16 ? iph + 6 : iph + 9) == IPPROTO_TCP_) {
		if (alen == 16) {
			dx_puts(dx, GET_IP6ADDR_STRING(dx, src));
			dx_putc(dx, '.');
			dx_put_tcpport(dx, sport);
			dx_puts(dx, " > ");
			dx_puts(dx, GET_IP6ADDR_STRING(dx, dst));
		} else {
			dx_put_ip4(dx, src);
			dx_putc(dx, '.');
			dx_put_tcpport(dx, sport);
			dx_puts(dx, " > ");
			dx_put_ip4(dx, dst);
		}
		dx_putc(dx, '.');
		dx_put_tcpport(dx, dport);
		dx_puts(dx, ": ");
	} else {
		dx_put_tcpport(dx, sport);
		dx_puts(dx, " > ");
		dx_put_tcpport(dx, dport);
		dx_puts(dx, ": ");
	}

	if (!DX_TTEST(dx, bp, TCP_HDRLEN)) {
		/* tcpdump's ND_TCHECK_SIZE: " [|tcp]", but no longjmp */
		dx_print_trunc(dx);
		return;
	}
	hlen = (GET_U8(dx, bp + 12) >> 4) * 4u;
	if (hlen < TCP_HDRLEN) {
		dx_puts(dx, " tcp ");
		dx_putu(dx, length - hlen);
		dx_puts(dx, " [bad hdr length ");
		dx_putu(dx, hlen);
		dx_puts(dx, " - too short, < 20]");
		return;
	}
	seq = GET_BE32(dx, bp + 4);
	ack = GET_BE32(dx, bp + 8);
	win = GET_BE16(dx, bp + 14);
	urp = GET_BE16(dx, bp + 18);

	if (dx->opts->quiet) {
		dx_puts(dx, "tcp ");
		dx_putu(dx, length - hlen);
		if (hlen > length) {
			dx_puts(dx, " [bad hdr length ");
			dx_putu(dx, hlen);
			dx_puts(dx, " - too long, > ");
			dx_putu(dx, length);
			dx_putc(dx, ']');
		}
		if (dx->tree) {
			tree_header(dx, bp, hlen, seq, seq, ack, ack, GET_U8(dx, bp + 13), win, urp,
				    length >= hlen ? length - hlen : 0);
			DX_LAYER_END(dx);
		}
		return;
	}

	flags = GET_U8(dx, bp + 13);
	if (dx->tcp_flags < 0)
		dx->tcp_flags = (int)flags;
	flags_print(dx, flags);

	c.rev = 0;
	c.thseq = c.thack = 0;
	if (!dx->opts->absolute_seq && (flags & TH_ACK)) {
		const uint8_t *ksrc = src, *kdst = dst;
		uint32_t port = sport << 16 | dport;
		struct tcp_initial ini;

		/* the IP printer checked its header; be explicit before memcmp */
		DX_TCHECK(dx, src, alen);
		DX_TCHECK(dx, dst, alen);
		if (sport > dport)
			c.rev = 1;
		else if (sport == dport && memcmp(src, dst, alen) > 0)
			c.rev = 1;
		if (c.rev) {
			ksrc = dst;
			kdst = src;
			port = dport << 16 | sport;
		}
		if (tcp_initial(dx, ksrc, kdst, alen, port, flags & TH_SYN, c.rev, seq, ack, &ini)) {
			if (ini.created) {
				rseq = seq;
				rack = ack;
			} else if (c.rev) {
				rseq = seq - ini.ack;
				rack = ack - ini.seq;
			} else {
				rseq = seq - ini.seq;
				rack = ack - ini.ack;
			}
			c.thseq = ini.seq;
			c.thack = ini.ack;
		} else {
			rseq = seq;
			rack = ack;
		}
	} else {
		rseq = seq;
		rack = ack;
	}
	if (dx->tree) {
		tree_header(dx, bp, hlen, seq, rseq, ack, rack, flags, win, urp,
			    length >= hlen ? length - hlen : 0);
		opened = 1;
	}

	if (hlen > length) {
		dx_puts(dx, " [bad hdr length ");
		dx_putu(dx, hlen);
		dx_puts(dx, " - too long, > ");
		dx_putu(dx, length);
		dx_putc(dx, ']');
		goto out;
	}

	if (dx->opts->verbose && !dx->opts->no_verify_cksum && !fragmented &&
	    (ipv == 4 || ipv == 6) && DX_TTEST(dx, bp, length)) {
		uint16_t sum, tcp_sum;

		if (ipv == 4)
			sum = nextproto4_cksum(dx, iph, bp, length, length, IPPROTO_TCP_);
		else
			sum = nextproto6_cksum(dx, iph, bp, length, length, IPPROTO_TCP_);
		tcp_sum = GET_BE16(dx, bp + 16);
		dx_puts(dx, ", cksum 0x");
		dx_put_hex4(dx, tcp_sum);
		if (sum != 0) {
			dx_puts(dx, " (incorrect -> 0x");
			dx_put_hex4(dx, in_cksum_shouldbe(tcp_sum, sum));
			dx_putc(dx, ')');
		} else {
			dx_puts(dx, " (correct)");
		}
	}

	length -= hlen;
	{
		/* the hottest text of the program: built here, appended once */
		char b[96], *w = b;

		if (dx->opts->verbose > 1 || length > 0 || (flags & (TH_SYN | TH_FIN | TH_RST))) {
			w = w_lit(w, ", seq ", 6);
			w = w_u32(w, rseq);
			if (length > 0) {
				*w++ = ':';
				w = w_u32(w, (uint32_t)(rseq + length));
			}
		}
		if (flags & TH_ACK) {
			w = w_lit(w, ", ack ", 6);
			w = w_u32(w, rack);
		}
		w = w_lit(w, ", win ", 6);
		w = w_u32(w, win);
		if (flags & TH_URG) {
			w = w_lit(w, ", urg ", 6);
			w = w_u32(w, urp);
		}
		strbuf_add(dx->out, b, (size_t)(w - b));
	}

	c.bp = bp;
	c.iph = iph;
	c.length = length;
	c.hdrlen = hlen;
	c.flags = (uint8_t)flags;
	if (hlen > TCP_HDRLEN && options_print(dx, &c, hlen - TCP_HDRLEN) != OPTS_OK)
		goto out;

	dx_puts(dx, ", length ");
	dx_putu(dx, length);
	if (length == 0)
		goto out;

	if (!DX_TTEST(dx, bp, hlen)) {
		dx_puts(dx, " [remaining caplen(");
		dx_putu(dx, DX_BYTES_AVAIL(dx, bp));
		dx_puts(dx, ") < header length(");
		dx_putu(dx, hlen);
		dx_puts(dx, ")]");
		dx_trunc(dx);
	}
	bp += hlen;
	if (opened) {
		/* beside the header's layer, as the payload's printer's layer is */
		DX_LAYER_END(dx);
		DX_FIELD(dx, bp, length, "TCP payload (%u bytes)", length);
	}
	if ((flags & TH_RST) && dx->opts->verbose) {
		rst_data_print(dx, bp, length);
		return;
	}
	switch (dx->opts->packet_type) {
	case PT_TYPE_NONE:
		break;
	case PT_TYPE_ZMTP1:
		zmtp1_print(dx, bp, length);
		return;
	case PT_TYPE_RESP:
		resp_print(dx, bp, length);
		return;
	case PT_TYPE_DOMAIN:
		domain_print(dx, bp, length, 1, 0);
		return;
	default:
		/* tcpdump prints no TCP payload under the UDP-only types */
		return;
	}
	{
		const struct tcp_port_printer *ps = tcp_port_find(sport);
		const struct tcp_port_printer *pd = tcp_port_find(dport);
		const struct tcp_port_printer *pp = ps;

		if (pd && (!pp || pd->rank < pp->rank))
			pp = pd;
		if ((!pp || pp->rank > NFS_RANK) && (sport == NFS_PORT || dport == NFS_PORT)) {
			nfs_tcp_print(dx, bp, length, iph, sport, dport);
			return;
		}
		if (pp) {
			if (pp->colon)
				dx_puts(dx, ": ");
			pp->fn(dx, bp, length);
		}
	}
	return;
out:
	if (opened)
		DX_LAYER_END(dx);
}
