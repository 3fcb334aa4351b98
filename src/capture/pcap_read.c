// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: classic pcap reader (usec, nsec and Kuznetzov magic, both byte orders)
 *
 * Format: draft-ietf-opsawg-pcap. 24-byte file header (magic, version 2.4,
 * thiszone, sigfigs, snaplen, linktype), then 16-byte record headers (ts_sec,
 * ts_frac, caplen, len) each followed by caplen bytes. Errors and limits
 * follow libpcap 1.10's sf-pcap.c so messages match tcpdump's.
 */
#include <limits.h>
#include <string.h>

#include "capfile_int.h"

#define PCAP_MAGIC_US 0xA1B2C3D4u
#define PCAP_MAGIC_NS 0xA1B23C4Du
#define PCAP_MAGIC_KUZ 0xA1B2CD34u	/* patched Linux libpcap: 8 more header bytes */
#define PCAP_HDR_LEN 24u
#define PCAP_REC_LEN 16u

int pcap_read_header(struct capfile_reader *r, const uint8_t magic[4])
{
	uint32_t m, snaplen, lt;
	unsigned vmaj, vmin;
	const uint8_t *h;
	int n;

	/* the magic is read as little-endian first, then as big-endian */
	m = cf_le32(magic);
	r->big = 0;
	if (m != PCAP_MAGIC_US && m != PCAP_MAGIC_NS && m != PCAP_MAGIC_KUZ) {
		m = cf_be32(magic);
		if (m != PCAP_MAGIC_US && m != PCAP_MAGIC_NS && m != PCAP_MAGIC_KUZ) {
			cf_err(r, "unknown file format");
			return -1;
		}
		r->big = 1;
	}
	n = cf_need(r, PCAP_HDR_LEN);
	if (n < 0)
		return -1;
	if (n == 0) {
		/* libpcap counts what it got after the 4 magic bytes */
		cf_err(r, "truncated dump file; tried to read %u file header bytes, only got %zu",
		       PCAP_HDR_LEN, cf_avail(r) - 4);
		return -1;
	}
	h = cf_ptr(r);
	vmaj = cf_get16(h + 4, r->big);
	vmin = cf_get16(h + 6, r->big);
	snaplen = cf_get32(h + 16, r->big);
	lt = cf_get32(h + 20, r->big);
	if (vmaj < 2) {
		cf_err(r, "archaic pcap savefile format");
		return -1;
	}
	if (!((vmaj == 2 && vmin <= 4) || (vmaj == 543 && vmin == 0))) {
		cf_err(r, "unsupported pcap savefile version %u.%u", vmaj, vmin);
		return -1;
	}
	r->lt = cf_linktype_to_dlt(lt);
	/* libpcap 1.10's pcap_adjust_snapshot(): only 0 or more than INT_MAX
	 * means "the maximum"; a big one stays (records are still held to
	 * the maximum below) */
	if (snaplen == 0 || snaplen > INT_MAX)
		snaplen = cf_max_snaplen(r->lt);
	/* a patched-libpcap Ethernet capture may be a cooked one with a
	 * faked 14-byte header in front */
	if (m == PCAP_MAGIC_KUZ && r->lt == 1)
		snaplen = snaplen <= INT_MAX - 14 ? snaplen + 14 : INT_MAX;
	r->snaplen = snaplen;
	r->nano = m == PCAP_MAGIC_NS;
	r->ts_mul = r->nano ? 1 : 1000;
	r->rec_extra = m == PCAP_MAGIC_KUZ ? 8 : 0;
	if (vmaj == 2 && vmin < 3)
		r->lengths_swapped = 2;
	else if (vmaj == 2 && vmin == 3)
		r->lengths_swapped = 1;
	r->pcap_if.linktype = r->lt;
	r->pcap_if.snaplen = r->snaplen;
	cf_skip(r, PCAP_HDR_LEN);
	return 0;
}

int pcap_read_next(struct capfile_reader *r, struct pkt *pkt)
{
	size_t hlen = PCAP_REC_LEN + r->rec_extra;
	uint32_t sec, frac, caplen, len, keep;
	const uint8_t *h;
	int n;

	n = cf_need(r, hlen);
	if (n < 0)
		return -1;
	if (n == 0) {
		if (cf_avail(r) == 0)
			return 0;
		cf_err(r, "truncated dump file; tried to read %zu header bytes, only got %zu", hlen,
		       cf_avail(r));
		return -1;
	}
	h = cf_ptr(r);
	sec = cf_get32(h, r->big);
	frac = cf_get32(h + 4, r->big);
	caplen = cf_get32(h + 8, r->big);
	len = cf_get32(h + 12, r->big);
	if (r->lengths_swapped == 2 || (r->lengths_swapped == 1 && caplen > len)) {
		uint32_t t = caplen;

		caplen = len;
		len = t;
	}
	if (caplen > cf_max_snaplen(r->lt)) {
		if (caplen > r->snaplen)
			cf_err(r, "invalid packet capture length %u, bigger than snaplen of %u",
			       caplen, r->snaplen);
		else
			cf_err(r, "invalid packet capture length %u, bigger than maximum of %u",
			       caplen, cf_max_snaplen(r->lt));
		return -1;
	}
	n = cf_need(r, hlen + caplen);
	if (n < 0)
		return -1;
	keep = caplen > r->snaplen ? r->snaplen : caplen;
	if (n == 0) {
		size_t got = cf_avail(r) - hlen;

		/* libpcap reads the snapshot part first, then discards the rest */
		cf_err(r, "truncated dump file; tried to read %u captured bytes, only got %zu",
		       keep < caplen && got >= keep ? caplen : keep, got);
		return -1;
	}
	h = cf_ptr(r);
	pkt->ts_ns = (uint64_t)sec * 1000000000u + (uint64_t)frac * r->ts_mul;
	pkt->ts_carry = (uint32_t)((uint64_t)frac * r->ts_mul / 1000000000u);
	pkt->caplen = keep;
	pkt->len = len;
	pkt->linktype = r->lt;
	pkt->dir = PKT_DIR_UNKNOWN;
	pkt->if_id = 0;
	pkt->ifname = NULL;
	pkt->data = h + hlen;
	pkt->file_off = r->off + hlen;
	pkt->proc = NULL;
	pkt->comment = NULL;
	cf_skip(r, hlen + caplen);
	return 1;
}
