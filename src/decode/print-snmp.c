// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Simple Network Management Protocol v1, v2c and v3 (UDP ports
 * 161/162, or -T snmp). Text as tcpdump 4.99.3 print-snmp.c built without
 * libsmi.
 *
 * RFC 1157 (v1 and its Trap-PDU), RFC 1905/3416 (v2 PDUs), RFC 3412
 * (v3 message header), RFC 3414 (USM security parameters). Everything is
 * BER (X.690): a tag octet (class 2 bits, constructed 1 bit, number 5
 * bits, 31 for a number in the following base-128 octets), a length (one
 * octet, or 0x80|n and n octets), then the contents.
 *
 * be_parse decodes one element and checks that its contents are within
 * the length left and captured; its messages ("[len%d<asnlen%u]" ...) and
 * the two ways a cut packet ends are tcpdump's: a cut tag or length ends
 * the whole packet with " [|snmp]", a cut content prints " [|snmp]" and
 * the enclosing printers go on closing their braces.
 */
#include <inttypes.h>
#include <string.h>

#include "dx.h"
#include "print.h"

/* element kinds, after decoding */
enum be_type {
	BE_ANY,		/* nothing decoded (an unused context tag) */
	BE_NULL,
	BE_OCTET,	/* an unexpected tag: contents shown in hex */
	BE_OID,
	BE_INT,
	BE_UNS,
	BE_STR,
	BE_SEQ,
	BE_INETADDR,
	BE_PDU,
	BE_UNS64,
	BE_NOSUCHOBJECT,
	BE_NOSUCHINST,
	BE_ENDOFMIBVIEW,
};

struct be {
	uint32_t asnlen;
	const uint8_t *data;	/* the contents */
	int32_t integer;	/* BE_INT */
	uint32_t uns;		/* BE_UNS */
	uint64_t uns64;		/* BE_UNS64 */
	unsigned id;		/* tag number, as tcpdump kept in 8 bits */
	uint8_t form, cls;
	uint8_t type;
};

/* tag classes */
#define CLS_UNIVERSAL 0
#define CLS_APPLICATION 1
#define CLS_CONTEXT 2
#define CLS_PRIVATE 3

/* universal tags */
#define TAG_INTEGER 2
#define TAG_STRING 4
#define TAG_NULL 5
#define TAG_OID 6
#define TAG_SEQUENCE 16

/* application tags (SMI) */
#define TAG_IPADDR 0
#define TAG_COUNTER 1
#define TAG_GAUGE 2
#define TAG_TIMETICKS 3
#define TAG_COUNTER64 6

/* context tags: PDU types */
#define PDU_GET 0
#define PDU_GETNEXT 1
#define PDU_RESPONSE 2
#define PDU_SET 3
#define PDU_TRAP 4
#define PDU_GETBULK 5
#define PDU_INFORM 6
#define PDU_V2TRAP 7
#define PDU_REPORT 8

#define SNMP_V1 0
#define SNMP_V2C 1
#define SNMP_V3 3

#define GT_ENTERPRISE 6

static const char *const universal_names[] = {
	"U-0", "Boolean", "Integer", "Bitstring", "String", "Null", "ObjID", "ObjectDes",
	"U-8", "U-9", "U-10", "U-11", "U-12", "U-13", "U-14", "U-15", "Sequence", "Set",
};

static const char *const application_names[] = {
	"IpAddress", "Counter", "Gauge", "TimeTicks", "Opaque", "C-5", "Counter64",
};

static const char *const pdu_names[] = {
	"GetRequest", "GetNextRequest", "GetResponse", "SetRequest", "Trap", "GetBulk",
	"Inform", "V2Trap", "Report",
};

static const char *const private_names[] = { "P-0" };

static const char *const exception_names[] = {
	"noSuchObject", "noSuchInstance", "endOfMibView",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* the tag numbers known per class; tcpdump's messages name every class "x" */
static const struct {
	const char *const *names;
	unsigned n;
} be_classes[4] = {
	{ universal_names, NELEM(universal_names) },
	{ application_names, NELEM(application_names) },
	{ pdu_names, NELEM(pdu_names) },
	{ private_names, NELEM(private_names) },
};

static const char *const error_status_names[] = {
	"noError", "tooBig", "noSuchName", "badValue", "readOnly", "genErr", "noAccess",
	"wrongType", "wrongLength", "wrongEncoding", "wrongValue", "noCreation",
	"inconsistentValue", "resourceUnavailable", "commitFailed", "undoFailed",
	"authorizationError", "notWritable", "inconsistentName",
};

static const char *const generic_trap_names[] = {
	"coldStart", "warmStart", "linkDown", "linkUp", "authenticationFailure",
	"egpNeighborLoss", "enterpriseSpecific",
};

static const char *const version_names[] = { "SNMPv1", "SNMPv2c", "SNMPv2u", "SNMPv3" };

/* contents of a primitive element, once captured */
static void be_primitive(struct dx *dx, const uint8_t *p, struct be *e)
{
	uint32_t i, v;
	uint64_t v64;

	switch (e->cls) {
	case CLS_UNIVERSAL:
		switch (e->id) {
		case TAG_STRING:
			e->type = BE_STR;
			break;
		case TAG_INTEGER:
			/* sign-extended, the low 32 bits of a longer one kept */
			e->type = BE_INT;
			v = (GET_U8(dx, p) & 0x80) ? 0xffffffffu : 0;
			for (i = 0; i < e->asnlen; i++)
				v = v << 8 | GET_U8(dx, p + i);
			e->integer = (int32_t)v;
			break;
		case TAG_OID:
			e->type = BE_OID;
			break;
		case TAG_NULL:
			e->type = BE_NULL;
			break;
		default:
			e->type = BE_OCTET;
			dx_printf(dx, "[P/U/%s]", universal_names[e->id]);
			break;
		}
		break;
	case CLS_APPLICATION:
		switch (e->id) {
		case TAG_IPADDR:
			e->type = BE_INETADDR;
			break;
		case TAG_COUNTER:
		case TAG_GAUGE:
		case TAG_TIMETICKS:
			e->type = BE_UNS;
			for (v = 0, i = 0; i < e->asnlen; i++)
				v = (v << 8) + GET_U8(dx, p + i);
			e->uns = v;
			break;
		case TAG_COUNTER64:
			e->type = BE_UNS64;
			for (v64 = 0, i = 0; i < e->asnlen; i++)
				v64 = (v64 << 8) + GET_U8(dx, p + i);
			e->uns64 = v64;
			break;
		default:
			e->type = BE_OCTET;
			dx_printf(dx, "[P/A/%s]", application_names[e->id]);
			break;
		}
		break;
	case CLS_CONTEXT:
		/* the v2 exceptions; other numbers stay BE_ANY */
		if (e->id == 0)
			e->type = BE_NOSUCHOBJECT;
		else if (e->id == 1)
			e->type = BE_NOSUCHINST;
		else if (e->id == 2)
			e->type = BE_ENDOFMIBVIEW;
		break;
	default:
		dx_printf(dx, "[P/x/%s]", be_classes[e->cls].names[e->id]);
		e->type = BE_OCTET;
		break;
	}
}

static void be_constructed(struct dx *dx, struct be *e)
{
	switch (e->cls) {
	case CLS_UNIVERSAL:
		if (e->id == TAG_SEQUENCE) {
			e->type = BE_SEQ;
		} else {
			e->type = BE_OCTET;
			dx_printf(dx, "C/U/%s", universal_names[e->id]);
		}
		break;
	case CLS_CONTEXT:
		e->type = BE_PDU;
		break;
	default:
		e->type = BE_OCTET;
		dx_printf(dx, "C/x/%s", be_classes[e->cls].names[e->id]);
		break;
	}
}

/*
 * One BER element at p, len bytes left for it: the bytes it takes
 * (header and contents), or -1 after printing why it is bad.
 */
static int be_parse(struct dx *dx, const uint8_t *p, unsigned len, struct be *e)
{
	unsigned hdr, id;
	uint8_t b;

	e->asnlen = 0;
	e->type = BE_ANY;
	e->data = NULL;
	if (len < 1) {
		dx_puts(dx, "[nothing to parse]");
		return -1;
	}
	b = GET_U8(dx, p);
	id = b & 0x1f;
	e->form = (b >> 5) & 1;
	e->cls = b >> 6;
	p++;
	len--;
	hdr = 1;
	if (id == 0x1f) {
		/* high tag number: base-128 octets, the value kept in 8 bits */
		uint8_t x = 0;

		while (GET_U8(dx, p) & 0x80) {
			if (len < 1) {
				dx_puts(dx, "[Xtagfield?]");
				return -1;
			}
			x = (uint8_t)(x << 7 | (GET_U8(dx, p) & 0x7f));
			len--;
			hdr++;
			p++;
		}
		if (len < 1) {
			dx_puts(dx, "[Xtagfield?]");
			return -1;
		}
		x = (uint8_t)(x << 7 | GET_U8(dx, p));
		id = x;
		len--;
		hdr++;
		p++;
	}
	e->id = id;
	if (len < 1) {
		dx_puts(dx, "[no asnlen]");
		return -1;
	}
	e->asnlen = GET_U8(dx, p);
	p++;
	len--;
	hdr++;
	if (e->asnlen & 0x80) {
		uint32_t noct = e->asnlen & 0x7f;

		e->asnlen = 0;
		if (len < noct) {
			dx_printf(dx, "[asnlen? %d<%d]", (int)len, (int)noct);
			return -1;
		}
		if (!DX_TTEST(dx, p, noct)) {
			dx_print_trunc(dx);
			return -1;
		}
		for (; noct != 0; noct--, len--, hdr++, p++)
			e->asnlen = e->asnlen << 8 | GET_U8(dx, p);
	}
	if (len < e->asnlen) {
		dx_printf(dx, "[len%d<asnlen%u]", (int)len, e->asnlen);
		return -1;
	}
	if (id >= be_classes[e->cls].n) {
		dx_printf(dx, "[id?%c/x/%d]", e->form ? 'C' : 'P', (int)id);
		return -1;
	}
	if (!DX_TTEST(dx, p, e->asnlen)) {
		dx_print_trunc(dx);
		return -1;
	}
	e->data = p;
	if (e->form == 0) {
		if (e->cls == CLS_UNIVERSAL && e->id == TAG_INTEGER && e->asnlen == 0) {
			dx_puts(dx, "[asnlen=0]");
			return -1;
		}
		be_primitive(dx, p, e);
	} else {
		be_constructed(dx, e);
	}
	return (int)(e->asnlen + hdr);
}

/* contents as "_xx" per byte */
static int be_print_octets(struct dx *dx, const struct be *e)
{
	uint32_t i;

	if (!DX_TTEST(dx, e->data, e->asnlen)) {
		dx_print_trunc(dx);
		return -1;
	}
	for (i = 0; i < e->asnlen; i++) {
		dx_putc(dx, '_');
		dx_printf(dx, "%02x", e->data[i]);
	}
	return 0;
}

/* quoted when every byte is printable ASCII, else hex with "_" between */
static int be_print_string(struct dx *dx, const struct be *e)
{
	uint32_t i;
	int printable = 1;

	if (!DX_TTEST(dx, e->data, e->asnlen)) {
		dx_print_trunc(dx);
		return -1;
	}
	for (i = 0; i < e->asnlen && printable; i++)
		printable = e->data[i] >= 0x20 && e->data[i] < 0x7f;
	if (printable) {
		dx_putc(dx, '"');
		dx_printn(dx, e->data, e->asnlen);
		dx_putc(dx, '"');
		return 0;
	}
	for (i = 0; i < e->asnlen; i++)
		dx_printf(dx, i ? "_%02x" : "%02x", e->data[i]);
	return 0;
}

/* an OID as ".a.b.c": the first subidentifier holds two (X.690 8.19.4) */
static void be_print_oid(struct dx *dx, const struct be *e)
{
	uint32_t o = 0, i;
	int first = 1;

	for (i = 0; i < e->asnlen; i++) {
		uint8_t b = GET_U8(dx, e->data + i);

		o = (o << 7) + (b & 0x7f);
		if (b & 0x80)
			continue;
		if (first) {
			int32_t s = (int32_t)o / 40;

			if (s > 2)
				s = 2;
			dx_printf(dx, ".%u", (unsigned)s);
			o -= (uint32_t)s * 40;
			first = 0;
		}
		dx_printf(dx, ".%u", o);
		o = 0;
	}
}

/* tcpdump's asn1_print: the element's value; -1 when cut */
static int be_print(struct dx *dx, const struct be *e)
{
	uint32_t i;

	switch (e->type) {
	case BE_OCTET:
		return be_print_octets(dx, e);
	case BE_NULL:
		break;
	case BE_OID:
		be_print_oid(dx, e);
		break;
	case BE_INT:
		dx_printf(dx, "%d", e->integer);
		break;
	case BE_UNS:
		dx_printf(dx, "%u", e->uns);
		break;
	case BE_UNS64:
		dx_printf(dx, "%" PRIu64, e->uns64);
		break;
	case BE_STR:
		return be_print_string(dx, e);
	case BE_SEQ:
		dx_printf(dx, "Seq(%u)", e->asnlen);
		break;
	case BE_INETADDR:
		if (e->asnlen != 4)
			dx_puts(dx, "[inetaddr len!=4]");
		if (!DX_TTEST(dx, e->data, e->asnlen)) {
			dx_print_trunc(dx);
			return -1;
		}
		for (i = 0; i < e->asnlen; i++)
			dx_printf(dx, i ? ".%u" : "%u", e->data[i]);
		break;
	case BE_NOSUCHOBJECT:
	case BE_NOSUCHINST:
	case BE_ENDOFMIBVIEW:
		dx_printf(dx, "[%s]", exception_names[e->id]);
		break;
	case BE_PDU:
		dx_printf(dx, "%s(%u)", pdu_names[e->id], e->asnlen);
		break;
	case BE_ANY:
		dx_puts(dx, "[BE_ANY!?]");
		break;
	default:
		dx_puts(dx, "[be!?]");
		break;
	}
	return 0;
}

/* a field for an element [p, p+count) named name, with its value */
static void be_field(struct dx *dx, const uint8_t *p, int count, const char *name,
		     const struct be *e)
{
	if (!dx->tree)
		return;
	switch (e->type) {
	case BE_INT:
		DX_FIELD(dx, p, (size_t)count, "%s: %d", name, e->integer);
		break;
	case BE_UNS:
		DX_FIELD(dx, p, (size_t)count, "%s: %u", name, e->uns);
		break;
	case BE_STR:
		DX_FIELD(dx, p, (size_t)count, "%s (%u bytes)", name, e->asnlen);
		break;
	default:
		DX_FIELD(dx, p, (size_t)count, "%s", name);
		break;
	}
}

/*
 * Parse the element that must be of type want, named name: its byte
 * count, or -1 after "[what]" and the element printed when it is of
 * another type.
 */
static int be_expect(struct dx *dx, const uint8_t *p, unsigned len, struct be *e, unsigned want,
		     const char *what, const char *name)
{
	int count = be_parse(dx, p, len, e);

	if (count < 0)
		return -1;
	if (e->type != want) {
		dx_printf(dx, "[%s]", what);
		be_print(dx, e);
		return -1;
	}
	be_field(dx, p, count, name, e);
	return count;
}

static int is_get_class(unsigned pdu)
{
	return pdu == PDU_GET || pdu == PDU_GETNEXT || pdu == PDU_GETBULK;
}

static void varbind_print(struct dx *dx, unsigned pdu, const uint8_t *np, unsigned length)
{
	struct be e;
	int count;

	count = be_parse(dx, np, length, &e);
	if (count < 0)
		return;
	if (e.type != BE_SEQ) {
		dx_puts(dx, "[!SEQ of varbind]");
		be_print(dx, &e);
		return;
	}
	if ((unsigned)count < length)
		dx_printf(dx, "[%d extra after SEQ of varbind]", (int)(length - (unsigned)count));
	DX_SUBTREE(dx, np, (size_t)count, "Variable bindings");
	length = e.asnlen;
	np = e.data;
	while (length) {
		const uint8_t *vbend;
		unsigned vblength;
		const uint8_t *vbstart = np;
		size_t mark;

		dx_putc(dx, ' ');
		mark = dx->out->len;
		count = be_parse(dx, np, length, &e);
		if (count < 0)
			break;
		if (e.type != BE_SEQ) {
			dx_puts(dx, "[!varbind]");
			be_print(dx, &e);
			break;
		}
		vbend = np + count;
		vblength = length - (unsigned)count;
		length = e.asnlen;
		np = e.data;
		count = be_parse(dx, np, length, &e);
		if (count < 0)
			break;
		if (e.type != BE_OID) {
			dx_puts(dx, "[objName!=OID]");
			be_print(dx, &e);
			break;
		}
		be_print(dx, &e);
		length -= (unsigned)count;
		np += count;
		if (!is_get_class(pdu))
			dx_putc(dx, '=');
		count = be_parse(dx, np, length, &e);
		if (count < 0)
			break;
		if (is_get_class(pdu)) {
			if (e.type != BE_NULL) {
				dx_puts(dx, "[objVal!=NULL]");
				if (be_print(dx, &e) < 0)
					break;
			}
		} else if (e.type != BE_NULL && be_print(dx, &e) < 0) {
			break;
		}
		if (dx->tree) {
			int n;
			const char *t = dx_text_since(dx, mark, &n);

			DX_FIELD(dx, vbstart, (size_t)(vbend - vbstart), "Variable binding: %.*s", n, t);
		}
		length = vblength;
		np = vbend;
	}
	DX_LAYER_END(dx);
}

/* PDUs whose error-status and error-index must be zero */
static int is_request_class(unsigned pdu)
{
	return pdu == PDU_GET || pdu == PDU_GETNEXT || pdu == PDU_SET || pdu == PDU_INFORM ||
	       pdu == PDU_V2TRAP || pdu == PDU_REPORT;
}

static void put_error_status(struct dx *dx, int32_t v)
{
	if (v >= 0 && (size_t)v < NELEM(error_status_names))
		dx_puts(dx, error_status_names[v]);
	else
		dx_printf(dx, "err=%u", (unsigned)v);
}

/* request-id, error-status, error-index and the bindings of all PDUs but Trap */
static void snmppdu_print(struct dx *dx, unsigned pdu, const uint8_t *np, unsigned length)
{
	struct be e;
	int count;
	int32_t error_status = 0;

	count = be_expect(dx, np, length, &e, BE_INT, "reqId!=INT", "Request ID");
	if (count < 0)
		return;
	if (dx->opts->verbose)
		dx_printf(dx, "R=%d ", e.integer);
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_INT, "errorStatus!=INT", "Error status");
	if (count < 0)
		return;
	if (is_request_class(pdu) && e.integer != 0) {
		dx_puts(dx, "[errorStatus(");
		put_error_status(dx, e.integer);
		dx_puts(dx, ")!=0]");
	} else if (pdu == PDU_GETBULK) {
		dx_printf(dx, " N=%d", e.integer);
	} else if (e.integer != 0) {
		dx_putc(dx, ' ');
		put_error_status(dx, e.integer);
		error_status = e.integer;
	}
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_INT, "errorIndex!=INT", "Error index");
	if (count < 0)
		return;
	if (is_request_class(pdu) && e.integer != 0)
		dx_printf(dx, "[errorIndex(%d)!=0]", e.integer);
	else if (pdu == PDU_GETBULK)
		dx_printf(dx, " M=%d", e.integer);
	else if (e.integer != 0 && !error_status)
		dx_printf(dx, "[errorIndex(%d) w/o errorStatus]", e.integer);
	else if (e.integer != 0)
		dx_printf(dx, "@%d", e.integer);
	else if (error_status)
		dx_puts(dx, "[errorIndex==0]");
	length -= (unsigned)count;
	np += count;
	varbind_print(dx, pdu, np, length);
}

/* the v1 Trap-PDU */
static void trappdu_print(struct dx *dx, const uint8_t *np, unsigned length)
{
	struct be e;
	int count;
	int32_t generic;

	dx_putc(dx, ' ');
	count = be_expect(dx, np, length, &e, BE_OID, "enterprise!=OID", "Enterprise");
	if (count < 0 || be_print(dx, &e) < 0)
		return;
	length -= (unsigned)count;
	np += count;
	dx_putc(dx, ' ');

	count = be_expect(dx, np, length, &e, BE_INETADDR, "agent-addr!=INETADDR", "Agent address");
	if (count < 0 || be_print(dx, &e) < 0)
		return;
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_INT, "generic-trap!=INT", "Generic trap");
	if (count < 0)
		return;
	generic = e.integer;
	if (generic >= 0 && (size_t)generic < NELEM(generic_trap_names))
		dx_printf(dx, " %s", generic_trap_names[generic]);
	else
		dx_printf(dx, " gt=%d", generic);
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_INT, "specific-trap!=INT", "Specific trap");
	if (count < 0)
		return;
	if (generic != GT_ENTERPRISE) {
		if (e.integer != 0)
			dx_printf(dx, "[specific-trap(%d)!=0]", e.integer);
	} else {
		dx_printf(dx, " s=%d", e.integer);
	}
	length -= (unsigned)count;
	np += count;
	dx_putc(dx, ' ');

	count = be_expect(dx, np, length, &e, BE_UNS, "time-stamp!=TIMETICKS", "Time stamp");
	if (count < 0 || be_print(dx, &e) < 0)
		return;
	length -= (unsigned)count;
	np += count;
	varbind_print(dx, PDU_TRAP, np, length);
}

static void pdu_body(struct dx *dx, const struct be *pdu, int version)
{
	if (version == SNMP_V1 && (pdu->id == PDU_GETBULK || pdu->id == PDU_INFORM ||
				   pdu->id == PDU_V2TRAP || pdu->id == PDU_REPORT)) {
		dx_puts(dx, "[v2 PDU in v1 message]");
		return;
	}
	if (version == SNMP_V2C && pdu->id == PDU_TRAP) {
		dx_puts(dx, "[v1 PDU in v2 message]");
		return;
	}
	if (pdu->id == PDU_TRAP)
		trappdu_print(dx, pdu->data, pdu->asnlen);
	else
		snmppdu_print(dx, pdu->id, pdu->data, pdu->asnlen);
	if (dx->opts->verbose)
		dx_puts(dx, " } ");
}

static void pdu_print(struct dx *dx, const uint8_t *np, unsigned length, int version)
{
	struct be pdu;
	int count;

	count = be_parse(dx, np, length, &pdu);
	if (count < 0)
		return;
	if (pdu.type != BE_PDU) {
		dx_puts(dx, "[no PDU]");
		return;
	}
	if ((unsigned)count < length)
		dx_printf(dx, "[%d extra after PDU]", (int)(length - (unsigned)count));
	if (dx->opts->verbose)
		dx_puts(dx, "{ ");
	if (be_print(dx, &pdu) < 0)
		return;
	dx_putc(dx, ' ');
	DX_SUBTREE(dx, np, (size_t)count, "PDU: %s", pdu_names[pdu.id]);
	pdu_body(dx, &pdu, version);
	DX_LAYER_END(dx);
}

/* the v3 scopedPDU: contextEngineID, contextName, PDU */
static void scopedpdu_print(struct dx *dx, const uint8_t *np, unsigned length, int version)
{
	struct be e;
	int count;

	count = be_expect(dx, np, length, &e, BE_SEQ, "!scoped PDU", "Scoped PDU");
	if (count < 0)
		return;
	length = e.asnlen;
	np = e.data;

	count = be_expect(dx, np, length, &e, BE_STR, "contextEngineID!=STR", "Context engine ID");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;
	dx_puts(dx, "E=");
	if (be_print_octets(dx, &e) < 0)
		return;
	dx_putc(dx, ' ');

	count = be_expect(dx, np, length, &e, BE_STR, "contextName!=STR", "Context name");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;
	dx_puts(dx, "C=");
	if (be_print_string(dx, &e) < 0)
		return;
	dx_putc(dx, ' ');
	pdu_print(dx, np, length, version);
}

/* v1 and v2c: community, PDU */
static void community_print(struct dx *dx, const uint8_t *np, unsigned length, int version)
{
	struct be e;
	int count;

	count = be_expect(dx, np, length, &e, BE_STR, "comm!=STR", "Community");
	if (count < 0)
		return;
	/* the default community is not shown */
	if (!(e.asnlen == 6 && memcmp(e.data, "public", 6) == 0)) {
		dx_puts(dx, "C=");
		if (be_print_string(dx, &e) < 0)
			return;
		dx_putc(dx, ' ');
	}
	length -= (unsigned)count;
	np += count;
	pdu_print(dx, np, length, version);
}

/* USM security parameters (RFC 3414) */
static void usm_print(struct dx *dx, const uint8_t *np, unsigned length)
{
	struct be e;
	int count;

	count = be_expect(dx, np, length, &e, BE_SEQ, "!usm", "USM security parameters");
	if (count < 0)
		return;
	length = e.asnlen;
	np = e.data;

	count = be_expect(dx, np, length, &e, BE_STR, "msgAuthoritativeEngineID!=STR",
			  "Authoritative engine ID");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_INT, "msgAuthoritativeEngineBoots!=INT",
			  "Authoritative engine boots");
	if (count < 0)
		return;
	if (dx->opts->verbose)
		dx_printf(dx, "B=%d ", e.integer);
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_INT, "msgAuthoritativeEngineTime!=INT",
			  "Authoritative engine time");
	if (count < 0)
		return;
	if (dx->opts->verbose)
		dx_printf(dx, "T=%d ", e.integer);
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_STR, "msgUserName!=STR", "User name");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;
	dx_puts(dx, "U=");
	if (be_print_string(dx, &e) < 0)
		return;
	dx_putc(dx, ' ');

	count = be_expect(dx, np, length, &e, BE_STR, "msgAuthenticationParameters!=STR",
			  "Authentication parameters");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_STR, "msgPrivacyParameters!=STR",
			  "Privacy parameters");
	if (count < 0)
		return;
	length -= (unsigned)count;
	/* tcpdump compares what is left with this last element's size */
	if ((unsigned)count < length)
		dx_printf(dx, "[%d extra after usm SEQ]", (int)(length - (unsigned)count));
}

/* v3: the message header, the security parameters, the scopedPDU */
static void v3msg_print(struct dx *dx, const uint8_t *np, unsigned length)
{
	const uint8_t *msg = np;
	unsigned msglen = length;
	struct be e;
	int count, model;
	uint8_t flags;

	count = be_expect(dx, np, length, &e, BE_SEQ, "!message", "Message header");
	if (count < 0)
		return;
	length = e.asnlen;
	np = e.data;
	if (dx->opts->verbose)
		dx_puts(dx, "{ ");

	count = be_expect(dx, np, length, &e, BE_INT, "msgID!=INT", "Message ID");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_INT, "msgMaxSize!=INT", "Maximum size");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;

	count = be_expect(dx, np, length, &e, BE_STR, "msgFlags!=STR", "Flags");
	if (count < 0)
		return;
	if (e.asnlen != 1) {
		dx_printf(dx, "[msgFlags size %d]", (int)e.asnlen);
		return;
	}
	flags = GET_U8(dx, e.data);
	if (flags != 0x00 && flags != 0x01 && flags != 0x03 && flags != 0x04 && flags != 0x05 &&
	    flags != 0x07) {
		dx_printf(dx, "[msgFlags=0x%02X]", flags);
		return;
	}
	length -= (unsigned)count;
	np += count;
	dx_printf(dx, "F=%s%s%s ", flags & 1 ? "a" : "", flags & 2 ? "p" : "", flags & 4 ? "r" : "");

	count = be_expect(dx, np, length, &e, BE_INT, "msgSecurityModel!=INT", "Security model");
	if (count < 0)
		return;
	model = e.integer;
	length -= (unsigned)count;
	np += count;
	if ((unsigned)count < length)
		dx_printf(dx, "[%d extra after message SEQ]", (int)(length - (unsigned)count));
	if (dx->opts->verbose)
		dx_puts(dx, "} ");
	if (model != 3) {
		dx_printf(dx, "[security model %d]", model);
		return;
	}
	if (dx->opts->verbose)
		dx_puts(dx, "{ USM ");

	/* the rest of the message, from the end of the header's last element */
	length = msglen - (unsigned)(np - msg);
	count = be_expect(dx, np, length, &e, BE_STR, "msgSecurityParameters!=STR",
			  "Security parameters");
	if (count < 0)
		return;
	length -= (unsigned)count;
	np += count;
	usm_print(dx, e.data, e.asnlen);
	if (dx->opts->verbose)
		dx_puts(dx, "} { ScopedPDU ");
	scopedpdu_print(dx, np, length, SNMP_V3);
	if (dx->opts->verbose)
		dx_puts(dx, "} ");
}

static void snmp_body(struct dx *dx, const uint8_t *np, unsigned length)
{
	struct be e;
	int count, version;

	count = be_parse(dx, np, length, &e);
	if (count < 0)
		return;
	if (e.type != BE_SEQ) {
		dx_puts(dx, "[!init SEQ]");
		be_print(dx, &e);
		return;
	}
	if ((unsigned)count < length)
		dx_printf(dx, "[%d extra after iSEQ]", (int)(length - (unsigned)count));
	length = e.asnlen;
	np = e.data;

	count = be_expect(dx, np, length, &e, BE_INT, "version!=INT", "Version");
	if (count < 0)
		return;
	version = e.integer;
	if (version != SNMP_V1 && version != SNMP_V2C && version != SNMP_V3) {
		dx_printf(dx, "SNMP [version = %d]", version);
		return;
	}
	if (dx->opts->verbose)
		dx_printf(dx, "{ %s ", version_names[version]);
	length -= (unsigned)count;
	np += count;
	if (version == SNMP_V3)
		v3msg_print(dx, np, length);
	else
		community_print(dx, np, length, version);
	if (dx->opts->verbose)
		dx_puts(dx, "} ");
}

void snmp_print(struct dx *dx, const uint8_t *np, unsigned length)
{
	dx_proto(dx, "snmp");
	dx_putc(dx, ' ');
	DX_LAYER(dx, np, length, "Simple Network Management Protocol");
	snmp_body(dx, np, length);
	DX_LAYER_END(dx);
}
