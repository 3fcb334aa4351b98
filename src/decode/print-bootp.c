// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: BOOTP and DHCP (UDP ports 67/68): the fixed header and the
 * vendor area (RFC 1048 options, CMU vendor data). Text as tcpdump 4.99.3
 * print-bootp.c.
 *
 * RFC 951 (BOOTP), RFC 2131 and 2132 (DHCP and its options), RFC 3004
 * (user class), RFC 3046 (relay agent information), RFC 3442 (classless
 * static routes), RFC 4388 (lease query), RFC 4702 (client FQDN),
 * RFC 5859 (TFTP server address), RFC 8520 (MUD URL).
 *
 * Header (236 bytes): op (1), htype (1), hlen (1), hops (1), xid (4),
 * secs (2), flags (2), ciaddr, yiaddr, siaddr, giaddr (4 each),
 * chaddr (16), sname (64), file (128); then the vendor area: a magic
 * cookie (4) and options, each tag (1), length (1), value, but for PAD
 * (0) and END (255), which are one byte.
 *
 * A header or option cut short prints " [|bootp]" and returns, as
 * tcpdump's ND_TCHECK does here (then -x dumps from the network header);
 * a read past the capture elsewhere ends the packet through the cursor.
 *
 * Without -v the text is the first line only; a tree then gets the rest
 * of the fields from the same walk through dx_tree_only.
 */
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define BOOTPREQUEST 1
#define BOOTPREPLY 2

#define BOOTP_SNAME 44		/* offsets in the header */
#define BOOTP_FILE 108
#define BOOTP_VEND 236

#define TAG_PAD 0
#define TAG_END 255
#define TAG_NETBIOS_NODE 46
#define TAG_OPT_OVERLOAD 52
#define TAG_DHCP_MESSAGE 53
#define TAG_PARM_REQUEST 55
#define TAG_CLIENT_ID 61
#define TAG_USER_CLASS 77
#define TAG_CLIENT_FQDN 81
#define TAG_AGENT_CIRCUIT 82
#define TAG_CLASSLESS_STATIC_RT 121
#define TAG_CLASSLESS_STA_RT_MS 249

static const struct tok bootp_flag_values[] = {
	{ 0x8000, "Broadcast" },
	{ 0, NULL }
};

static const struct tok bootp_op_values[] = {
	{ BOOTPREQUEST, "Request" },
	{ BOOTPREPLY, "Reply" },
	{ 0, NULL }
};

/*
 * Option names; the first character says how the value prints:
 * i IPv4 addresses, p address pairs, l unsigned 32-bit, L signed 32-bit,
 * s 16-bit, b dotted decimal bytes, x colon-separated hex bytes,
 * a a string, B booleans, $ its own code, ' ' no value.
 */
static const struct tok tag2str[] = {
	{ 0, " PAD" },
	{ 1, "iSubnet-Mask" },
	{ 2, "LTime-Zone" },
	{ 3, "iDefault-Gateway" },
	{ 4, "iTime-Server" },
	{ 5, "iIEN-Name-Server" },
	{ 6, "iDomain-Name-Server" },
	{ 7, "iLOG" },
	{ 8, "iCS" },
	{ 9, "iLPR-Server" },
	{ 10, "iIM" },
	{ 11, "iRL" },
	{ 12, "aHostname" },
	{ 13, "sBS" },
	{ 255, " END" },
	{ 14, "aDP" },
	{ 15, "aDomain-Name" },
	{ 16, "iSS" },
	{ 17, "aRP" },
	{ 18, "aEP" },
	{ 19, "BIPF" },
	{ 20, "BSRT" },
	{ 21, "pPF" },
	{ 22, "sRSZ" },
	{ 23, "bTTL" },
	{ 24, "lMTU-Timeout" },
	{ 25, "sMTU-Table" },
	{ 26, "sMTU" },
	{ 27, "BLSN" },
	{ 28, "iBR" },
	{ 29, "BMD" },
	{ 30, "BMS" },
	{ 31, "BRouter-Discovery" },
	{ 32, "iRSA" },
	{ 33, "pStatic-Route" },
	{ 34, "BUT" },
	{ 35, "lAT" },
	{ 36, "BIE" },
	{ 37, "bTT" },
	{ 38, "lKI" },
	{ 39, "BKG" },
	{ 40, "aYD" },
	{ 41, "iYS" },
	{ 42, "iNTP" },
	{ 43, "bVendor-Option" },
	{ 44, "iNetbios-Name-Server" },
	{ 45, "iWDD" },
	{ TAG_NETBIOS_NODE, "$Netbios-Node" },
	{ 47, "aNetbios-Scope" },
	{ 48, "iXFS" },
	{ 49, "iXDM" },
	{ 64, "sN+D" },
	{ 65, "iN+S" },
	{ 68, "iMH" },
	{ 69, "iSMTP" },
	{ 70, "iPOP3" },
	{ 71, "iNNTP" },
	{ 72, "iWWW" },
	{ 73, "iFG" },
	{ 74, "iIRC" },
	{ 75, "iSTS" },
	{ 76, "iSTDA" },
	{ 50, "iRequested-IP" },
	{ 51, "lLease-Time" },
	{ TAG_OPT_OVERLOAD, "$OO" },
	{ 66, "aTFTP" },
	{ 67, "aBF" },
	{ TAG_DHCP_MESSAGE, " DHCP-Message" },
	{ 54, "iServer-ID" },
	{ TAG_PARM_REQUEST, "bParameter-Request" },
	{ 56, "aMSG" },
	{ 57, "sMSZ" },
	{ 58, "lRN" },
	{ 59, "lRB" },
	{ 60, "aVendor-Class" },
	{ TAG_CLIENT_ID, "$Client-ID" },
	{ 98, "aUAP" },
	{ 116, "BNOAUTO" },
	{ 78, "bSLP-DA" },
	{ 79, "bSLP-SCOPE" },
	{ 117, "sNSSEARCH" },
	{ TAG_USER_CLASS, "$User-Class" },
	{ 118, "iSUBNET" },
	{ TAG_CLASSLESS_STATIC_RT, "$Classless-Static-Route" },
	{ TAG_CLASSLESS_STA_RT_MS, "$Classless-Static-Route-Microsoft" },
	{ 150, "iTFTP-Server-Address" },
	{ 80, "aSLP-NA" },
	{ TAG_CLIENT_FQDN, "$FQDN" },
	{ TAG_AGENT_CIRCUIT, "$Agent-Information" },
	{ 83, "bARMT" },
	{ 88, "aTZSTR" },
	{ 89, "bFQDNS" },
	{ 90, "bAUTH" },
	{ 91, "LLast-Transaction-Time" },
	{ 92, "iAssociated-IP" },
	{ 93, "sARCH" },
	{ 94, "bNDI" },
	{ 97, "bGUID" },
	{ 95, "aLDAP" },
	{ 100, "aPOSIX-TZ" },
	{ 101, "aTZ-Name" },
	{ 112, "iNI" },
	{ 113, "aNITAG" },
	{ 114, "aURL" },
	{ 161, "aMUD-URL" },
	{ 0, NULL }
};

static const struct tok oo2str[] = {
	{ 1, "file" },
	{ 2, "sname" },
	{ 3, "file+sname" },
	{ 0, NULL }
};

static const struct tok nbo2str[] = {
	{ 0x1, "b-node" },
	{ 0x2, "p-node" },
	{ 0x4, "m-node" },
	{ 0x8, "h-node" },
	{ 0, NULL }
};

/* hardware types of a Client-ID */
static const struct tok arp2str[] = {
	{ 0x1, "ether" },
	{ 0x6, "ieee802" },
	{ 0x7, "arcnet" },
	{ 0xf, "frelay" },
	{ 0x17, "strip" },
	{ 0x18, "ieee1394" },
	{ 0, NULL }
};

static const struct tok dhcp_msg_values[] = {
	{ 1, "Discover" },
	{ 2, "Offer" },
	{ 3, "Request" },
	{ 4, "Decline" },
	{ 5, "ACK" },
	{ 6, "NACK" },
	{ 7, "Release" },
	{ 8, "Inform" },
	{ 10, "LeaseQuery" },
	{ 11, "LeaseUnassigned" },
	{ 12, "LeaseUnknown" },
	{ 13, "LeaseActive" },
	{ 0, NULL }
};

static const struct tok agent_suboption_values[] = {
	{ 1, "Circuit-ID" },
	{ 2, "Remote-ID" },
	{ 6, "Subscriber-ID" },
	{ 0, NULL }
};

struct bootp_walk {
	const uint8_t *bp;
	const uint8_t *end;	/* the end of the UDP payload: fields stop there */
	unsigned htype, hlen;
};

/* '"' s '"' of n bytes; 1 (after the closing quote) when truncated */
static int bootp_quoted(struct dx *dx, const uint8_t *p, unsigned n)
{
	int t;

	dx_putc(dx, '"');
	t = dx_printn(dx, p, n);
	dx_putc(dx, '"');
	return t;
}

/* the value of a '$' option; returns the bytes of it left over, or -1 when truncated */
static int bootp_special(struct dx *dx, unsigned tag, const uint8_t **bpp, unsigned len)
{
	const uint8_t *bp = *bpp;
	unsigned v, i;
	int first = 1;

	switch (tag) {
	case TAG_NETBIOS_NODE:
	case TAG_OPT_OVERLOAD:
		if (len < 1) {
			dx_puts(dx, "[ERROR: length < 1 bytes]");
			break;
		}
		v = GET_U8(dx, bp);
		bp++;
		len--;
		dx_puts(dx, tok2str(dx, tag == TAG_NETBIOS_NODE ? nbo2str : oo2str, NULL, v));
		break;
	case TAG_CLIENT_FQDN:
		if (len < 3) {
			dx_puts(dx, "[ERROR: length < 3 bytes]");
			bp += len;
			len = 0;
			break;
		}
		v = GET_U8(dx, bp);
		if (v & 0xf0)
			dx_printf(dx, "[ERROR: MBZ nibble 0x%x != 0] ", (v & 0xf0) >> 4);
		if (v & 0x0f)
			dx_printf(dx, "[%s%s%s%s] ", v & 1 ? "S" : "", v & 2 ? "O" : "",
				  v & 4 ? "E" : "", v & 8 ? "N" : "");
		bp++;
		if (GET_U8(dx, bp) || GET_U8(dx, bp + 1))
			dx_printf(dx, "%u/%u ", GET_U8(dx, bp), GET_U8(dx, bp + 1));
		bp += 2;
		if (bootp_quoted(dx, bp, len - 3))
			return -1;
		bp += len - 3;
		len = 0;
		break;
	case TAG_CLIENT_ID:
		if (len < 1) {
			dx_puts(dx, "[ERROR: length < 1 bytes]");
			break;
		}
		v = GET_U8(dx, bp);
		bp++;
		len--;
		if (v == 0) {
			if (bootp_quoted(dx, bp, len))
				return -1;
			bp += len;
			len = 0;
			break;
		}
		dx_printf(dx, "%s ", tok2str(dx, arp2str, "hardware-type %u,", v));
		for (; len > 0; len--, bp++) {
			if (!first)
				dx_putc(dx, ':');
			dx_printf(dx, "%02x", GET_U8(dx, bp));
			first = 0;
		}
		break;
	case TAG_AGENT_CIRCUIT:
		while (len >= 2) {
			unsigned sub = GET_U8(dx, bp), sublen = GET_U8(dx, bp + 1);
			const char *name = tok2str(dx, agent_suboption_values, "Unknown", sub);

			bp += 2;
			len -= 2;
			if (sublen > len) {
				dx_printf(dx, "\n\t      %s SubOption %u, length %u: length goes past end of option",
					  name, sub, sublen);
				bp += len;
				len = 0;
				break;
			}
			dx_printf(dx, "\n\t      %s SubOption %u, length %u: ", name, sub, sublen);
			if (sub == 1 || sub == 2 || sub == 6) {
				if (dx_printn(dx, bp, sublen))
					return -1;
			} else {
				ip_print_unknown_data(dx, bp, "\n\t\t", sublen);
			}
			len -= sublen;
			bp += sublen;
		}
		break;
	case TAG_CLASSLESS_STATIC_RT:
	case TAG_CLASSLESS_STA_RT_MS:
		if (len < 5) {
			dx_puts(dx, "[ERROR: length < 5 bytes]");
			bp += len;
			len = 0;
			break;
		}
		while (len > 0) {
			unsigned width, sig;

			if (!first)
				dx_putc(dx, ',');
			width = GET_U8(dx, bp);
			bp++;
			len--;
			if (width > 32) {
				dx_printf(dx, "[ERROR: Mask width (%u) > 32]", width);
				bp += len;
				len = 0;
				break;
			}
			sig = (width + 7) / 8;
			if (len < sig + 4) {
				dx_printf(dx, "[ERROR: Remaining length (%u) < %u bytes]", len, sig + 4);
				bp += len;
				len = 0;
				break;
			}
			dx_putc(dx, '(');
			if (width == 0) {
				dx_puts(dx, "default");
			} else {
				for (i = 0; i < sig; i++, bp++)
					dx_printf(dx, "%s%u", i ? "." : "", GET_U8(dx, bp));
				for (i = sig; i < 4; i++)
					dx_puts(dx, ".0");
				dx_printf(dx, "/%u", width);
			}
			dx_printf(dx, ":%s)", GET_IPADDR_STRING(dx, bp));
			bp += 4;
			len -= sig + 4;
			first = 0;
		}
		break;
	case TAG_USER_CLASS: {
		unsigned n = 1;

		if (len < 2) {
			dx_puts(dx, "[ERROR: length < 2 bytes]");
			bp += len;
			len = 0;
			break;
		}
		while (len > 0) {
			unsigned sublen = GET_U8(dx, bp);

			bp++;
			len--;
			dx_printf(dx, "\n\t      instance#%u: ", n);
			if (sublen == 0) {
				dx_puts(dx, "[ERROR: suboption length must be non-zero]");
				bp += len;
				len = 0;
				break;
			}
			if (len < sublen) {
				dx_puts(dx, "[ERROR: invalid option]");
				bp += len;
				len = 0;
				break;
			}
			if (bootp_quoted(dx, bp, sublen))
				return -1;
			dx_printf(dx, ", length %u", sublen);
			n++;
			len -= sublen;
			bp += sublen;
		}
		break;
	}
	default:
		dx_printf(dx, "[unknown special tag %u, size %u]", tag, len);
		bp += len;
		len = 0;
		break;
	}
	*bpp = bp;
	return (int)len;
}

/* the value of an option of format c; returns the bytes left over, or -1 when truncated */
static int bootp_value(struct dx *dx, char c, unsigned tag, const uint8_t **bpp, unsigned len)
{
	const uint8_t *bp = *bpp;
	int first = 1;

	if (c == '?')
		c = (len & 1) ? 'b' : (len & 2) ? 's' : 'l';
	switch (c) {
	case 'a':
		if (bootp_quoted(dx, bp, len))
			return -1;
		bp += len;
		len = 0;
		break;
	case 'i':
	case 'l':
	case 'L':
		for (; len >= 4; len -= 4, bp += 4, first = 0) {
			if (!first)
				dx_putc(dx, ',');
			if (c == 'i')
				dx_puts(dx, GET_IPADDR_STRING(dx, bp));
			else if (c == 'L')
				dx_printf(dx, "%d", (int32_t)GET_BE32(dx, bp));
			else
				dx_printf(dx, "%u", GET_BE32(dx, bp));
		}
		break;
	case 'p':
		for (; len >= 8; len -= 8, bp += 8, first = 0) {
			if (!first)
				dx_putc(dx, ',');
			dx_printf(dx, "(%s:", GET_IPADDR_STRING(dx, bp));
			dx_printf(dx, "%s)", GET_IPADDR_STRING(dx, bp + 4));
		}
		break;
	case 's':
		for (; len >= 2; len -= 2, bp += 2, first = 0) {
			if (!first)
				dx_putc(dx, ',');
			dx_printf(dx, "%u", GET_BE16(dx, bp));
		}
		break;
	case 'B':
		for (; len > 0; len--, bp++, first = 0) {
			unsigned v = GET_U8(dx, bp);

			if (!first)
				dx_putc(dx, ',');
			if (v == 0)
				dx_putc(dx, 'N');
			else if (v == 1)
				dx_putc(dx, 'Y');
			else
				dx_printf(dx, "%u?", v);
		}
		break;
	case '$':
		*bpp = bp;
		return bootp_special(dx, tag, bpp, len);
	default:	/* 'b', 'x' */
		for (; len > 0; len--, bp++, first = 0) {
			if (!first)
				dx_putc(dx, c == 'x' ? ':' : '.');
			dx_printf(dx, c == 'x' ? "%02x" : "%u", GET_U8(dx, bp));
		}
		break;
	}
	*bpp = bp;
	return (int)len;
}

/* RFC 1048 options after the magic cookie */
static void rfc1048_print(struct dx *dx, const uint8_t *bp, const uint8_t *end)
{
	dx_puts(dx, "\n\t  Vendor-rfc1048 Extensions");
	dx_printf(dx, "\n\t    Magic Cookie 0x%08x", GET_BE32(dx, bp));
	DX_FIELD_IN(dx, bp, 4, end, "Magic cookie: 0x%08x", GET_BE32(dx, bp));
	bp += 4;

	while (DX_TTEST(dx, bp, 1)) {
		const uint8_t *opt = bp;
		unsigned tag = GET_U8(dx, bp), len;
		size_t node = dx_tree_next(dx);
		const char *cp;
		char c;
		int left;

		bp++;
		if (tag == TAG_PAD && dx->opts->verbose < 3)
			continue;
		if (tag == TAG_END && dx->opts->verbose < 3) {
			DX_FIELD_IN(dx, opt, 1, end, "Option: (255) End");
			return;
		}
		cp = tok2str(dx, tag2str, "?Unknown", tag);
		c = *cp++;
		if (tag == TAG_PAD || tag == TAG_END) {
			len = 0;
		} else {
			len = GET_U8(dx, bp);
			bp++;
		}
		dx_printf(dx, "\n\t    %s (%u), length %u%s", cp, tag, len, len > 0 ? ": " : "");
		DX_FIELD_IN(dx, opt, (size_t)(bp - opt) + len, end, "Option: (%u) %s, length %u", tag, cp,
			    len);
		if (tag == TAG_PAD && dx->opts->verbose > 2) {
			unsigned n = 1;

			while (DX_TTEST(dx, bp, 1) && GET_U8(dx, bp) == TAG_PAD) {
				bp++;
				n++;
			}
			if (n > 1)
				dx_printf(dx, ", occurs %u", n);
			if (dx->tree)
				dx_tree_set_end(dx, node, bp < end ? bp : end);
		}

		if (!DX_TTEST(dx, bp, len))
			goto trunc;
		if (tag == TAG_DHCP_MESSAGE && len == 1) {
			const char *m = tok2str(dx, dhcp_msg_values, "Unknown (%u)", GET_U8(dx, bp));

			dx_puts(dx, m);
			if (dx->tree)
				dx_tree_relabel(dx, node, "Option: (53) DHCP Message Type: %s", m);
			bp++;
			continue;
		}
		if (tag == TAG_PARM_REQUEST) {
			unsigned idx;

			for (idx = 0; len > 0; idx++, len--, bp++) {
				unsigned inner = GET_U8(dx, bp);

				dx_puts(dx, idx % 4 == 0 ? "\n\t      " : ", ");
				dx_printf(dx, "%s (%u)", tok2str(dx, tag2str, "?Unknown", inner) + 1, inner);
			}
			continue;
		}
		left = bootp_value(dx, c, tag, &bp, len);
		if (left < 0)
			goto trunc;
		if (left) {
			dx_printf(dx, "\n\t  trailing data length %d", left);
			bp += left;
		}
	}
	return;
trunc:
	dx_print_trunc(dx);
}

/* CMU vendor data after its magic */
static void cmu_print(struct dx *dx, const uint8_t *bp, const uint8_t *end)
{
	static const struct {
		unsigned off;
		const char *name;
	} addrs[] = {
		{ 12, "DG" }, { 8, "SM" }, { 16, "NS1" }, { 20, "NS2" },
		{ 24, "IEN1" }, { 28, "IEN2" }, { 32, "TS1" }, { 36, "TS2" },
	};
	unsigned flags, i;

	dx_puts(dx, " vend-cmu");
	if (!DX_TTEST(dx, bp + 4, 4))
		goto trunc;
	flags = GET_U8(dx, bp + 4);
	if (flags & ~1u)
		dx_printf(dx, " F:0x%x", flags);
	DX_FIELD_IN(dx, bp + 4, 4, end, "CMU flags: 0x%08x", GET_BE32(dx, bp + 4));
	for (i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++) {
		const uint8_t *a = bp + addrs[i].off;
		const char *name = addrs[i].name;

		if (!DX_TTEST(dx, a, 4))
			goto trunc;
		if (i == 1 && !(flags & 1))
			name = "SM*";
		if (GET_BE32(dx, a)) {
			const char *s = GET_IPADDR_STRING(dx, a);

			dx_printf(dx, " %s:%s", name, s);
			DX_FIELD_IN(dx, a, 4, end, "%s: %s", name, s);
		}
	}
	return;
trunc:
	dx_print_trunc(dx);
}

/* what -v prints after the first line */
static void bootp_body(struct dx *dx, void *arg)
{
	static const struct {
		unsigned off;
		const char *text, *label;
	} ips[] = {
		{ 12, "Client-IP", "Client IP address" },
		{ 16, "Your-IP", "Your (client) IP address" },
		{ 20, "Server-IP", "Next server IP address" },
		{ 24, "Gateway-IP", "Relay agent IP address" },
	};
	static const struct {
		const char *text, *label;
	} names[] = {
		{ "sname", "Server host name" },
		{ "file", "Boot file name" },
	};
	const struct bootp_walk *w = arg;
	const uint8_t *bp = w->bp, *end = w->end, *vend;
	unsigned hops, secs, flags, i;
	uint32_t xid, magic;

	if (!DX_TTEST(dx, bp + 8, 2))
		goto trunc;
	if (w->htype != 1)
		dx_printf(dx, ", htype %u", w->htype);
	if (w->htype != 1 || w->hlen != 6)
		dx_printf(dx, ", hlen %u", w->hlen);
	hops = GET_U8(dx, bp + 3);
	DX_FIELD_IN(dx, bp + 3, 1, end, "Hops: %u", hops);
	if (hops)
		dx_printf(dx, ", hops %u", hops);
	xid = GET_BE32(dx, bp + 4);
	DX_FIELD_IN(dx, bp + 4, 4, end, "Transaction ID: 0x%08x", xid);
	if (xid)
		dx_printf(dx, ", xid 0x%x", xid);
	secs = GET_BE16(dx, bp + 8);
	DX_FIELD_IN(dx, bp + 8, 2, end, "Seconds elapsed: %u", secs);
	if (secs)
		dx_printf(dx, ", secs %u", secs);
	flags = GET_BE16(dx, bp + 10);
	dx_printf(dx, ", Flags [%s]", bittok2str(dx, bootp_flag_values, "none", flags));
	DX_FIELD_IN(dx, bp + 10, 2, end, "Flags: 0x%04x [%s]", flags,
		    bittok2str(dx, bootp_flag_values, "none", flags));
	if (dx->opts->verbose > 1)
		dx_printf(dx, " (0x%04x)", flags);

	for (i = 0; i < sizeof(ips) / sizeof(ips[0]); i++) {
		const uint8_t *a = bp + ips[i].off;
		const char *s;

		if (!GET_BE32(dx, a))
			continue;
		s = GET_IPADDR_STRING(dx, a);
		dx_printf(dx, "\n\t  %s %s", ips[i].text, s);
		DX_FIELD_IN(dx, a, 4, end, "%s: %s", ips[i].label, s);
	}
	if (w->htype == 1 && w->hlen == 6) {
		const char *s = GET_ETHERADDR_STRING(dx, bp + 28);

		dx_printf(dx, "\n\t  Client-Ethernet-Address %s", s);
		DX_FIELD_IN(dx, bp + 28, 6, end, "Client MAC address: %s", s);
	}
	for (i = 0; i < 2; i++) {
		const uint8_t *p = bp + (i ? BOOTP_FILE : BOOTP_SNAME);
		unsigned size = i ? 128 : 64;
		size_t mark;
		const char *t;
		int tl, ok;

		if (!GET_U8(dx, p))
			continue;
		dx_printf(dx, "\n\t  %s \"", names[i].text);
		mark = dx->out->len;
		ok = dx_printztn(dx, p, size) != 0;
		t = dx_text_since(dx, mark, &tl);
		DX_FIELD_IN(dx, p, size, end, "%s: %.*s", names[i].label, tl, t);
		dx_putc(dx, '"');
		if (!ok)
			goto trunc;
	}

	vend = bp + BOOTP_VEND;
	if (!DX_TTEST(dx, vend, 4))
		goto trunc;
	magic = GET_BE32(dx, vend);
	if (magic == 0x63825363)
		rfc1048_print(dx, vend, end);
	else if (memcmp(vend, "CMU", 4) == 0)
		cmu_print(dx, vend, end);
	else if (magic) {
		dx_printf(dx, "\n\t  Vendor-#0x%x", magic);
		DX_FIELD_IN(dx, vend, 4, end, "Vendor magic: 0x%08x", magic);
	}
	return;
trunc:
	dx_print_trunc(dx);
}

void bootp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	struct bootp_walk w;
	unsigned op;
	const char *ops;

	dx_proto(dx, "bootp");
	op = GET_U8(dx, bp);
	ops = tok2str(dx, bootp_op_values, "unknown (0x%02x)", op);
	dx_printf(dx, "BOOTP/DHCP, %s", ops);
	DX_LAYER(dx, bp, length, "Bootstrap Protocol (%s)", ops);
	DX_FIELD_IN(dx, bp, 1, bp + length, "Message type: %s (%u)", ops, op);
	w.bp = bp;
	w.end = bp + length;
	w.htype = GET_U8(dx, bp + 1);
	w.hlen = GET_U8(dx, bp + 2);
	DX_FIELD_IN(dx, bp + 1, 1, w.end, "Hardware type: %u", w.htype);
	DX_FIELD_IN(dx, bp + 2, 1, w.end, "Hardware address length: %u", w.hlen);
	if (w.htype == 1 && w.hlen == 6 && op == BOOTPREQUEST)
		dx_printf(dx, " from %s", GET_ETHERADDR_STRING(dx, bp + 28));
	dx_printf(dx, ", length %u", length);
	if (dx->opts->verbose)
		bootp_body(dx, &w);
	else
		dx_tree_only(dx, bootp_body, &w);
	DX_LAYER_END(dx);
}
