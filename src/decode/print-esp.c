// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IPsec ESP (RFC 4303), decrypted with the -E secrets
 *
 * -E takes SAs separated by commas or newlines: "spi@addr algo:secret"
 * (for ESP to addr with that SPI), "algo:secret" (any ESP no other SA
 * matches), "file NAME" (NAME's lines; '#' starts a comment line) and, in
 * a file, "ikev2 I|R 0xICOOKIE 0xRCOOKIE integ:secret encr:secret" for
 * the encrypted payloads of IKEv2. algo is an OpenSSL cipher name, with
 * "-cbc" left out as in tcpdump ("3des" is des-ede3-cbc) and a "-hmac96"
 * suffix for a 12-byte ICV after the ciphertext; a secret is 0x and hex
 * digits, or else its own bytes. The ciphers are libcrypto's (EVP).
 *
 * The SAs are read at the first ESP packet; the last SA given wins. The
 * plaintext goes into a buffer of the decoder after a copy of the outer
 * headers (so a transport-mode TCP or UDP header still finds its IP
 * header), and the decoder reads that buffer instead of the packet while
 * the inner packet prints; ESP inside decrypted ESP takes the next buffer.
 * The field tree stops at the encrypted payload.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>

#include "dx.h"
#include "ipproto.h"
#include "print-esp.h"
#include "print.h"
#include "util.h"

#define ESP_HDRLEN 8
#define ESP_SECRET_MAX 256
#define ESP_ICV_HMAC96 12
#define ESP_LEVELS 4		/* decrypted buffers in use at once (nesting) */
#define ESP_FILE_DEPTH 4	/* "file" lines inside files */

struct esp_sa {
	uint32_t spi;
	unsigned ipv;		/* 4 or 6 for spi@addr, else 0 */
	uint8_t daddr[16];
	int initiator;		/* "ikev2" lines */
	uint8_t spii[8], spir[8];
	const EVP_CIPHER *evp;
	unsigned ivlen, authlen;
	uint8_t secret[ESP_SECRET_MAX];
	unsigned secretlen;
};

struct dx_esp_state {
	struct esp_sa *sa;
	size_t n, cap;
	long def;		/* the SA without spi@addr, or -1 */
	uint8_t *buf[ESP_LEVELS];
	size_t bufcap[ESP_LEVELS];
};

/* ---- the secrets ------------------------------------------------------ */

struct sa_parse {
	struct dx_esp_state *st;
	char *why;
	size_t n;
};

static int sa_bad(struct sa_parse *ps, const char *where, const char *fmt, const char *arg)
{
	char msg[512];

	snprintf(msg, sizeof(msg), fmt, arg);
	if (where)
		snprintf(ps->why, ps->n, "%s: %s", where, msg);
	else
		snprintf(ps->why, ps->n, "%s", msg);
	return -1;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* hex digit pairs (an odd last digit is left out); the bytes, or -1 */
static int unhex(const char *s, uint8_t *dst, size_t cap)
{
	size_t len = strlen(s) / 2, i;

	if (len > cap)
		return -1;
	for (i = 0; i < len; i++) {
		int hi = hexval((unsigned char)s[2 * i]), lo = hexval((unsigned char)s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		dst[i] = (uint8_t)(hi << 4 | lo);
	}
	return (int)len;
}

static const EVP_CIPHER *cipher_named(char *name, unsigned *authlen)
{
	size_t l = strlen(name);

	*authlen = 0;
	if (l > 7 && !strcmp(name + l - 7, "-hmac96")) {
		name[l -= 7] = '\0';
		*authlen = ESP_ICV_HMAC96;
	}
	if (l > 4 && !strcmp(name + l - 4, "-cbc"))
		name[l - 4] = '\0';
	if (!strcasecmp(name, "3des"))
		return EVP_des_ede3_cbc();
	return EVP_get_cipherbyname(name);
}

/* "algo:secret" into sa */
static int sa_cipher(struct sa_parse *ps, const char *where, char *s, struct esp_sa *sa)
{
	char *colon = strchr(s, ':'), *key;
	int len;

	if (!colon)
		return sa_bad(ps, where, "'%s' is not algo:secret", s);
	*colon = '\0';
	key = colon + 1;
	sa->evp = cipher_named(s, &sa->authlen);
	if (!sa->evp)
		return sa_bad(ps, where, "unknown cipher '%s'", s);
	sa->ivlen = (unsigned)EVP_CIPHER_iv_length(sa->evp);
	if (key[0] == '0' && key[1] == 'x') {
		len = unhex(key + 2, sa->secret, sizeof(sa->secret));
		if (len < 0)
			return sa_bad(ps, where, "'%s' is not a hex secret of at most 256 bytes", key);
		if (len == 0)
			return sa_bad(ps, where, "empty secret '%s'", key);
		sa->secretlen = (unsigned)len;
	} else {
		if (!*key)
			return sa_bad(ps, where, "empty secret%s", "");
		sa->secretlen = (unsigned)strnlen(key, sizeof(sa->secret));
		memcpy(sa->secret, key, sa->secretlen);
	}
	return 0;
}

static int sa_add(struct sa_parse *ps, const struct esp_sa *sa, int is_default)
{
	struct dx_esp_state *st = ps->st;

	if (st->n == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 8;
		struct esp_sa *a = realloc(st->sa, cap * sizeof(*a));

		if (!a)
			return sa_bad(ps, NULL, "%s", "out of memory");
		st->sa = a;
		st->cap = cap;
	}
	st->sa[st->n] = *sa;
	if (is_default)
		st->def = (long)st->n;
	st->n++;
	return 0;
}

static char *next_word(char **s)
{
	char *w;

	*s += strspn(*s, " \t\r");
	if (!**s)
		return NULL;
	w = *s;
	*s += strcspn(*s, " \t\r");
	if (**s)
		*(*s)++ = '\0';
	return w;
}

/* "ikev2 I|R 0xICOOKIE 0xRCOOKIE integ:secret encr:secret" (after "ikev2") */
static int sa_ikev2(struct sa_parse *ps, const char *where, char *s)
{
	struct esp_sa sa;
	char *side = next_word(&s), *ic = next_word(&s), *rc = next_word(&s);
	char *integ = next_word(&s), *encr = next_word(&s), *colon;

	memset(&sa, 0, sizeof(sa));
	if (!encr)
		return sa_bad(ps, where, "%s", "ikev2 wants I|R, two cookies, integ:secret, encr:secret");
	if (strcmp(side, "I") && strcmp(side, "R"))
		return sa_bad(ps, where, "ikev2 side '%s' is not I or R", side);
	if (strlen(ic) != 18 || strncmp(ic, "0x", 2) || unhex(ic + 2, sa.spii, 8) != 8)
		return sa_bad(ps, where, "'%s' is not an 8-byte 0x cookie", ic);
	if (strlen(rc) != 18 || strncmp(rc, "0x", 2) || unhex(rc + 2, sa.spir, 8) != 8)
		return sa_bad(ps, where, "'%s' is not an 8-byte 0x cookie", rc);
	sa.initiator = side[0] == 'I';
	if (sa_cipher(ps, where, encr, &sa) < 0)
		return -1;
	colon = strchr(integ, ':');
	if (!colon)
		return sa_bad(ps, where, "'%s' is not integ:secret", integ);
	*colon = '\0';
	if (!strcasecmp(integ, "sha1") || !strcasecmp(integ, "md5"))
		sa.authlen = ESP_ICV_HMAC96;
	return sa_add(ps, &sa, 0);
}

static int sa_list(struct sa_parse *ps, const char *where, char *text, int depth);

static int sa_file(struct sa_parse *ps, const char *name, int depth)
{
	char line[1024], where[300];
	FILE *f;
	int lineno = 0, r = 0;

	if (depth >= ESP_FILE_DEPTH)
		return sa_bad(ps, name, "%s", "files nested too deep");
	f = fopen(name, "r");
	if (!f) {
		snprintf(ps->why, ps->n, "can't open %s: %m", name);
		return -1;
	}
	while (r == 0 && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		lineno++;
		if (line[0] == '#' || line[0] == '\0')
			continue;
		snprintf(where, sizeof(where), "%s:%d", name, lineno);
		r = sa_list(ps, where, line, depth + 1);
	}
	fclose(f);
	return r;
}

/* one SA, or "file NAME", or "ikev2 ..." */
static int sa_one(struct sa_parse *ps, const char *where, char *s, int depth)
{
	struct esp_sa sa;
	char *first, *rest, *at, *end;
	unsigned long spi;

	memset(&sa, 0, sizeof(sa));
	s += strspn(s, " \t\r");
	if (!*s)
		return 0;
	first = s;
	rest = s + strcspn(s, " \t");
	if (!*rest) {
		if (sa_cipher(ps, where, first, &sa) < 0)
			return -1;
		return sa_add(ps, &sa, 1);
	}
	*rest++ = '\0';
	if (!strcasecmp(first, "file"))
		return sa_file(ps, rest, depth);
	if (!strcasecmp(first, "ikev2"))
		return sa_ikev2(ps, where, rest);
	at = strchr(first, '@');
	if (!at)
		return sa_bad(ps, where, "'%s' is not spi@ipaddr", first);
	*at++ = '\0';
	spi = strtoul(first, &end, 0);
	if (end == first || *end || spi > 0xffffffffUL)
		return sa_bad(ps, where, "'%s' is not an SPI number", first);
	sa.spi = (uint32_t)spi;
	if (inet_pton(AF_INET6, at, sa.daddr) == 1)
		sa.ipv = 6;
	else if (inet_pton(AF_INET, at, sa.daddr) == 1)
		sa.ipv = 4;
	else
		return sa_bad(ps, where, "'%s' is not an IP address", at);
	rest += strspn(rest, " \t\r\n");
	if (sa_cipher(ps, where, rest, &sa) < 0)
		return -1;
	return sa_add(ps, &sa, 0);
}

static int sa_list(struct sa_parse *ps, const char *where, char *text, int depth)
{
	char *save = NULL, *tok;

	for (tok = strtok_r(text, ",\n", &save); tok; tok = strtok_r(NULL, ",\n", &save))
		if (sa_one(ps, where, tok, depth) < 0)
			return -1;
	return 0;
}

static int sa_parse_all(struct dx_esp_state *st, const char *arg, char *why, size_t n)
{
	struct sa_parse ps = { st, why, n };
	char *text = strdup(arg);
	int r;

	if (!text)
		return sa_bad(&ps, NULL, "%s", "out of memory");
	st->def = -1;
	r = sa_list(&ps, NULL, text, 0);
	free(text);
	return r;
}

int esp_secrets_check(const char *arg, char *why, size_t n)
{
	struct dx_esp_state st;
	int r;

	memset(&st, 0, sizeof(st));
	r = sa_parse_all(&st, arg, why, n);
	free(st.sa);
	return r;
}

void esp_state_free(struct dx_esp_state *st)
{
	int i;

	if (!st)
		return;
	for (i = 0; i < ESP_LEVELS; i++)
		free(st->buf[i]);
	free(st->sa);
	free(st);
}

/* the SAs, read at the first use; NULL without any */
static struct dx_esp_state *esp_state(struct dx *dx)
{
	char why[256];

	if (!dx->opts->esp_secret)
		return NULL;
	if (!dx->esp) {
		dx->esp = calloc(1, sizeof(*dx->esp));
		if (!dx->esp)
			return NULL;
		/* -E was checked when parsed: a file changed since loses its SAs */
		if (sa_parse_all(dx->esp, dx->opts->esp_secret, why, sizeof(why)) < 0)
			dx->esp->n = 0;
	}
	return dx->esp->n ? dx->esp : NULL;
}

/* ---- decryption ------------------------------------------------------ */

/*
 * The buffer for a plaintext of ctlen bytes after pre bytes copied from
 * prefix: the level after the one the decoder reads now. NULL when the
 * nesting is too deep or memory is short.
 */
static uint8_t *level_buf(struct dx *dx, struct dx_esp_state *st, size_t size)
{
	int lvl = 0, i;
	uint8_t *b;

	for (i = 0; i < ESP_LEVELS; i++)
		if (st->buf[i] && dx->pkt_start == st->buf[i])
			lvl = i + 1;
	if (lvl >= ESP_LEVELS)
		return NULL;
	if (size > st->bufcap[lvl]) {
		b = realloc(st->buf[lvl], size);
		if (!b)
			return NULL;
		st->buf[lvl] = b;
		st->bufcap[lvl] = size;
	}
	return st->buf[lvl];
}

/* CBC (or whatever the cipher is) decryption without padding; 0 or -1 */
static int decrypt(const struct esp_sa *sa, const uint8_t *iv, const uint8_t *ct,
		   unsigned ctlen, uint8_t *pt)
{
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	unsigned bs;
	int len, ok;

	if (!ctx)
		return -1;
	ok = EVP_DecryptInit_ex(ctx, sa->evp, NULL, sa->secret, iv) == 1;
	if (ok) {
		bs = (unsigned)EVP_CIPHER_CTX_block_size(ctx);
		ok = bs && ctlen % bs == 0 && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1;
	}
	ok = ok && EVP_DecryptUpdate(ctx, pt, &len, ct, (int)ctlen) == 1;
	EVP_CIPHER_CTX_free(ctx);
	return ok ? 0 : -1;
}

/*
 * Decrypt into the next buffer, after pre bytes of prefix, and make it
 * what the decoder reads ([buffer, plaintext end)); the plaintext or NULL.
 */
static const uint8_t *open_view(struct dx *dx, struct dx_esp_state *st, const struct esp_sa *sa,
				const uint8_t *iv, const uint8_t *ct, unsigned ctlen,
				const uint8_t *prefix, size_t pre, struct esp_view *v)
{
	uint8_t *b = level_buf(dx, st, pre + ctlen + 1);

	if (!b || decrypt(sa, iv, ct, ctlen, b + pre) < 0)
		return NULL;
	if (pre)
		memcpy(b, prefix, pre);
	v->start = dx->pkt_start;
	v->end = dx->snapend;
	v->snap_depth = dx->snap_depth;
	v->tree = dx->tree;
	dx->tree = NULL;
	dx->pkt_start = b;
	dx->snapend = b + pre + ctlen;
	return b + pre;
}

void esp_view_end(struct dx *dx, const struct esp_view *v)
{
	dx->pkt_start = v->start;
	dx->snapend = v->end;
	dx->snap_depth = v->snap_depth;
	dx->tree = v->tree;
}

const uint8_t *esp_ikev2_decrypt(struct dx *dx, int initiator, const uint8_t *spii,
				 const uint8_t *spir, const uint8_t *p, const uint8_t *end,
				 unsigned *len, struct esp_view *v)
{
	struct dx_esp_state *st = esp_state(dx);
	const struct esp_sa *sa = NULL;
	const uint8_t *ct, *pt;
	size_t i;

	if (!st)
		return NULL;
	for (i = st->n; i-- > 0;) {
		const struct esp_sa *s = &st->sa[i];

		if (s->spi == 0 && s->initiator == (initiator != 0) && !memcmp(s->spii, spii, 8) &&
		    !memcmp(s->spir, spir, 8)) {
			sa = s;
			break;
		}
	}
	if (!sa || (size_t)(end - p) <= (size_t)sa->authlen + sa->ivlen)
		return NULL;
	end -= sa->authlen;
	ct = p + sa->ivlen;
	pt = open_view(dx, st, sa, p, ct, (unsigned)(end - ct), NULL, 0, v);
	if (pt)
		*len = (unsigned)(end - ct);
	return pt;
}

/* ---- the printer ----------------------------------------------------- */

static const struct esp_sa *find_sa(struct dx *dx, const struct dx_esp_state *st, uint32_t spi,
				    const uint8_t *iph, unsigned ver, int fragmented)
{
	const uint8_t *dst;
	size_t i, alen;

	if (ver == 6) {
		/* jumbograms are left alone */
		if (GET_BE16(dx, iph + 4) == 0)
			return NULL;
		DX_TCHECK(dx, iph + 24, 16);
		dst = iph + 24;
		alen = 16;
	} else if (ver == 4) {
		/* the trailer is in the last fragment */
		if (fragmented)
			return NULL;
		DX_TCHECK(dx, iph + 16, 4);
		dst = iph + 16;
		alen = 4;
	} else {
		return NULL;
	}
	for (i = st->n; i-- > 0;)
		if (st->sa[i].spi == spi && st->sa[i].ipv == ver && !memcmp(st->sa[i].daddr, dst, alen))
			return &st->sa[i];
	return st->def >= 0 ? &st->sa[st->def] : NULL;
}

static void esp_decrypt_print(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned ver,
			      int fragmented, unsigned ttl_hl)
{
	struct dx_esp_state *st = esp_state(dx);
	const struct esp_sa *sa;
	const uint8_t *iv, *ct, *ep, *pt;
	size_t pre = 0;
	unsigned ctlen, padlen, nh;
	struct esp_view v;

	if (!st)
		return;
	sa = find_sa(dx, st, GET_BE32(dx, bp), iph, ver, fragmented);
	if (!sa)
		return;
	iv = bp + ESP_HDRLEN;
	ct = iv + sa->ivlen;
	ep = dx->snapend;
	if (ct > ep || (size_t)(ep - ct) < sa->authlen) {
		dx_print_trunc(dx);
		return;
	}
	ep -= sa->authlen;
	ctlen = (unsigned)(ep - ct);
	if (!DX_TTEST(dx, ep - 1, 1)) {
		dx_print_trunc(dx);
		return;
	}
	/* the outer headers go along, for a transport-mode header's checksum */
	if (iph && iph >= dx->pkt_start && iph < bp)
		pre = (size_t)(bp - iph);
	pt = open_view(dx, st, sa, iv, ct, ctlen, iph, pre, &v);
	if (!pt)
		return;
	if (ctlen < 2)
		dx_trunc(dx);
	padlen = pt[ctlen - 2];
	if (padlen + 2 > ctlen) {
		dx_print_trunc(dx);
		esp_view_end(dx, &v);
		return;
	}
	nh = pt[ctlen - 1];
	dx_puts(dx, ": ");
	dx->snapend = pt + ctlen - (padlen + 2);
	ip_demux_print(dx, pt, ctlen - (padlen + 2), ver, fragmented, ttl_hl, (uint8_t)nh,
		       pre ? pt - pre : iph);
	esp_view_end(dx, &v);
}

void esp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
	       unsigned ver, int fragmented, unsigned ttl_hl)
{
	dx_proto(dx, "esp");
	/* tcpdump wants more than the 8-byte header captured */
	if (DX_BYTES_AVAIL(dx, bp) <= ESP_HDRLEN) {
		dx_print_trunc(dx);
		return;
	}
	dx_printf(dx, "ESP(spi=0x%08x", GET_BE32(dx, bp));
	dx_printf(dx, ",seq=0x%x)", GET_BE32(dx, bp + 4));
	dx_puts(dx, ", length ");
	dx_putu(dx, length);
	DX_LAYER(dx, bp, length, "Encapsulating Security Payload, SPI: 0x%08x", GET_BE32(dx, bp));
	DX_FIELD(dx, bp, 4, "SPI: 0x%08x", GET_BE32(dx, bp));
	DX_FIELD(dx, bp + 4, 4, "Sequence: %u", GET_BE32(dx, bp + 4));
	DX_FIELD(dx, bp + 8, length > 8 ? length - 8 : 0, "Encrypted payload");
	DX_LAYER_END(dx);
	esp_decrypt_print(dx, bp, iph, ver, fragmented, ttl_hl);
}
