// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ISAKMP / IKEv1 / IKEv2 (UDP 500, 4500 with the non-ESP marker,
 * 7500, 8500). Text as tcpdump 4.99.3 print-isakmp.c; nothing is decrypted.
 *
 * RFC 2408 (ISAKMP), RFC 2407 (IPsec DOI), RFC 2409 (IKE), RFC 7296
 * (IKEv2), RFC 3948 (UDP encapsulation: a zero 4-byte marker precedes IKE
 * on port 4500, anything else there is ESP; a single 0xff is a NAT
 * keep-alive).
 *
 * Header (28): initiator cookie (8), responder cookie (8), next payload
 * (1), version (major << 4 | minor), exchange type (1), flags (1),
 * message ID (4), length (4, the whole message). Then a chain of payloads,
 * each with a generic header: next payload (1), critical bit / reserved
 * (1), length (2, header included). An SA holds proposals, a proposal
 * holds transforms, a transform holds data attributes (type with the top
 * bit set: a 2-byte value; else a 2-byte length and that many bytes).
 *
 * IKEv1 prints I (initiator) or R (responder): the decoder remembers the
 * initiator cookies of the last 20 first messages with the addresses they
 * came from, as tcpdump does, in struct dx.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print-esp.h"
#include "print.h"
#include "util.h"

#define ISAKMP_HDRLEN 28
#define GEN_HDRLEN 4

enum {
	NP_NONE = 0, NP_SA = 1, NP_P = 2, NP_T = 3, NP_KE = 4, NP_ID = 5, NP_CERT = 6,
	NP_CR = 7, NP_HASH = 8, NP_SIG = 9, NP_NONCE = 10, NP_N = 11, NP_D = 12,
	NP_VID = 13, NP_V2E = 46,
};

#define FLAG_E 0x01	/* IKEv1: encrypted */
#define FLAG_C 0x02	/* IKEv1: commit */
#define FLAG_I 0x08	/* IKEv2: initiator */
#define FLAG_V 0x10	/* IKEv2: version */
#define FLAG_R 0x20	/* IKEv2: response */

/* ---- state kept across packets: who started which IKEv1 exchange -------- */

#define IKE_INITIATORS 20

struct ike_initiator {
	uint8_t cookie[8];
	uint8_t ipv;		/* 0: an empty slot (its zero cookie still matches) */
	uint8_t iaddr[16];
	uint8_t raddr[16];
};

struct dx_ike_state {
	struct ike_initiator ent[IKE_INITIATORS];
	unsigned next;
};

void ike_state_free(struct dx_ike_state *st)
{
	free(st);
}

/* the addresses of the IP header at iph, checked; 0 when it is not IP */
static unsigned ip_addrs(struct dx *dx, const uint8_t *iph, const uint8_t **src,
			 const uint8_t **dst)
{
	unsigned ipv;

	if (!iph)
		return 0;
	ipv = GET_U8(dx, iph) >> 4;
	if (ipv == 4) {
		DX_TCHECK(dx, iph + 12, 8);
		*src = iph + 12;
		*dst = iph + 16;
		return 4;
	}
	if (ipv == 6) {
		DX_TCHECK(dx, iph + 8, 32);
		*src = iph + 8;
		*dst = iph + 24;
		return 16;
	}
	return 0;
}

/*
 * tcpdump's cookie_find/cookie_record/cookie_sidecheck: 'I', 'R' or '?'.
 * An unknown cookie with a zero responder cookie starts an exchange.
 */
static char ike_side(struct dx *dx, const uint8_t *base, const uint8_t *iph)
{
	struct dx_ike_state *st = dx->ike;
	const uint8_t *src = NULL, *dst = NULL;
	static const uint8_t zero[8];
	unsigned alen, i;

	if (dx->replay)
		return dx->replay->ike_side ? (char)dx->replay->ike_side : '?';
	DX_TCHECK(dx, base, 16);
	for (i = 0; i < IKE_INITIATORS; i++) {
		if (memcmp(base, st ? st->ent[i].cookie : zero, 8) == 0)
			break;
	}
	alen = ip_addrs(dx, iph, &src, &dst);
	if (i == IKE_INITIATORS) {
		struct ike_initiator *e;

		if (memcmp(base + 8, zero, 8) != 0)
			return '?';
		if (!alen)
			return 'I';
		if (!st) {
			st = calloc(1, sizeof(*st));
			if (!st)
				return 'I';
			dx->ike = st;
		}
		e = &st->ent[st->next];
		memset(e, 0, sizeof(*e));
		e->ipv = alen == 4 ? 4 : 6;
		memcpy(e->iaddr, src, alen);
		memcpy(e->raddr, dst, alen);
		memcpy(e->cookie, base, 8);
		st->next = (st->next + 1) % IKE_INITIATORS;
		return 'I';
	}
	if (!st || !alen || st->ent[i].ipv != (alen == 4 ? 4 : 6))
		return '?';
	if (memcmp(src, st->ent[i].iaddr, alen) == 0)
		return 'I';
	if (memcmp(src, st->ent[i].raddr, alen) == 0)
		return 'R';
	return '?';
}

/* ---- names -------------------------------------------------------------- */

/* tcpdump's STR_OR_ID: a table entry, or "#N" */
static const char *str_or_id(struct dx *dx, const char *const *tab, size_t n, unsigned v)
{
	char *b;

	if (v < n && tab[v])
		return tab[v];
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, "#%u", v);
	return b;
}
#define STR_OR_ID(dx, tab, v) str_or_id((dx), (tab), sizeof(tab) / sizeof((tab)[0]), (v))

static const char *const protoid_str[] = { NULL, "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp" };

static const char *const np_str[] = {
	"none", "sa", "p", "t", "ke", "id", "cert", "cr", "hash", "sig", "nonce", "n", "d", "vid",
	"pay14", "pay15", "pay16", "pay17", "pay18", "pay19", "pay20", "pay21", "pay22", "pay23",
	"pay24", "pay25", "pay26", "pay27", "pay28", "pay29", "pay30", "pay31", "pay32",
	"v2sa", "v2ke", "v2IDi", "v2IDr", "v2cert", "v2cr", "v2auth", "v2nonce", "v2n", "v2d",
	"v2vid", "v2TSi", "v2TSr", "v2e", "v2cp", "v2eap",
};

static const char *const etype_str[] = {
	[0] = "none", [1] = "base", [2] = "ident", [3] = "auth", [4] = "agg", [5] = "inf",
	[32] = "oakley-quick", [33] = "oakley-newgroup",
	[34] = "ikev2_init", [35] = "ikev2_auth", [36] = "child_sa", [37] = "inf2",
};

static const char *const v1_t_ike[] = { NULL, "ike" };
static const char *const v1_t_ah[] = {
	NULL, "(reserved)", "md5", "sha", "1des", "sha2-256", "sha2-384", "sha2-512",
};
static const char *const v1_t_esp[] = {
	NULL, "1des-iv64", "1des", "3des", "rc5", "idea", "cast", "blowfish", "3idea",
	"1des-iv32", "rc4", "null", "aes",
};
static const char *const v1_t_ipcomp[] = { NULL, "oui", "deflate", "lzs" };

static const char *const v2_ttype[] = { NULL, "encr", "prf", "integ", "dh", "esn" };
static const char *const v2_prf[] = { NULL, "hmac-md5", "hmac-sha", "hmac-tiger", "aes128_xcbc" };
static const char *const v2_integ[] = {
	NULL, "hmac-md5", "hmac-sha", "dec-mac", "kpdk-md5", "aes-xcbc",
};
static const char *const v2_esn[] = { "no-esn", "esn" };
static const char *const dh_groups[] = {
	NULL, "modp768", "modp1024", "EC2N 2^155", "EC2N 2^185", "modp1536",
	"iana-grp06", "iana-grp07", "iana-grp08", "iana-grp09", "iana-grp10", "iana-grp11",
	"iana-grp12", "iana-grp13", "modp2048", "modp3072", "modp4096", "modp6144", "modp8192",
};

/* a data attribute type: its name and the names of its basic (2-byte) values */
struct ike_attr {
	const char *name;
	const char *const *values;
	unsigned nvalues;
};
#define VALS(a) (a), sizeof(a) / sizeof((a)[0])

static const char *const life_types[] = { NULL, "sec", "kb" };
static const char *const enc_modes[] = { NULL, "tunnel", "transport" };
static const char *const ipsec_auths[] = { NULL, "hmac-md5", "hmac-sha1", "1des-mac", "keyed" };
static const char *const oakley_encs[] = {
	NULL, "1des", "idea", "blowfish", "rc5", "3des", "cast", "aes",
};
static const char *const oakley_hashes[] = {
	NULL, "md5", "sha1", "tiger", "sha2-256", "sha2-384", "sha2-512",
};
static const char *const oakley_auths[] = {
	NULL, "preshared", "dss", "rsa sig", "rsa enc", "rsa enc revised",
};
static const char *const group_types[] = { NULL, "MODP", "ECP", "EC2N" };

static const struct ike_attr ipsec_attrs[] = {
	{ NULL, NULL, 0 },
	{ "lifetype", VALS(life_types) },
	{ "life", NULL, 0 },
	{ "group desc", VALS(dh_groups) },
	{ "enc mode", VALS(enc_modes) },
	{ "auth", VALS(ipsec_auths) },
	{ "keylen", NULL, 0 },
	{ "rounds", NULL, 0 },
	{ "dictsize", NULL, 0 },
	{ "privalg", NULL, 0 },
};

static const struct ike_attr oakley_attrs[] = {
	{ NULL, NULL, 0 },
	{ "enc", VALS(oakley_encs) },
	{ "hash", VALS(oakley_hashes) },
	{ "auth", VALS(oakley_auths) },
	{ "group desc", VALS(dh_groups) },
	{ "group type", VALS(group_types) },
	{ "group prime", NULL, 0 },
	{ "group gen1", NULL, 0 },
	{ "group gen2", NULL, 0 },
	{ "group curve A", NULL, 0 },
	{ "group curve B", NULL, 0 },
	{ "lifetype", VALS(life_types) },
	{ "lifeduration", NULL, 0 },
	{ "prf", NULL, 0 },
	{ "keylen", NULL, 0 },
	{ "field", NULL, 0 },
	{ "order", NULL, 0 },
};

static const struct ike_attr encr_attrs[] = {
	[14] = { "keylen", NULL, 0 },
};

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* a transform's ID names and attribute types: IKEv1 by protocol, IKEv2 by transform type */
struct transform_kind {
	const char *const *ids;
	size_t nids;
	const struct ike_attr *map;
	size_t nmap;
};

static const struct transform_kind v1_transforms[] = {
	[1] = { VALS(v1_t_ike), oakley_attrs, NELEMS(oakley_attrs) },
	[2] = { VALS(v1_t_ah), ipsec_attrs, NELEMS(ipsec_attrs) },
	[3] = { VALS(v1_t_esp), ipsec_attrs, NELEMS(ipsec_attrs) },
	[4] = { VALS(v1_t_ipcomp), ipsec_attrs, NELEMS(ipsec_attrs) },
};

static const struct transform_kind v2_transforms[] = {
	[1] = { VALS(v1_t_esp), encr_attrs, NELEMS(encr_attrs) },
	[2] = { VALS(v2_prf), NULL, 0 },
	[3] = { VALS(v2_integ), NULL, 0 },
	[4] = { VALS(dh_groups), NULL, 0 },
	[5] = { VALS(v2_esn), NULL, 0 },
};

static const char *np_name(struct dx *dx, unsigned np)
{
	return STR_OR_ID(dx, np_str, np);
}

/* ---- byte helpers --------------------------------------------------------- */

/* tcpdump's rawprint: n bytes as hex when all are captured; 0 when not */
static int rawprint(struct dx *dx, const uint8_t *p, size_t n)
{
	if (!DX_TTEST(dx, p, n))
		return 0;
	dx_put_hexbytes(dx, p, (unsigned)n, 0);
	return 1;
}

/* from -vvv, when show: a space and n bytes as hex; 0 when they are not captured */
static int vvv_hex(struct dx *dx, int show, const uint8_t *p, size_t n)
{
	if (dx->opts->verbose <= 2 || !show)
		return 1;
	dx_putc(dx, ' ');
	return rawprint(dx, p, n);
}

/* bytes from p to ep (what tcpdump's ep - cp is), 0 when p is past ep */
static size_t upto(const uint8_t *p, const uint8_t *ep)
{
	return p < ep ? (size_t)(ep - p) : 0;
}

/*
 * tcpdump's ike_show_somedata: the first 10 and the last 20 captured
 * bytes from cp on (ep is the end of the capture, not of the payload)
 */
static int show_somedata(struct dx *dx, const uint8_t *cp, const uint8_t *ep)
{
	size_t len, elen = 20, total;

	dx_puts(dx, " data=(");
	if (cp > ep)
		return 0;
	total = (size_t)(ep - cp);
	len = total > 10 ? 10 : total;
	if (total < len + elen)
		elen = total - len;
	if (!rawprint(dx, cp, len))
		return 0;
	dx_puts(dx, "...");
	if (elen && !rawprint(dx, ep - elen, elen))
		return 0;
	dx_putc(dx, ')');
	return 1;
}

static void indent(struct dx *dx, int depth)
{
	int i;

	dx_putc(dx, '\n');
	for (i = 0; i < depth; i++)
		dx_puts(dx, "    ");
}

/* ---- payload printers ------------------------------------------------------ */

struct ike {
	const uint8_t *base;	/* the ISAKMP header */
	const uint8_t *ep;	/* the end of the capture */
	unsigned phase;		/* 1: message ID 0, else 2 */
};

/* one payload of type tpay at ext, item_len bytes (more than 4) */
typedef const uint8_t *(*ike_pay_fn)(struct dx *dx, const struct ike *ik, unsigned tpay,
				     const uint8_t *ext, unsigned item_len, uint32_t doi,
				     uint32_t proto, int depth);

static const uint8_t *sub_print(struct dx *dx, const struct ike *ik, int v2, unsigned np,
				const uint8_t *ext, uint32_t doi, uint32_t proto, int depth);

/* a trailing " [|name]" and no way on */
static const uint8_t *pay_trunc(struct dx *dx, unsigned np)
{
	dx_printf(dx, " [|%s]", np_name(dx, np));
	return NULL;
}

/* one data attribute (tcpdump's ikev1_attrmap_print / ikev1_attr_print) */
static const uint8_t *attr_print(struct dx *dx, const uint8_t *p, const uint8_t *ep2,
				 const struct ike_attr *map, size_t nmap)
{
	unsigned totlen, t, v;
	const struct ike_attr *a;

	totlen = (GET_U8(dx, p) & 0x80) ? 4 : 4u + GET_BE16(dx, p + 2);
	if (upto(p, ep2) < totlen) {
		dx_puts(dx, "[|attr]");
		return ep2 + 1;
	}
	t = GET_BE16(dx, p) & 0x7fff;
	a = map && t < nmap && map[t].name ? &map[t] : NULL;
	DX_FIELD(dx, p, totlen, "Attribute: type %u", t);
	dx_putc(dx, '(');
	if (a)
		dx_printf(dx, "type=%s ", a->name);
	else
		dx_printf(dx, "type=#%u ", t);
	if (p[0] & 0x80) {
		dx_puts(dx, "value=");
		v = GET_BE16(dx, p + 2);
		if (a && v < a->nvalues && a->values[v]) {
			dx_puts(dx, a->values[v]);
		} else if (!rawprint(dx, p + 2, 2)) {
			dx_putc(dx, ')');
			return NULL;
		}
	} else {
		dx_printf(dx, "len=%u value=", totlen - 4);
		if (!rawprint(dx, p + 4, totlen - 4)) {
			dx_putc(dx, ')');
			return NULL;
		}
	}
	dx_putc(dx, ')');
	return p + totlen;
}

/* the attributes of a transform from cp to its end, ep2 */
static const uint8_t *attrs_print(struct dx *dx, const struct ike *ik, const uint8_t *cp,
				  const uint8_t *ep2, const struct ike_attr *map, size_t nmap)
{
	while (cp < ik->ep && cp < ep2) {
		cp = attr_print(dx, cp, ep2, map, nmap);
		if (!cp)
			return NULL;
	}
	if (ik->ep < ep2)
		dx_puts(dx, "...");
	return cp;
}

static const uint8_t *v1_sa_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				  const uint8_t *ext, unsigned item_len, uint32_t doi0,
				  uint32_t proto0, int depth)
{
	uint32_t doi, sit;
	const uint8_t *np;

	(void)tpay, (void)item_len, (void)doi0;
	dx_puts(dx, "sa:");
	if (!DX_TTEST(dx, ext, 12))
		return pay_trunc(dx, NP_SA);
	doi = GET_BE32(dx, ext + 4);
	sit = GET_BE32(dx, ext + 8);
	DX_FIELD(dx, ext + 4, 4, "Domain of interpretation: %u", doi);
	DX_FIELD(dx, ext + 8, 4, "Situation: 0x%08x", sit);
	if (doi != 1) {
		dx_printf(dx, " doi=%u situation=%u", doi, sit);
		return ext + 12;
	}
	dx_puts(dx, " doi=ipsec situation=");
	if (sit & 0x01)
		dx_puts(dx, "identity");
	if (sit & 0x02)
		dx_puts(dx, (sit & 0x01) ? "+secrecy" : "secrecy");
	if (sit & 0x04)
		dx_puts(dx, (sit & 0x03) ? "+integrity" : "integrity");
	np = ext + 12;
	if (sit != 0x01) {
		/* tcpdump reads the labeled domain identifier 4 bytes into the payload */
		dx_printf(dx, " ident=%u", GET_BE32(dx, ext + 4));
		np += 4;
	}
	if (!DX_TTEST(dx, np, GEN_HDRLEN))
		return pay_trunc(dx, NP_SA);
	return sub_print(dx, ik, 0, NP_P, np, doi, proto0, depth);
}

static const uint8_t *v1_p_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				 const uint8_t *ext, unsigned item_len, uint32_t doi0,
				 uint32_t proto0, int depth)
{
	unsigned spi_size, prot_id;
	const uint8_t *t;

	(void)tpay, (void)item_len, (void)proto0;
	dx_puts(dx, "p:");
	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, NP_P);
	prot_id = ext[5];
	dx_printf(dx, " #%u protoid=%s transform=%u", ext[4], STR_OR_ID(dx, protoid_str, prot_id),
		  ext[7]);
	DX_FIELD(dx, ext + 4, 1, "Proposal number: %u", ext[4]);
	DX_FIELD(dx, ext + 5, 1, "Protocol ID: %u", prot_id);
	DX_FIELD(dx, ext + 7, 1, "Transforms: %u", ext[7]);
	spi_size = ext[6];
	if (spi_size) {
		dx_puts(dx, " spi=");
		if (!rawprint(dx, ext + 8, spi_size))
			return pay_trunc(dx, NP_P);
		DX_FIELD(dx, ext + 8, spi_size, "SPI (%u bytes)", spi_size);
	}
	t = ext + 8 + spi_size;
	if (!DX_TTEST(dx, t, GEN_HDRLEN))
		return pay_trunc(dx, NP_P);
	return sub_print(dx, ik, 0, NP_T, t, doi0, prot_id, depth);
}

static const uint8_t *v1_t_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				 const uint8_t *ext, unsigned item_len, uint32_t doi,
				 uint32_t proto, int depth)
{
	const struct transform_kind *k = NULL;
	const char *idstr = NULL;
	const uint8_t *cp;
	unsigned t_id;

	(void)tpay, (void)doi, (void)depth;
	dx_puts(dx, "t:");
	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, NP_T);
	t_id = ext[5];
	if (proto < NELEMS(v1_transforms) && v1_transforms[proto].ids) {
		k = &v1_transforms[proto];
		idstr = str_or_id(dx, k->ids, k->nids, t_id);
	}
	DX_FIELD(dx, ext + 4, 1, "Transform number: %u", ext[4]);
	DX_FIELD(dx, ext + 5, 1, "Transform ID: %u", t_id);
	if (idstr)
		dx_printf(dx, " #%u id=%s ", ext[4], idstr);
	else
		dx_printf(dx, " #%u id=%u ", ext[4], t_id);
	cp = attrs_print(dx, ik, ext + 8, ext + item_len, k ? k->map : NULL, k ? k->nmap : 0);
	if (!cp)
		return pay_trunc(dx, NP_T);
	return cp;
}

/* ke, hash, sig, vid: the length, and the bytes from -vvv */
static const uint8_t *v1_data_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				    const uint8_t *ext, unsigned item_len, uint32_t doi,
				    uint32_t proto, int depth)
{
	(void)ik, (void)doi, (void)proto, (void)depth;
	dx_printf(dx, "%s:", np_name(dx, tpay));
	if (!DX_TTEST(dx, ext, GEN_HDRLEN))
		return pay_trunc(dx, tpay);
	dx_printf(dx, tpay == NP_KE ? " key len=%u" : " len=%u", item_len - 4);
	DX_FIELD(dx, ext + 4, item_len - 4, "Data (%u bytes)", item_len - 4);
	if (!vvv_hex(dx, item_len > 4, ext + 4, item_len - 4))
		return pay_trunc(dx, tpay);
	return ext + item_len;
}

static const char *const v1_idtypes[] = { "IPv4", "IPv4net", "IPv6", "IPv6net" };
static const char *const ipsec_idtypes[] = {
	NULL, "IPv4", "FQDN", "user FQDN", "IPv4net", "IPv6", "IPv6net", "IPv4range",
	"IPv6range", "ASN1 DN", "ASN1 GN", "keyid",
};

/* the identification data of an IPsec DOI ID payload; 0 when it is truncated */
static int v1_id_data(struct dx *dx, unsigned type, const uint8_t *data, unsigned *lenp)
{
	unsigned len = *lenp, i;

	DX_FIELD(dx, data, len, "Identification data (%u bytes)", len);
	switch (type) {
	case 1:		/* IPv4 address */
		if (len < 4)
			dx_printf(dx, " len=%u [bad: < 4]", len);
		else
			dx_printf(dx, " len=%u %s", len, GET_IPADDR_STRING(dx, data));
		break;
	case 2:		/* FQDN */
	case 3:		/* user FQDN */
		dx_printf(dx, " len=%u ", len);
		for (i = 0; i < len; i++)
			dx_print_char(dx, GET_U8(dx, data + i));
		break;
	case 4:		/* IPv4 subnet */
		if (len < 8)
			dx_printf(dx, " len=%u [bad: < 8]", len);
		else
			dx_printf(dx, " len=%u %s/%u.%u.%u.%u", len, GET_IPADDR_STRING(dx, data),
				  data[4], data[5], data[6], data[7]);
		break;
	case 5:		/* IPv6 address */
		if (len < 16)
			dx_printf(dx, " len=%u [bad: < 16]", len);
		else
			dx_printf(dx, " len=%u %s", len, GET_IP6ADDR_STRING(dx, data));
		break;
	case 6:		/* IPv6 subnet */
		if (len < 32) {
			dx_printf(dx, " len=%u [bad: < 32]", len);
		} else {
			dx_printf(dx, " len=%u %s/0x", len, GET_IP6ADDR_STRING(dx, data));
			dx_put_hexbytes(dx, data + 16, 16, 0);
		}
		break;
	case 7:		/* IPv4 range */
		if (len < 8)
			dx_printf(dx, " len=%u [bad: < 8]", len);
		else
			dx_printf(dx, " len=%u %s-%s", len, GET_IPADDR_STRING(dx, data),
				  GET_IPADDR_STRING(dx, data + 4));
		break;
	case 8:		/* IPv6 range */
		if (len < 32)
			dx_printf(dx, " len=%u [bad: < 32]", len);
		else
			dx_printf(dx, " len=%u %s-%s", len, GET_IP6ADDR_STRING(dx, data),
				  GET_IP6ADDR_STRING(dx, data + 16));
		break;
	default:	/* DER names, key IDs and unknown types: the bytes below */
		return 1;
	}
	*lenp = 0;
	return 1;
}

static const uint8_t *v1_id_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				  const uint8_t *ext, unsigned item_len, uint32_t doi,
				  uint32_t proto, int depth)
{
	const uint8_t *data = NULL;
	unsigned len = 0, type, proto_id;
	const char *pname;

	(void)tpay, (void)doi, (void)proto, (void)depth;
	dx_puts(dx, "id:");
	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, NP_ID);
	if (item_len > 8) {
		data = ext + 8;
		len = item_len - 8;
	}
	type = ext[4];
	proto_id = ext[5];
	DX_FIELD(dx, ext + 4, 1, "ID type: %u", type);
	DX_FIELD(dx, ext + 5, 1, "Protocol ID: %u", proto_id);
	DX_FIELD(dx, ext + 6, 2, "Port: %u", GET_BE16(dx, ext + 6));
	if (ik->phase == 1 || ik->phase == 2) {
		dx_printf(dx, " idtype=%s", STR_OR_ID(dx, ipsec_idtypes, type));
		/* a protocol ID of 0 is no protocol, not IP */
		if (!dx->opts->no_resolve && proto_id && (pname = netdb_protoname(proto_id)))
			dx_printf(dx, " protoid=%s", pname);
		else
			dx_printf(dx, " protoid=%u", proto_id);
		dx_printf(dx, " port=%u", GET_BE16(dx, ext + 6));
		if (len) {
			if (!DX_TTEST(dx, data, len))
				return pay_trunc(dx, NP_ID);
			v1_id_data(dx, type, data, &len);
		}
	} else {
		dx_printf(dx, " idtype=%s", STR_OR_ID(dx, v1_idtypes, type));
		dx_printf(dx, " doi_data=%u", GET_BE32(dx, ext + 4) & 0xffffff);
	}
	if (data && len) {
		dx_printf(dx, " len=%u", len);
		if (dx->opts->verbose > 2) {
			dx_putc(dx, ' ');
			if (!rawprint(dx, data, len))
				return pay_trunc(dx, NP_ID);
		}
	}
	return ext + item_len;
}

static const char *const cert_types[] = {
	"none", "pkcs7", "pgp", "dns", "x509sign", "x509ke", "kerberos", "crl", "arl", "spki",
	"x509attr",
};

/* cert and cr */
static const uint8_t *v1_cert_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				    const uint8_t *ext, unsigned item_len, uint32_t doi,
				    uint32_t proto, int depth)
{
	(void)ik, (void)doi, (void)proto, (void)depth;
	dx_printf(dx, "%s:", np_name(dx, tpay));
	if (!DX_TTEST(dx, ext, 6))
		return pay_trunc(dx, tpay);
	dx_printf(dx, " len=%u type=%s", item_len - 4, STR_OR_ID(dx, cert_types, ext[4]));
	DX_FIELD(dx, ext + 4, 1, "Encoding: %u", ext[4]);
	if (!vvv_hex(dx, item_len > 4, ext + 4, item_len - 4))
		return pay_trunc(dx, tpay);
	return ext + item_len;
}

static const uint8_t *v1_nonce_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				     const uint8_t *ext, unsigned item_len, uint32_t doi,
				     uint32_t proto, int depth)
{
	(void)tpay, (void)doi, (void)proto, (void)depth;
	dx_puts(dx, "nonce:");
	if (!DX_TTEST(dx, ext, GEN_HDRLEN))
		return pay_trunc(dx, NP_NONCE);
	dx_printf(dx, " n len=%u", item_len - 4);
	DX_FIELD(dx, ext + 4, item_len - 4, "Nonce (%u bytes)", item_len - 4);
	if (item_len > 4 && dx->opts->verbose > 2) {
		dx_putc(dx, ' ');
		if (!rawprint(dx, ext + 4, item_len - 4))
			return pay_trunc(dx, NP_NONCE);
	} else if (item_len > 4 && dx->opts->verbose > 1) {
		dx_putc(dx, ' ');
		if (!show_somedata(dx, ext + 4, ik->ep))
			return pay_trunc(dx, NP_NONCE);
	}
	return ext + item_len;
}

static const char *const notify_errors[] = {
	NULL, "INVALID-PAYLOAD-TYPE", "DOI-NOT-SUPPORTED", "SITUATION-NOT-SUPPORTED",
	"INVALID-COOKIE", "INVALID-MAJOR-VERSION", "INVALID-MINOR-VERSION",
	"INVALID-EXCHANGE-TYPE", "INVALID-FLAGS", "INVALID-MESSAGE-ID", "INVALID-PROTOCOL-ID",
	"INVALID-SPI", "INVALID-TRANSFORM-ID", "ATTRIBUTES-NOT-SUPPORTED", "NO-PROPOSAL-CHOSEN",
	"BAD-PROPOSAL-SYNTAX", "PAYLOAD-MALFORMED", "INVALID-KEY-INFORMATION",
	"INVALID-ID-INFORMATION", "INVALID-CERT-ENCODING", "INVALID-CERTIFICATE",
	"CERT-TYPE-UNSUPPORTED", "INVALID-CERT-AUTHORITY", "INVALID-HASH-INFORMATION",
	"AUTHENTICATION-FAILED", "INVALID-SIGNATURE", "ADDRESS-NOTIFICATION",
	"NOTIFY-SA-LIFETIME", "CERTIFICATE-UNAVAILABLE", "UNSUPPORTED-EXCHANGE-TYPE",
	"UNEQUAL-PAYLOAD-LENGTHS",
};
static const char *const ipsec_notify_errors[] = { "RESERVED" };
static const char *const notify_status[] = { "CONNECTED" };
static const char *const ipsec_notify_status[] = {
	"RESPONDER-LIFETIME", "REPLAY-STATUS", "INITIAL-CONTACT",
};

/* the notify message type as tcpdump names it (each range counts from its start) */
static const char *v1_ntype(struct dx *dx, unsigned type, int ipsec)
{
	char *b;

	if (type < 8192)
		return STR_OR_ID(dx, notify_errors, type);
	if (type < 16384 && ipsec)
		return STR_OR_ID(dx, ipsec_notify_errors, type - 8192);
	if (type >= 16384 && type < 24576)
		return STR_OR_ID(dx, notify_status, type - 16384);
	if (type >= 24576 && type < 32768 && ipsec)
		return STR_OR_ID(dx, ipsec_notify_status, type - 24576);
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, "#%u", type);
	return b;
}

static const uint8_t *v1_n_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				 const uint8_t *ext, unsigned item_len, uint32_t doi0,
				 uint32_t proto0, int depth)
{
	unsigned proto, type, spi_size;
	const uint8_t *cp, *ep2;
	uint32_t doi;

	(void)tpay, (void)doi0, (void)proto0, (void)depth;
	dx_puts(dx, "n:");
	if (!DX_TTEST(dx, ext, 12))
		return pay_trunc(dx, NP_N);
	doi = GET_BE32(dx, ext + 4);
	proto = ext[8];
	spi_size = ext[9];
	type = GET_BE16(dx, ext + 10);
	DX_FIELD(dx, ext + 4, 4, "Domain of interpretation: %u", doi);
	DX_FIELD(dx, ext + 8, 1, "Protocol ID: %u", proto);
	DX_FIELD(dx, ext + 10, 2, "Notify message type: %u", type);
	if (doi != 1)
		dx_printf(dx, " doi=%u proto=%u", doi, proto);
	else
		dx_printf(dx, " doi=ipsec proto=%s", STR_OR_ID(dx, protoid_str, proto));
	dx_printf(dx, " type=%s", v1_ntype(dx, type, doi == 1));
	if (spi_size) {
		dx_puts(dx, " spi=");
		if (!rawprint(dx, ext + 12, spi_size))
			return pay_trunc(dx, NP_N);
	}
	cp = ext + 12 + spi_size;
	if (doi != 1)
		return cp;
	ep2 = ext + item_len;
	if (cp < ik->ep) {
		switch (type) {
		case 24576:	/* RESPONDER-LIFETIME */
			dx_puts(dx, " attrs=(");
			while (cp < ik->ep && cp < ep2) {
				cp = attr_print(dx, cp, ep2, oakley_attrs, NELEMS(oakley_attrs));
				if (!cp) {
					dx_putc(dx, ')');
					return pay_trunc(dx, NP_N);
				}
			}
			dx_putc(dx, ')');
			break;
		case 24577:	/* REPLAY-STATUS */
			dx_puts(dx, " status=(");
			dx_printf(dx, "replay detection %sabled", GET_BE32(dx, cp) ? "en" : "dis");
			dx_putc(dx, ')');
			break;
		default:
			if (dx->opts->verbose > 3) {
				dx_puts(dx, " data=(");
				if (!rawprint(dx, cp, upto(cp, ik->ep)))
					return pay_trunc(dx, NP_N);
				dx_putc(dx, ')');
			} else if (!show_somedata(dx, cp, ik->ep)) {
				return pay_trunc(dx, NP_N);
			}
			break;
		}
	}
	return ext + item_len;
}

static const uint8_t *v1_d_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				 const uint8_t *ext, unsigned item_len, uint32_t doi0,
				 uint32_t proto0, int depth)
{
	unsigned proto, spi_size, num_spi, i;
	const uint8_t *q;
	uint32_t doi;

	(void)ik, (void)tpay, (void)item_len, (void)doi0, (void)proto0, (void)depth;
	dx_puts(dx, "d:");
	if (!DX_TTEST(dx, ext, 12))
		return pay_trunc(dx, NP_D);
	doi = GET_BE32(dx, ext + 4);
	proto = ext[8];
	spi_size = ext[9];
	num_spi = GET_BE16(dx, ext + 10);
	DX_FIELD(dx, ext + 4, 4, "Domain of interpretation: %u", doi);
	DX_FIELD(dx, ext + 8, 1, "Protocol ID: %u", proto);
	DX_FIELD(dx, ext + 10, 2, "SPIs: %u of %u bytes", num_spi, spi_size);
	if (doi != 1)
		dx_printf(dx, " doi=%u proto=%u", doi, proto);
	else
		dx_printf(dx, " doi=ipsec proto=%s", STR_OR_ID(dx, protoid_str, proto));
	dx_printf(dx, " spilen=%u nspi=%u spi=", spi_size, num_spi);
	q = ext + 12;
	for (i = 0; i < num_spi; i++) {
		if (i)
			dx_putc(dx, ',');
		if (!rawprint(dx, q, spi_size))
			return pay_trunc(dx, NP_D);
		q += spi_size;
	}
	return q;
}

/* ---- IKEv2 ---------------------------------------------------------------- */

static void v2_pay_name(struct dx *dx, const char *name, unsigned critical)
{
	dx_printf(dx, "%s%s:", name, (critical & 0x80) ? "[C]" : "");
}

/* cert, cr, d, TSi, TSr, cp, eap: the length, and the bytes from -vvv */
static const uint8_t *v2_gen_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				   const uint8_t *ext, unsigned item_len, uint32_t doi,
				   uint32_t proto, int depth)
{
	(void)ik, (void)doi, (void)proto, (void)depth;
	if (!DX_TTEST(dx, ext, GEN_HDRLEN))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, np_name(dx, tpay), ext[1]);
	dx_printf(dx, " len=%u", item_len - 4);
	DX_FIELD(dx, ext + 4, item_len - 4, "Data (%u bytes)", item_len - 4);
	if (!vvv_hex(dx, item_len > 4, ext + 4, item_len - 4))
		return pay_trunc(dx, tpay);
	return ext + item_len;
}

static const uint8_t *v2_t_print(struct dx *dx, const struct ike *ik, unsigned tcount,
				 const uint8_t *ext, unsigned item_len)
{
	const struct transform_kind *k = NULL;
	const char *idstr = NULL;
	unsigned t_type, t_id;
	const uint8_t *cp;

	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, NP_T);
	v2_pay_name(dx, "t", ext[1]);
	t_type = ext[4];
	t_id = GET_BE16(dx, ext + 6);
	DX_FIELD(dx, ext + 4, 1, "Transform type: %u", t_type);
	DX_FIELD(dx, ext + 6, 2, "Transform ID: %u", t_id);
	if (t_type < NELEMS(v2_transforms) && v2_transforms[t_type].ids) {
		k = &v2_transforms[t_type];
		idstr = str_or_id(dx, k->ids, k->nids, t_id);
	}
	if (idstr)
		dx_printf(dx, " #%u type=%s id=%s ", tcount, STR_OR_ID(dx, v2_ttype, t_type), idstr);
	else
		dx_printf(dx, " #%u type=%s id=%u ", tcount, STR_OR_ID(dx, v2_ttype, t_type), t_id);
	cp = attrs_print(dx, ik, ext + 8, ext + item_len, k ? k->map : NULL, k ? k->nmap : 0);
	if (!cp)
		return pay_trunc(dx, NP_T);
	return cp;
}

/*
 * The substructures of an SA (proposals) or of a proposal (transforms):
 * room is what the holder's length leaves; NULL when the text ends here.
 * *cpp moves past what was read, or past room when a length lies.
 */
static const uint8_t *v2_subs_print(struct dx *dx, const struct ike *ik, unsigned first,
				    const uint8_t *cp, unsigned room, unsigned tpay, int depth);

static const uint8_t *v2_p_print(struct dx *dx, const struct ike *ik, const uint8_t *ext,
				 unsigned oprop_length, int depth)
{
	unsigned prop_length, spi_size;
	const uint8_t *cp;

	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, NP_P);
	v2_pay_name(dx, "p", ext[1]);
	/* tcpdump counts the proposal's own 4 fixed bytes as room for transforms */
	prop_length = oprop_length - 4;
	dx_printf(dx, " #%u protoid=%s transform=%u len=%u", ext[4],
		  STR_OR_ID(dx, protoid_str, ext[5]), ext[7], oprop_length);
	DX_FIELD(dx, ext + 4, 1, "Proposal number: %u", ext[4]);
	DX_FIELD(dx, ext + 5, 1, "Protocol ID: %u", ext[5]);
	DX_FIELD(dx, ext + 7, 1, "Transforms: %u", ext[7]);
	cp = ext + 8;
	spi_size = ext[6];
	if (spi_size) {
		if (prop_length < spi_size) {
			dx_printf(dx, " [|%s]", np_name(dx, NP_P));
			return cp + prop_length;
		}
		dx_puts(dx, " spi=");
		if (!rawprint(dx, cp, spi_size))
			return pay_trunc(dx, NP_P);
		cp += spi_size;
		prop_length -= spi_size;
	}
	return v2_subs_print(dx, ik, NP_T, cp, prop_length, NP_P, depth);
}

static const uint8_t *v2_subs_print(struct dx *dx, const struct ike *ik, unsigned first,
				    const uint8_t *cp, unsigned room, unsigned tpay, int depth)
{
	unsigned np, count = 0, item_len;
	const uint8_t *ext = cp;

	for (np = first; np != 0; np = GET_U8(dx, ext)) {
		count++;
		ext = cp;
		if (room < GEN_HDRLEN)
			goto toolong;
		if (!DX_TTEST(dx, ext, GEN_HDRLEN))
			return pay_trunc(dx, tpay);
		item_len = GET_BE16(dx, ext + 2);
		if (item_len <= 4)
			return pay_trunc(dx, tpay);
		if (room < item_len)
			goto toolong;
		if (!DX_TTEST(dx, cp, item_len))
			return pay_trunc(dx, tpay);
		indent(dx, depth + 1);
		dx_putc(dx, '(');
		DX_SUBTREE(dx, ext, item_len, "%s (%u bytes)", np == NP_P ? "Proposal" :
			   np == NP_T ? "Transform" : np_name(dx, np), item_len);
		if (np == first && first == NP_P)
			cp = v2_p_print(dx, ik, ext, item_len, depth + 1);
		else if (np == first)
			cp = v2_t_print(dx, ik, count, ext, item_len);
		else {
			dx_puts(dx, np_name(dx, np));
			cp += item_len;
		}
		DX_LAYER_END(dx);
		if (!cp)
			return NULL;
		dx_putc(dx, ')');
		room -= item_len;
	}
	return cp;
toolong:
	dx_printf(dx, " [|%s]", np_name(dx, tpay));
	return cp + room;
}

static const uint8_t *v2_sa_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				  const uint8_t *ext, unsigned item_len, uint32_t doi,
				  uint32_t proto, int depth)
{
	unsigned sa_length;

	(void)item_len, (void)doi, (void)proto;
	if (!DX_TTEST(dx, ext, GEN_HDRLEN))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, "sa", ext[1]);
	sa_length = GET_BE16(dx, ext + 2) - 4;
	dx_printf(dx, " len=%u", sa_length);
	return v2_subs_print(dx, ik, NP_P, ext + 4, sa_length, tpay, depth);
}

static const uint8_t *v2_ke_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				  const uint8_t *ext, unsigned item_len, uint32_t doi,
				  uint32_t proto, int depth)
{
	unsigned group;

	(void)ik, (void)doi, (void)proto, (void)depth;
	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, np_name(dx, tpay), ext[1]);
	if (item_len < 8) {
		dx_printf(dx, " len=%u < 8", item_len);
		return ext + item_len;
	}
	group = GET_BE16(dx, ext + 4);
	DX_FIELD(dx, ext + 4, 2, "DH group: %u", group);
	DX_FIELD(dx, ext + 8, item_len - 8, "Key exchange data (%u bytes)", item_len - 8);
	dx_printf(dx, " len=%u group=%s", item_len - 8, STR_OR_ID(dx, dh_groups, group));
	if (!vvv_hex(dx, item_len > 8, ext + 8, item_len - 8))
		return pay_trunc(dx, tpay);
	return ext + item_len;
}

/* printable bytes as they are, the others as '.' (checked first) */
static int dots_print(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned i;

	if (!DX_TTEST(dx, p, n))
		return 0;
	for (i = 0; i < n; i++)
		dx_putc(dx, p[i] >= 0x20 && p[i] < 0x7f ? (char)p[i] : '.');
	return 1;
}

static const uint8_t *v2_id_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				  const uint8_t *ext, unsigned item_len, uint32_t doi,
				  uint32_t proto, int depth)
{
	unsigned idlen = item_len - 8;	/* wraps for a short payload: then it is truncated */
	const uint8_t *data = ext + 8;
	int ascii = 0, ok = 1;

	(void)ik, (void)doi, (void)proto, (void)depth;
	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, np_name(dx, tpay), ext[1]);
	dx_printf(dx, " len=%u", item_len - 4);
	DX_FIELD(dx, ext + 4, 1, "ID type: %u", ext[4]);
	if (!vvv_hex(dx, item_len > 4, ext + 4, item_len - 4))
		return pay_trunc(dx, tpay);
	switch (ext[4]) {
	case 1:
		dx_puts(dx, " ipv4:");
		break;
	case 2:
		dx_puts(dx, " fqdn:");
		ascii = 1;
		break;
	case 3:
		dx_puts(dx, " rfc822:");
		ascii = 1;
		break;
	case 5:
		dx_puts(dx, " ipv6:");
		break;
	case 9:
		dx_puts(dx, " dn:");
		break;
	case 10:
		dx_puts(dx, " gn:");
		break;
	case 11:
		dx_puts(dx, " keyid:");
		break;
	default:
		return ext + item_len;
	}
	ok = ascii ? dots_print(dx, data, idlen) : rawprint(dx, data, idlen);
	if (!ok)
		return pay_trunc(dx, tpay);
	return ext + item_len;
}

static const char *const v2_auth_methods[] = { "invalid", "rsasig", "shared-secret", "dsssig" };

static const uint8_t *v2_auth_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				    const uint8_t *ext, unsigned item_len, uint32_t doi,
				    uint32_t proto, int depth)
{
	(void)doi, (void)proto, (void)depth;
	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, np_name(dx, tpay), ext[1]);
	dx_printf(dx, " len=%u method=%s", item_len - 4, STR_OR_ID(dx, v2_auth_methods, ext[4]));
	DX_FIELD(dx, ext + 4, 1, "Auth method: %u", ext[4]);
	if (item_len > 4 && dx->opts->verbose > 1) {
		dx_puts(dx, " authdata=(");
		if (!rawprint(dx, ext + 8, item_len - 8))
			return pay_trunc(dx, tpay);
		dx_puts(dx, ") ");
	} else if (item_len > 4 && dx->opts->verbose) {
		if (!show_somedata(dx, ext + 8, ik->ep))
			return pay_trunc(dx, tpay);
	}
	return ext + item_len;
}

static const uint8_t *v2_nonce_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				     const uint8_t *ext, unsigned item_len, uint32_t doi,
				     uint32_t proto, int depth)
{
	(void)doi, (void)proto, (void)depth;
	if (!DX_TTEST(dx, ext, GEN_HDRLEN))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, "nonce", ext[1]);
	dx_printf(dx, " len=%u", item_len - 4);
	DX_FIELD(dx, ext + 4, item_len - 4, "Nonce (%u bytes)", item_len - 4);
	if (dx->opts->verbose > 1 && item_len > 4) {
		dx_puts(dx, " nonce=(");
		if (!rawprint(dx, ext + 4, item_len - 4))
			return pay_trunc(dx, tpay);
		dx_puts(dx, ") ");
	} else if (dx->opts->verbose && item_len > 4) {
		if (!show_somedata(dx, ext + 4, ik->ep))
			return pay_trunc(dx, tpay);
	}
	return ext + item_len;
}

/* IKEv2 notify types: name, and whether tcpdump shows the SPI (and some data) */
struct v2_notify {
	uint16_t type;
	uint8_t showspi;	/* 1: the SPI, 2: the SPI and some data */
	const char *name;
};

static const struct v2_notify v2_notifies[] = {
	{ 1, 0, "unsupported_critical_payload" },
	{ 4, 1, "invalid_ike_spi" },
	{ 5, 0, "invalid_major_version" },
	{ 7, 1, "invalid_syntax" },
	{ 9, 1, "invalid_message_id" },
	{ 11, 1, "invalid_spi" },
	{ 14, 1, "no_protocol_chosen" },
	{ 17, 1, "invalid_ke_payload" },
	{ 24, 1, "authentication_failed" },
	{ 34, 1, "single_pair_required" },
	{ 35, 0, "no_additional_sas" },
	{ 36, 0, "internal_address_failure" },
	{ 37, 0, "failed:cp_required" },
	{ 39, 0, "invalid_selectors" },
	{ 16384, 0, "initial_contact" },
	{ 16385, 0, "set_window_size" },
	{ 16386, 0, "additional_ts_possible" },
	{ 16387, 0, "ipcomp_supported" },
	{ 16388, 1, "nat_detection_source_ip" },
	{ 16389, 1, "nat_detection_destination_ip" },
	{ 16390, 2, "cookie" },
	{ 16391, 0, "use_transport_mode" },
	{ 16392, 0, "http_cert_lookup_supported" },
	{ 16393, 1, "rekey_sa" },
	{ 16394, 0, "tfc_padding_not_supported" },
	{ 16395, 0, "non_first_fragment_also" },
};

static const uint8_t *v2_n_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				 const uint8_t *ext, unsigned item_len, uint32_t doi,
				 uint32_t proto, int depth)
{
	unsigned type, spi_size, showspi = 1, somedata = 0, i;
	const char *name;
	const uint8_t *cp;

	(void)tpay, (void)doi, (void)proto, (void)depth;
	if (!DX_TTEST(dx, ext, 8))
		return pay_trunc(dx, NP_N);
	v2_pay_name(dx, "n", ext[1]);
	dx_printf(dx, " prot_id=%s", STR_OR_ID(dx, protoid_str, ext[4]));
	type = GET_BE16(dx, ext + 6);
	DX_FIELD(dx, ext + 4, 1, "Protocol ID: %u", ext[4]);
	DX_FIELD(dx, ext + 6, 2, "Notify message type: %u", type);
	if (type < 8192)
		name = "error";
	else if (type < 16384)
		name = "private-error";
	else if (type < 40960)
		name = "status";
	else
		name = "private-status";
	for (i = 0; i < NELEMS(v2_notifies); i++) {
		if (v2_notifies[i].type == type) {
			name = v2_notifies[i].name;
			showspi = v2_notifies[i].showspi != 0;
			somedata = v2_notifies[i].showspi == 2;
			break;
		}
	}
	dx_printf(dx, " type=%u(%s)", type, name);
	spi_size = ext[5];
	if (showspi && spi_size) {
		dx_puts(dx, " spi=");
		if (!rawprint(dx, ext + 8, spi_size))
			return pay_trunc(dx, NP_N);
	}
	cp = ext + 8 + spi_size;
	if (cp < ik->ep) {
		size_t left = upto(cp, ik->ep);

		if (dx->opts->verbose > 3 || (somedata && left < 30)) {
			dx_puts(dx, " data=(");
			if (!rawprint(dx, cp, left))
				return pay_trunc(dx, NP_N);
			dx_putc(dx, ')');
		} else if (somedata && !show_somedata(dx, cp, ik->ep)) {
			return pay_trunc(dx, NP_N);
		}
	}
	return ext + item_len;
}

static const uint8_t *v2_vid_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				   const uint8_t *ext, unsigned item_len, uint32_t doi,
				   uint32_t proto, int depth)
{
	unsigned len = item_len - 4;

	(void)ik, (void)doi, (void)proto, (void)depth;
	if (!DX_TTEST(dx, ext, GEN_HDRLEN))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, np_name(dx, tpay), ext[1]);
	dx_printf(dx, " len=%u vid=", len);
	DX_FIELD(dx, ext + 4, len, "Vendor ID (%u bytes)", len);
	if (!dots_print(dx, ext + 4, len))
		return pay_trunc(dx, tpay);
	if (!vvv_hex(dx, len > 4, ext + 4, len))
		return pay_trunc(dx, tpay);
	return ext + item_len;
}

/* the encrypted payload: its length (and bytes from -vvv); always the last */
static const uint8_t *v2_e_print(struct dx *dx, const struct ike *ik, unsigned tpay,
				 const uint8_t *ext, unsigned item_len, uint32_t doi,
				 uint32_t proto, int depth)
{
	unsigned dlen = item_len - 4;

	if (!DX_TTEST(dx, ext, GEN_HDRLEN))
		return pay_trunc(dx, tpay);
	v2_pay_name(dx, np_name(dx, tpay), ext[1]);
	dx_printf(dx, " len=%u", dlen);
	DX_FIELD(dx, ext + 4, dlen, "Encrypted data (%u bytes)", dlen);
	if (!vvv_hex(dx, dlen > 4, ext + 4, dlen))
		return pay_trunc(dx, tpay);
	if (!DX_TTEST(dx, ext + 4, dlen))
		return pay_trunc(dx, tpay);
	if (dx->opts->esp_secret) {
		unsigned flags = GET_U8(dx, ik->base + 19), np = GET_U8(dx, ext), ptlen;
		struct esp_view v;
		const uint8_t *pt = esp_ikev2_decrypt(dx, flags & FLAG_I, ik->base, ik->base + 8,
						      ext + 4, ext + 4 + dlen, &ptlen, &v);

		if (pt) {
			struct ike in = *ik;

			in.ep = dx->snapend;
			sub_print(dx, &in, 1, np, pt, doi, proto, depth + 1);
			esp_view_end(dx, &v);
		}
	}
	/* the encrypted payload is the last; its next payload is inside */
	return NULL;
}

/* by payload type, for both versions (tcpdump's npfunc) */
static const ike_pay_fn pay_printers[] = {
	[NP_SA] = v1_sa_print,
	[NP_P] = v1_p_print,
	[NP_T] = v1_t_print,
	[NP_KE] = v1_data_print,
	[NP_ID] = v1_id_print,
	[NP_CERT] = v1_cert_print,
	[NP_CR] = v1_cert_print,
	[NP_HASH] = v1_data_print,
	[NP_SIG] = v1_data_print,
	[NP_NONCE] = v1_nonce_print,
	[NP_N] = v1_n_print,
	[NP_D] = v1_d_print,
	[NP_VID] = v1_data_print,
	[33] = v2_sa_print,
	[34] = v2_ke_print,
	[35] = v2_id_print,
	[36] = v2_id_print,
	[37] = v2_gen_print,
	[38] = v2_gen_print,
	[39] = v2_auth_print,
	[40] = v2_nonce_print,
	[41] = v2_n_print,
	[42] = v2_gen_print,
	[43] = v2_vid_print,
	[44] = v2_gen_print,
	[45] = v2_gen_print,
	[47] = v2_gen_print,
	[48] = v2_gen_print,
};

/* one payload; NULL for a length under 5 or when the text ends here */
static const uint8_t *sub0_print(struct dx *dx, const struct ike *ik, int v2, unsigned np,
				 const uint8_t *ext, uint32_t doi, uint32_t proto, int depth)
{
	ike_pay_fn fn = NULL;
	unsigned item_len;

	if (!DX_TTEST(dx, ext, GEN_HDRLEN)) {
		dx_print_trunc(dx);
		return NULL;
	}
	item_len = GET_BE16(dx, ext + 2);
	if (item_len <= 4)
		return NULL;
	if (np == NP_V2E && v2)
		fn = v2_e_print;
	else if (np < NELEMS(pay_printers))
		fn = pay_printers[np];
	if (fn)
		return fn(dx, ik, np, ext, item_len, doi, proto, depth);
	dx_puts(dx, np_name(dx, np));
	return ext + item_len;
}

/*
 * A chain of payloads from ext on, the first of type np (tcpdump's
 * ikev1_sub_print, or ikev2_sub_print when v2: only that one knows the
 * encrypted payload; an IKEv1 SA inside an IKEv2 message takes the first)
 */
static const uint8_t *sub_print(struct dx *dx, const struct ike *ik, int v2, unsigned np,
				const uint8_t *ext, uint32_t doi, uint32_t proto, int depth)
{
	const uint8_t *cp = ext;
	unsigned item_len;

	while (np) {
		if (!DX_TTEST(dx, ext, GEN_HDRLEN))
			return pay_trunc(dx, np);
		item_len = GET_BE16(dx, ext + 2);
		if (!DX_TTEST(dx, ext, item_len))
			return pay_trunc(dx, np);
		indent(dx, depth + 1);
		dx_putc(dx, '(');
		DX_SUBTREE(dx, ext, item_len < GEN_HDRLEN ? GEN_HDRLEN : item_len,
			   "Payload: %s (%u bytes)", np_name(dx, np), item_len);
		DX_FIELD(dx, ext, 1, "Next payload: %u", ext[0]);
		DX_FIELD(dx, ext + 2, 2, "Length: %u", item_len);
		cp = sub0_print(dx, ik, v2, np, ext, doi, proto, depth + 1);
		DX_LAYER_END(dx);
		dx_putc(dx, ')');
		if (!cp)
			return NULL;
		np = GET_U8(dx, ext);
		ext = cp;
	}
	return cp;
}

static void header_fields(struct dx *dx, const uint8_t *bp, unsigned major, unsigned minor)
{
	DX_FIELD(dx, bp, 8, "Initiator cookie / SPI");
	DX_FIELD(dx, bp + 8, 8, "Responder cookie / SPI");
	DX_FIELD(dx, bp + 16, 1, "Next payload: %s", np_name(dx, bp[16]));
	DX_FIELD(dx, bp + 17, 1, "Version: %u.%u", major, minor);
	DX_FIELD(dx, bp + 18, 1, "Exchange type: %s", STR_OR_ID(dx, etype_str, bp[18]));
	DX_FIELD(dx, bp + 19, 1, "Flags: 0x%02x", bp[19]);
	DX_FIELD(dx, bp + 20, 4, "Message ID: 0x%08x", GET_BE32(dx, bp + 20));
	DX_FIELD(dx, bp + 24, 4, "Length: %u", GET_BE32(dx, bp + 24));
}

void isakmp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph)
{
	unsigned major, minor, flags, np;
	struct ike ik;

	dx_proto(dx, "isakmp");
	if (!DX_TTEST(dx, bp, ISAKMP_HDRLEN)) {
		dx_print_trunc(dx);
		return;
	}
	dx_puts(dx, "isakmp");
	major = bp[17] >> 4;
	minor = bp[17] & 0x0f;
	DX_LAYER(dx, bp, length, "Internet Security Association and Key Management Protocol");
	header_fields(dx, bp, major, minor);
	if (dx->opts->verbose) {
		dx_printf(dx, " %u.%u msgid ", major, minor);
		dx_put_hexbytes(dx, bp + 20, 4, 0);
	}
	if (dx->opts->verbose > 1) {
		dx_puts(dx, " cookie ");
		dx_put_hexbytes(dx, bp, 8, 0);
		dx_puts(dx, "->");
		dx_put_hexbytes(dx, bp + 8, 8, 0);
	}
	dx_putc(dx, ':');
	if (major != 1 && major != 2) {
		DX_LAYER_END(dx);
		return;
	}
	ik.base = bp;
	ik.ep = dx->snapend;
	ik.phase = GET_BE32(dx, bp + 20) == 0 ? 1 : 2;
	flags = bp[19];
	if (major == 1) {
		char side = ike_side(dx, bp, iph);

		dx->state.ike_side = (uint8_t)side;
		dx_printf(dx, ik.phase == 1 ? " phase %u %c" : " phase %u/others %c", ik.phase,
			  side);
		dx_printf(dx, " %s", STR_OR_ID(dx, etype_str, bp[18]));
		if (flags)
			dx_printf(dx, "[%s%s]", (flags & FLAG_E) ? "E" : "",
				  (flags & FLAG_C) ? "C" : "");
	} else {
		dx_puts(dx, ik.phase == 1 ? " parent_sa" : " child_sa ");
		dx_printf(dx, " %s", STR_OR_ID(dx, etype_str, bp[18]));
		if (flags)
			dx_printf(dx, "[%s%s%s]", (flags & FLAG_I) ? "I" : "",
				  (flags & FLAG_V) ? "V" : "", (flags & FLAG_R) ? "R" : "");
	}
	if (dx->opts->verbose) {
		dx_putc(dx, ':');
		np = bp[16];
		if (flags & FLAG_E)
			dx_printf(dx, " [encrypted %s]", np_name(dx, np));
		else
			sub_print(dx, &ik, major == 2, np, bp + ISAKMP_HDRLEN, 0, 0, 0);
		if (GET_BE32(dx, bp + 24) != length)
			dx_printf(dx, " (len mismatch: isakmp %u/ip %u)", GET_BE32(dx, bp + 24),
				  length);
	}
	DX_LAYER_END(dx);
}

void isakmp_rfc3948_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
			  unsigned ver, int fragmented, unsigned ttl_hl)
{
	dx_proto(dx, "isakmp_rfc3948");
	if (length == 1 && GET_U8(dx, bp) == 0xff) {
		dx_puts(dx, "isakmp-nat-keep-alive");
		DX_LAYER(dx, bp, 1, "UDP encapsulation: NAT keep-alive");
		DX_FIELD(dx, bp, 1, "Keep-alive: 0xff");
		DX_LAYER_END(dx);
		return;
	}
	if (length < 4) {
		dx_print_trunc(dx);
		return;
	}
	if (GET_BE32(dx, bp) == 0) {
		DX_LAYER(dx, bp, 4, "UDP encapsulation: IKE");
		DX_FIELD(dx, bp, 4, "Non-ESP marker: 0x00000000");
		DX_LAYER_END(dx);
		dx_puts(dx, "NONESP-encap: ");
		isakmp_print(dx, bp + 4, length - 4, iph);
		return;
	}
	dx_puts(dx, "UDP-encap: ");
	esp_print(dx, bp, length, iph, ver, fragmented, ttl_hl);
}
