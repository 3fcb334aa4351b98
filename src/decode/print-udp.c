// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: UDP: header, checksum, payload dispatch by port
 *
 * RFC 768 (UDP), RFC 2675 (jumbograms: a zero length with a payload over
 * 65535 bytes). Text matches tcpdump 4.99.3 print-udp.c.
 *
 * Wire format: sport (2), dport (2), length (2, header included),
 * checksum (2; 0 = none over IPv4).
 *
 * The payload printer is chosen from one table sorted by port (see
 * udp_port_printers below); rank keeps tcpdump's if/else precedence when
 * both ports have a printer.
 */
#include "dx.h"
#include "print-ether.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define UDP_HDRLEN 8
#define IPPROTO_UDP_ 17

struct udp_ctx {
	const uint8_t *iph;
	unsigned ipv;
	unsigned sport, dport;
	int fragmented;
	unsigned ttl_hl;
};

static void put_addr(struct dx *dx, unsigned ipv, const uint8_t *a)
{
	if (ipv == 6)
		dx_puts(dx, GET_IP6ADDR_STRING(dx, a));
	else
		dx_put_ip4(dx, a);
}

/* tcpdump's udpipaddr_print; have_ports 0 is its sport == -1 */
static void udpipaddr_print(struct dx *dx, const struct udp_ctx *c, int have_ports)
{
	const uint8_t *iph = c->iph;
	const uint8_t *src = c->ipv == 6 ? iph + 8 : iph + 12;
	const uint8_t *dst = c->ipv == 6 ? iph + 24 : iph + 16;

	if (GET_U8(dx, c->ipv == 6 ? iph + 6 : iph + 9) == IPPROTO_UDP_) {
		put_addr(dx, c->ipv, src);
		if (have_ports) {
			dx_putc(dx, '.');
			dx_put_udpport(dx, c->sport);
		}
		dx_puts(dx, " > ");
		put_addr(dx, c->ipv, dst);
		if (have_ports) {
			dx_putc(dx, '.');
			dx_put_udpport(dx, c->dport);
		}
		dx_puts(dx, ": ");
	} else if (have_ports) {
		dx_put_udpport(dx, c->sport);
		dx_puts(dx, " > ");
		dx_put_udpport(dx, c->dport);
		dx_puts(dx, ": ");
	}
}

/* ---- payload printers by port ---------------------------------------- */

static void dns_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	domain_print(dx, p, len, 0, 0);
}

static void mdns_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	domain_print(dx, p, len, 0, 1);
}

/* SIP (RFC 3261): request/response line, like tcpdump's print-sip.c */
static const char *sipcmds[] = {
	"ACK", "BYE", "CANCEL", "DO", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS", "PRACK",
	"QAUTH", "REFER", "REGISTER", "SPRACK", "SUBSCRIBE", "UPDATE", "PUBLISH", NULL
};

static void sip_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	dx_proto(dx, "sip");
	txtproto_print(dx, p, len, sipcmds, RESP_CODE_SECOND_TOKEN);
}

/* LBL vat/vt audio (destination port 3456) */
static void vat_port_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	vat_print(dx, p, len);
}

#define UDP_SRC 1	/* the printer applies when the source port matches */
#define UDP_DST 2	/* ... the destination port */
#define UDP_ANY (UDP_SRC | UDP_DST)

/*
 * Sorted by port. rank is the position of the test in tcpdump's chain
 * (print-udp.c udp_print), so that e.g. 53 -> 123 stays DNS: the lowest
 * rank among the entries matching the source or the destination port wins.
 * The ranks of tcpdump's chain, for printers still to come:
 *   0 domain 53, 1 mdns 5353, 2 timed 525, 3 tftp 69, 4 bootp 67/68,
 *   5 rip 520, 6 aodv 654, 7 isakmp 500, 8 isakmp-natt 4500,
 *   9 isakmp 7500/8500, 10 snmp 161/162, 11 ntp 123, 12 krb 88/750,
 *   13 l2tp 1701, 14 nbns 137, 15 nbdgm 138, 16 vat (dst 3456),
 *   17 zephyr 2103/2104, 18 rx 7000-7009, 19 ripng 521, 20 dhcp6 546/547,
 *   21 ahcp 5359, 22 babel 6696/6697, 23 hncp 8231, 24 wb (dst 4567),
 *   25 autorp 496, 26 radius 1645/1646/1700/1812/1813/3799,
 *   27 hsrp (dst 1985), 28 lwres 921, 29 ldp 646, 30 olsr 698,
 *   31 lsp-ping 3503, 32 bcm-li (src 49152),
 *   33 bfd (dst 3784/3785/4784/6784), 34 lmp 701, 35 vqp 1589,
 *   36 sflow 6343, 37 lwapp-control (dst 12223), 38 (src 12223),
 *   39 lwapp-data 12222, 40 sip 5060, 41 syslog 514, 42 otv 8472,
 *   43 vxlan 4789, 44 geneve 6081, 45 lisp 4342, 46 vxlan-gpe 4790,
 *   47 zep 17754, 48 mpls 6635, 49 appletalk (by content),
 *   50 ptp 319/320, 51 someip 30490.
 * LLMNR (5355) is not in tcpdump 4.99's chain: it prints "UDP, length N".
 */
/* PTP (IEEE 1588) event and general messages, ports 319/320 */
static void ptp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	ptp_print(dx, p, len);
}

/* MPLS in UDP (RFC 7510), port 6635 */
static void mpls_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	mpls_print(dx, p, len);
}

/* NTP, port 123 */
static void ntp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	ntp_print(dx, p, len);
}

/* BOOTP/DHCP, ports 67/68 */
static void bootp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	bootp_print(dx, p, len);
}

/* BFD, by destination port */
static void bfd_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	bfd_print(dx, p, len, c->dport);
}

/* TFTP, port 69 */
static void tftp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	tftp_print(dx, p, len);
}

/* timed, port 525; Zephyr, ports 2103/2104; lwres, port 921 */
static void timed_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	timed_print(dx, p, len);
}

static void zephyr_udp_print(struct dx *dx, const uint8_t *p, unsigned len,
			     const struct udp_ctx *c)
{
	(void)c;
	zephyr_print(dx, p, len);
}

static void lwres_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	lwres_print(dx, p, len);
}

/* syslog, port 514 */
static void syslog_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	syslog_print(dx, p, len);
}

/* OTV, either port */
static void otv_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	otv_print(dx, p, len);
}

/* VQP, either port */
static void vqp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	vqp_print(dx, p, len);
}

/* VXLAN, VXLAN-GPE and Geneve, either port */
static void vxlan_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	vxlan_print(dx, p, len);
}

static void vxlan_gpe_udp_print(struct dx *dx, const uint8_t *p, unsigned len,
				const struct udp_ctx *c)
{
	(void)c;
	vxlan_gpe_print(dx, p, len);
}

static void geneve_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	geneve_print(dx, p, len);
}

/* DHCPv6, either port */
static void dhcp6_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	dhcp6_print(dx, p, len);
}

/* AHCP, either port */
static void ahcp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	ahcp_print(dx, p, len);
}

/* Babel, either port */
static void babel_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	babel_print(dx, p, len);
}

/* HNCP, either port */
static void hncp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	hncp_print(dx, p, len);
}

/* RIP and RIPng, either port */
static void rip_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	rip_print(dx, p, len);
}

static void ripng_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	ripng_print(dx, p, len);
}

/* HSRP, by destination port */
static void hsrp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	hsrp_print(dx, p, len);
}

static void sflow_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	sflow_print(dx, p, len);
}

/* ISAKMP, either port; 4500 as RFC 3948 */
static void isakmp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	isakmp_print(dx, p, len, c->iph);
}

static void isakmp_natt_print(struct dx *dx, const uint8_t *p, unsigned len,
			      const struct udp_ctx *c)
{
	isakmp_rfc3948_print(dx, p, len, c->iph, c->ipv, c->fragmented, c->ttl_hl);
}

/* RADIUS, either port */
static void radius_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	radius_print(dx, p, len);
}

/* LDP, either port */
static void ldp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	ldp_print(dx, p, len);
}

/* LSP ping, either port */
static void lspping_udp_print(struct dx *dx, const uint8_t *p, unsigned len,
			      const struct udp_ctx *c)
{
	(void)c;
	lspping_print(dx, p, len);
}

/* LMP, either port */
static void lmp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	lmp_print(dx, p, len);
}

/* Cisco Auto-RP, either port */
static void autorp_udp_print(struct dx *dx, const uint8_t *p, unsigned len,
			     const struct udp_ctx *c)
{
	(void)c;
	cisco_autorp_print(dx, p, len);
}

/* Kerberos, either port */
static void krb_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	(void)len;
	krb_print(dx, p);
}

/* LISP control, either port */
static void lisp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	lisp_print(dx, p, len);
}

/* AODV, either port */
static void aodv_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	aodv_print(dx, p, len, c->ipv == 6);
}

/* Broadcom LI shim, by source port */
static void bcm_li_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	bcm_li_print(dx, p, len);
}

/* SOME/IP, either port */
static void someip_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	someip_print(dx, p, len);
}

/* SNMP and SNMP traps, either port */
static void snmp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	snmp_print(dx, p, len);
}

/* RX (AFS), either port in 7000-7009 */
static void rx_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	rx_print(dx, p, len, c->sport, c->dport, c->iph);
}

/* L2TP, either port */
static void l2tp_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	l2tp_print(dx, p, len);
}

/* LBL whiteboard, destination port 4567 */
static void wb_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	(void)c;
	wb_print(dx, p, len);
}

/* OLSR, either port */
static void olsr_udp_print(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c)
{
	olsr_print(dx, p, len, c->ipv == 6);
}

struct udp_port_printer {
	uint16_t port;
	uint8_t rank;
	uint8_t dir;
	void (*fn)(struct dx *dx, const uint8_t *p, unsigned len, const struct udp_ctx *c);
};

static const struct udp_port_printer udp_port_printers[] = {
	{ 53, 0, UDP_ANY, dns_udp_print },
	{ 67, 4, UDP_ANY, bootp_udp_print },
	{ 68, 4, UDP_ANY, bootp_udp_print },
	{ 69, 3, UDP_ANY, tftp_udp_print },
	{ 88, 12, UDP_ANY, krb_udp_print },
	{ 123, 11, UDP_ANY, ntp_udp_print },
	{ 161, 10, UDP_ANY, snmp_udp_print },
	{ 162, 10, UDP_ANY, snmp_udp_print },
	{ 319, 50, UDP_ANY, ptp_udp_print },
	{ 320, 50, UDP_ANY, ptp_udp_print },
	{ 496, 25, UDP_ANY, autorp_udp_print },
	{ 500, 7, UDP_ANY, isakmp_udp_print },
	{ 514, 41, UDP_ANY, syslog_udp_print },
	{ 520, 5, UDP_ANY, rip_udp_print },
	{ 521, 19, UDP_ANY, ripng_udp_print },
	{ 525, 2, UDP_ANY, timed_udp_print },
	{ 546, 20, UDP_ANY, dhcp6_udp_print },
	{ 547, 20, UDP_ANY, dhcp6_udp_print },
	{ 646, 29, UDP_ANY, ldp_udp_print },
	{ 654, 6, UDP_ANY, aodv_udp_print },
	{ 698, 30, UDP_ANY, olsr_udp_print },
	{ 701, 34, UDP_ANY, lmp_udp_print },
	{ 750, 12, UDP_ANY, krb_udp_print },
	{ 921, 28, UDP_ANY, lwres_udp_print },
	{ 1589, 35, UDP_ANY, vqp_udp_print },
	{ 1645, 26, UDP_ANY, radius_udp_print },
	{ 1646, 26, UDP_ANY, radius_udp_print },
	{ 1700, 26, UDP_ANY, radius_udp_print },
	{ 1701, 13, UDP_ANY, l2tp_udp_print },
	{ 1812, 26, UDP_ANY, radius_udp_print },
	{ 1813, 26, UDP_ANY, radius_udp_print },
	{ 1985, 27, UDP_DST, hsrp_udp_print },
	{ 2103, 17, UDP_ANY, zephyr_udp_print },
	{ 2104, 17, UDP_ANY, zephyr_udp_print },
	{ 3456, 16, UDP_DST, vat_port_print },
	{ 3503, 31, UDP_ANY, lspping_udp_print },
	{ 3784, 33, UDP_DST, bfd_udp_print },
	{ 3785, 33, UDP_DST, bfd_udp_print },
	{ 3799, 26, UDP_ANY, radius_udp_print },
	{ 4342, 45, UDP_ANY, lisp_udp_print },
	{ 4500, 8, UDP_ANY, isakmp_natt_print },
	{ 4567, 24, UDP_DST, wb_udp_print },
	{ 4784, 33, UDP_DST, bfd_udp_print },
	{ 4789, 43, UDP_ANY, vxlan_udp_print },
	{ 4790, 46, UDP_ANY, vxlan_gpe_udp_print },
	{ 5060, 40, UDP_ANY, sip_print },
	{ 5353, 1, UDP_ANY, mdns_print },
	{ 5359, 21, UDP_ANY, ahcp_udp_print },
	{ 6081, 44, UDP_ANY, geneve_udp_print },
	{ 6343, 36, UDP_ANY, sflow_udp_print },
	{ 6635, 48, UDP_ANY, mpls_udp_print },
	{ 6696, 22, UDP_ANY, babel_udp_print },
	{ 6697, 22, UDP_ANY, babel_udp_print },
	{ 6784, 33, UDP_DST, bfd_udp_print },
	{ 7000, 18, UDP_ANY, rx_udp_print },
	{ 7001, 18, UDP_ANY, rx_udp_print },
	{ 7002, 18, UDP_ANY, rx_udp_print },
	{ 7003, 18, UDP_ANY, rx_udp_print },
	{ 7004, 18, UDP_ANY, rx_udp_print },
	{ 7005, 18, UDP_ANY, rx_udp_print },
	{ 7006, 18, UDP_ANY, rx_udp_print },
	{ 7007, 18, UDP_ANY, rx_udp_print },
	{ 7008, 18, UDP_ANY, rx_udp_print },
	{ 7009, 18, UDP_ANY, rx_udp_print },
	{ 7500, 9, UDP_ANY, isakmp_udp_print },
	{ 8231, 23, UDP_ANY, hncp_udp_print },
	{ 8472, 42, UDP_ANY, otv_udp_print },
	{ 8500, 9, UDP_ANY, isakmp_udp_print },
	{ 30490, 51, UDP_ANY, someip_udp_print },
	{ 49152, 32, UDP_SRC, bcm_li_udp_print },
};

#define N_UDP_PRINTERS (sizeof(udp_port_printers) / sizeof(udp_port_printers[0]))

/* the entries for one port: [*first, *first + return) */
static size_t udp_port_find(unsigned port, size_t *first)
{
	size_t lo = 0, hi = N_UDP_PRINTERS, n = 0;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (udp_port_printers[mid].port < port)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	while (lo + n < N_UDP_PRINTERS && udp_port_printers[lo + n].port == port)
		n++;
	return n;
}

/* the UDP ports of AppleTalk over IP (KIP) */
static int atalk_port(unsigned p)
{
	return (p >= 16512 && p < 16640) || (p >= 200 && p < 328) || (p >= 768 && p < 896);
}

static const struct udp_port_printer *udp_dispatch(unsigned sport, unsigned dport)
{
	const struct udp_port_printer *best = NULL;
	size_t first, n, i;

	n = udp_port_find(sport, &first);
	for (i = 0; i < n; i++) {
		const struct udp_port_printer *e = &udp_port_printers[first + i];

		if ((e->dir & UDP_SRC) && (!best || e->rank < best->rank))
			best = e;
	}
	n = udp_port_find(dport, &first);
	for (i = 0; i < n; i++) {
		const struct udp_port_printer *e = &udp_port_printers[first + i];

		if ((e->dir & UDP_DST) && (!best || e->rank < best->rank))
			best = e;
	}
	return best;
}

/* ---- the UDP printer ---------------------------------------------------- */

/*
 * -T TYPE: the payload as that protocol whatever the ports, with no
 * checksum check, as tcpdump does; 1 if printed. Types without a printer
 * here take the port dispatch.
 */
static int udp_typed_print(struct dx *dx, const uint8_t *cp, unsigned length,
			   const struct udp_ctx *c)
{
	void (*fn)(struct dx *, const uint8_t *, unsigned);

	switch (dx->opts->packet_type) {
	case PT_TYPE_TFTP:
		fn = tftp_print;
		break;
	case PT_TYPE_VXLAN:
		fn = vxlan_print;
		break;
	case PT_TYPE_PTP:
		fn = ptp_print;
		break;
	case PT_TYPE_LMP:
		fn = lmp_print;
		break;
	case PT_TYPE_VAT:
		fn = vat_print;
		break;
	case PT_TYPE_RTP:
		fn = rtp_print;
		break;
	case PT_TYPE_RTCP:
		fn = rtcp_print;
		break;
	case PT_TYPE_RADIUS:
		fn = radius_print;
		break;
	case PT_TYPE_WB:
		fn = wb_print;
		break;
	case PT_TYPE_SOMEIP:
		fn = someip_print;
		break;
	case PT_TYPE_SNMP:
		fn = snmp_print;
		break;
	case PT_TYPE_DOMAIN:
		udpipaddr_print(dx, c, 1);
		DX_FIELD(dx, cp, length, "UDP payload (%u bytes)", length);
		domain_print(dx, cp, length, 0, 0);
		return 1;
	case PT_TYPE_AODV:
		udpipaddr_print(dx, c, 1);
		DX_FIELD(dx, cp, length, "UDP payload (%u bytes)", length);
		aodv_print(dx, cp, length, c->ipv == 6);
		return 1;
	case PT_TYPE_PGM:
	case PT_TYPE_PGM_ZMTP1:
		udpipaddr_print(dx, c, 1);
		DX_FIELD(dx, cp, length, "UDP payload (%u bytes)", length);
		pgm_print(dx, cp, length, c->iph);
		return 1;
	case PT_TYPE_RPC:
		/* no address line: the RPC printers print their own */
		DX_FIELD(dx, cp, length, "UDP payload (%u bytes)", length);
		if (GET_BE32(dx, cp + 4) == 0)
			sunrpc_print(dx, cp, length, c->iph);
		else
			nfsreply_print(dx, cp, length, c->iph);
		return 1;
	case PT_TYPE_CARP:
	case PT_TYPE_RESP:
	case PT_TYPE_ZMTP1:
		/* types tcpdump has no UDP case for: nothing at all is printed */
		return 1;
	default:
		return 0;
	}
	udpipaddr_print(dx, c, 1);
	DX_FIELD(dx, cp, length, "UDP payload (%u bytes)", length);
	fn(dx, cp, length);
	return 1;
}

static void length_print(struct dx *dx, unsigned ulen, unsigned length, int fragmented)
{
	if (ulen > length && !fragmented) {
		dx_puts(dx, "UDP, bad length ");
		dx_putu(dx, ulen);
		dx_puts(dx, " > ");
		dx_putu(dx, length);
	} else {
		dx_puts(dx, "UDP, length ");
		dx_putu(dx, ulen);
	}
}

static void tree_header(struct dx *dx, const uint8_t *bp, const struct udp_ctx *c)
{
	if (!DX_TTEST(dx, bp, UDP_HDRLEN))
		return;
	DX_LAYER(dx, bp, UDP_HDRLEN, "User Datagram Protocol, Src Port: %u, Dst Port: %u", c->sport,
		 c->dport);
	DX_FIELD(dx, bp, 2, "Source Port: %u", c->sport);
	DX_FIELD(dx, bp + 2, 2, "Destination Port: %u", c->dport);
	DX_FIELD(dx, bp + 4, 2, "Length: %u", GET_BE16(dx, bp + 4));
	DX_FIELD(dx, bp + 6, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 6));
	DX_LAYER_END(dx);
}

void udp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph, int fragmented,
	       unsigned ttl_hl)
{
	struct udp_ctx c;
	const uint8_t *cp;
	unsigned ulen;

	dx_proto(dx, "udp");
	c.iph = iph;
	c.ipv = GET_U8(dx, iph) >> 4;
	c.fragmented = fragmented;
	c.ttl_hl = ttl_hl;
	c.sport = c.dport = 0;
	if (!DX_TTEST(dx, bp + 2, 2)) {
		udpipaddr_print(dx, &c, 0);
		dx_print_trunc(dx);
		return;
	}
	c.sport = GET_BE16(dx, bp);
	c.dport = GET_BE16(dx, bp + 2);
	if (dx->tree)
		tree_header(dx, bp, &c);

	if (length < UDP_HDRLEN) {
		udpipaddr_print(dx, &c, 1);
		dx_puts(dx, "truncated-udp ");
		dx_putu(dx, length);
		return;
	}
	if (!DX_TTEST(dx, bp + 4, 2)) {
		udpipaddr_print(dx, &c, 1);
		dx_print_trunc(dx);
		return;
	}
	ulen = GET_BE16(dx, bp + 4);
	/* IPv6 jumbogram (RFC 2675) */
	if (ulen == 0 && length > 65535)
		ulen = length;
	if (ulen < UDP_HDRLEN) {
		udpipaddr_print(dx, &c, 1);
		dx_puts(dx, "truncated-udplength ");
		dx_putu(dx, ulen);
		return;
	}
	ulen -= UDP_HDRLEN;
	length -= UDP_HDRLEN;
	if (ulen < length)
		length = ulen;

	cp = bp + UDP_HDRLEN;
	if (cp > dx->snapend) {
		udpipaddr_print(dx, &c, 1);
		dx_print_trunc(dx);
		return;
	}
	if (udp_typed_print(dx, cp, length, &c))
		return;
	udpipaddr_print(dx, &c, 1);
	DX_FIELD(dx, cp, length, "UDP payload (%u bytes)", length);
	/* tcpdump looks for NFS before the checksum and the port table */
	if (!dx->opts->quiet && nfs_udp_print(dx, cp, length, iph, c.sport, c.dport))
		return;

	if (dx->opts->verbose && !dx->opts->no_verify_cksum && !fragmented) {
		uint16_t sum, udp_sum;

		if (c.ipv == 4 && dx->opts->verbose > 1) {
			udp_sum = GET_BE16(dx, bp + 6);
			if (udp_sum == 0) {
				dx_puts(dx, "[no cksum] ");
			} else if (DX_TTEST(dx, cp, length)) {
				sum = nextproto4_cksum(dx, iph, bp, length + UDP_HDRLEN,
						       length + UDP_HDRLEN, IPPROTO_UDP_);
				if (sum != 0) {
					dx_puts(dx, "[bad udp cksum 0x");
					dx_put_hex4(dx, udp_sum);
					dx_puts(dx, " -> 0x");
					dx_put_hex4(dx, in_cksum_shouldbe(udp_sum, sum));
					dx_puts(dx, "!] ");
				} else {
					dx_puts(dx, "[udp sum ok] ");
				}
			}
		} else if (c.ipv == 6) {
			/* for IPv6 the checksum is mandatory */
			if (DX_TTEST(dx, cp, length)) {
				sum = nextproto6_cksum(dx, iph, bp, length + UDP_HDRLEN,
						       length + UDP_HDRLEN, IPPROTO_UDP_);
				udp_sum = GET_BE16(dx, bp + 6);
				if (sum != 0) {
					dx_puts(dx, "[bad udp cksum 0x");
					dx_put_hex4(dx, udp_sum);
					dx_puts(dx, " -> 0x");
					dx_put_hex4(dx, in_cksum_shouldbe(udp_sum, sum));
					dx_puts(dx, "!] ");
				} else {
					dx_puts(dx, "[udp sum ok] ");
				}
			}
		}
	}

	if (!dx->opts->quiet) {
		const struct udp_port_printer *pp = udp_dispatch(c.sport, c.dport);

		/* KIP: LocalTalk frames with a long DDP header on the AppleTalk ports, rank 49 */
		if ((!pp || pp->rank > 49) && DX_TTEST(dx, cp + 2, 1) && cp[2] == 2 &&
		    (atalk_port(c.sport) || atalk_port(c.dport))) {
			if (dx->opts->verbose)
				dx_puts(dx, "kip ");
			llap_print(dx, cp, length);
			return;
		}
		if (pp) {
			pp->fn(dx, cp, length, &c);
			return;
		}
	}
	length_print(dx, ulen, length, fragmented);
}
