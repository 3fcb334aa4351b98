// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: sFlow version 5 (UDP port 6343). Text as tcpdump 4.99.3
 * print-sflow.c.
 *
 * Datagram header: version (4), agent address type (4: 1 IPv4, 2 IPv6),
 * agent address (4 or 16), sub-agent id (4), sequence number (4), uptime
 * (4), sample count (4). Each sample: format (4, low 12 bits the type),
 * length (4), body. Flow and counter samples hold records of format (4)
 * and length (4) each. As tcpdump, the record decoders check their sizes
 * against what is left of the datagram, not of their sample or record.
 */
#include <inttypes.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define SF_HDR4 28u	/* the header with an IPv4 agent */
#define SF_HDR6 40u	/* ... with an IPv6 agent */

static const struct tok sflow_sample_types[] = {
	{ 1, "flow sample" },
	{ 2, "counter sample" },
	{ 3, "expanded flow sample" },
	{ 4, "expanded counter sample" },
	{ 0, NULL }
};

static const struct tok sflow_flow_types[] = {
	{ 1, "Raw packet" },
	{ 2, "Ethernet frame" },
	{ 3, "IPv4 Data" },
	{ 4, "IPv6 Data" },
	{ 1001, "Extended Switch data" },
	{ 1002, "Extended Router data" },
	{ 1003, "Extended Gateway data" },
	{ 1004, "Extended User data" },
	{ 1005, "Extended URL data" },
	{ 1006, "Extended MPLS data" },
	{ 1007, "Extended NAT data" },
	{ 1008, "Extended MPLS tunnel" },
	{ 1009, "Extended MPLS VC" },
	{ 1010, "Extended MPLS FEC" },
	{ 1011, "Extended MPLS LVP FEC" },
	{ 1012, "Extended VLAN Tunnel" },
	{ 0, NULL }
};

static const struct tok sflow_raw_protocols[] = {
	{ 1, "Ethernet" },
	{ 11, "IPv4" },
	{ 12, "IPv6" },
	{ 0, NULL }
};

static const struct tok sflow_counter_types[] = {
	{ 1, "Generic counter" },
	{ 2, "Ethernet counter" },
	{ 3, "Token ring counter" },
	{ 4, "100 BaseVG counter" },
	{ 5, "Vlan counter" },
	{ 1001, "Processor counter" },
	{ 0, NULL }
};

static const struct tok sflow_directions[] = {
	{ 0, "unknown" },
	{ 1, "full-duplex" },
	{ 2, "half-duplex" },
	{ 3, "in" },
	{ 4, "out" },
	{ 0, NULL }
};

/*
 * A record body as a list of fields. A field with a line start begins one
 * of tcpdump's output lines: the fields of a line are all read (a
 * truncation ends the packet before the line prints) and then printed,
 * each as its text and its decimal value.
 */
enum { SF_PLAIN, SF_DIRECTION, SF_STATUS };

struct sf_field {
	uint8_t off;
	uint8_t size;		/* 1, 3, 4 or 8 */
	uint8_t line;		/* starts a line */
	uint8_t after;		/* SF_DIRECTION: " (name)"; SF_STATUS: up/down */
	const char *text;	/* before the value */
	const char *name;	/* tree label */
};

#define L1 "\n\t      "

static const struct sf_field sf_generic[] = {
	{ 0, 4, 1, 0, L1 "ifindex ", "Interface index" },
	{ 4, 4, 0, 0, ", iftype ", "Interface type" },
	{ 8, 8, 0, 0, ", ifspeed ", "Interface speed" },
	{ 16, 4, 0, SF_DIRECTION, ", ifdirection ", "Interface direction" },
	{ 20, 4, 1, SF_STATUS, L1 "ifstatus ", "Interface status" },
	{ 24, 8, 1, 0, L1 "In octets ", "In octets" },
	{ 32, 4, 0, 0, ", unicast pkts ", "In unicast packets" },
	{ 36, 4, 0, 0, ", multicast pkts ", "In multicast packets" },
	{ 40, 4, 0, 0, ", broadcast pkts ", "In broadcast packets" },
	{ 44, 4, 0, 0, ", discards ", "In discards" },
	{ 48, 4, 1, 0, L1 "In errors ", "In errors" },
	{ 52, 4, 0, 0, ", unknown protos ", "In unknown protocols" },
	{ 56, 8, 1, 0, L1 "Out octets ", "Out octets" },
	{ 64, 4, 0, 0, ", unicast pkts ", "Out unicast packets" },
	{ 68, 4, 0, 0, ", multicast pkts ", "Out multicast packets" },
	{ 72, 4, 0, 0, ", broadcast pkts ", "Out broadcast packets" },
	{ 76, 4, 0, 0, ", discards ", "Out discards" },
	{ 80, 4, 1, 0, L1 "Out errors ", "Out errors" },
	{ 84, 4, 0, 0, ", promisc mode ", "Promiscuous mode" },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct sf_field sf_ethernet[] = {
	{ 0, 4, 1, 0, L1 "align errors ", "Alignment errors" },
	{ 4, 4, 0, 0, ", fcs errors ", "FCS errors" },
	{ 8, 4, 0, 0, ", single collision ", "Single collision frames" },
	{ 12, 4, 0, 0, ", multiple collision ", "Multiple collision frames" },
	{ 16, 4, 0, 0, ", test error ", "SQE test errors" },
	{ 20, 4, 1, 0, L1 "deferred ", "Deferred transmissions" },
	{ 24, 4, 0, 0, ", late collision ", "Late collisions" },
	{ 28, 4, 0, 0, ", excessive collision ", "Excessive collisions" },
	{ 32, 4, 0, 0, ", mac trans error ", "MAC transmit errors" },
	{ 36, 4, 1, 0, L1 "carrier error ", "Carrier sense errors" },
	{ 40, 4, 0, 0, ", frames too long ", "Frames too long" },
	{ 44, 4, 0, 0, ", mac receive errors ", "MAC receive errors" },
	{ 48, 4, 0, 0, ", symbol errors ", "Symbol errors" },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct sf_field sf_basevg[] = {
	{ 0, 4, 1, 0, L1 "in high prio frames ", "In high priority frames" },
	{ 4, 8, 0, 0, ", in high prio octets ", "In high priority octets" },
	{ 12, 4, 1, 0, L1 "in norm prio frames ", "In normal priority frames" },
	{ 16, 8, 0, 0, ", in norm prio octets ", "In normal priority octets" },
	{ 24, 4, 1, 0, L1 "in ipm errors ", "In IPM errors" },
	{ 28, 4, 0, 0, ", oversized ", "In oversized frame errors" },
	{ 32, 4, 0, 0, ", in data errors ", "In data errors" },
	{ 36, 4, 0, 0, ", null addressed frames ", "In null addressed frames" },
	{ 40, 4, 1, 0, L1 "out high prio frames ", "Out high priority frames" },
	{ 44, 8, 0, 0, ", out high prio octets ", "Out high priority octets" },
	{ 52, 4, 0, 0, ", trans into frames ", "Transitions into training" },
	{ 56, 8, 1, 0, L1 "in hc high prio octets ", "HC in high priority octets" },
	{ 64, 8, 0, 0, ", in hc norm prio octets ", "HC in normal priority octets" },
	{ 72, 8, 0, 0, ", out hc high prio octets ", "HC out high priority octets" },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct sf_field sf_vlan[] = {
	{ 0, 4, 1, 0, L1 "vlan_id ", "VLAN id" },
	{ 4, 8, 0, 0, ", octets ", "Octets" },
	{ 12, 4, 0, 0, ", unicast_pkt ", "Unicast packets" },
	{ 16, 4, 0, 0, ", multicast_pkt ", "Multicast packets" },
	{ 20, 4, 0, 0, ", broadcast_pkt ", "Broadcast packets" },
	{ 24, 4, 0, 0, ", discards ", "Discards" },
	{ 0, 0, 0, 0, NULL, NULL }
};

/* tcpdump labels the free memory "total_mem" too */
static const struct sf_field sf_processor[] = {
	{ 0, 4, 1, 0, L1 "5sec ", "CPU 5 s" },
	{ 4, 4, 0, 0, ", 1min ", "CPU 1 min" },
	{ 8, 4, 0, 0, ", 5min ", "CPU 5 min" },
	{ 12, 8, 0, 0, ", total_mem ", "Total memory" },
	{ 20, 8, 0, 0, ", total_mem ", "Free memory" },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct sf_field sf_ether_frame[] = {
	{ 0, 4, 1, 0, L1 "frame len ", "Frame length" },
	{ 20, 4, 0, 0, ", type ", "Type" },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct sf_field sf_switch[] = {
	{ 0, 4, 1, 0, L1 "src vlan ", "Source VLAN" },
	{ 4, 4, 0, 0, ", src pri ", "Source priority" },
	{ 8, 4, 0, 0, ", dst vlan ", "Destination VLAN" },
	{ 12, 4, 0, 0, ", dst pri ", "Destination priority" },
	{ 0, 0, 0, 0, NULL, NULL }
};

static uint64_t sf_get(struct dx *dx, const uint8_t *p, unsigned size)
{
	switch (size) {
	case 1:
		return GET_U8(dx, p);
	case 3:
		return GET_BE24(dx, p);
	case 8:
		return GET_BE64(dx, p);
	default:
		return GET_BE32(dx, p);
	}
}

/* the fields of f at p, tree nodes cut at end */
static void sf_fields(struct dx *dx, const uint8_t *p, const uint8_t *end, const struct sf_field *f)
{
	uint64_t v[24];

	while (f->text) {
		const struct sf_field *g = f;
		unsigned i, n = 0;

		do {
			v[n++] = sf_get(dx, p + f->off, f->size);
			f++;
		} while (f->text && !f->line && n < 24);
		for (i = 0; i < n; i++) {
			DX_FIELD_IN(dx, p + g[i].off, g[i].size, end, "%s: %" PRIu64, g[i].name, v[i]);
			dx_puts(dx, g[i].text);
			dx_putu(dx, v[i]);
			if (g[i].after == SF_DIRECTION)
				dx_printf(dx, " (%s)", tok2str(dx, sflow_directions, "Unknown", (unsigned)v[i]));
			else if (g[i].after == SF_STATUS)
				dx_printf(dx, ", adminstatus: %s, operstatus: %s", (v[i] & 1) ? "up" : "down",
					  (v[i] >> 1 & 1) ? "up" : "down");
		}
	}
}

/* size, in bytes, that tcpdump requires of each record body */
struct sf_body {
	unsigned type;
	unsigned need;
	const struct sf_field *fields;
};

static const struct sf_body sf_counter_bodies[] = {
	{ 1, 88, sf_generic },
	{ 2, 52, sf_ethernet },
	{ 3, 0, NULL },		/* token ring: nothing printed */
	{ 4, 80, sf_basevg },
	{ 5, 28, sf_vlan },
	{ 1001, 28, sf_processor },
	{ 0, 0, NULL }
};

static const struct sf_body sf_flow_bodies[] = {
	{ 1, 16, NULL },	/* raw packet header: by hand */
	{ 2, 24, sf_ether_frame },
	{ 1001, 16, sf_switch },
	{ 0, 0, NULL }
};

static const struct sf_body *sf_body_find(const struct sf_body *b, unsigned type)
{
	for (; b->type; b++)
		if (b->type == type)
			return b;
	return NULL;
}

static void sf_raw_packet(struct dx *dx, const uint8_t *p, const uint8_t *end)
{
	uint32_t proto = GET_BE32(dx, p), length = GET_BE32(dx, p + 4);
	uint32_t stripped = GET_BE32(dx, p + 8), hsize = GET_BE32(dx, p + 12);

	DX_FIELD_IN(dx, p, 4, end, "Header protocol: %s (%u)",
		    tok2str(dx, sflow_raw_protocols, "Unknown", proto), proto);
	DX_FIELD_IN(dx, p + 4, 4, end, "Frame length: %u", length);
	DX_FIELD_IN(dx, p + 8, 4, end, "Stripped bytes: %u", stripped);
	DX_FIELD_IN(dx, p + 12, 4, end, "Header size: %u", hsize);
	dx_printf(dx, L1 "protocol %s (%u), length %u, stripped bytes %u, header_size %u",
		  tok2str(dx, sflow_raw_protocols, "Unknown", proto), proto, length, stripped, hsize);
}

/*
 * The records of a flow (flow != 0) or counter sample at p, with len bytes
 * of the datagram left; tree nodes cut at end, the sample's end. 1 when
 * invalid.
 */
static int sf_records(struct dx *dx, const uint8_t *p, unsigned len, uint32_t n, int flow,
		      const uint8_t *end)
{
	while (n > 0) {
		uint32_t fmt, rlen, type, ent;
		const struct sf_body *b;
		const uint8_t *rend;

		if (len < 8)
			return 1;
		fmt = GET_BE32(dx, p);
		type = fmt & 0x0fff;
		/* as tcpdump: the enterprise of a counter record is fmt >> 20 */
		ent = flow ? fmt >> 12 : fmt >> 20;
		rlen = GET_BE32(dx, p + 4);
		if (flow)
			dx_printf(dx, "\n\t    enterprise %u %s (%u) length %u", ent,
				  ent == 0 ? tok2str(dx, sflow_flow_types, "Unknown", type) : "Unknown",
				  type, rlen);
		else
			dx_printf(dx, "\n\t    enterprise %u, %s (%u) length %u", ent,
				  ent == 0 ? tok2str(dx, sflow_counter_types, "Unknown", type) : "Unknown",
				  type, rlen);
		rend = (rlen <= len - 8) ? p + 8 + rlen : p + len;
		if (rend > end)
			rend = end;
		if (dx->tree) {
			const uint8_t *s = p < end ? p : end;

			DX_SUBTREE(dx, s, (size_t)(rend > s ? rend - s : 0), "%s record: %s (%u), enterprise %u, length %u",
				   flow ? "Flow" : "Counter",
				   ent == 0 ? tok2str(dx, flow ? sflow_flow_types : sflow_counter_types,
						      "Unknown", type) : "Unknown",
				   type, ent, rlen);
			DX_FIELD_IN(dx, p, 4, rend, "Format: enterprise %u, type %u", ent, type);
			DX_FIELD_IN(dx, p + 4, 4, rend, "Length: %u", rlen);
		}
		p += 8;
		len -= 8;
		if (len < rlen) {
			DX_LAYER_END(dx);
			return 1;
		}
		if (ent == 0) {
			b = sf_body_find(flow ? sf_flow_bodies : sf_counter_bodies, type);
			if (b) {
				if (len < b->need) {
					DX_LAYER_END(dx);
					return 1;
				}
				if (b->fields)
					sf_fields(dx, p, rend, b->fields);
				else if (flow && type == 1)
					sf_raw_packet(dx, p, rend);
			} else if (flow && ((type >= 3 && type <= 4) || (type >= 1002 && type <= 1012))) {
				/* known but not decoded, as tcpdump */
			} else {
				DX_FIELD_IN(dx, p, rlen, rend, "Data (%u bytes)", rlen);
				if (dx->opts->verbose <= 1)
					ip_print_unknown_data(dx, p, "\n\t\t", rlen);
			}
		} else {
			DX_FIELD_IN(dx, p, rlen, rend, "Data (%u bytes)", rlen);
		}
		DX_LAYER_END(dx);
		p += rlen;
		len -= rlen;
		n--;
	}
	return 0;
}

/* one sample body of type at p, len bytes of the datagram left: 1 if invalid */
static int sf_sample(struct dx *dx, unsigned type, const uint8_t *p, unsigned len, uint32_t slen)
{
	const uint8_t *end = p + slen;
	uint32_t seq, stype, idx, rate, pool, drops, in, out, n;

	switch (type) {
	case 1:		/* flow sample */
		if (len < 32)
			return 1;
		n = GET_BE32(dx, p + 28);
		seq = GET_BE32(dx, p);
		stype = GET_U8(dx, p + 4);
		idx = GET_BE24(dx, p + 5);
		rate = GET_BE32(dx, p + 8);
		pool = GET_BE32(dx, p + 12);
		drops = GET_BE32(dx, p + 16);
		in = GET_BE32(dx, p + 20);
		out = GET_BE32(dx, p + 24);
		dx_printf(dx, " seqnum %u, type %u, idx %u, rate %u, pool %u, drops %u, input %u output %u records %u",
			  seq, stype, idx, rate, pool, drops, in, out, n);
		if (dx->tree) {
			DX_FIELD_IN(dx, p, 4, end, "Sequence number: %u", seq);
			DX_FIELD_IN(dx, p + 4, 1, end, "Source id type: %u", stype);
			DX_FIELD_IN(dx, p + 5, 3, end, "Source id index: %u", idx);
			DX_FIELD_IN(dx, p + 8, 4, end, "Sampling rate: %u", rate);
			DX_FIELD_IN(dx, p + 12, 4, end, "Sample pool: %u", pool);
			DX_FIELD_IN(dx, p + 16, 4, end, "Drops: %u", drops);
			DX_FIELD_IN(dx, p + 20, 4, end, "Input interface: %u", in);
			DX_FIELD_IN(dx, p + 24, 4, end, "Output interface: %u", out);
			DX_FIELD_IN(dx, p + 28, 4, end, "Records: %u", n);
		}
		return sf_records(dx, p + 32, len - 32, n, 1, end);
	case 3:		/* expanded flow sample */
		if (len < 44)
			return 1;
		n = GET_BE32(dx, p + 40);
		seq = GET_BE32(dx, p);
		stype = GET_BE32(dx, p + 4);
		idx = GET_BE32(dx, p + 8);
		rate = GET_BE32(dx, p + 12);
		pool = GET_BE32(dx, p + 16);
		drops = GET_BE32(dx, p + 20);
		dx_printf(dx, " seqnum %u, type %u, idx %u, rate %u, pool %u, drops %u, records %u",
			  seq, stype, idx, rate, pool, drops, n);
		if (dx->tree) {
			DX_FIELD_IN(dx, p, 4, end, "Sequence number: %u", seq);
			DX_FIELD_IN(dx, p + 4, 4, end, "Source id type: %u", stype);
			DX_FIELD_IN(dx, p + 8, 4, end, "Source id index: %u", idx);
			DX_FIELD_IN(dx, p + 12, 4, end, "Sampling rate: %u", rate);
			DX_FIELD_IN(dx, p + 16, 4, end, "Sample pool: %u", pool);
			DX_FIELD_IN(dx, p + 20, 4, end, "Drops: %u", drops);
			DX_FIELD_IN(dx, p + 24, 16, end, "Input and output interfaces");
			DX_FIELD_IN(dx, p + 40, 4, end, "Records: %u", n);
		}
		return sf_records(dx, p + 44, len - 44, n, 1, end);
	case 2:		/* counter sample */
		if (len < 12)
			return 1;
		n = GET_BE32(dx, p + 8);
		seq = GET_BE32(dx, p);
		stype = GET_U8(dx, p + 4);
		idx = GET_BE24(dx, p + 5);
		dx_printf(dx, " seqnum %u, type %u, idx %u, records %u", seq, stype, idx, n);
		if (dx->tree) {
			DX_FIELD_IN(dx, p, 4, end, "Sequence number: %u", seq);
			DX_FIELD_IN(dx, p + 4, 1, end, "Source id type: %u", stype);
			DX_FIELD_IN(dx, p + 5, 3, end, "Source id index: %u", idx);
			DX_FIELD_IN(dx, p + 8, 4, end, "Records: %u", n);
		}
		return sf_records(dx, p + 12, len - 12, n, 0, end);
	case 4:		/* expanded counter sample */
		if (len < 16)
			return 1;
		n = GET_BE32(dx, p + 12);
		seq = GET_BE32(dx, p);
		stype = GET_BE32(dx, p + 4);
		idx = GET_BE32(dx, p + 8);
		dx_printf(dx, " seqnum %u, type %u, idx %u, records %u", seq, stype, idx, n);
		if (dx->tree) {
			DX_FIELD_IN(dx, p, 4, end, "Sequence number: %u", seq);
			DX_FIELD_IN(dx, p + 4, 4, end, "Source id type: %u", stype);
			DX_FIELD_IN(dx, p + 8, 4, end, "Source id index: %u", idx);
			DX_FIELD_IN(dx, p + 12, 4, end, "Records: %u", n);
		}
		return sf_records(dx, p + 16, len - 16, n, 0, end);
	default:
		DX_FIELD(dx, p, slen, "Data (%u bytes)", slen);
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, p, "\n\t    ", slen);
		return 0;
	}
}

struct sf_walk {
	const uint8_t *p;	/* the first sample */
	unsigned len;		/* datagram bytes from p */
	uint32_t n;		/* samples announced */
};

/* the samples; at -v0 for the tree alone (dx_tree_only) */
static void sf_samples(struct dx *dx, void *arg)
{
	const struct sf_walk *w = arg;
	const uint8_t *p = w->p;
	unsigned len = w->len;
	uint32_t n = w->n;

	while (n > 0 && len > 0) {
		uint32_t type = GET_BE32(dx, p) & 0x0fff, slen = GET_BE32(dx, p + 4);
		const uint8_t *send;
		int bad;

		if (len < 8)
			goto invalid;
		send = (slen <= len - 8) ? p + 8 + slen : p + len;
		DX_SUBTREE(dx, p, (size_t)(send - p), "%s (%u), length %u",
			   tok2str(dx, sflow_sample_types, "Unknown", type), type, slen);
		DX_FIELD(dx, p, 4, "Format: %s (%u)", tok2str(dx, sflow_sample_types, "Unknown", type),
			 type);
		DX_FIELD(dx, p + 4, 4, "Length: %u", slen);
		p += 8;
		len -= 8;
		dx_printf(dx, "\n\t%s (%u), length %u,", tok2str(dx, sflow_sample_types, "Unknown", type),
			  type, slen);
		if (type == 0 || slen == 0) {
			DX_LAYER_END(dx);
			return;
		}
		if (len < slen) {
			DX_LAYER_END(dx);
			goto invalid;
		}
		DX_TCHECK(dx, p, slen);
		bad = sf_sample(dx, type, p, len, slen);
		DX_LAYER_END(dx);
		if (bad)
			goto invalid;
		p += slen;
		len -= slen;
		n--;
	}
	return;
invalid:
	dx_print_invalid(dx);
	DX_TCHECK(dx, p, len);
}

void sflow_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	uint32_t version, ipv, agent_id, seq, uptime;
	const char *agent;
	unsigned hlen;
	struct sf_walk w;

	dx_proto(dx, "sflow");
	ipv = GET_BE32(dx, bp + 4);
	if ((len < SF_HDR4 && ipv == 1) || (len < SF_HDR6 && ipv == 2)) {
		dx_printf(dx, "sFlowv%u [length %u < %u]", GET_BE32(dx, bp), len, SF_HDR4);
		dx_print_invalid(dx);
		return;
	}
	DX_TCHECK(dx, bp, SF_HDR4);
	version = GET_BE32(dx, bp);
	DX_LAYER(dx, bp, len, "sFlow, version %u", version);
	DX_FIELD(dx, bp, 4, "Version: %u", version);
	if (version != 5) {
		dx_printf(dx, "sFlow version %u packet not supported", version);
		DX_LAYER_END(dx);
		return;
	}
	DX_FIELD(dx, bp + 4, 4, "Agent address type: %s (%u)", ipv == 1 ? "IPv4" : "IPv6", ipv);
	hlen = ipv == 1 ? SF_HDR4 : SF_HDR6;
	if (ipv == 1) {
		agent = GET_IPADDR_STRING(dx, bp + 8);
		DX_FIELD(dx, bp + 8, 4, "Agent: %s", agent);
	} else {
		agent = GET_IP6ADDR_STRING(dx, bp + 8);
		DX_FIELD(dx, bp + 8, 16, "Agent: %s", agent);
	}
	agent_id = GET_BE32(dx, bp + hlen - 16);
	DX_FIELD(dx, bp + hlen - 16, 4, "Sub-agent id: %u", agent_id);
	if (dx->opts->verbose < 1) {
		dx_printf(dx, "sFlowv%u, %s agent %s, agent-id %u, length %u", version,
			  ipv == 1 ? "IPv4" : "IPv6", agent, agent_id, len);
		if (dx->tree && len >= hlen && DX_TTEST(dx, bp, hlen)) {
			w.n = GET_BE32(dx, bp + hlen - 4);
			w.p = bp + hlen;
			w.len = len - hlen;
			DX_FIELD(dx, bp + hlen - 12, 4, "Sequence number: %u", GET_BE32(dx, bp + hlen - 12));
			DX_FIELD(dx, bp + hlen - 8, 4, "Uptime: %u ms", GET_BE32(dx, bp + hlen - 8));
			DX_FIELD(dx, bp + hlen - 4, 4, "Samples: %u", w.n);
			dx_tree_only(dx, sf_samples, &w);
		}
		DX_LAYER_END(dx);
		return;
	}
	w.n = GET_BE32(dx, bp + hlen - 4);
	seq = GET_BE32(dx, bp + hlen - 12);
	uptime = GET_BE32(dx, bp + hlen - 8);
	dx_printf(dx, "sFlowv%u, %s agent %s, agent-id %u, seqnum %u, uptime %u, samples %u, length %u",
		  version, ipv == 1 ? "IPv4" : "IPv6", agent, agent_id, seq, uptime, w.n, len);
	DX_FIELD(dx, bp + hlen - 12, 4, "Sequence number: %u", seq);
	DX_FIELD(dx, bp + hlen - 8, 4, "Uptime: %u ms", uptime);
	DX_FIELD(dx, bp + hlen - 4, 4, "Samples: %u", w.n);
	if (len < hlen) {
		dx_printf(dx, " [tlen %u < %u]", len, hlen);
		dx_print_invalid(dx);
		DX_TCHECK(dx, bp, len);
		DX_LAYER_END(dx);
		return;
	}
	w.p = bp + hlen;
	w.len = len - hlen;
	sf_samples(dx, &w);
	DX_LAYER_END(dx);
}
