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
 * shows the whole message, so it is built by a separate walk (dns_tree)
 * that runs only when a tree is wanted and never longjmps.
 */
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "print.h"

/* header flags */
#define DNS_QR(f) ((f) & 0x8000)
#define DNS_OPCODE(f) (((f) >> 11) & 0xF)
#define DNS_AA(f) ((f) & 0x0400)
#define DNS_TC(f) ((f) & 0x0200)
#define DNS_RD(f) ((f) & 0x0100)
#define DNS_RA(f) ((f) & 0x0080)
#define DNS_AD(f) ((f) & 0x0020)
#define DNS_CD(f) ((f) & 0x0010)
#define DNS_RCODE(f) ((f) & 0x000F)

#define DNS_HDRLEN 12
#define OP_IQUERY 1
#define MAXCDNAME 255

/* the two top bits of a label's length byte */
#define LBL_MASK 0xc0
#define LBL_POINTER 0xc0
#define LBL_RESERVED 0x80
#define LBL_EXTENDED 0x40	/* EDNS(0) extended label type */
#define LBL_NORMAL 0x00
#define ELT_BITLABEL 0x01

enum {
	T_A = 1, T_NS = 2, T_CNAME = 5, T_SOA = 6, T_PTR = 12, T_HINFO = 13, T_MX = 15,
	T_TXT = 16, T_AAAA = 28, T_SRV = 33, T_A6 = 38, T_DNAME = 39, T_OPT = 41,
	T_UNSPECA = 104, T_TSIG = 250, T_URI = 256,
};

enum { C_IN = 1, C_QU = 0x8000, C_CACHE_FLUSH = 0x8000 };

enum {
	E_NSID = 3, E_DAU = 5, E_DHU = 6, E_N3U = 7, E_ECS = 8, E_EXPIRE = 9, E_COOKIE = 10,
	E_KEEPALIVE = 11, E_PADDING = 12, E_CHAIN = 13, E_KEYTAG = 14,
};

static const char *const opcode_str[16] = {
	"", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
	" op8", " updateA", " updateD", " updateDA",
	" updateM", " updateMA", " zoneInit", " zoneRef",
};

/* tcpdump's table has no space before Resp17 and Resp21: kept */
static const char *const rcode_str[24] = {
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

static const struct tok class_names[] = {
	{ 1, "IN" }, { 3, "CHAOS" }, { 4, "HS" }, { 255, "ANY" }, { 0, NULL },
};

static const struct tok edns_opt_names[] = {
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

static const char *type_name(struct dx *dx, unsigned t)
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
		dx_puts(dx, rcode_str[rcode]);
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

/* " a.b.c.d" */
static void put_ip4(struct dx *dx, const uint8_t *a)
{
	char b[16], *q = b;
	int i;

	*q++ = ' ';
	for (i = 0; i < 4; i++) {
		unsigned v = a[i];

		if (v >= 100)
			*q++ = (char)('0' + v / 100);
		if (v >= 10)
			*q++ = (char)('0' + v / 10 % 10);
		*q++ = (char)('0' + v % 10);
		if (i < 3)
			*q++ = '.';
	}
	strbuf_add(dx->out, b, (size_t)(q - b));
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
static const uint8_t *fqdn_print(struct dx *dx, const uint8_t *cp, const uint8_t *bp)
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

static const uint8_t *eopt_print(struct dx *dx, const uint8_t *cp)
{
	unsigned opt, data_len, i;

	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	opt = GET_BE16(dx, cp);
	cp += 2;
	dx_puts(dx, tok2str(dx, edns_opt_names, "Opt%u", opt));
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	data_len = GET_BE16(dx, cp);
	cp += 2;
	if (!DX_TTEST(dx, cp, data_len))
		return NULL;
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

static void put_class(struct dx *dx, unsigned class)
{
	const char *s = tok2str_or_null(class_names, class);

	dx_putc(dx, ' ');
	if (s) {
		dx_puts(dx, s);
	} else {
		dx_puts(dx, "(Class ");
		dx_putu(dx, class);
		dx_putc(dx, ')');
	}
}

static const uint8_t *ns_qprint(struct dx *dx, const uint8_t *cp, const uint8_t *bp, int is_mdns)
{
	const uint8_t *np = cp;
	unsigned i, class;

	cp = ns_nskip(dx, cp);
	if (!cp || !DX_TTEST(dx, cp, 4))
		return NULL;
	dx_putc(dx, ' ');
	dx_puts(dx, type_name(dx, GET_BE16(dx, cp)));
	i = GET_BE16(dx, cp + 2);
	class = is_mdns ? (i & ~(unsigned)C_QU) : i;
	if (class != C_IN)
		put_class(dx, class);
	if (is_mdns)
		dx_puts(dx, (i & C_QU) ? " (QU)" : " (QM)");
	dx_puts(dx, "? ");
	cp = fqdn_print(dx, np, bp);
	return cp ? cp + 4 : NULL;
}

/* unsigned_relts_print: 1y2w3d4h5m6s */
static void put_relts(struct dx *dx, uint32_t secs)
{
	static const char units[] = "ywdhms";
	static const uint32_t unit_secs[] = { 31536000, 604800, 86400, 3600, 60, 1 };
	unsigned k;

	if (secs == 0) {
		dx_puts(dx, "0s");
		return;
	}
	for (k = 0; k < 6 && secs > 0; k++) {
		if (secs >= unit_secs[k]) {
			dx_putu(dx, secs / unit_secs[k]);
			dx_putc(dx, units[k]);
			secs %= unit_secs[k];
		}
	}
}

static const uint8_t *rr_print_tsig(struct dx *dx, const uint8_t *cp, const uint8_t *bp)
{
	unsigned maclen;

	dx_putc(dx, ' ');
	if (!(cp = fqdn_print(dx, cp, bp)))
		return NULL;
	cp += 6;	/* time signed */
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " fudge=%u", GET_BE16(dx, cp));
	cp += 2;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	maclen = GET_BE16(dx, cp);
	dx_printf(dx, " maclen=%u", maclen);
	cp += 2 + maclen;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " origid=%u", GET_BE16(dx, cp));
	cp += 2;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " error=%u", GET_BE16(dx, cp));
	cp += 2;
	if (!DX_TTEST(dx, cp, 2))
		return NULL;
	dx_printf(dx, " otherlen=%u", GET_BE16(dx, cp));
	return cp + 2;
}

static const uint8_t *rr_print_a6(struct dx *dx, const uint8_t *cp, const uint8_t *bp)
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
	if (pbit < 128) {
		memset(a, 0, sizeof(a));
		GET_CPY_BYTES(dx, a + pbyte, cp + 1, sizeof(a) - pbyte);
		dx_fmt_ip6(buf, sizeof(buf), a);
		dx_printf(dx, " %u %s", pbit, buf);
	}
	if (pbit > 0) {
		dx_putc(dx, ' ');
		if (!fqdn_print(dx, cp + 1 + sizeof(a) - pbyte, bp))
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
			if (!(cp = eopt_print(dx, cp)))
				return NULL;
			if (cp < rp)
				dx_putc(dx, ',');
		}
		dx_putc(dx, ']');
	}
	return cp;
}

/*
 * One resource record. Returns where the next one starts (by RDLENGTH),
 * NULL when truncated or bad, or snapend when the fixed part is missing:
 * tcpdump then ends the section without " [|domain]".
 */
static const uint8_t *ns_rprint(struct dx *dx, const uint8_t *cp, const uint8_t *bp, int is_mdns)
{
	unsigned i, class, typ, len, opt_flags = 0;
	const uint8_t *rp;
	char buf[64];

	if (dx->opts->verbose) {
		dx_putc(dx, ' ');
		if (!(cp = fqdn_print(dx, cp, bp)))
			return NULL;
	} else {
		cp = ns_nskip(dx, cp);
	}
	if (!cp || !DX_TTEST(dx, cp, 10))
		return dx->snapend;

	typ = GET_BE16(dx, cp);
	i = GET_BE16(dx, cp + 2);
	class = is_mdns ? (i & ~(unsigned)C_CACHE_FLUSH) : i;
	if (class != C_IN && typ != T_OPT)
		put_class(dx, class);
	if (is_mdns && (i & C_CACHE_FLUSH))
		dx_puts(dx, " (Cache flush)");
	if (typ == T_OPT) {
		opt_flags = GET_BE16(dx, cp + 6);
	} else if (dx->opts->verbose > 2) {
		dx_puts(dx, " [");
		put_relts(dx, GET_BE32(dx, cp + 4));
		dx_putc(dx, ']');
	}
	len = GET_BE16(dx, cp + 8);
	cp += 10;
	rp = cp + len;

	dx_putc(dx, ' ');
	dx_puts(dx, type_name(dx, typ));
	if (rp > dx->snapend)
		return NULL;

	switch (typ) {
	case T_A:
		if (!DX_TTEST(dx, cp, 4))
			return NULL;
		put_ip4(dx, cp);
		break;
	case T_NS:
	case T_CNAME:
	case T_PTR:
	case T_DNAME:
		dx_putc(dx, ' ');
		if (!fqdn_print(dx, cp, bp))
			return NULL;
		break;
	case T_SOA:
		if (!dx->opts->verbose)
			break;
		dx_putc(dx, ' ');
		if (!(cp = fqdn_print(dx, cp, bp)))
			return NULL;
		dx_putc(dx, ' ');
		if (!(cp = fqdn_print(dx, cp, bp)))
			return NULL;
		if (!DX_TTEST(dx, cp, 20))
			return NULL;
		for (i = 0; i < 5; i++) {
			dx_putc(dx, ' ');
			dx_putu(dx, GET_BE32(dx, cp + 4 * i));
		}
		break;
	case T_MX:
		dx_putc(dx, ' ');
		if (!DX_TTEST(dx, cp, 2))
			return NULL;
		if (!fqdn_print(dx, cp + 2, bp))
			return NULL;
		dx_putc(dx, ' ');
		dx_putu(dx, GET_BE16(dx, cp));
		break;
	case T_TXT:
		while (cp < rp) {
			dx_puts(dx, " \"");
			if (!(cp = ns_cprint(dx, cp)))
				return NULL;
			dx_putc(dx, '"');
		}
		break;
	case T_SRV:
		dx_putc(dx, ' ');
		if (!DX_TTEST(dx, cp, 6))
			return NULL;
		if (!fqdn_print(dx, cp + 6, bp))
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
		break;
	case T_A6:
		if (!rr_print_a6(dx, cp, bp))
			return NULL;
		break;
	case T_URI:
		if (!DX_TTEST(dx, cp, len))
			return NULL;
		dx_printf(dx, " %u %u ", GET_BE16(dx, cp), GET_BE16(dx, cp + 2));
		/* len < 4 wraps like tcpdump's: prints up to the end of the capture */
		if (dx_printn(dx, cp + 4, (unsigned)((int)len - 4)))
			return NULL;
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
		break;
	case T_TSIG:
		if (!dx->opts->verbose)
			break;
		if (!rr_print_tsig(dx, cp, bp))
			return NULL;
		break;
	default:
		break;
	}
	return rp;
}

/* Print up to count records of a section, joined by "," (no space), the
 * first preceded by prefix (" ns:", " ar:") when there is one. Stops at the
 * end of the capture. Returns NULL when truncated; *count is what is left. */
static const uint8_t *section_print(struct dx *dx, const uint8_t *cp, const uint8_t *bp,
				    int is_mdns, unsigned *count, const char *prefix)
{
	if (*count == 0)
		return cp;
	if (prefix) {
		/* the ns/ar sections only start if there are bytes left */
		if (cp >= dx->snapend)
			return cp;
		dx_puts(dx, prefix);
	}
	if (!(cp = ns_rprint(dx, cp, bp, is_mdns)))
		return NULL;
	(*count)--;
	while (cp < dx->snapend && *count) {
		dx_putc(dx, ',');
		if (!(cp = ns_rprint(dx, cp, bp, is_mdns)))
			return NULL;
		(*count)--;
	}
	return cp;
}

/* -vv: the authority and additional sections; 0 when truncated */
static int ns_ar_print(struct dx *dx, const uint8_t **cpp, const uint8_t *bp, int is_mdns,
		       unsigned nscount, unsigned arcount)
{
	const uint8_t *cp = *cpp;

	if (!(cp = section_print(dx, cp, bp, is_mdns, &nscount, " ns:")) || nscount)
		return 0;
	if (!(cp = section_print(dx, cp, bp, is_mdns, &arcount, " ar:")) || arcount)
		return 0;
	*cpp = cp;
	return 1;
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

static void dns_tree(struct dx *dx, const uint8_t *msg, unsigned length, int over_tcp, int is_mdns);

void domain_print(struct dx *dx, const uint8_t *bp, unsigned length, int over_tcp, int is_mdns)
{
	const uint8_t *cp;
	unsigned flags, rcode, qdcount, ancount, nscount, arcount, i;

	dx->proto = "domain";
	if (dx->tree)
		dns_tree(dx, bp, length, over_tcp, is_mdns);

	if (over_tcp) {
		/* RFC 1035 4.2.2: a two-byte length, then the message */
		if (length < 2) {
			dx_printf(dx, " [DNS over TCP: length %u < 2]", length);
			dx_print_invalid(dx);
			return;
		}
		length -= 2;
		if (GET_BE16(dx, bp) != length) {
			dx_printf(dx, " [prefix length(%u) != length(%u)]", GET_BE16(dx, bp),
				  length);
			dx_print_invalid(dx);
			return;
		}
		bp += 2;
		dx_putc(dx, ' ');
	}
	if (length < DNS_HDRLEN) {
		dx_printf(dx, "domain [length %u < %u]", length, DNS_HDRLEN);
		dx_print_invalid(dx);
		return;
	}
	if (!DX_TTEST(dx, bp, DNS_HDRLEN))
		goto trunc;
	flags = GET_BE16(dx, bp + 2);
	qdcount = GET_BE16(dx, bp + 4);
	ancount = GET_BE16(dx, bp + 6);
	nscount = GET_BE16(dx, bp + 8);
	arcount = GET_BE16(dx, bp + 10);
	rcode = ext_rcode(dx, bp + DNS_HDRLEN, DNS_RCODE(flags), qdcount, ancount, nscount,
			  arcount);
	cp = bp + DNS_HDRLEN;

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
		for (i = 0; i < qdcount; i++) {
			if (i != 0)
				dx_putc(dx, ',');
			if (dx->opts->verbose > 1) {
				dx_puts(dx, " q:");
				if (!(cp = ns_qprint(dx, cp, bp, is_mdns)))
					goto trunc;
			} else {
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
		if (!(cp = section_print(dx, cp, bp, is_mdns, &ancount, NULL)) || ancount)
			goto trunc;
		if (dx->opts->verbose > 1 && !ns_ar_print(dx, &cp, bp, is_mdns, nscount, arcount))
			goto trunc;
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
		if (qdcount) {
			if (!(cp = ns_qprint(dx, cp, bp, is_mdns)))
				goto trunc;
			qdcount--;
			while (cp < dx->snapend && qdcount) {
				if (!(cp = ns_qprint(dx, cp, bp, is_mdns)))
					goto trunc;
				qdcount--;
			}
		}
		if (qdcount)
			goto trunc;
		if (dx->opts->verbose > 1) {
			if (!(cp = section_print(dx, cp, bp, is_mdns, &ancount, NULL)) || ancount)
				goto trunc;
			if (!ns_ar_print(dx, &cp, bp, is_mdns, nscount, arcount))
				goto trunc;
		}
	}
	dx_puts(dx, " (");
	dx_putu(dx, length);
	dx_putc(dx, ')');
	return;
trunc:
	dx_print_trunc(dx);
}

/* ---- field tree ---------------------------------------------------------- */

/*
 * The tree walk reads with DX_TTEST only (never longjmps), decodes names
 * into a buffer with the printer's escaping, and follows the same
 * backward-only pointer rule.
 */
#define TNAME_LEN 320

struct tname {
	char s[TNAME_LEN];
	size_t n;
};

static void tname_putc(struct tname *t, char c)
{
	if (t->n + 1 < TNAME_LEN)
		t->s[t->n++] = c;
	t->s[t->n] = '\0';
}

static void tname_char(struct tname *t, uint8_t c)
{
	if (c & 0x80) {
		tname_putc(t, 'M');
		tname_putc(t, '-');
		c &= 0x7f;
	}
	if (c < 0x20 || c == 0x7f) {
		tname_putc(t, '^');
		c ^= 0x40;
	}
	tname_putc(t, (char)c);
}

/* Decode the name at cp into t; returns the byte after it in place, or NULL. */
static const uint8_t *tree_name(const struct dx *dx, const uint8_t *cp, const uint8_t *bp,
				struct tname *t)
{
	const uint8_t *rp = NULL;
	unsigned max_offset = (unsigned)(cp - bp), steps = 0;

	t->n = 0;
	t->s[0] = '\0';
	for (;;) {
		unsigned i, k;

		if (!DX_TTEST(dx, cp, 1) || ++steps > 256)
			return NULL;
		i = *cp++;
		if (i == 0)
			break;
		switch (i & LBL_MASK) {
		case LBL_POINTER: {
			unsigned off;

			if (!DX_TTEST(dx, cp, 1))
				return NULL;
			off = ((i << 8) | *cp) & 0x3fff;
			if (!rp)
				rp = cp + 1;
			if (off >= max_offset)
				return NULL;
			max_offset = off;
			cp = bp + off;
			continue;
		}
		case LBL_NORMAL:
			if (!DX_TTEST(dx, cp, i))
				return NULL;
			for (k = 0; k < i; k++)
				tname_char(t, cp[k]);
			tname_putc(t, '.');
			cp += i;
			break;
		default:	/* bit-string and reserved labels: not decoded here */
			return NULL;
		}
	}
	if (t->n == 0)
		tname_putc(t, '.');
	return rp ? rp : cp;
}

static const char *tree_class(struct dx *dx, unsigned class)
{
	const char *s = tok2str_or_null(class_names, class);
	char *b;

	if (s)
		return s;
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, "%u", class);
	return b;
}

static void tree_rdata(struct dx *dx, const uint8_t *cp, unsigned len, unsigned typ,
		       const uint8_t *bp)
{
	struct tname t;
	char buf[64];
	unsigned k;

	if (!DX_TTEST(dx, cp, len)) {
		DX_FIELD(dx, cp, len, "Data (%u bytes, truncated)", len);
		return;
	}
	switch (typ) {
	case T_A:
		if (len != 4)
			break;
		dx_fmt_ip4(buf, sizeof(buf), cp);
		DX_FIELD(dx, cp, 4, "Address: %s", buf);
		return;
	case T_AAAA:
		if (len != 16)
			break;
		dx_fmt_ip6(buf, sizeof(buf), cp);
		DX_FIELD(dx, cp, 16, "Address: %s", buf);
		return;
	case T_NS:
	case T_CNAME:
	case T_PTR:
	case T_DNAME:
		if (!tree_name(dx, cp, bp, &t))
			break;
		DX_FIELD(dx, cp, len, "%s: %s", type_names[typ], t.s);
		return;
	case T_MX:
		if (len < 3 || !tree_name(dx, cp + 2, bp, &t))
			break;
		DX_FIELD(dx, cp, 2, "Preference: %u", (unsigned)(cp[0] << 8 | cp[1]));
		DX_FIELD(dx, cp + 2, len - 2, "Mail exchange: %s", t.s);
		return;
	case T_SRV:
		if (len < 7 || !tree_name(dx, cp + 6, bp, &t))
			break;
		DX_FIELD(dx, cp, 2, "Priority: %u", (unsigned)(cp[0] << 8 | cp[1]));
		DX_FIELD(dx, cp + 2, 2, "Weight: %u", (unsigned)(cp[2] << 8 | cp[3]));
		DX_FIELD(dx, cp + 4, 2, "Port: %u", (unsigned)(cp[4] << 8 | cp[5]));
		DX_FIELD(dx, cp + 6, len - 6, "Target: %s", t.s);
		return;
	case T_TXT:
		for (k = 0; k < len;) {
			unsigned n = cp[k], j;

			if (n + 1 > len - k)
				break;
			t.n = 0;
			t.s[0] = '\0';
			for (j = 0; j < n; j++)
				tname_char(&t, cp[k + 1 + j]);
			DX_FIELD(dx, cp + k, n + 1, "Text: \"%s\"", t.s);
			k += n + 1;
		}
		return;
	case T_SOA: {
		const uint8_t *p = cp, *q;
		struct tname t2;

		if (!(q = tree_name(dx, p, bp, &t)) || !(p = tree_name(dx, q, bp, &t2)) ||
		    (size_t)(p - cp) + 20 > len)
			break;
		DX_FIELD(dx, cp, (size_t)(q - cp), "Primary name server: %s", t.s);
		DX_FIELD(dx, q, (size_t)(p - q), "Responsible mailbox: %s", t2.s);
		DX_FIELD(dx, p, 4, "Serial: %u", dx_be32(dx, p));
		DX_FIELD(dx, p + 4, 4, "Refresh: %u", dx_be32(dx, p + 4));
		DX_FIELD(dx, p + 8, 4, "Retry: %u", dx_be32(dx, p + 8));
		DX_FIELD(dx, p + 12, 4, "Expire: %u", dx_be32(dx, p + 12));
		DX_FIELD(dx, p + 16, 4, "Minimum TTL: %u", dx_be32(dx, p + 16));
		return;
	}
	case T_OPT:
		for (k = 0; k + 4 <= len;) {
			unsigned code = (unsigned)(cp[k] << 8 | cp[k + 1]);
			unsigned olen = (unsigned)(cp[k + 2] << 8 | cp[k + 3]);

			if (olen > len - k - 4)
				break;
			DX_FIELD(dx, cp + k, olen + 4, "Option: %s (%u), length %u",
				 tok2str(dx, edns_opt_names, "Opt%u", code), code, olen);
			k += 4 + olen;
		}
		return;
	default:
		break;
	}
	DX_FIELD(dx, cp, len, "Data (%u bytes)", len);
}

/* one question (rr == 0) or record; returns the next one, NULL to stop */
static const uint8_t *tree_entry(struct dx *dx, const uint8_t *cp, const uint8_t *bp, int rr,
				 int is_mdns)
{
	struct tname t;
	const uint8_t *p;
	unsigned typ, cls, raw_cls, len = 0;
	size_t fixed = rr ? 10 : 4, total;

	if (!(p = tree_name(dx, cp, bp, &t)) || !DX_TTEST(dx, p, fixed))
		return NULL;
	typ = (unsigned)(p[0] << 8 | p[1]);
	raw_cls = (unsigned)(p[2] << 8 | p[3]);
	cls = is_mdns ? raw_cls & 0x7fff : raw_cls;
	if (rr)
		len = (unsigned)(p[8] << 8 | p[9]);
	total = (size_t)(p - cp) + fixed + len;
	if (rr && typ == T_OPT) {
		DX_SUBTREE(dx, cp, total, "%s: type OPT, UDP payload size %u", t.s, raw_cls);
	} else {
		DX_SUBTREE(dx, cp, total, "%s: type %s, class %s", t.s, type_name(dx, typ),
			   tree_class(dx, cls));
	}
	DX_FIELD(dx, cp, (size_t)(p - cp), "Name: %s", t.s);
	DX_FIELD(dx, p, 2, "Type: %s (%u)", type_name(dx, typ), typ);
	if (rr && typ == T_OPT) {
		DX_FIELD(dx, p + 2, 2, "UDP payload size: %u", raw_cls);
		DX_FIELD(dx, p + 4, 1, "Extended RCODE: %u", p[4]);
		DX_FIELD(dx, p + 5, 1, "EDNS version: %u", p[5]);
		DX_FIELD(dx, p + 6, 2, "Flags: 0x%04x%s", (unsigned)(p[6] << 8 | p[7]),
			 (p[6] & 0x80) ? " (DO)" : "");
	} else {
		DX_FIELD(dx, p + 2, 2, "Class: %s (0x%04x)", tree_class(dx, cls), raw_cls);
		if (is_mdns && (raw_cls & 0x8000))
			DX_FIELD(dx, p + 2, 2, rr ? "Cache flush: yes" : "Unicast response: yes");
		if (rr)
			DX_FIELD(dx, p + 4, 4, "Time to live: %u", dx_be32(dx, p + 4));
	}
	if (rr) {
		DX_FIELD(dx, p + 8, 2, "Data length: %u", len);
		if (len)
			tree_rdata(dx, p + 10, len, typ, bp);
	}
	DX_LAYER_END(dx);
	return cp + total;
}

static const uint8_t *tree_section(struct dx *dx, const uint8_t *cp, const uint8_t *bp,
				   unsigned count, int rr, int is_mdns, const char *title)
{
	const uint8_t *p = cp;
	unsigned i;

	if (!count || !cp)
		return cp;
	/* the span first: a pass with names skipped */
	for (i = 0; i < count && p; i++) {
		struct tname t;
		const uint8_t *q = tree_name(dx, p, bp, &t);

		if (!q || !DX_TTEST(dx, q, rr ? 10u : 4u)) {
			p = NULL;
			break;
		}
		p = q + (rr ? 10u + (unsigned)(q[8] << 8 | q[9]) : 4u);
	}
	DX_SUBTREE(dx, cp, p ? (size_t)(p - cp) : dx_avail(dx, cp), "%s", title);
	for (i = 0; i < count && cp; i++)
		cp = tree_entry(dx, cp, bp, rr, is_mdns);
	DX_LAYER_END(dx);
	return cp;
}

static void dns_tree(struct dx *dx, const uint8_t *msg, unsigned length, int over_tcp, int is_mdns)
{
	static const char *const opnames[16] = {
		"Standard query", "Inverse query", "Status", "3", "Notify", "Update",
	};
	const uint8_t *bp = msg, *cp;
	unsigned flags, qd, an, ns, ar, op;

	DX_LAYER(dx, msg, length, "Domain Name System (%s)",
		 DX_TTEST(dx, msg + (over_tcp ? 4 : 2), 1) &&
			 (msg[over_tcp ? 4 : 2] & 0x80) ? "response" : "query");
	if (over_tcp) {
		if (length < 2 || !DX_TTEST(dx, msg, 2))
			goto out;
		DX_FIELD(dx, msg, 2, "Length: %u", (unsigned)(msg[0] << 8 | msg[1]));
		bp += 2;
	}
	if (!DX_TTEST(dx, bp, DNS_HDRLEN))
		goto out;
	flags = (unsigned)(bp[2] << 8 | bp[3]);
	op = DNS_OPCODE(flags);
	qd = (unsigned)(bp[4] << 8 | bp[5]);
	an = (unsigned)(bp[6] << 8 | bp[7]);
	ns = (unsigned)(bp[8] << 8 | bp[9]);
	ar = (unsigned)(bp[10] << 8 | bp[11]);
	DX_FIELD(dx, bp, 2, "Transaction ID: 0x%04x", (unsigned)(bp[0] << 8 | bp[1]));
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
			 DNS_RCODE(flags) ? rcode_str[DNS_RCODE(flags)] + 1 : "No error",
			 DNS_RCODE(flags));
	DX_LAYER_END(dx);
	DX_FIELD(dx, bp + 4, 2, "Questions: %u", qd);
	DX_FIELD(dx, bp + 6, 2, "Answer RRs: %u", an);
	DX_FIELD(dx, bp + 8, 2, "Authority RRs: %u", ns);
	DX_FIELD(dx, bp + 10, 2, "Additional RRs: %u", ar);
	cp = bp + DNS_HDRLEN;
	cp = tree_section(dx, cp, bp, qd, 0, is_mdns, "Queries");
	cp = tree_section(dx, cp, bp, an, 1, is_mdns, "Answers");
	cp = tree_section(dx, cp, bp, ns, 1, is_mdns, "Authoritative nameservers");
	tree_section(dx, cp, bp, ar, 1, is_mdns, "Additional records");
out:
	DX_LAYER_END(dx);
}
