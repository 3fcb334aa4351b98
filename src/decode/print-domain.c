// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Domain Name System (DNS) printer, also mDNS and DNS over TCP
 *
 * RFC 1035 (message format, compression, TCP length prefix), RFC 6891
 * (EDNS(0) OPT pseudo-RR), RFC 7871 (client subnet), RFC 7873 (cookies),
 * RFC 6762 (mDNS QU / cache-flush bits), RFC 2673 (bit-string labels).
 *
 * The text is tcpdump 4.99's print-domain.c output, byte for byte, at every
 * -v level. Its odd corners are kept on purpose: a record whose fixed part
 * is cut off ends the section silently (rr_print returns snapend), only
 * backward compression pointers are followed (a forward or self pointer
 * prints "<BAD PTR>", so no loop is possible), names are cut at 255
 * characters with "<DOMAIN NAME TOO LONG>", and the extended RCODE is
 * taken from the first OPT record before anything is printed.
 *
 * Text depends on -v (names of records only from -v, TTLs from -vvv, the
 * authority and additional sections from -vv), but the field tree always
 * shows the whole message. Both come from this one walk: each function
 * prints its text and adds its fields, and what the text leaves out at
 * this -v level is walked by the same functions through dx_tree_only (text
 * into a scratch buffer, as at -vvv), in place, only when a tree is wanted.
 * Name labels are the text the walk printed, so they are escaped alike.
 */
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "print-domain.h"
#include "print.h"
#include "util.h"

static const char *const opcode_str[16] = {
	"", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
	" op8", " updateA", " updateD", " updateDA",
	" updateM", " updateMA", " zoneInit", " zoneRef",
};

/* tcpdump's table has no space before Resp17 and Resp21: kept */
const char *const dns_rcode_str[24] = {
	"", " FormErr", " ServFail", " NXDomain",
	" NotImp", " Refused", " YXDomain", " YXRRSet",
	" NXRRSet", " NotAuth", " NotZone", " Resp11",
	" Resp12", " Resp13", " Resp14", " NoChange",
	" BadVers", "Resp17", " Resp18", " Resp19",
	" Resp20", "Resp21", " Resp22", " BadCookie",
};

/* RR type names, indexed by type (IANA dns-parameters, as tcpdump knows them) */
static const char *const type_names[257] = {
	[1] = "A", [2] = "NS", [3] = "MD", [4] = "MF", [5] = "CNAME", [6] = "SOA",
	[7] = "MB", [8] = "MG", [9] = "MR", [10] = "NULL", [11] = "WKS", [12] = "PTR",
	[13] = "HINFO", [14] = "MINFO", [15] = "MX", [16] = "TXT", [17] = "RP",
	[18] = "AFSDB", [19] = "X25", [20] = "ISDN", [21] = "RT", [22] = "NSAP",
	[23] = "NSAP_PTR", [24] = "SIG", [25] = "KEY", [26] = "PX", [27] = "GPOS",
	[28] = "AAAA", [29] = "LOC", [30] = "NXT", [31] = "EID", [32] = "NIMLOC",
	[33] = "SRV", [34] = "ATMA", [35] = "NAPTR", [36] = "KX", [37] = "CERT",
	[38] = "A6", [39] = "DNAME", [40] = "SINK", [41] = "OPT", [42] = "APL",
	[43] = "DS", [44] = "SSHFP", [45] = "IPSECKEY", [46] = "RRSIG", [47] = "NSEC",
	[48] = "DNSKEY", [99] = "SPF", [100] = "UINFO", [101] = "UID", [102] = "GID",
	[103] = "UNSPEC", [104] = "UNSPECA", [249] = "TKEY", [250] = "TSIG",
	[251] = "IXFR", [252] = "AXFR", [253] = "MAILB", [254] = "MAILA", [255] = "ANY",
	[256] = "URI",
};

const struct tok dns_class_names[] = {
	{ 1, "IN" }, { 3, "CHAOS" }, { 4, "HS" }, { 255, "ANY" }, { 0, NULL },
};

const struct tok dns_edns_opt_names[] = {
	{ 1, "LLQ" }, { 2, "UL" }, { E_NSID, "NSID" }, { E_DAU, "DAU" }, { E_DHU, "DHU" },
	{ E_N3U, "N3U" }, { E_ECS, "ECS" }, { E_EXPIRE, "EXPIRE" }, { E_COOKIE, "COOKIE" },
	{ E_KEEPALIVE, "KEEPALIVE" }, { E_PADDING, "PADDING" }, { E_CHAIN, "CHAIN" },
	{ E_KEYTAG, "KEY-TAG" }, { 16, "CLIENT-TAG" }, { 17, "SERVER-TAG" }, { 0, NULL },
};

/* DNSSEC algorithms (RFC 6975 DAU); "DS" for DSA is tcpdump's spelling */
static const struct tok dau_alg_names[] = {
	{ 0, "DELETE" }, { 1, "RSAMD5" }, { 2, "DH" }, { 3, "DS" }, { 5, "RSASHA1" },
	{ 6, "DSA-NSEC3-SHA1" }, { 7, "RSASHA1-NSEC3-SHA1" }, { 8, "RSASHA256" },
	{ 10, "RSASHA512" }, { 12, "ECC-GOST" }, { 13, "ECDSAP256SHA256" },
	{ 14, "ECDSAP384SHA384" }, { 15, "ED25519" }, { 16, "ED448" }, { 252, "INDIRECT" },
	{ 253, "PRIVATEDNS" }, { 254, "PRIVATEOID" }, { 0, NULL },
};

static const struct tok dhu_alg_names[] = {
	{ 1, "SHA-1" }, { 2, "SHA-256" }, { 3, "GOST_R_34.11-94" }, { 4, "SHA-384" }, { 0, NULL },
};

static const struct tok n3u_alg_names[] = {
	{ 1, "SHA-1" }, { 0, NULL },
};

const char *dns_type_name(struct dx *dx, unsigned t)
{
	char *b;

	if (t < 257 && type_names[t])
		return type_names[t];
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, "Type%u", t);
	return b;
}

static void put_rcode(struct dx *dx, unsigned rcode)
{
	if (rcode < 24) {
		dx_puts(dx, dns_rcode_str[rcode]);
		return;
	}
	dx_puts(dx, " Resp");
	dx_putu(dx, rcode & 0xfff);
}

/* ---- names ----------------------------------------------------------- */

/*
 * Step over a name without printing it; NULL if it runs off the captured
 * bytes or uses a reserved label type. A pointer ends the name.
 */
static const uint8_t *ns_nskip(struct dx *dx, const uint8_t *cp)
{
	unsigned i;

	if (!DX_TTEST(dx, cp, 1))
		return NULL;
	i = *cp++;
	while (i) {
		switch (i & LBL_MASK) {
		case LBL_POINTER:
			return cp + 1;
		case LBL_EXTENDED: {
			unsigned bitlen;

			if ((i & ~LBL_MASK) != ELT_BITLABEL)
				return NULL;
			if (!DX_TTEST(dx, cp, 1))
				return NULL;
			bitlen = *cp ? *cp : 256;
			cp++;
			cp += (bitlen + 7) / 8;
			break;
		}
		case LBL_RESERVED:
			return NULL;
		default:
			cp += i;
			break;
		}
		if (!DX_TTEST(dx, cp, 1))
			return NULL;
		i = *cp++;
	}
	return cp;
}

/* "\[x<hex>/<bits>]" for a bit-string label; cp is at its count byte */
static const uint8_t *blabel_print(struct dx *dx, const uint8_t *cp)
{
	unsigned bitlen, b;
	const uint8_t *bitp, *lim;
	uint8_t tc;

	if (!DX_TTEST(dx, cp, 1))
		return NULL;
	bitlen = *cp ? *cp : 256;
	lim = cp + 1 + (bitlen + 3) / 4;
	dx_puts(dx, "\\[x");
	for (bitp = cp + 1, b = bitlen; bitp < lim && b > 7; b -= 8, bitp++)
		dx_printf(dx, "%02x", GET_U8(dx, bitp));
	if (b > 4) {
		tc = GET_U8(dx, bitp);
		dx_printf(dx, "%02x", tc & (0xff << (8 - b)));
	} else if (b > 0) {
		tc = GET_U8(dx, bitp);
		dx_printf(dx, "%1x", ((tc >> 4) & 0x0f) & (0x0f << (4 - b)));
	}
	dx_printf(dx, "/%u]", bitlen);
	return lim;
}

/* Length of the label at cp (its pointer byte for a pointer), or -1
 * after printing why not. */
static int labellen(struct dx *dx, const uint8_t *cp)
{
	unsigned i;

	if (!DX_TTEST(dx, cp, 1))
		return -1;
	i = *cp;
	switch (i & LBL_MASK) {
	case LBL_EXTENDED: {
		unsigned bitlen;

		if ((i & ~LBL_MASK) != ELT_BITLABEL) {
			dx_printf(dx, "<ELT %u>", i & ~LBL_MASK);
			return -1;
		}
		if (!DX_TTEST(dx, cp + 1, 1))
			return -1;
		bitlen = cp[1] ? cp[1] : 256;
		return (int)((bitlen + 7) / 8 + 1);
	}
	case LBL_POINTER:
	case LBL_NORMAL:
		return (int)i;
	default:
		dx_puts(dx, "<BAD LABEL TYPE>");
		return -1;
	}
}

/* dx_printn, with a fast path for a captured label of plain ASCII */
static int put_label(struct dx *dx, const uint8_t *cp, unsigned n)
{
	unsigned k;

	if (DX_TTEST(dx, cp, n)) {
		for (k = 0; k < n; k++)
			if (cp[k] < 0x20 || cp[k] > 0x7e)
				break;
		if (k == n) {
			strbuf_add(dx->out, cp, n);
			return 0;
		}
	}
	return dx_printn(dx, cp, n);
}

/* " [" N tag "]" */
static void put_count(struct dx *dx, unsigned n, const char *tag)
{
	dx_puts(dx, " [");
	dx_putu(dx, n);
	dx_puts(dx, tag);
}

/*
 * Print the name at cp; bp is the start of the message (pointer base).
 * Returns the byte after the name where it sits in the record, or NULL
 * (truncated or bad; a reason may have been printed).
 */
const uint8_t *fqdn_print(struct dx *dx, const uint8_t *cp, const uint8_t *bp)
{
	const uint8_t *rp = NULL;
	unsigned i, offset, max_offset, name_chars = 0;
	int l, compressed = 0;

	if ((l = labellen(dx, cp)) < 0)
		return NULL;
	/* only backward pointers: each one lowers the limit, so no loop */
	max_offset = (unsigned)(cp - bp);
	i = *cp++;
	if ((i & LBL_MASK) != LBL_POINTER)
		rp = cp + l;
	if (i == 0) {
		dx_putc(dx, '.');
		return rp;
	}
	while (i && cp < dx->snapend) {
		switch (i & LBL_MASK) {
		case LBL_POINTER:
			if (!compressed) {
				rp = cp + 1;
				compressed = 1;
			}
			if (!DX_TTEST(dx, cp, 1))
				return NULL;
			offset = ((i << 8) | *cp) & 0x3fff;
			if (offset >= max_offset) {
				dx_puts(dx, "<BAD PTR>");
				return NULL;
			}
			max_offset = offset;
			cp = bp + offset;
			if (!DX_TTEST(dx, cp, 1))
				return NULL;
			i = *cp;
			if ((l = labellen(dx, cp)) < 0)
				return NULL;
			cp++;
			continue;
		case LBL_EXTENDED:
			/* labellen() let only bit-string labels through */
			if (!blabel_print(dx, cp))
				return NULL;
			break;
		case LBL_RESERVED:
			dx_puts(dx, "<BAD LABEL TYPE>");
			return NULL;
		default:
			if (name_chars + (unsigned)l <= MAXCDNAME) {
				if (put_label(dx, cp, (unsigned)l))
					return NULL;
			} else if (name_chars < MAXCDNAME) {
				if (dx_printn(dx, cp, MAXCDNAME - name_chars))
					return NULL;
			}
			name_chars += (unsigned)l;
			break;
		}
		cp += l;
		if (name_chars <= MAXCDNAME)
			dx_putc(dx, '.');
		name_chars++;
		if (!DX_TTEST(dx, cp, 1))
			return NULL;
		i = *cp;
		if ((l = labellen(dx, cp)) < 0)
			return NULL;
		cp++;
		if (!compressed)
			rp += l + 1;
	}
	if (name_chars > MAXCDNAME)
		dx_puts(dx, "<DOMAIN NAME TOO LONG>");
	return rp;
}

/* a <character-string>: length byte and text */
static const uint8_t *ns_cprint(struct dx *dx, const uint8_t *cp)
{
	unsigned n;

	if (!DX_TTEST(dx, cp, 1))
		return NULL;
	n = *cp++;
	if (dx_printn(dx, cp, n))
		return NULL;
	return cp + n;
}

/* ---- EDNS(0) options --------------------------------------------------- */

/* client subnet: family, source and scope prefix lengths, address prefix */
static void print_eopt_ecs(struct dx *dx, const uint8_t *cp, unsigned data_len)
{
	unsigned family, addr_bits, src_len, scope_len;
	uint8_t padded[16];
	char addr[64];

	if (data_len < 4) {
		dx_print_invalid(dx);
		return;
	}
	family = GET_BE16(dx, cp);
	src_len = GET_U8(dx, cp + 2);
	scope_len = GET_U8(dx, cp + 3);
	cp += 4;
	if (family == 1)
		addr_bits = 32;
	else if (family == 2)
		addr_bits = 128;
	else {
		dx_print_invalid(dx);
		return;
	}
	if (data_len - 4 > addr_bits / 8 || src_len > addr_bits || scope_len > addr_bits ||
	    (src_len + 7) / 8 != data_len - 4) {
		dx_print_invalid(dx);
		return;
	}
	memset(padded, 0, sizeof(padded));
	memcpy(padded, cp, data_len - 4);	/* checked by eopt_print */
	if (family == 1)
		dx_fmt_ip4(addr, sizeof(addr), padded);
	else
		dx_fmt_ip6(addr, sizeof(addr), padded);
	dx_printf(dx, "%s/%d/%d", addr, (int)src_len, (int)scope_len);
}

static void print_alg_list(struct dx *dx, const struct tok *t, const uint8_t *cp, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			dx_putc(dx, ' ');
		dx_puts(dx, tok2str(dx, t, "Alg_%u", GET_U8(dx, cp + i)));
	}
}

/* one option of an OPT record whose data ends at rd_end */
static const uint8_t *eopt_print(struct dx *dx, const uint8_t *cp, const uint8_t *rd_end)
{
	unsigned opt, data_len, i;

	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	opt = GET_BE16(dx, cp);
	cp += 2;
	dx_puts(dx, tok2str(dx, dns_edns_opt_names, "Opt%u", opt));
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	data_len = GET_BE16(dx, cp);
	cp += 2;
	if (!DX_TTEST(dx, cp, data_len))
		return NULL;
	DX_FIELD_IN(dx, cp - 4, data_len + 4, rd_end, "Option: %s (%u), length %u",
		 tok2str(dx, dns_edns_opt_names, "Opt%u", opt), opt, data_len);
	if (data_len == 0)
		return cp;
	dx_putc(dx, ' ');
	switch (opt) {
	case E_ECS:
		print_eopt_ecs(dx, cp, data_len);
		break;
	case E_COOKIE:
		if (data_len < 8 || (data_len > 8 && data_len < 16) || data_len > 40) {
			dx_print_invalid(dx);
			break;
		}
		for (i = 0; i < data_len; i++) {
			if (i == 8)	/* client cookie, then server cookie */
				dx_putc(dx, ' ');
			dx_printf(dx, "%02x", cp[i]);
		}
		break;
	case E_KEEPALIVE:
		if (data_len != 2)
			dx_print_invalid(dx);
		else	/* units of 100 ms */
			dx_printf(dx, "%0.1f sec", GET_BE16(dx, cp) / 10.0);
		break;
	case E_EXPIRE:
		if (data_len != 4)
			dx_print_invalid(dx);
		else
			dx_printf(dx, "%u sec", GET_BE32(dx, cp));
		break;
	case E_PADDING:
		dx_printf(dx, "(%u)", data_len);
		break;
	case E_KEYTAG:
		if (data_len % 2 != 0) {
			dx_print_invalid(dx);
			break;
		}
		for (i = 0; i < data_len; i += 2) {
			if (i > 0)
				dx_putc(dx, ' ');
			dx_putu(dx, GET_BE16(dx, cp + i));
		}
		break;
	case E_DAU:
		print_alg_list(dx, dau_alg_names, cp, data_len);
		break;
	case E_DHU:
		print_alg_list(dx, dhu_alg_names, cp, data_len);
		break;
	case E_N3U:
		print_alg_list(dx, n3u_alg_names, cp, data_len);
		break;
	case E_CHAIN:
		/* tcpdump takes the option's end as the pointer base */
		fqdn_print(dx, cp, cp + data_len);
		break;
	default:	/* NSID and the rest: bytes in hex */
		for (i = 0; i < data_len; i++)
			dx_printf(dx, "%02x", cp[i]);
		break;
	}
	return cp + data_len;
}

/* ---- questions and resource records ------------------------------------ */

/* ---- field tree -------------------------------------------------------- */

/*
 * A walk of the message: the pointer base, mDNS, and the -v level the
 * text is printed at (3 in a tree-only walk, which prints everything into
 * the scratch buffer for the labels).
 */
struct dns_ctx {
	const uint8_t *bp;
	int is_mdns;
	unsigned v;
	const uint8_t *rd_end;	/* in a record's data: its end, where fields stop */
	const uint8_t **far;	/* the furthest end of a section so far (the layer's end) */
};

static void note_far(const struct dns_ctx *c, const uint8_t *end)
{
	if (end > *c->far)
		*c->far = end;
}

#define NAME_COPY 320

/* "Name: example.com." over the name's bytes in place, from the text just printed */
static void name_node(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp,
		      const uint8_t *rp, size_t mark, const char *what, char *copy)
{
	const uint8_t *end = rp ? rp : ns_nskip(dx, cp);
	size_t len = end ? (size_t)(end - cp) : 0;
	const char *s;
	int n;

	s = dx_text_since(dx, mark, &n);
	if (c->rd_end)
		DX_FIELD_IN(dx, cp, len, c->rd_end, "%s: %.*s", what, n, s);
	else
		DX_FIELD(dx, cp, len, "%s: %.*s", what, n, s);
	if (copy)
		snprintf(copy, NAME_COPY, "%.*s", n, s);
}

/* fqdn_print, and with a tree a field for the name (copied to copy, if not NULL) */
static const uint8_t *name_print(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp,
				 const char *what, char *copy)
{
	size_t mark = dx->out->len;
	const uint8_t *rp = fqdn_print(dx, cp, c->bp);

	if (dx->tree)
		name_node(dx, c, cp, rp, mark, what, copy);
	return rp;
}

struct hidden_name {
	const struct dns_ctx *c;
	const uint8_t *cp;
	const char *what;
	char *copy;
};

static void hidden_name_fn(struct dx *dx, void *arg)
{
	struct hidden_name *h = arg;

	name_print(dx, h->c, h->cp, h->what, h->copy);
}

/* the field of a name the text skips at this -v level */
static void name_field(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp,
		       const char *what, char *copy)
{
	struct hidden_name h = { c, cp, what, copy };

	if (copy)
		copy[0] = '\0';
	dx_tree_only(dx, hidden_name_fn, &h);
}

/* bytes of the question (rr 0) or record at cp, as far as they can be told */
static size_t entry_span(struct dx *dx, const uint8_t *cp, int rr)
{
	const uint8_t *q = ns_nskip(dx, cp);

	if (!q || !DX_TTEST(dx, q, rr ? 10u : 4u))
		return DX_BYTES_AVAIL(dx, cp);
	return (size_t)(q - cp) + (rr ? 10u + GET_BE16(dx, q + 8) : 4u);
}

static const char *class_name(struct dx *dx, unsigned class)
{
	return tok2str(dx, dns_class_names, "%u", class);
}

/* type and class of a question or record; p at its type */
static void type_class_fields(struct dx *dx, const struct dns_ctx *c, const uint8_t *p, int rr)
{
	unsigned typ = GET_BE16(dx, p), raw = GET_BE16(dx, p + 2);
	unsigned class = c->is_mdns ? raw & 0x7fff : raw;

	DX_FIELD(dx, p, 2, "Type: %s (%u)", dns_type_name(dx, typ), typ);
	if (rr && typ == T_OPT) {
		DX_FIELD(dx, p + 2, 2, "UDP payload size: %u", raw);
		return;
	}
	DX_FIELD(dx, p + 2, 2, "Class: %s (0x%04x)", class_name(dx, class), raw);
	if (c->is_mdns && (raw & 0x8000))
		DX_FIELD(dx, p + 2, 2, rr ? "Cache flush: yes" : "Unicast response: yes");
}

static void entry_label(struct dx *dx, size_t node, const char *name, const uint8_t *p, int rr,
			int is_mdns)
{
	unsigned typ = GET_BE16(dx, p), raw = GET_BE16(dx, p + 2);

	if (rr && typ == T_OPT)
		dx_tree_relabel(dx, node, "%s: type OPT, UDP payload size %u", name, raw);
	else
		dx_tree_relabel(dx, node, "%s: type %s, class %s", name, dns_type_name(dx, typ),
				class_name(dx, is_mdns ? raw & 0x7fff : raw));
}

/* ---- questions and resource records ------------------------------------ */

static void put_class(struct dx *dx, unsigned class)
{
	const char *s = tok2str_or_null(dns_class_names, class);

	dx_putc(dx, ' ');
	if (s) {
		dx_puts(dx, s);
	} else {
		dx_puts(dx, "(Class ");
		dx_putu(dx, class);
		dx_putc(dx, ')');
	}
}

static const uint8_t *ns_qprint(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp)
{
	const uint8_t *np = cp, *rp;
	char name[NAME_COPY];
	unsigned i, class;
	size_t node = 0;

	cp = ns_nskip(dx, cp);
	if (!cp || !DX_TTEST(dx, cp, 4))
		return NULL;
	if (dx->tree) {
		node = dx_tree_next(dx);
		DX_SUBTREE(dx, np, (size_t)(cp + 4 - np), "Query");
	}
	dx_putc(dx, ' ');
	dx_puts(dx, dns_type_name(dx, GET_BE16(dx, cp)));
	i = GET_BE16(dx, cp + 2);
	class = c->is_mdns ? (i & ~(unsigned)C_QU) : i;
	if (class != C_IN)
		put_class(dx, class);
	if (c->is_mdns)
		dx_puts(dx, (i & C_QU) ? " (QU)" : " (QM)");
	dx_puts(dx, "? ");
	rp = name_print(dx, c, np, "Name", name);
	if (dx->tree) {
		entry_label(dx, node, name, cp, 0, c->is_mdns);
		type_class_fields(dx, c, cp, 0);
		DX_LAYER_END(dx);
	}
	return rp ? rp + 4 : NULL;
}

static const uint8_t *rr_print_tsig(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp)
{
	unsigned maclen;

	dx_putc(dx, ' ');
	if (!(cp = name_print(dx, c, cp, "Algorithm", NULL)))
		return NULL;
	cp += 6;	/* time signed */
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " fudge=%u", GET_BE16(dx, cp));
	DX_FIELD_IN(dx, cp, 2, c->rd_end, "Fudge: %u", GET_BE16(dx, cp));
	cp += 2;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	maclen = GET_BE16(dx, cp);
	dx_printf(dx, " maclen=%u", maclen);
	DX_FIELD_IN(dx, cp, 2, c->rd_end, "MAC size: %u", maclen);
	cp += 2 + maclen;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " origid=%u", GET_BE16(dx, cp));
	DX_FIELD_IN(dx, cp, 2, c->rd_end, "Original ID: %u", GET_BE16(dx, cp));
	cp += 2;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " error=%u", GET_BE16(dx, cp));
	DX_FIELD_IN(dx, cp, 2, c->rd_end, "Error: %u", GET_BE16(dx, cp));
	cp += 2;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " otherlen=%u", GET_BE16(dx, cp));
	DX_FIELD_IN(dx, cp, 2, c->rd_end, "Other length: %u", GET_BE16(dx, cp));
	return cp + 2;
}

static const uint8_t *rr_print_soa(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp)
{
	static const char *const what[5] = {
		"Serial", "Refresh", "Retry", "Expire", "Minimum TTL",
	};
	unsigned i;

	dx_putc(dx, ' ');
	if (!(cp = name_print(dx, c, cp, "Primary name server", NULL)))
		return NULL;
	dx_putc(dx, ' ');
	if (!(cp = name_print(dx, c, cp, "Responsible mailbox", NULL)))
		return NULL;
	if (!DX_TTEST(dx, cp, 20))
		return NULL;
	for (i = 0; i < 5; i++) {
		dx_putc(dx, ' ');
		dx_putu(dx, GET_BE32(dx, cp + 4 * i));
		DX_FIELD_IN(dx, cp + 4 * i, 4, c->rd_end, "%s: %u", what[i], GET_BE32(dx, cp + 4 * i));
	}
	return cp + 20;
}

struct hidden_rdata {
	const struct dns_ctx *c;
	const uint8_t *cp;
	unsigned typ;
};

static void hidden_rdata_fn(struct dx *dx, void *arg)
{
	struct hidden_rdata *h = arg;
	struct dns_ctx c3 = *h->c;

	c3.v = 3;
	if (h->typ == T_SOA)
		rr_print_soa(dx, &c3, h->cp);
	else
		rr_print_tsig(dx, &c3, h->cp);
}

static const uint8_t *rr_print_a6(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp)
{
	uint8_t a[16];
	char buf[64];
	unsigned pbit, pbyte;

	if (!DX_TTEST(dx, cp, 1))
		return NULL;
	pbit = *cp;
	pbyte = (pbit & ~7u) / 8;
	if (pbit > 128) {
		dx_printf(dx, " %u(bad plen)", pbit);
		return cp;
	}
	DX_FIELD_IN(dx, cp, 1, c->rd_end, "Prefix length: %u", pbit);
	if (pbit < 128) {
		memset(a, 0, sizeof(a));
		GET_CPY_BYTES(dx, a + pbyte, cp + 1, sizeof(a) - pbyte);
		dx_fmt_ip6(buf, sizeof(buf), a);
		dx_printf(dx, " %u %s", pbit, buf);
		DX_FIELD_IN(dx, cp + 1, sizeof(a) - pbyte, c->rd_end, "Address suffix: %s", buf);
	}
	if (pbit > 0) {
		dx_putc(dx, ' ');
		if (!name_print(dx, c, cp + 1 + sizeof(a) - pbyte, "Prefix name", NULL))
			return NULL;
	}
	return cp;
}

static const uint8_t *rr_print_opt(struct dx *dx, const uint8_t *cp, const uint8_t *rp,
				   unsigned class, unsigned opt_flags)
{
	dx_puts(dx, " UDPsize=");
	dx_putu(dx, class);
	if (opt_flags & 0x8000)
		dx_puts(dx, " DO");
	if (cp < rp) {
		dx_puts(dx, " [");
		while (cp < rp) {
			if (!(cp = eopt_print(dx, cp, rp)))
				return NULL;
			if (cp < rp)
				dx_putc(dx, ',');
		}
		dx_putc(dx, ']');
	}
	return cp;
}

/* TTL and data length (or OPT's extended RCODE, version and flags); p at the type */
static void rr_fixed_fields(struct dx *dx, const uint8_t *p, unsigned typ)
{
	if (typ == T_OPT) {
		DX_FIELD(dx, p + 4, 1, "Extended RCODE: %u", GET_U8(dx, p + 4));
		DX_FIELD(dx, p + 5, 1, "EDNS version: %u", GET_U8(dx, p + 5));
		DX_FIELD(dx, p + 6, 2, "Flags: 0x%04x%s", GET_BE16(dx, p + 6),
			 (GET_U8(dx, p + 6) & 0x80) ? " (DO)" : "");
	} else {
		DX_FIELD(dx, p + 4, 4, "Time to live: %u", GET_BE32(dx, p + 4));
	}
	DX_FIELD(dx, p + 8, 2, "Data length: %u", GET_BE16(dx, p + 8));
}

/*
 * One resource record. Returns where the next one starts (by RDLENGTH),
 * NULL when truncated or bad, or snapend when the fixed part is missing:
 * tcpdump then ends the section without " [|domain]".
 */
static const uint8_t *rr_body(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp,
			      size_t node)
{
	unsigned i, class, typ, len, opt_flags = 0;
	const uint8_t *rp;
	char buf[64], name[NAME_COPY];
	struct dns_ctx rc;
	size_t mark;

	if (c->v) {
		dx_putc(dx, ' ');
		if (!(cp = name_print(dx, c, cp, "Name", name)))
			return NULL;
	} else {
		if (dx->tree)
			name_field(dx, c, cp, "Name", name);
		cp = ns_nskip(dx, cp);
	}
	if (!cp || !DX_TTEST(dx, cp, 10))
		return dx->snapend;

	typ = GET_BE16(dx, cp);
	i = GET_BE16(dx, cp + 2);
	if (dx->tree) {
		entry_label(dx, node, name, cp, 1, c->is_mdns);
		type_class_fields(dx, c, cp, 1);
		rr_fixed_fields(dx, cp, typ);
	}
	class = c->is_mdns ? (i & ~(unsigned)C_CACHE_FLUSH) : i;
	if (class != C_IN && typ != T_OPT)
		put_class(dx, class);
	if (c->is_mdns && (i & C_CACHE_FLUSH))
		dx_puts(dx, " (Cache flush)");
	if (typ == T_OPT) {
		opt_flags = GET_BE16(dx, cp + 6);
	} else if (c->v > 2) {
		dx_puts(dx, " [");
		dx_put_relts(dx, GET_BE32(dx, cp + 4));
		dx_putc(dx, ']');
	}
	len = GET_BE16(dx, cp + 8);
	cp += 10;
	rp = cp + len;

	dx_putc(dx, ' ');
	dx_puts(dx, dns_type_name(dx, typ));
	if (rp > dx->snapend)
		return NULL;
	if (dx->tree) {
		rc = *c;
		rc.rd_end = rp;
		c = &rc;
	}

	switch (typ) {
	case T_A:
		if (!DX_TTEST(dx, cp, 4))
			return NULL;
		dx_fmt_ip4(buf, sizeof(buf), cp);
		dx_putc(dx, ' ');
		dx_puts(dx, buf);
		DX_FIELD_IN(dx, cp, 4, c->rd_end, "Address: %s", buf);
		break;
	case T_NS:
	case T_CNAME:
	case T_PTR:
	case T_DNAME:
		dx_putc(dx, ' ');
		if (!name_print(dx, c, cp, dns_type_name(dx, typ), NULL))
			return NULL;
		break;
	case T_SOA:
		if (!c->v) {
			struct hidden_rdata h = { c, cp, typ };

			dx_tree_only(dx, hidden_rdata_fn, &h);
			break;
		}
		if (!rr_print_soa(dx, c, cp))
			return NULL;
		break;
	case T_MX:
		dx_putc(dx, ' ');
		if (!DX_TTEST(dx, cp, 2))
			return NULL;
		DX_FIELD_IN(dx, cp, 2, c->rd_end, "Preference: %u", GET_BE16(dx, cp));
		if (!name_print(dx, c, cp + 2, "Mail exchange", NULL))
			return NULL;
		dx_putc(dx, ' ');
		dx_putu(dx, GET_BE16(dx, cp));
		break;
	case T_TXT:
		while (cp < rp) {
			const uint8_t *tp = cp;
			const char *s;
			int n;

			dx_puts(dx, " \"");
			mark = dx->out->len;
			if (!(cp = ns_cprint(dx, cp)))
				return NULL;
			if (dx->tree) {
				s = dx_text_since(dx, mark, &n);
				DX_FIELD_IN(dx, tp, (size_t)(cp - tp), c->rd_end, "Text: \"%.*s\"", n, s);
			}
			dx_putc(dx, '"');
		}
		break;
	case T_SRV:
		dx_putc(dx, ' ');
		if (!DX_TTEST(dx, cp, 6))
			return NULL;
		DX_FIELD_IN(dx, cp, 2, c->rd_end, "Priority: %u", GET_BE16(dx, cp));
		DX_FIELD_IN(dx, cp + 2, 2, c->rd_end, "Weight: %u", GET_BE16(dx, cp + 2));
		DX_FIELD_IN(dx, cp + 4, 2, c->rd_end, "Port: %u", GET_BE16(dx, cp + 4));
		if (!name_print(dx, c, cp + 6, "Target", NULL))
			return NULL;
		dx_printf(dx, ":%u %u %u", GET_BE16(dx, cp + 4), GET_BE16(dx, cp),
			  GET_BE16(dx, cp + 2));
		break;
	case T_AAAA:
		if (!DX_TTEST(dx, cp, 16))
			return NULL;
		dx_fmt_ip6(buf, sizeof(buf), cp);
		dx_putc(dx, ' ');
		dx_puts(dx, buf);
		DX_FIELD_IN(dx, cp, 16, c->rd_end, "Address: %s", buf);
		break;
	case T_A6:
		if (!rr_print_a6(dx, c, cp))
			return NULL;
		break;
	case T_URI:
		if (!DX_TTEST(dx, cp, len))
			return NULL;
		dx_printf(dx, " %u %u ", GET_BE16(dx, cp), GET_BE16(dx, cp + 2));
		DX_FIELD_IN(dx, cp, 2, c->rd_end, "Priority: %u", GET_BE16(dx, cp));
		DX_FIELD_IN(dx, cp + 2, 2, c->rd_end, "Weight: %u", GET_BE16(dx, cp + 2));
		mark = dx->out->len;
		/* len < 4 wraps like tcpdump's: prints up to the end of the capture */
		if (dx_printn(dx, cp + 4, (unsigned)((int)len - 4)))
			return NULL;
		if (dx->tree && len > 4) {
			const char *s;
			int n;

			s = dx_text_since(dx, mark, &n);
			DX_FIELD_IN(dx, cp + 4, len - 4, c->rd_end, "Target: %.*s", n, s);
		}
		break;
	case T_OPT:
		if (!rr_print_opt(dx, cp, rp, class, opt_flags))
			return NULL;
		break;
	case T_UNSPECA:
		if (!DX_TTEST(dx, cp, len))
			return NULL;
		if (dx_printn(dx, cp, len))
			return NULL;
		DX_FIELD_IN(dx, cp, len, c->rd_end, "Data (%u bytes)", len);
		break;
	case T_TSIG:
		if (!c->v) {
			struct hidden_rdata h = { c, cp, typ };

			dx_tree_only(dx, hidden_rdata_fn, &h);
			break;
		}
		if (!rr_print_tsig(dx, c, cp))
			return NULL;
		break;
	default:
		if (len)
			DX_FIELD_IN(dx, cp, len, c->rd_end, "Data (%u bytes)", len);
		break;
	}
	return rp;
}

static const uint8_t *ns_rprint(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp)
{
	const uint8_t *r;
	size_t node = 0;

	if (dx->tree) {
		node = dx_tree_next(dx);
		DX_SUBTREE(dx, cp, entry_span(dx, cp, 1), "Record");
	}
	r = rr_body(dx, c, cp, node);
	DX_LAYER_END(dx);
	return r;
}

/* Print up to count records of a section, joined by "," (no space), the
 * first preceded by prefix (" ns:", " ar:") when there is one. Stops at the
 * end of the capture. Returns NULL when truncated; *count is what is left. */
static const uint8_t *section_print(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp,
				    unsigned *count, const char *prefix)
{
	if (*count == 0)
		return cp;
	if (prefix) {
		/* the ns/ar sections only start if there are bytes left */
		if (cp >= dx->snapend)
			return cp;
		dx_puts(dx, prefix);
	}
	if (!(cp = ns_rprint(dx, c, cp)))
		return NULL;
	(*count)--;
	while (cp < dx->snapend && *count) {
		dx_putc(dx, ',');
		if (!(cp = ns_rprint(dx, c, cp)))
			return NULL;
		(*count)--;
	}
	return cp;
}

/* section_print inside a "title" subtree of the tree */
static const uint8_t *section(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp,
			      unsigned *count, const char *prefix, const char *title)
{
	const uint8_t *r;
	size_t node;

	if (!dx->tree || !*count || cp >= dx->snapend)
		return section_print(dx, c, cp, count, prefix);
	node = dx_tree_next(dx);
	DX_SUBTREE(dx, cp, DX_BYTES_AVAIL(dx, cp), "%s", title);
	r = section_print(dx, c, cp, count, prefix);
	dx_tree_set_end(dx, node, r ? r : dx->snapend);
	note_far(c, r ? r : dx->snapend);
	DX_LAYER_END(dx);
	return r;
}

/* -vv: the authority and additional sections; 0 when truncated */
static int ns_ar_print(struct dx *dx, const struct dns_ctx *c, const uint8_t **cpp,
		       unsigned nscount, unsigned arcount)
{
	const uint8_t *cp = *cpp;

	if (!(cp = section(dx, c, cp, &nscount, " ns:", "Authoritative nameservers")) || nscount)
		return 0;
	if (!(cp = section(dx, c, cp, &arcount, " ar:", "Additional records")) || arcount)
		return 0;
	*cpp = cp;
	return 1;
}

/* the questions: one line each from -vv in a response, always in a query */
static const uint8_t *questions_print(struct dx *dx, const struct dns_ctx *c, const uint8_t *cp,
				      unsigned qdcount, int response)
{
	size_t node = dx_tree_next(dx);
	unsigned i;

	if (qdcount && cp < dx->snapend)
		DX_SUBTREE(dx, cp, DX_BYTES_AVAIL(dx, cp), "Queries");
	else
		node = SIZE_MAX;
	if (response) {
		for (i = 0; i < qdcount && cp; i++) {
			if (i != 0)
				dx_putc(dx, ',');
			dx_puts(dx, " q:");
			cp = ns_qprint(dx, c, cp);
		}
	} else if (qdcount) {
		cp = ns_qprint(dx, c, cp);
		for (i = 1; cp && cp < dx->snapend && i < qdcount; i++)
			cp = ns_qprint(dx, c, cp);
		qdcount -= cp ? i : 0;
	}
	if (dx->tree && node != SIZE_MAX) {
		dx_tree_set_end(dx, node, cp ? cp : dx->snapend);
		note_far(c, cp ? cp : dx->snapend);
		DX_LAYER_END(dx);
	}
	if (!response && cp && qdcount)
		return NULL;
	return cp;
}

/* the tree of what the text leaves out at this -v level */
struct hidden_sections {
	const struct dns_ctx *c;
	const uint8_t *cp;
	unsigned qd, an, ns, ar;
};

static void hidden_questions_fn(struct dx *dx, void *arg)
{
	struct hidden_sections *h = arg;
	struct dns_ctx c3 = *h->c;

	c3.v = 3;
	questions_print(dx, &c3, h->cp, h->qd, 1);
}

static void hidden_records_fn(struct dx *dx, void *arg)
{
	struct hidden_sections *h = arg;
	struct dns_ctx c3 = *h->c;
	const uint8_t *cp = h->cp;

	c3.v = 3;
	if (h->an && !(cp = section(dx, &c3, cp, &h->an, NULL, "Answers")))
		return;
	ns_ar_print(dx, &c3, &cp, h->ns, h->ar);
}

static void header_fields(struct dx *dx, const uint8_t *bp, unsigned flags)
{
	static const char *const opnames[16] = {
		"Standard query", "Inverse query", "Status", "3", "Notify", "Update",
	};
	unsigned op = DNS_OPCODE(flags);

	DX_FIELD(dx, bp, 2, "Transaction ID: 0x%04x", GET_BE16(dx, bp));
	DX_SUBTREE(dx, bp + 2, 2, "Flags: 0x%04x", flags);
	DX_FIELD(dx, bp + 2, 2, "Response: %s", DNS_QR(flags) ? "yes" : "no (query)");
	DX_FIELD(dx, bp + 2, 2, "Opcode: %s (%u)", opnames[op] ? opnames[op] : "unknown", op);
	if (DNS_QR(flags))
		DX_FIELD(dx, bp + 2, 2, "Authoritative: %s", DNS_AA(flags) ? "yes" : "no");
	DX_FIELD(dx, bp + 2, 2, "Truncated: %s", DNS_TC(flags) ? "yes" : "no");
	DX_FIELD(dx, bp + 2, 2, "Recursion desired: %s", DNS_RD(flags) ? "yes" : "no");
	DX_FIELD(dx, bp + 2, 2, "Recursion available: %s", DNS_RA(flags) ? "yes" : "no");
	DX_FIELD(dx, bp + 2, 2, "Z: %u", (flags >> 6) & 1);
	DX_FIELD(dx, bp + 2, 2, "Authentic data: %s", DNS_AD(flags) ? "yes" : "no");
	DX_FIELD(dx, bp + 2, 2, "Checking disabled: %s", DNS_CD(flags) ? "yes" : "no");
	if (DNS_QR(flags))
		DX_FIELD(dx, bp + 2, 2, "Reply code: %s (%u)",
			 DNS_RCODE(flags) ? dns_rcode_str[DNS_RCODE(flags)] + 1 : "No error",
			 DNS_RCODE(flags));
	DX_LAYER_END(dx);
	DX_FIELD(dx, bp + 4, 2, "Questions: %u", GET_BE16(dx, bp + 4));
	DX_FIELD(dx, bp + 6, 2, "Answer RRs: %u", GET_BE16(dx, bp + 6));
	DX_FIELD(dx, bp + 8, 2, "Authority RRs: %u", GET_BE16(dx, bp + 8));
	DX_FIELD(dx, bp + 10, 2, "Additional RRs: %u", GET_BE16(dx, bp + 10));
}
/*
 * Before printing, tcpdump looks for the first OPT record in the
 * additional section: its TTL's top byte extends the RCODE.
 */
static unsigned ext_rcode(struct dx *dx, const uint8_t *cp, unsigned rcode, unsigned qdcount,
			  unsigned ancount, unsigned nscount, unsigned arcount)
{
	const uint8_t *end = dx->snapend;
	unsigned i, n;

	for (i = 0; i < qdcount; i++) {
		if (!(cp = ns_nskip(dx, cp)))
			return rcode;
		cp += 4;
		if (cp >= end)
			return rcode;
	}
	n = ancount + nscount;
	for (i = 0; i < n; i++) {
		if (!(cp = ns_nskip(dx, cp)))
			return rcode;
		cp += 8;
		if (cp + 2 > end)
			return rcode;
		cp += 2 + GET_BE16(dx, cp);
		if (cp >= end)
			return rcode;
	}
	for (i = 0; i < arcount; i++) {
		unsigned type;

		if (!(cp = ns_nskip(dx, cp)))
			return rcode;
		if (cp + 2 > end)
			return rcode;
		type = GET_BE16(dx, cp);
		cp += 4;
		if (cp + 1 > end)
			return rcode;
		if (type == T_OPT)
			return rcode | (unsigned)GET_U8(dx, cp) << 4;
		cp += 4;
		if (cp + 2 > end)
			return rcode;
		cp += 2 + GET_BE16(dx, cp);
		if (cp >= end)
			return rcode;
	}
	return rcode;
}


void domain_print(struct dx *dx, const uint8_t *bp, unsigned length, int over_tcp, int is_mdns)
{
	const uint8_t *cp, *far = bp + length;
	unsigned flags, rcode, qdcount, ancount, nscount, arcount, i;
	size_t layer = dx_tree_next(dx);
	struct dns_ctx c;

	dx_proto(dx, "domain");
	DX_LAYER(dx, bp, length, "%s (%s)", is_mdns ? "Multicast Domain Name System" : "Domain Name System",
		 DX_TTEST(dx, bp + (over_tcp ? 4 : 2), 1) && (bp[over_tcp ? 4 : 2] & 0x80)
			 ? "response" : "query");
	if (over_tcp) {
		/* RFC 1035 4.2.2: a two-byte length, then the message */
		if (length < 2) {
			dx_printf(dx, " [DNS over TCP: length %u < 2]", length);
			dx_print_invalid(dx);
			goto out;
		}
		length -= 2;
		DX_FIELD(dx, bp, 2, "Length: %u", GET_BE16(dx, bp));
		if (GET_BE16(dx, bp) != length) {
			dx_printf(dx, " [prefix length(%u) != length(%u)]", GET_BE16(dx, bp),
				  length);
			dx_print_invalid(dx);
			goto out;
		}
		bp += 2;
		dx_putc(dx, ' ');
	}
	if (length < DNS_HDRLEN) {
		dx_printf(dx, "domain [length %u < %u]", length, DNS_HDRLEN);
		dx_print_invalid(dx);
		goto out;
	}
	if (!DX_TTEST(dx, bp, DNS_HDRLEN))
		goto trunc;
	flags = GET_BE16(dx, bp + 2);
	qdcount = GET_BE16(dx, bp + 4);
	ancount = GET_BE16(dx, bp + 6);
	nscount = GET_BE16(dx, bp + 8);
	arcount = GET_BE16(dx, bp + 10);
	if (dx->tree)
		header_fields(dx, bp, flags);
	rcode = ext_rcode(dx, bp + DNS_HDRLEN, DNS_RCODE(flags), qdcount, ancount, nscount,
			  arcount);
	cp = bp + DNS_HDRLEN;
	c.bp = bp;
	c.is_mdns = is_mdns;
	c.v = (unsigned)dx->opts->verbose;
	c.rd_end = NULL;
	c.far = &far;

	if (DNS_QR(flags)) {
		dx_putu(dx, GET_BE16(dx, bp));
		dx_puts(dx, opcode_str[DNS_OPCODE(flags)]);
		put_rcode(dx, rcode);
		if (DNS_AA(flags))
			dx_putc(dx, '*');
		if (!DNS_RA(flags))
			dx_putc(dx, '-');
		if (DNS_TC(flags))
			dx_putc(dx, '|');
		if (DNS_AD(flags))
			dx_putc(dx, '$');
		if (qdcount != 1)
			put_count(dx, qdcount, "q]");
		if (c.v > 1) {
			if (!(cp = questions_print(dx, &c, cp, qdcount, 1)))
				goto trunc;
		} else {
			if (dx->tree) {
				struct hidden_sections h = { &c, cp, qdcount, 0, 0, 0 };

				dx_tree_only(dx, hidden_questions_fn, &h);
			}
			for (i = 0; i < qdcount; i++) {
				if (i != 0)
					dx_putc(dx, ',');
				if (!(cp = ns_nskip(dx, cp)))
					goto trunc;
				cp += 4;
			}
		}
		dx_putc(dx, ' ');
		dx_putu(dx, ancount);
		dx_putc(dx, '/');
		dx_putu(dx, nscount);
		dx_putc(dx, '/');
		dx_putu(dx, arcount);
		if (!(cp = section(dx, &c, cp, &ancount, NULL, "Answers")) || ancount)
			goto trunc;
		if (c.v > 1) {
			if (!ns_ar_print(dx, &c, &cp, nscount, arcount))
				goto trunc;
		} else if (dx->tree) {
			struct hidden_sections h = { &c, cp, 0, 0, nscount, arcount };

			dx_tree_only(dx, hidden_records_fn, &h);
		}
	} else {
		dx_putu(dx, GET_BE16(dx, bp));
		dx_puts(dx, opcode_str[DNS_OPCODE(flags)]);
		if (DNS_RD(flags))
			dx_putc(dx, '+');
		if (DNS_CD(flags))
			dx_putc(dx, '%');
		if (flags & 0x6cf)	/* bits a query should not have */
			dx_printf(dx, " [b2&3=0x%x]", flags);
		if (DNS_OPCODE(flags) == OP_IQUERY) {
			if (qdcount)
				put_count(dx, qdcount, "q]");
			if (ancount != 1)
				put_count(dx, ancount, "a]");
		} else {
			if (ancount)
				put_count(dx, ancount, "a]");
			if (qdcount != 1)
				put_count(dx, qdcount, "q]");
		}
		if (nscount)
			put_count(dx, nscount, "n]");
		if (arcount)
			put_count(dx, arcount, "au]");
		if (!(cp = questions_print(dx, &c, cp, qdcount, 0)))
			goto trunc;
		if (c.v > 1) {
			if (!(cp = section(dx, &c, cp, &ancount, NULL, "Answers")) || ancount)
				goto trunc;
			if (!ns_ar_print(dx, &c, &cp, nscount, arcount))
				goto trunc;
		} else if (dx->tree) {
			struct hidden_sections h = { &c, cp, 0, ancount, nscount, arcount };

			dx_tree_only(dx, hidden_records_fn, &h);
		}
	}
	dx_puts(dx, " (");
	dx_putu(dx, length);
	dx_putc(dx, ')');
	goto out;
trunc:
	dx_print_trunc(dx);
out:
	/* the layer holds what the walk read, which may go past the length */
	dx_tree_set_end(dx, layer, far);
	DX_LAYER_END(dx);
}
