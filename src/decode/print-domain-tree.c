// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: field tree of a DNS message (the second walk of print-domain.c)
 *
 * The tree always shows the whole message, whatever -v says, so it is
 * built here by a walk of its own that domain_print runs only when a tree
 * is wanted. It checks every read with DX_TTEST first (so dx_be16 and
 * dx_be32 never longjmp), decodes names into a buffer with the printer's
 * escaping, and follows the same backward-only pointer rule.
 */
#include "dx.h"
#include "print-domain.h"

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
		DX_FIELD(dx, cp, len, "%s: %s", dns_type_name(dx, typ), t.s);
		return;
	case T_MX:
		if (len < 3 || !tree_name(dx, cp + 2, bp, &t))
			break;
		DX_FIELD(dx, cp, 2, "Preference: %u", dx_be16(dx, cp));
		DX_FIELD(dx, cp + 2, len - 2, "Mail exchange: %s", t.s);
		return;
	case T_SRV:
		if (len < 7 || !tree_name(dx, cp + 6, bp, &t))
			break;
		DX_FIELD(dx, cp, 2, "Priority: %u", dx_be16(dx, cp));
		DX_FIELD(dx, cp + 2, 2, "Weight: %u", dx_be16(dx, cp + 2));
		DX_FIELD(dx, cp + 4, 2, "Port: %u", dx_be16(dx, cp + 4));
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
			unsigned code = dx_be16(dx, cp + k);
			unsigned olen = dx_be16(dx, cp + k + 2);

			if (olen > len - k - 4)
				break;
			DX_FIELD(dx, cp + k, olen + 4, "Option: %s (%u), length %u",
				 tok2str(dx, dns_edns_opt_names, "Opt%u", code), code, olen);
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
	typ = dx_be16(dx, p);
	raw_cls = dx_be16(dx, p + 2);
	cls = is_mdns ? raw_cls & 0x7fff : raw_cls;
	if (rr)
		len = dx_be16(dx, p + 8);
	total = (size_t)(p - cp) + fixed + len;
	if (rr && typ == T_OPT) {
		DX_SUBTREE(dx, cp, total, "%s: type OPT, UDP payload size %u", t.s, raw_cls);
	} else {
		DX_SUBTREE(dx, cp, total, "%s: type %s, class %s", t.s, dns_type_name(dx, typ),
			   tok2str(dx, dns_class_names, "%u", cls));
	}
	DX_FIELD(dx, cp, (size_t)(p - cp), "Name: %s", t.s);
	DX_FIELD(dx, p, 2, "Type: %s (%u)", dns_type_name(dx, typ), typ);
	if (rr && typ == T_OPT) {
		DX_FIELD(dx, p + 2, 2, "UDP payload size: %u", raw_cls);
		DX_FIELD(dx, p + 4, 1, "Extended RCODE: %u", p[4]);
		DX_FIELD(dx, p + 5, 1, "EDNS version: %u", p[5]);
		DX_FIELD(dx, p + 6, 2, "Flags: 0x%04x%s", dx_be16(dx, p + 6),
			 (p[6] & 0x80) ? " (DO)" : "");
	} else {
		DX_FIELD(dx, p + 2, 2, "Class: %s (0x%04x)",
			 tok2str(dx, dns_class_names, "%u", cls), raw_cls);
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
		p = q + (rr ? 10u + dx_be16(dx, q + 8) : 4u);
	}
	DX_SUBTREE(dx, cp, p ? (size_t)(p - cp) : dx_avail(dx, cp), "%s", title);
	for (i = 0; i < count && cp; i++)
		cp = tree_entry(dx, cp, bp, rr, is_mdns);
	DX_LAYER_END(dx);
	return cp;
}

void dns_tree(struct dx *dx, const uint8_t *msg, unsigned length, int over_tcp, int is_mdns)
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
		DX_FIELD(dx, msg, 2, "Length: %u", dx_be16(dx, msg));
		bp += 2;
	}
	if (!DX_TTEST(dx, bp, DNS_HDRLEN))
		goto out;
	flags = dx_be16(dx, bp + 2);
	op = DNS_OPCODE(flags);
	qd = dx_be16(dx, bp + 4);
	an = dx_be16(dx, bp + 6);
	ns = dx_be16(dx, bp + 8);
	ar = dx_be16(dx, bp + 10);
	DX_FIELD(dx, bp, 2, "Transaction ID: 0x%04x", dx_be16(dx, bp));
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
