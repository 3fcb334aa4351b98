// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: pcapng reader (SHB, IDB, EPB, SPB, OPB, DSB; other blocks skipped)
 *
 * Spec: draft-ietf-opsawg-pcapng. A block is type(4) total_length(4) body
 * total_length(4); the SHB's byte-order magic fixes the byte order of its
 * section, and interface ids in packet blocks count the section's IDBs.
 * Unlike libpcap we keep per-interface link types and snaplens, several
 * sections in different byte orders, comments and epb_flags; error texts
 * and limits follow libpcap 1.10's sf-pcapng.c where it has them.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "capfile_int.h"

#define BT_IDB 0x00000001u
#define BT_OPB 0x00000002u	/* obsolete Packet Block */
#define BT_SPB 0x00000003u
#define BT_EPB 0x00000006u
#define BT_DSB 0x0000000Au
#define SHB_INSANE_MAX (1024u * 1024u)
#define INITIAL_MAX_BLOCK (16u * 1024 * 1024)
#define SECRETS_TLS 0x544C534Bu

#define OPT_ENDOFOPT 0
#define OPT_COMMENT 1
#define IF_NAME 2
#define IF_TSRESOL 9
#define IF_FILTER 11
#define IF_TSOFFSET 14
#define EPB_FLAGS 2

/* a block held in the input buffer: body excludes header and trailer */
struct block {
	uint32_t type;
	uint32_t total;
	const uint8_t *body;
	size_t len;
};

/* an option iterator over [p, p + len) */
struct opts {
	const uint8_t *p;
	size_t len;
	int big;
};

static int opt_next(struct opts *o, unsigned *code, const uint8_t **val, size_t *vlen)
{
	size_t l, padded;

	if (o->len < 4)
		return 0;
	*code = cf_get16(o->p, o->big);
	l = cf_get16(o->p + 2, o->big);
	if (*code == OPT_ENDOFOPT)
		return 0;
	padded = (l + 3) & ~(size_t)3;
	if (padded > o->len - 4)
		return 0;	/* option runs past the block: stop, keep what we have */
	*val = o->p + 4;
	*vlen = l;
	o->p += 4 + padded;
	o->len -= 4 + padded;
	return 1;
}

static uint32_t max_block(const struct capfile_reader *r)
{
	uint32_t m = INITIAL_MAX_BLOCK;
	uint64_t want;

	if (r->n_ifs) {
		/* libpcap: room for a maximum-snaplen packet and 128 KiB of options */
		want = 8 + 20 + (uint64_t)cf_max_snaplen(r->first_lt) + 131072 + 4;
		if (want > m)
			m = want > CAPFILE_MAX_BLOCK ? CAPFILE_MAX_BLOCK : (uint32_t)want;
	}
	return m;
}

/*
 * Read one whole block into the input buffer. Returns 1, 0 at a clean end
 * of file, -1 on error. The block is consumed by the caller (cf_skip).
 */
static int read_block(struct capfile_reader *r, struct block *b)
{
	const uint8_t *h;
	int bad_bom = 0;
	size_t got;
	int n;

	n = cf_need(r, 8);
	if (n < 0)
		return -1;
	if (n == 0) {
		if (cf_avail(r) == 0)
			return 0;
		cf_err(r, "truncated pcapng dump file; tried to read 8 bytes, only got %zu",
		       cf_avail(r));
		return -1;
	}
	b->type = cf_get32(cf_ptr(r), r->big);
	/* cf_need may move the buffer even when it fails: h is taken after it */
	n = b->type == BT_SHB ? cf_need(r, 12) : 0;
	h = cf_ptr(r);
	if (n > 0) {
		/* a new section: its own byte-order magic decides; a bad one
		 * is reported once the block is read, as libpcap does */
		if (cf_le32(h + 8) == BOM)
			r->big = 0;
		else if (cf_be32(h + 8) == BOM)
			r->big = 1;
		else
			bad_bom = 1;
	}
	b->total = cf_get32(h + 4, r->big);
	if (b->total < 12) {
		cf_err(r, "block in pcapng dump file has a length of %u < 12", b->total);
		return -1;
	}
	if (b->total % 4) {
		cf_err(r, "block in pcapng dump file has a length of %u that is not a multiple of 4",
		       b->total);
		return -1;
	}
	if (b->total > max_block(r)) {
		cf_err(r, "pcapng block size %u > maximum %u", b->total, max_block(r));
		return -1;
	}
	n = cf_need(r, b->total);
	if (n < 0)
		return -1;
	if (n == 0) {
		/* the first SHB is read as 12 bytes, then the rest */
		size_t hdr = r->off == 0 ? 12 : 8;

		got = cf_avail(r) - hdr;
		cf_err(r, "truncated pcapng dump file; tried to read %zu bytes, only got %zu",
		       b->total - hdr, got);
		return -1;
	}
	h = cf_ptr(r);
	if (cf_get32(h + b->total - 4, r->big) != b->total) {
		cf_err(r, "block total length in header and trailer don't match");
		return -1;
	}
	if (bad_bom) {
		cf_err(r, "the file has a section with a bad byte order magic field");
		return -1;
	}
	b->body = h + 8;
	b->len = b->total - 12;
	return 1;
}

static int too_short(struct capfile_reader *r, const struct block *b)
{
	cf_err(r, "block of type %u in pcapng dump file is too short", b->type);
	return -1;
}

/* SHB body: bom(4) major(2) minor(2) section_length(8) options */
static int on_shb(struct capfile_reader *r, const struct block *b, int first)
{
	unsigned maj, min;

	if (b->len < 16)
		return too_short(r, b);
	maj = cf_get16(b->body + 4, r->big);
	min = cf_get16(b->body + 6, r->big);
	if (first && !(maj == 1 && (min == 0 || min == 2))) {
		cf_err(r, "unsupported pcapng savefile version %u.%u", maj, min);
		return -1;
	}
	if (maj != 1) {
		cf_err(r, "unknown pcapng savefile major version number %u", maj);
		return -1;
	}
	/* interface ids restart with each section */
	r->if_base = r->n_ifs;
	return 0;
}

static char *dup_opt(struct capfile_reader *r, const uint8_t *v, size_t l)
{
	char *s;

	/* a file of many IDBs with long options must not cost unbounded memory */
	if (r->if_str + l + 1 > CAPFILE_MAX_IFSTR)
		return NULL;
	s = malloc(l + 1);
	if (s) {
		r->if_str += l + 1;
		memcpy(s, v, l);
		s[l] = 0;
	}
	return s;
}

static void iface_free(struct cf_iface *i)
{
	free(i->name);
	free(i->filter);
	free(i->comment);
}

/* IDB body: linktype(2) reserved(2) snaplen(4) options */
static int on_idb(struct capfile_reader *r, const struct block *b)
{
	struct cf_iface *ifc;
	struct opts o;
	unsigned code;
	const uint8_t *v;
	size_t vl;
	int saw_res = 0, saw_off = 0;

	if (b->len < 8)
		return too_short(r, b);
	if (r->n_ifs >= CAPFILE_MAX_IFACES) {
		cf_err(r, "more than %u interfaces in the file", CAPFILE_MAX_IFACES);
		return -1;
	}
	if (r->n_ifs == r->cap_ifs) {
		size_t nc = r->cap_ifs ? r->cap_ifs * 2 : 4;
		struct cf_iface *ni = realloc(r->ifs, nc * sizeof(*ni));

		if (!ni) {
			cf_err(r, "out of memory for per-interface information (%zu interfaces)",
			       r->n_ifs + 1);
			return -1;
		}
		r->ifs = ni;
		r->cap_ifs = nc;
	}
	ifc = &r->ifs[r->n_ifs];
	memset(ifc, 0, sizeof(*ifc));
	ifc->pub.linktype = cf_linktype_to_dlt(cf_get16(b->body, r->big));
	ifc->pub.snaplen = cf_get32(b->body + 4, r->big);
	/* libpcap 1.10's pcap_adjust_snapshot(): only 0 or more than INT_MAX
	 * means the maximum (blocks stay bounded by max_block()) */
	if (ifc->pub.snaplen == 0 || ifc->pub.snaplen > INT_MAX)
		ifc->pub.snaplen = cf_max_snaplen(ifc->pub.linktype);
	ifc->ts_per_sec = 1000000;	/* default: microseconds */
	o.p = b->body + 8;
	o.len = b->len - 8;
	o.big = r->big;
	while (opt_next(&o, &code, &v, &vl)) {
		switch (code) {
		case IF_NAME:
			if (!ifc->name)
				ifc->name = dup_opt(r, v, vl);
			break;
		case IF_FILTER:
			/* first byte: 0 = libpcap filter string */
			if (!ifc->filter && vl >= 1 && v[0] == 0)
				ifc->filter = dup_opt(r, v + 1, vl - 1);
			break;
		case OPT_COMMENT:
			if (!ifc->comment)
				ifc->comment = dup_opt(r, v, vl);
			break;
		case IF_TSRESOL:
			if (vl != 1) {
				cf_err(r, "Interface Description Block has if_tsresol option with "
				       "length %zu != 1", vl);
				goto fail;
			}
			if (saw_res++) {
				cf_err(r, "Interface Description Block has more than one if_tsresol "
				       "option");
				goto fail;
			}
			if (v[0] & 0x80) {
				unsigned sh = v[0] & 0x7F;

				if (sh > 63) {
					cf_err(r, "Interface Description Block if_tsresol option "
					       "resolution 2^-%u is too high", sh);
					goto fail;
				}
				ifc->ts_pow2 = 1;
				ifc->ts_shift = sh;
				ifc->ts_per_sec = (uint64_t)1 << sh;
			} else {
				unsigned k;

				if (v[0] > 19) {
					cf_err(r, "Interface Description Block if_tsresol option "
					       "resolution 10^-%u is too high", v[0]);
					goto fail;
				}
				ifc->ts_per_sec = 1;
				for (k = 0; k < v[0]; k++)
					ifc->ts_per_sec *= 10;
			}
			break;
		case IF_TSOFFSET:
			if (vl != 8) {
				cf_err(r, "Interface Description Block has if_tsoffset option with "
				       "length %zu != 8", vl);
				goto fail;
			}
			if (saw_off++) {
				cf_err(r, "Interface Description Block has more than one if_tsoffset "
				       "option");
				goto fail;
			}
			ifc->ts_offset = (int64_t)cf_get64(v, r->big);
			break;
		default:
			break;
		}
	}
	ifc->pub.name = ifc->name;
	ifc->pub.filter = ifc->filter;
	ifc->pub.comment = ifc->comment;
	if (r->n_ifs == 0) {
		r->first_lt = ifc->pub.linktype;
		r->first_snap = ifc->pub.snaplen;
		r->nano = ifc->ts_per_sec > 1000000;
	}
	r->n_ifs++;
	return 0;
fail:
	iface_free(ifc);
	return -1;
}

/* DSB body: secrets_type(4) length(4) data, padded, options */
static int on_dsb(struct capfile_reader *r, const struct block *b)
{
	uint32_t type, len;

	if (b->len < 8)
		return too_short(r, b);
	type = cf_get32(b->body, r->big);
	len = cf_get32(b->body + 4, r->big);
	if (len > b->len - 8)
		return too_short(r, b);
	if (type != SECRETS_TLS || len == 0)
		return 0;
	if (r->keylog.len + len + 1 > CAPFILE_MAX_KEYLOG)
		return 0;	/* keep what we have; the packets still read */
	if (cf_buf_append(&r->keylog, b->body + 8, len) < 0)
		goto oom;
	if (r->keylog.p[r->keylog.len - 1] != '\n' && cf_buf_append(&r->keylog, "\n", 1) < 0)
		goto oom;
	return 0;
oom:
	cf_err(r, "out of memory");
	return -1;
}

static uint64_t ticks_to_ns(const struct cf_iface *ifc, uint64_t t)
{
	uint64_t sec, frac;

	if (ifc->ts_pow2) {
		sec = ifc->ts_shift ? t >> ifc->ts_shift : t;
		frac = ifc->ts_shift ? t & (((uint64_t)1 << ifc->ts_shift) - 1) : 0;
		frac = (uint64_t)(((unsigned __int128)frac * 1000000000u) >> ifc->ts_shift);
	} else {
		sec = t / ifc->ts_per_sec;
		frac = t % ifc->ts_per_sec;
		if (ifc->ts_per_sec <= 1000000000u)
			frac *= 1000000000u / ifc->ts_per_sec;
		else
			frac /= ifc->ts_per_sec / 1000000000u;
	}
	sec += (uint64_t)ifc->ts_offset;
	/* past what nanoseconds in 64 bits hold (the year 2554): keep the low
	 * 32 bits of the seconds, which are what tcpdump's checks and -tt
	 * look at, above 2^32 so the time stays out of range */
	if (sec >= UINT64_MAX / 1000000000u)
		sec = (sec & 0xffffffffu) | 0x100000000ULL;
	return sec * 1000000000u + frac;
}

/* process comments and flags of a packet block's options */
static int packet_opts(struct capfile_reader *r, struct pkt *pkt, const uint8_t *p, size_t len,
		       unsigned flags_code)
{
	struct opts o = { p, len, r->big };
	unsigned code;
	const uint8_t *v;
	size_t vl;

	cf_proc_reset(&r->proc);
	while (opt_next(&o, &code, &v, &vl)) {
		if (code == OPT_COMMENT) {
			if (cf_proc_add_comment(&r->proc, (const char *)v, vl) < 0) {
				cf_err(r, "out of memory");
				return -1;
			}
		} else if (code == flags_code && vl == 4) {
			pkt->dir = (int)(cf_get32(v, r->big) & 3);
			if (pkt->dir == 3)
				pkt->dir = PKT_DIR_UNKNOWN;
		}
	}
	cf_proc_finish(&r->proc);
	pkt->proc = r->proc.has_proc ? &r->proc.ctx : NULL;
	pkt->comment = r->proc.extra.len ? (const char *)r->proc.extra.p : NULL;
	return 0;
}

static int set_iface(struct capfile_reader *r, struct pkt *pkt, uint32_t id)
{
	const struct cf_iface *ifc;

	if (id >= r->n_ifs - r->if_base || r->n_ifs == r->if_base) {
		cf_err(r, "a packet arrived on interface %u, but there's no Interface Description "
		       "Block for that interface", id);
		return -1;
	}
	ifc = &r->ifs[r->if_base + id];
	pkt->if_id = (uint32_t)(r->if_base + id);
	pkt->ifname = ifc->name;
	pkt->linktype = ifc->pub.linktype;
	return 0;
}

static int check_caplen(struct capfile_reader *r, const struct pkt *pkt)
{
	uint32_t snap = r->ifs[pkt->if_id].pub.snaplen;

	if (pkt->caplen > snap) {
		cf_err(r, "invalid packet capture length %u, bigger than snaplen of %u", pkt->caplen,
		       snap);
		return -1;
	}
	return 0;
}

static void pkt_clear(struct pkt *pkt)
{
	pkt->ts_carry = 0;	/* a pcapng time stamp is one count */
	pkt->dir = PKT_DIR_UNKNOWN;
	pkt->proc = NULL;
	pkt->comment = NULL;
}

/*
 * EPB: if_id(4) ts_hi(4) ts_lo(4) caplen(4) len(4) data options
 * OPB: if_id(2) drops(2), then as the EPB; its pack_flags option has the
 * same layout and code as epb_flags
 */
static int on_epb(struct capfile_reader *r, const struct block *b, struct pkt *pkt)
{
	const uint8_t *p = b->body;
	size_t padded;
	uint32_t id;
	uint64_t t;

	if (b->len < 20)
		return too_short(r, b);
	pkt_clear(pkt);
	id = b->type == BT_OPB ? cf_get16(p, r->big) : cf_get32(p, r->big);
	if (set_iface(r, pkt, id) < 0)
		return -1;
	t = (uint64_t)cf_get32(p + 4, r->big) << 32 | cf_get32(p + 8, r->big);
	pkt->caplen = cf_get32(p + 12, r->big);
	pkt->len = cf_get32(p + 16, r->big);
	if (check_caplen(r, pkt) < 0)
		return -1;
	if (pkt->caplen > b->len - 20)
		return too_short(r, b);
	pkt->ts_ns = ticks_to_ns(&r->ifs[pkt->if_id], t);
	pkt->data = p + 20;
	padded = ((size_t)pkt->caplen + 3) & ~(size_t)3;
	if (padded > b->len - 20)
		padded = b->len - 20;
	return packet_opts(r, pkt, p + 20 + padded, b->len - 20 - padded, EPB_FLAGS);
}

/* SPB: len(4) data; the first interface of the section, no time stamp */
static int on_spb(struct capfile_reader *r, const struct block *b, struct pkt *pkt)
{
	if (b->len < 4)
		return too_short(r, b);
	pkt_clear(pkt);
	if (set_iface(r, pkt, 0) < 0)
		return -1;
	pkt->len = cf_get32(b->body, r->big);
	pkt->caplen = pkt->len;
	if (pkt->caplen > r->ifs[pkt->if_id].pub.snaplen)
		pkt->caplen = r->ifs[pkt->if_id].pub.snaplen;
	if (pkt->caplen > b->len - 4)
		return too_short(r, b);
	pkt->ts_ns = 0;
	pkt->data = b->body + 4;
	return 0;
}

/* handle one non-packet block; returns 0 or -1 */
static int on_other(struct capfile_reader *r, const struct block *b)
{
	switch (b->type) {
	case BT_SHB:
		return on_shb(r, b, 0);
	case BT_IDB:
		return on_idb(r, b);
	case BT_DSB:
		return on_dsb(r, b);
	default:
		return 0;	/* NRB, ISB, custom and unknown blocks */
	}
}

int pcapng_read_header(struct capfile_reader *r)
{
	struct block b;
	uint32_t total;
	const uint8_t *h;
	int n;

	r->ng = 1;
	/* libpcap calls a short or magic-less start "unknown file format" */
	n = cf_need(r, 12);
	if (n < 0)
		return -1;
	h = cf_ptr(r);
	if (n == 0 || (cf_le32(h + 8) != BOM && cf_be32(h + 8) != BOM)) {
		cf_err(r, "unknown file format");
		return -1;
	}
	r->big = cf_le32(h + 8) != BOM;
	total = cf_get32(h + 4, r->big);
	if (total < 28 || total > SHB_INSANE_MAX) {
		cf_err(r, "Section Header Block in pcapng dump file has invalid length %u < _%u_ < "
		       "%u (BT_SHB_INSANE_MAX)", 28u, total, SHB_INSANE_MAX);
		return -1;
	}
	n = read_block(r, &b);
	if (n <= 0) {
		if (n == 0)
			cf_err(r, "unknown file format");
		return -1;
	}
	if (on_shb(r, &b, 1) < 0)
		return -1;
	cf_skip(r, b.total);
	/* read up to the first IDB so the link type is known */
	for (;;) {
		n = read_block(r, &b);
		if (n < 0)
			return -1;
		if (n == 0) {
			cf_err(r, "the capture file has no Interface Description Blocks");
			return -1;
		}
		if (b.type == BT_EPB || b.type == BT_SPB || b.type == BT_OPB) {
			cf_err(r, "the capture file has a packet block before any Interface "
			       "Description Blocks");
			return -1;
		}
		if (on_other(r, &b) < 0)
			return -1;
		cf_skip(r, b.total);
		if (b.type == BT_IDB)
			return 0;
	}
}

int pcapng_read_next(struct capfile_reader *r, struct pkt *pkt)
{
	struct block b;
	int n;

	for (;;) {
		n = read_block(r, &b);
		if (n <= 0)
			return n;
		switch (b.type) {
		case BT_EPB:
		case BT_OPB:
			n = on_epb(r, &b, pkt);
			break;
		case BT_SPB:
			n = on_spb(r, &b, pkt);
			break;
		default:
			if (on_other(r, &b) < 0)
				return -1;
			cf_skip(r, b.total);
			continue;
		}
		if (n < 0)
			return -1;
		pkt->file_off = r->off + (uint64_t)(pkt->data - cf_ptr(r));
		cf_skip(r, b.total);
		return 1;
	}
}

void pcapng_reader_free(struct capfile_reader *r)
{
	size_t i;

	for (i = 0; i < r->n_ifs; i++)
		iface_free(&r->ifs[i]);
	free(r->ifs);
	cf_buf_free(&r->keylog);
	cf_proc_free(&r->proc);
}
