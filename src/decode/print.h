/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: entry points of the protocol printers (one print-*.c each).
 * Signatures follow tcpdump's netdissect so the logic maps 1:1.
 */
#ifndef PTCPDUMP_DECODE_PRINT_H
#define PTCPDUMP_DECODE_PRINT_H

#include <stddef.h>
#include <stdint.h>

struct dx;
struct dx_tcp_state;
struct dx_slip_state;
struct dx_rx_state;

/* link-layer printers (ndo_if_printer): return the link header length */
unsigned ether_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-ether.c */
unsigned sll_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);   /* print-sll.c */
unsigned sll2_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);  /* print-sll.c */
unsigned null_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);  /* print-null.c */
unsigned loop_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);  /* print-null.c */
unsigned raw_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);   /* print-raw.c */
unsigned ipv4_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);  /* print-raw.c */
unsigned ipv6_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);  /* print-raw.c */
unsigned chdlc_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-chdlc.c */
unsigned fr_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);    /* print-fr.c */
/* print-juniper.c: the Juniper PIC link types */
unsigned juniper_ether_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned juniper_ppp_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned juniper_chdlc_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned juniper_pppoe_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned juniper_pppoe_atm_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned juniper_atm1_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned juniper_atm2_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned juniper_es_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);

/* print-fr.c: a Q.922 address of at most length bytes: 1 with its DLCI,
 * length (2 to 4) and flags, 0 when invalid, -1 when cut; q922_print
 * appends "DLCI n", "<Invalid DLCI>" or "<Truncated>" (tcpdump's q922_string) */
int q922_parse(struct dx *dx, const uint8_t *p, unsigned length, unsigned *dlci,
	       unsigned *addr_len, uint32_t *flags);
void q922_print(struct dx *dx, const uint8_t *p, unsigned length);
/* print-fr.c: Q.933 signalling from the call reference length on */
void q933_print(struct dx *dx, const uint8_t *p, unsigned length);
/* print-fr.c: LINKTYPE_MFR (FRF.16) */
unsigned mfr_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned ppp_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);   /* print-ppp.c */
unsigned ppp_hdlc_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned pppoe_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-pppoe.c */
unsigned dsa_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);   /* print-dsa.c */
unsigned edsa_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned brcm_tag_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-brcmtag.c */
unsigned brcm_tag_prepend_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned ipoib_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-ipoib.c */
unsigned ipnet_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-ipnet.c */
unsigned pktap_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-pktap.c */
unsigned vsock_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-vsock.c */
unsigned nflog_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-nflog.c */
unsigned atm_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);   /* print-atm.c */
unsigned sunatm_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned cip_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned arcnet_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length); /* print-arcnet.c */
unsigned arcnet_linux_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned ltalk_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);  /* print-atalk.c */
unsigned sl_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);    /* print-sl.c */
unsigned ieee802_15_4_if_print(struct dx *dx, const uint8_t *p, unsigned caplen,
			       unsigned length);	/* print-802_15_4.c */

/* print-802_11.c: 802.11 frames, alone and after a radiotap header */
unsigned ieee802_11_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);
unsigned ieee802_11_radio_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length);

/* print-ppp.c: a PPP frame (address and control optional): its header length */
unsigned ppp_print(struct dx *dx, const uint8_t *p, unsigned length);
/* print-pppoe.c: PPPoE discovery and session (EtherTypes 0x8863/0x8864) */
unsigned pppoe_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-ether.c: payload by EtherType (VLAN/QinQ included); 1 if printed, 0 if unknown type */
int ethertype_print(struct dx *dx, unsigned ether_type, const uint8_t *p, unsigned length,
		    unsigned caplen, const uint8_t *src, const uint8_t *dst);

void arp_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned caplen); /* print-arp.c */

/* print-ip.c */
void ip_print(struct dx *dx, const uint8_t *bp, unsigned length);
void ipN_print(struct dx *dx, const uint8_t *bp, unsigned length);	/* by version nibble */
void ip_demux_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned ver,
		    int fragmented, unsigned ttl_hl, uint8_t nh, const uint8_t *iph);
uint16_t nextproto4_cksum(struct dx *dx, const uint8_t *iph, const uint8_t *data, unsigned len,
			  unsigned covlen, uint8_t next_proto);
/* print-ip6.c (extension headers and fragments included) */
void ip6_print(struct dx *dx, const uint8_t *bp, unsigned length);
uint16_t nextproto6_cksum(struct dx *dx, const uint8_t *ip6h, const uint8_t *data, unsigned len,
			  unsigned covlen, uint8_t next_proto);

/* print-icmp.c / print-icmp6.c */
void icmp_print(struct dx *dx, const uint8_t *bp, unsigned plen, const uint8_t *iph, int fragmented);
void icmp6_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *ip6h, int fragmented);

/* print-tcp.c, print-mptcp.c, print-udp.c */
void tcp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph, int fragmented);
void tcp_state_free(struct dx_tcp_state *st);	/* called by dx__free/dx__reset */
void slip_state_free(struct dx_slip_state *st);	/* print-sl.c; likewise */
int mptcp_print(struct dx *dx, const uint8_t *cp, unsigned len, uint8_t flags);
void udp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph, int fragmented,
	       unsigned ttl_hl);

/* print-ntp.c: NTP time and control messages */
void ntp_print(struct dx *dx, const uint8_t *bp, unsigned length);
/* tcpdump's p_ntp_time: the 64-bit NTP timestamp at p, "secs.nanosecs
 * (UTC date)"; a field named name when name is not NULL */
void ntp_put_time(struct dx *dx, const uint8_t *p, const char *name);

/* print-bfd.c: BFD control and echo packets, by UDP destination port */
void bfd_print(struct dx *dx, const uint8_t *bp, unsigned len, unsigned port);

/* print-bootp.c: BOOTP/DHCP */
void bootp_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* overlays: print-vxlan.c (UDP 4789), print-vxlan-gpe.c (UDP 4790),
 * print-geneve.c (UDP 6081), print-nsh.c (EtherType 0x894f) */
void vxlan_print(struct dx *dx, const uint8_t *bp, unsigned len);
void vxlan_gpe_print(struct dx *dx, const uint8_t *bp, unsigned len);
void geneve_print(struct dx *dx, const uint8_t *bp, unsigned len);
void nsh_print(struct dx *dx, const uint8_t *bp, unsigned len);

/* print-eap.c: an EAP packet of length bytes (RADIUS's EAP-Message) */
void eap_print(struct dx *dx, const uint8_t *cp, unsigned length);

/* print-radius.c: RADIUS (UDP 1645/1646/1700/1812/1813/3799) */
void radius_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-dhcp6.c: DHCPv6 (UDP 546/547) */
void dhcp6_print(struct dx *dx, const uint8_t *cp, unsigned length);

/* print-ahcp.c: AHCP (UDP 5359) */
void ahcp_print(struct dx *dx, const uint8_t *cp, unsigned len);

/* print-babel.c: Babel (UDP 6696/6697) */
void babel_print(struct dx *dx, const uint8_t *cp, unsigned length);

/* print-hncp.c: HNCP (UDP 8231) */
void hncp_print(struct dx *dx, const uint8_t *cp, unsigned length);

/* print-rip.c: RIPv1/v2 (UDP 520); print-ripng.c: RIPng (UDP 521) */
void rip_print(struct dx *dx, const uint8_t *dat, unsigned length);
void ripng_print(struct dx *dx, const uint8_t *dat, unsigned length);

/* print-hsrp.c: HSRP (UDP destination 1985) */
void hsrp_print(struct dx *dx, const uint8_t *bp, unsigned len);
/* print-sflow.c: sFlow v5 (UDP 6343) */
void sflow_print(struct dx *dx, const uint8_t *bp, unsigned len);
/* print-atalk.c: AppleTalk DDP (EtherType 0x809b), LocalTalk LLAP (also
 * in UDP), an AppleTalk address as tcpdump prints it */
void atalk_print(struct dx *dx, const uint8_t *bp, unsigned length);
unsigned llap_print(struct dx *dx, const uint8_t *bp, unsigned length);
void atalk_addr_print(struct dx *dx, unsigned net, unsigned node);
/* print-aarp.c: EtherType 0x80f3 */
void aarp_print(struct dx *dx, const uint8_t *p, unsigned length);
/* print-rpki-rtr.c: TCP port 323 */
void rpki_rtr_print(struct dx *dx, const uint8_t *p, unsigned len);
/* print-rtp.c: the -T vat, rtp and rtcp payloads */
void vat_print(struct dx *dx, const uint8_t *p, unsigned length);
void rtp_print(struct dx *dx, const uint8_t *p, unsigned length);
void rtcp_print(struct dx *dx, const uint8_t *p, unsigned length);

/* print-bcm-li.c: Broadcom LI shim (UDP source 49152) */
void bcm_li_print(struct dx *dx, const uint8_t *bp, unsigned len);

/* print-rx.c: RX and AFS (UDP 7000-7009); iph is the IP header (the call
 * table pairs replies with calls by address) */
void rx_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned sport, unsigned dport,
	      const uint8_t *iph);
void rx_state_free(struct dx_rx_state *st);	/* called by dx__free/dx__reset */

/* print-l2tp.c: L2TPv2 (UDP 1701) */
void l2tp_print(struct dx *dx, const uint8_t *bp, unsigned length);
/* print-tipc.c: TIPC (EtherType 0x88ca) */
void tipc_print(struct dx *dx, const uint8_t *bp, unsigned length);
/* print-decnet.c: DECnet Phase IV routing and NSP (EtherType 0x6003) */
void decnet_print(struct dx *dx, const uint8_t *ap, unsigned length, unsigned caplen);
/* print-wb.c: LBL whiteboard (UDP destination 4567, -T wb) */
void wb_print(struct dx *dx, const uint8_t *hdr, unsigned len);
/* print-someip.c: SOME/IP (UDP 30490) */
void someip_print(struct dx *dx, const uint8_t *bp, unsigned len);

/* print-snmp.c: SNMP v1/v2c/v3 (UDP 161/162) */
void snmp_print(struct dx *dx, const uint8_t *np, unsigned length);
/* print-nfs.c: NFS over UDP (a call to port 2049 or a reply from it: 1 if
 * printed), over TCP (the record mark first), and -T rpc replies;
 * print-sunrpc.c: -T rpc calls */
struct dx_nfs_state;
void nfs_state_free(struct dx_nfs_state *st);
int nfs_udp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
		  unsigned sport, unsigned dport);
void nfs_tcp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
		   unsigned sport, unsigned dport);
void nfsreply_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph);
void sunrpc_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph);

/* print-timed.c: timed, the BSD time synchronization protocol (UDP 525) */
void timed_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-zephyr.c: Zephyr (UDP 2103/2104) */
void zephyr_print(struct dx *dx, const uint8_t *cp, unsigned length);

/* print-lwres.c: BIND 9 lightweight resolver (UDP 921) */
void lwres_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-otv.c: OTV (UDP 8472); print-vqp.c: VQP (UDP 1589) */
void otv_print(struct dx *dx, const uint8_t *bp, unsigned len);
void vqp_print(struct dx *dx, const uint8_t *pptr, unsigned len);

/* print-tftp.c: TFTP (UDP 69, -T tftp) */
void tftp_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-syslog.c: syslog (UDP 514) */
void syslog_print(struct dx *dx, const uint8_t *bp, unsigned len);

/* print-domain.c: DNS (and mDNS/LLMNR framing) */
void domain_print(struct dx *dx, const uint8_t *bp, unsigned length, int over_tcp, int is_mdns);
/* tcpdump's fqdn_print: the DNS name at cp, compression pointers counted
 * from bp (backward only); the byte after the name in place, or NULL */
const uint8_t *fqdn_print(struct dx *dx, const uint8_t *cp, const uint8_t *bp);

/* print-bgp.c: BGP (TCP 179); decode_prefix4/6 format one NLRI prefix
 * (length in bits, then the bytes) into buf and return the bytes it took,
 * -1 for a bad length, -2 when itemlen is too short */
void bgp_print(struct dx *dx, const uint8_t *dat, unsigned length);
/* bgp_vpn_rd_print: an RFC 4364 route distinguisher (8 bytes at p) as
 * tcpdump prints it; a scratch string */
const char *bgp_vpn_rd_print(struct dx *dx, const uint8_t *p);
int decode_prefix4(struct dx *dx, const uint8_t *p, unsigned itemlen, char *buf, size_t buflen);
int decode_prefix6(struct dx *dx, const uint8_t *p, unsigned itemlen, char *buf, size_t buflen);

/* print-ldp.c: LDP (UDP and TCP 646) */
void ldp_print(struct dx *dx, const uint8_t *p, unsigned len);

/* print-lspping.c: LSP ping, MPLS echo request and reply (UDP 3503) */
void lspping_print(struct dx *dx, const uint8_t *p, unsigned len);

/* print-lmp.c: LMP (UDP 701, -T lmp) */
void lmp_print(struct dx *dx, const uint8_t *p, unsigned length);

/* print-geonet.c (EtherTypes 0x8947, 0x0707) and print-calm-fast.c
 * (0x1111); src is the sender's MAC address or NULL */
void geonet_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *src);
void calm_fast_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *src);

/* print-autorp.c: Cisco Auto-RP (UDP 496) */
void cisco_autorp_print(struct dx *dx, const uint8_t *bp, unsigned len);

/* print-krb.c: Kerberos (UDP 88, 750); reads up to the end of the capture */
void krb_print(struct dx *dx, const uint8_t *dat);

/* print-lisp.c: LISP control messages (UDP 4342) */
void lisp_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-aodv.c: AODV (UDP 654); is_ip6 for the RFC 3561 messages with IPv6 addresses */
void aodv_print(struct dx *dx, const uint8_t *dat, unsigned length, int is_ip6);

/* print-olsr.c: OLSR (UDP 698); is_ipv6 for IPv6 originators and addresses */
void olsr_print(struct dx *dx, const uint8_t *pptr, unsigned length, int is_ipv6);

/* print-isoclns.c: an OSI network-layer PDU by its NLPID (IS-IS, ...) */
void isoclns_print(struct dx *dx, const uint8_t *p, unsigned length);

/* print-isakmp.c: ISAKMP/IKE (UDP 500, 7500, 8500) and RFC 3948's port 4500
 * (non-ESP marker, ESP, NAT keep-alive); iph is the IP header (for IKEv1's
 * initiator/responder) */
void isakmp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph);
void isakmp_rfc3948_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
			  unsigned ver, int fragmented, unsigned ttl_hl);
void ike_state_free(struct dx_ike_state *st);	/* called by dx__free/dx__reset */

/* print-tls.c: no text (as tcpdump), the layer name and the field tree */
void tls_print(struct dx *dx, const uint8_t *p, unsigned len);

/* print-http.c (and the shared text-protocol helper) */
void http_print(struct dx *dx, const uint8_t *pptr, unsigned len);
/* txtproto_print flags: the response code is the second token (HTTP, RTSP) */
#define RESP_CODE_SECOND_TOKEN 0x1
void txtproto_print(struct dx *dx, const uint8_t *pptr, unsigned len, const char **cmds, unsigned flags);

/* hexdump.c: tcpdump's print-ascii.c equivalents */
void hex_and_ascii_print(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length);
void hex_print(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length);
void ascii_print(struct dx *dx, const uint8_t *cp, unsigned length);

#endif
