// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ForCES (RFC 5810), carried in SCTP DATA chunks (ports
 * 6704-6706 or PPIDs 21-23). Text as tcpdump 4.99.3 print-forces.c.
 *
 * Common header (24 bytes): version (4 bits) and reserved, message type
 * (1), length in 32-bit words (2), source ID (4), destination ID (4),
 * correlator (8), flags (4). Top-level TLVs follow (type 2, length 2
 * including the header, padded to 4 bytes); their content depends on the
 * message type: an LFB selector (class, instance, operation TLVs holding
 * PATH-DATA trees), an association result or teardown reason, or a
 * redirect (METADATA ILVs and REDIRECTDATA).
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "print-forces.h"

#define FORCES_HDRL 24u
#define TLV_HDRL 4u
#define ILV_HDRL 8u
#define ALN4(x) (((x) + 3u) & ~3u)

/* top-level TLV count rules of a message type */
#define ZERO_TTLV 0x01
#define ZERO_MORE_TTLV 0x02
#define ONE_MORE_TTLV 0x04
#define ONE_TLV 0x10
#define TWO_TLV 0x20
#define MAX_TLV 0xf0
#define TTLV_T1 (ONE_MORE_TTLV | ONE_TLV)
#define TTLV_T2 (ONE_MORE_TTLV | MAX_TLV)

/* operation TLV types (RFC 5810 A.2) */
enum {
	OP_RSV, OP_SET, OP_SETPROP, OP_SETRESP, OP_SETPRESP, OP_DEL, OP_DELRESP,
	OP_GET, OP_GETPROP, OP_GETRESP, OP_GETPRESP, OP_REPORT, OP_COMMIT,
	OP_RCOMMIT, OP_RTRCOMP, OP_COUNT
};
#define OPBIT(op) (1u << ((op) - 1))

/* data encodings an operation allows, and path flags carried down */
#define B_FULLD 0x01
#define B_SPARD 0x02
#define B_RESTV 0x04
#define B_KEYIN 0x08
#define B_APPND 0x10
#define B_TRNG 0x20

/* TLV types */
#define TLV_REDR 0x0001
#define TLV_ASRS 0x0010
#define TLV_ASRT 0x0011
#define TLV_LFBS 0x1000
#define TLV_PDAT 0x0110
#define TLV_KEYI 0x0111
#define TLV_FULD 0x0112
#define TLV_SPAD 0x0113
#define TLV_REST 0x0114
#define TLV_METD 0x0115
#define TLV_REDD 0x0116

/* path data flags */
#define PF_SELKEY 1
#define PF_SELTABRANGE 2
#define PF_TABAPPEND 4

typedef int (*fc_printer)(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk,
			  int indent);

static int lfbselect_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int redirect_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int asr_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int ast_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int recpd_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int genop_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int invop_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int result_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int keyinfo_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int fulldata_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int sparse_print(struct dx *, const uint8_t *, unsigned, unsigned, int);
static int pdata_print(struct dx *, const uint8_t *, unsigned, unsigned, int);

struct msg_type {
	unsigned type, flags, op_msk;
	const char *name;
	fc_printer print;
};

#define ASSNS_OPS OPBIT(OP_REPORT)
#define CFG_OPS (OPBIT(OP_SET) | OPBIT(OP_SETPROP) | OPBIT(OP_DEL) | OPBIT(OP_COMMIT) | \
		 OPBIT(OP_RTRCOMP))
#define CFG_ROPS (OPBIT(OP_SETRESP) | OPBIT(OP_SETPRESP) | OPBIT(OP_DELRESP) | \
		  OPBIT(OP_RCOMMIT))
#define CFG_QY (OPBIT(OP_GET) | OPBIT(OP_GETPROP))
#define CFG_QYR (OPBIT(OP_GETRESP) | OPBIT(OP_GETPRESP))
#define CFG_EVN OPBIT(OP_REPORT)

static const struct msg_type msg_types[] = {
	{ 0x00, ZERO_TTLV, 0, "Invalid message", NULL },
	{ 0x01, ZERO_MORE_TTLV | TWO_TLV, ASSNS_OPS, "Association Setup", lfbselect_print },
	{ 0x02, TTLV_T1, 0, "Association TearDown", ast_print },
	{ 0x03, TTLV_T2, CFG_OPS, "Config", lfbselect_print },
	{ 0x04, TTLV_T2, CFG_QY, "Query", lfbselect_print },
	{ 0x05, TTLV_T1, CFG_EVN, "Event Notification", lfbselect_print },
	{ 0x06, TTLV_T2, 0, "Packet Redirect", redirect_print },
	{ 0x0f, ZERO_TTLV, 0, "HeartBeat", NULL },
	{ 0x11, TTLV_T1, 0, "Association Response", asr_print },
	{ 0x13, TTLV_T2, CFG_ROPS, "Config Response", lfbselect_print },
	{ 0x14, TTLV_T2, CFG_QYR, "Query Response", lfbselect_print },
};

struct op_type {
	unsigned op_msk;
	const char *name;
	fc_printer print;
};

static const struct op_type op_types[OP_COUNT] = {
	[OP_RSV] = { 0, "Invalid OPTLV", invop_print },
	[OP_SET] = { B_FULLD | B_SPARD, " Set", recpd_print },
	[OP_SETPROP] = { B_FULLD | B_SPARD, " SetProp", recpd_print },
	[OP_SETRESP] = { B_RESTV, " SetResp", recpd_print },
	[OP_SETPRESP] = { B_RESTV, " SetPropResp", recpd_print },
	[OP_DEL] = { 0, " Del", recpd_print },
	[OP_DELRESP] = { B_RESTV, " DelResp", recpd_print },
	[OP_GET] = { 0, " Get", recpd_print },
	[OP_GETPROP] = { 0, " GetProp", recpd_print },
	[OP_GETRESP] = { B_FULLD | B_SPARD | B_RESTV, " GetResp", recpd_print },
	[OP_GETPRESP] = { B_FULLD | B_RESTV, " GetPropResp", recpd_print },
	[OP_REPORT] = { B_FULLD | B_SPARD, " Report", recpd_print },
	[OP_COMMIT] = { 0, " Commit", NULL },
	[OP_RCOMMIT] = { B_RESTV, " RCommit", genop_print },
	[OP_RTRCOMP] = { 0, " RTRCOMP", NULL },
};

/* the contents a PATH-DATA may hold */
struct pd_type {
	unsigned type, op_msk;
	const char *name;
	fc_printer print;
};

static const struct pd_type pd_types[] = {
	{ TLV_KEYI, 0, "KEYINFO TLV", keyinfo_print },
	{ TLV_FULD, B_FULLD, "FULLDATA TLV", fulldata_print },
	{ TLV_SPAD, B_SPARD, "SPARSEDATA TLV", sparse_print },
	{ TLV_REST, B_RESTV, "RESULT TLV", result_print },
	{ TLV_PDAT, 0, "Inner PATH-DATA TLV", recpd_print },
};

static const struct tok acks[] = {
	{ 0, "NoACK" }, { 1, "SuccessACK" }, { 2, "FailureACK" }, { 3, "AlwaysACK" },
	{ 0, NULL }
};

static const struct tok ems[] = {
	{ 0, "EMReserved" }, { 1, "execute-all-or-none" }, { 2, "execute-until-failure" },
	{ 3, "continue-execute-on-failure" },
	{ 0, NULL }
};

static const struct tok ats[] = {
	{ 0, "Standalone" }, { 1, "2PCtransaction" },
	{ 0, NULL }
};

static const struct tok tps[] = {
	{ 0, "StartofTransaction" }, { 1, "MiddleofTransaction" }, { 2, "EndofTransaction" },
	{ 3, "abort" },
	{ 0, NULL }
};

static const struct tok lfb_names[] = {
	{ 0, "Invalid TLV" }, { 1, "FEObj LFB" }, { 2, "FEProtoObj LFB" },
	{ 0, NULL }
};

static const struct tok tlv_names[] = {
	{ 0x0000, "Invalid TLV" },
	{ TLV_REDR, "REDIRECT TLV" },
	{ TLV_ASRS, "ASResult TLV" },
	{ TLV_ASRT, "ASTreason TLV" },
	{ TLV_LFBS, "LFBselect TLV" },
	{ TLV_PDAT, "PATH-DATA TLV" },
	{ TLV_KEYI, "KEYINFO TLV" },
	{ TLV_FULD, "FULLDATA TLV" },
	{ TLV_SPAD, "SPARSEDATA TLV" },
	{ TLV_REST, "RESULT TLV" },
	{ TLV_METD, "METADATA TLV" },
	{ TLV_REDD, "REDIRECTDATA TLV" },
	{ 0, NULL }
};

/* why a TLV or ILV does not fit what holds it */
enum { XLV_OK, XLV_RLEN, XLV_STLN, XLV_LTLN, XLV_ALEN };

static const struct tok xlv_errs[] = {
	{ XLV_RLEN, "Invalid total length" },
	{ XLV_STLN, "xLV too short" },
	{ XLV_LTLN, "xLV too long" },
	{ XLV_ALEN, "data padding missing" },
	{ 0, NULL }
};

static const struct tok result_names[] = {
	{ 0x00, "SUCCESS" },
	{ 0x01, "INVALID HEADER" },
	{ 0x02, "LENGTH MISMATCH" },
	{ 0x03, "VERSION MISMATCH" },
	{ 0x04, "INVALID DESTINATION PID" },
	{ 0x05, "LFB UNKNOWN" },
	{ 0x06, "LFB NOT FOUND" },
	{ 0x07, "LFB INSTANCE ID NOT FOUND" },
	{ 0x08, "INVALID PATH" },
	{ 0x09, "COMPONENT DOES NOT EXIST" },
	{ 0x0a, "EXISTS ALREADY" },
	{ 0x0b, "NOT FOUND" },
	{ 0x0c, "READ ONLY" },
	{ 0x0d, "INVALID ARRAY CREATION" },
	{ 0x0e, "VALUE OUT OF RANGE" },
	{ 0x0f, "CONTENTS TOO LONG" },
	{ 0x10, "INVALID PARAMETERS" },
	{ 0x11, "INVALID MESSAGE TYPE" },
	{ 0x12, "INVALID FLAGS" },
	{ 0x13, "INVALID TLV" },
	{ 0x14, "EVENT ERROR" },
	{ 0x15, "NOT SUPPORTED" },
	{ 0x16, "MEMORY ERROR" },
	{ 0x17, "INTERNAL ERROR" },
	{ 0xff, "UNSPECIFIED ERROR" },
	{ 0, NULL }
};

static int verbose(const struct dx *dx)
{
	return dx->opts->verbose;
}

/* n spaces (at most 255), after a newline that takes one of them if nl */
static const char *ind(struct dx *dx, int n, int nl)
{
	char *b = dx_namebuf(dx);
	int i = 0;

	if (n > 255)
		n = 255;
	if (nl) {
		b[i++] = '\n';
		n--;
	}
	while (n-- > 0)
		b[i++] = ' ';
	b[i] = '\0';
	return b;
}

static unsigned tlv_check(unsigned tlvl, unsigned rlen)
{
	if (rlen < TLV_HDRL)
		return XLV_RLEN;
	if (tlvl < TLV_HDRL)
		return XLV_STLN;
	if (tlvl > rlen)
		return XLV_LTLN;
	if (rlen < ALN4(tlvl))
		return XLV_ALEN;
	return XLV_OK;
}

static unsigned ilv_check(struct dx *dx, const uint8_t *ilv, unsigned rlen)
{
	uint32_t l;

	if (rlen < ILV_HDRL)
		return XLV_RLEN;
	l = GET_BE32(dx, ilv + 4);
	if (l < ILV_HDRL)
		return XLV_STLN;
	if (l > rlen)
		return XLV_LTLN;
	if (rlen < ALN4(l))
		return XLV_ALEN;
	return XLV_OK;
}

static const char *node_name(uint32_t id)
{
	if (id <= 0x3fffffff)
		return "FE";
	if (id <= 0x7fffffff)
		return "CE";
	if (id >= 0xc0000000 && id <= 0xffffffef)
		return "AllMulticast";
	if (id == 0xfffffffd)
		return "AllCEsBroadcast";
	if (id == 0xfffffffe)
		return "AllFEsBroadcast";
	if (id == 0xffffffff)
		return "AllBroadcast";
	return "ForCESreserved";
}

static int type_valid(unsigned t)
{
	return t != 0 && !(t >= 0x7 && t <= 0xe) && t != 0x10 && t <= 0x14;
}

static int top_tlv_valid(unsigned t)
{
	return t == TLV_REDR || t == TLV_LFBS || t == TLV_ASRS || t == TLV_ASRT ||
	       (t >= 0x110 && t <= 0x116);
}

static int op_valid(unsigned op, unsigned msk)
{
	if (op == 0)
		return 0;
	if (op < OP_COUNT)
		return (OPBIT(op) & msk) != 0;
	return op >= 0x8000;
}

static const struct op_type *op_type(unsigned op)
{
	return op != 0 && op < OP_COUNT ? &op_types[op] : &op_types[OP_RSV];
}

static const struct pd_type *pd_type(unsigned t)
{
	size_t i;

	for (i = 0; i < sizeof(pd_types) / sizeof(pd_types[0]); i++)
		if (pd_types[i].type == t)
			return &pd_types[i];
	return NULL;
}

/* the raw bytes of an operation that could not be decoded (-vvv) */
static int invop_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk, int indent)
{
	const char *ib = ind(dx, indent, 1);

	(void)op_msk;
	if (verbose(dx) >= 3) {
		dx_printf(dx, "%sData[", ib + 1);
		hex_print(dx, ib, p, len);
		dx_printf(dx, "%s]\n", ib);
	}
	return -1;
}

/* RESULT TLV: p is the TLV, len its padded length */
static int result_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk, int indent)
{
	unsigned code;

	(void)op_msk;
	if (len - TLV_HDRL != 4) {
		dx_printf(dx, "illegal RESULT-TLV: %u bytes!\n", len - TLV_HDRL);
		return -1;
	}
	if (!DX_TTEST(dx, p + TLV_HDRL, 4)) {
		dx_print_trunc(dx);
		return -1;
	}
	code = GET_U8(dx, p + TLV_HDRL);
	if (code >= 0x18 && code <= 0xfe) {
		dx_printf(dx, "illegal reserved result code: 0x%x!\n", code);
		return -1;
	}
	if (verbose(dx) >= 3)
		dx_printf(dx, "%s  Result: %s (code 0x%x)\n", ind(dx, indent, 0),
			  tok2str(dx, result_names, NULL, code), code);
	return 0;
}

/* FULLDATA TLV: the data as hex at -vvv */
static int fulldata_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk,
			  int indent)
{
	(void)op_msk;
	if (!DX_TTEST(dx, p, TLV_HDRL)) {
		dx_print_trunc(dx);
		return -1;
	}
	if (GET_BE16(dx, p) != TLV_FULD) {
		dx_puts(dx, "Error: expecting FULLDATA!\n");
		return -1;
	}
	if (verbose(dx) >= 3) {
		const char *ib = ind(dx, indent + 2, 1);

		dx_printf(dx, "%s[", ib + 1);
		hex_print(dx, ib, p + TLV_HDRL, len - TLV_HDRL);
		dx_printf(dx, "\n%s]", ib + 1);
	}
	return 0;
}

/* the ILVs of a SPARSEDATA TLV */
static int sparse_ilvs_print(struct dx *dx, const uint8_t *p, unsigned len, int indent)
{
	unsigned rlen = len;

	if (len < ILV_HDRL) {
		dx_puts(dx, "Error: BAD SPARSEDATA-TLV!\n");
		return -1;
	}
	indent++;
	while (rlen != 0) {
		const char *ib = ind(dx, indent, 1);
		unsigned err = ilv_check(dx, p, rlen);
		uint32_t l;

		if (err) {
			dx_printf(dx, "Error: %s, rlen %u\n", tok2str(dx, xlv_errs, NULL, err), rlen);
			return -1;
		}
		l = GET_BE32(dx, p + 4);
		if (verbose(dx) >= 3) {
			dx_printf(dx, "\n%s ILV: type %x length %u\n", ib + 1, GET_BE32(dx, p), l);
			hex_print(dx, "\t\t[", p + ILV_HDRL, l - ILV_HDRL);
		}
		rlen -= ALN4(l);
		p += ALN4(l);
	}
	return 0;
}

static int sparse_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk,
			int indent)
{
	(void)op_msk;
	if (!DX_TTEST(dx, p, TLV_HDRL)) {
		dx_print_trunc(dx);
		return -1;
	}
	if (GET_BE16(dx, p) != TLV_SPAD) {
		dx_puts(dx, "Error: expecting SPARSEDATA!\n");
		return -1;
	}
	return sparse_ilvs_print(dx, p + TLV_HDRL, len - TLV_HDRL, indent);
}

/* KEYINFO TLV: key ID, then a key TLV whose data is taken as FULLDATA */
static int keyinfo_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk,
			 int indent)
{
	const uint8_t *kd = p + TLV_HDRL + 4;
	unsigned type, tll, err;

	dx_printf(dx, "%sKeyinfo: Key 0x%x\n", ind(dx, indent, 0), GET_BE32(dx, p + TLV_HDRL));
	type = GET_BE16(dx, kd);
	tll = GET_BE16(dx, kd + 2);
	err = tlv_check(tll, len);
	if (err) {
		dx_printf(dx, "%s TLV type 0x%x len %u\n", tok2str(dx, xlv_errs, NULL, err), type,
			  tll);
		return -1;
	}
	return fulldata_print(dx, kd + TLV_HDRL, tll, op_msk, indent);
}

/* a bad encoding for what the operation allows (printed, not fatal) */
static void check_encoding(struct dx *dx, unsigned type, unsigned msk, unsigned omsk)
{
	if (type == TLV_PDAT)
		return;
	if (msk & B_KEYIN) {
		if (type != TLV_KEYI)
			dx_puts(dx, "Based on flags expected KEYINFO TLV!\n");
	} else if (!(msk & omsk)) {
		dx_printf(dx, "Illegal DATA encoding for type 0x%x programmed %x got %x\n", type,
			  omsk, msk);
	}
}

#define PTH_DESC_SIZE 12u

/* the IDs of a path, its range or key, then its content TLV; returns the
 * bytes left after that TLV, or -1 */
static int pdata_ids_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned idcnt,
			   unsigned op_msk, int indent)
{
	const char *ib = ind(dx, indent, 0);
	unsigned i;

	if ((op_msk & B_APPND) && verbose(dx) >= 3)
		dx_printf(dx, "%sTABLE APPEND\n", ib);
	for (i = 0; i < idcnt; i++) {
		uint32_t id;

		if (!DX_TTEST(dx, p, 4) || len < 4) {
			dx_print_trunc(dx);
			return -1;
		}
		id = GET_BE32(dx, p);
		if (verbose(dx) >= 3)
			dx_printf(dx, "%sID#%02u: %u\n", ib, i + 1, id);
		len -= 4;
		p += 4;
	}
	if (op_msk & B_TRNG) {
		uint32_t start, end;

		if (len < PTH_DESC_SIZE) {
			dx_printf(dx, "pathlength %u with key/range too short %u\n", len,
				  PTH_DESC_SIZE);
			return -1;
		}
		start = GET_BE32(dx, p + 4);
		end = GET_BE32(dx, p + 8);
		p += 12;
		len -= 12;
		if (verbose(dx) >= 3)
			dx_printf(dx, "%sTable range: [%u,%u]\n", ib, start, end);
	}
	if (op_msk & B_KEYIN) {
		unsigned tll;

		if (len < PTH_DESC_SIZE) {
			dx_printf(dx, "pathlength %u with key/range too short %u\n", len,
				  PTH_DESC_SIZE);
			return -1;
		}
		tll = GET_BE16(dx, p + 4 + 2);
		p += 8;
		len -= 8;
		if (tll < TLV_HDRL) {
			dx_printf(dx, "key content length %u < %u\n", tll, TLV_HDRL);
			return -1;
		}
		tll -= TLV_HDRL;
		if (len < tll) {
			dx_puts(dx, "key content too short\n");
			return -1;
		}
		p += tll;
		len -= tll;
	}
	if (len) {
		unsigned type = GET_BE16(dx, p), tlvl = GET_BE16(dx, p + 2);
		unsigned err = tlv_check(tlvl, len), pad = 0;
		const struct pd_type *ops;

		if (err) {
			dx_printf(dx, "%s Outstanding bytes %u for TLV type 0x%x TLV len %u\n",
				  tok2str(dx, xlv_errs, NULL, err), len, type, tlvl);
			goto bad;
		}
		if (ALN4(tlvl) > tlvl) {
			if (ALN4(tlvl) > len)
				dx_printf(dx, "Invalid padded pathdata TLV type 0x%x len %u missing %u pad bytes\n",
					  type, tlvl, ALN4(tlvl) - len);
			else
				pad = ALN4(tlvl) - tlvl;
		}
		ops = type >= TLV_PDAT && type <= TLV_REST ? pd_type(type) : NULL;
		if (!ops) {
			dx_printf(dx, "Invalid path data content type 0x%x len %u\n", type, tlvl);
			goto bad;
		}
		if (verbose(dx) >= 3 && ops->type != TLV_PDAT) {
			if (pad)
				dx_printf(dx, "%s  %s (Length %u DataLen %u pad %u Bytes)\n", ib,
					  ops->name, tlvl, tlvl - TLV_HDRL, pad);
			else
				dx_printf(dx, "%s  %s (Length %u DataLen %u Bytes)\n", ib,
					  ops->name, tlvl, tlvl - TLV_HDRL);
		}
		check_encoding(dx, type, op_msk, ops->op_msk);
		if (ops->print(dx, p, tlvl + pad, op_msk, indent + 2) == -1)
			return -1;
		len -= tlvl + pad;
		return (int)len;
bad:
		if (tlvl) {
			hex_print(dx, "Bad Data val\n\t  [", p, len);
			dx_puts(dx, "]\n");
			return -1;
		}
	}
	return (int)len;
}

/* PATH-DATA content: flags, ID count, the path and what follows it */
static int pdata_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk, int indent)
{
	const char *ib = ind(dx, indent, 0);
	unsigned flags, idcnt;
	int more;

	if (!DX_TTEST(dx, p, 4) || len < 4) {
		dx_print_trunc(dx);
		return -1;
	}
	flags = GET_BE16(dx, p);
	idcnt = GET_BE16(dx, p + 2);
	if (verbose(dx) >= 3)
		dx_printf(dx, "\n%sPathdata: Flags 0x%x ID count %u\n", ib, flags, idcnt);
	if (flags & PF_SELKEY)
		op_msk |= B_KEYIN;
	if (flags & PF_SELTABRANGE)
		op_msk |= B_TRNG;
	if (flags & PF_TABAPPEND)
		op_msk |= B_APPND;
	p += 4;
	len -= 4;
	if (len < idcnt * 4) {
		dx_printf(dx, "\t\t\ttruncated IDs expected %uB got %uB\n", idcnt * 4, len);
		hex_print(dx, "\t\t\tID Data[", p, len);
		dx_puts(dx, "]\n");
		return -1;
	}
	if ((op_msk & B_TRNG) && (op_msk & B_KEYIN)) {
		dx_puts(dx, "\t\t\tIllegal to have both Table ranges and keys\n");
		return -1;
	}
	more = pdata_ids_print(dx, p, len, idcnt, op_msk, indent);
	if (more <= 0)
		return 0;
	p += len - (unsigned)more;
	return recpd_print(dx, p, (unsigned)more, op_msk, indent + 1);
}

/* a run of PATH-DATA TLVs */
static int recpd_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk, int indent)
{
	while (len != 0) {
		unsigned tlvl = GET_BE16(dx, p + 2), type;

		if (tlv_check(tlvl, len))
			break;
		type = GET_BE16(dx, p);
		if (verbose(dx) >= 3)
			dx_printf(dx, "%s%s, length %u (data encapsulated %u Bytes)",
				  ind(dx, indent, 0), tok2str(dx, tlv_names, NULL, type), tlvl,
				  tlvl - TLV_HDRL);
		if (pdata_print(dx, p + TLV_HDRL, tlvl - TLV_HDRL, op_msk, indent + 1) == -1)
			return -1;
		len -= ALN4(tlvl);
		p += ALN4(tlvl);
	}
	if (len) {
		unsigned type = GET_BE16(dx, p);

		dx_printf(dx, "\n\t\tMessy PATHDATA TLV header, type (0x%x)\n\t\texcess of %u Bytes ",
			  type, len - GET_BE16(dx, p + 2));
		return -1;
	}
	return 0;
}

/* RCOMMIT: one TLV holding a path */
static int genop_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk, int indent)
{
	unsigned type = GET_BE16(dx, p), tlvl = GET_BE16(dx, p + 2);
	unsigned err = tlv_check(tlvl, len);
	const char *ib = ind(dx, indent, 0);

	dx_printf(dx, "genoptlvprint - %s TLV type 0x%x len %u\n",
		  tok2str(dx, tlv_names, NULL, type), type, tlvl);
	if (err) {
		dx_printf(dx, "\t\t\tInvalid ForCES TLV type=%x", type);
		return -1;
	}
	if (!top_tlv_valid(type)) {
		dx_printf(dx, "%s TLV type 0x%x len %u\n", tok2str(dx, xlv_errs, NULL, err), type,
			  tlvl);
		return -1;
	}
	if (verbose(dx) >= 3)
		dx_printf(dx, "%s%s, length %u (data length %u Bytes)", ib,
			  tok2str(dx, tlv_names, NULL, type), tlvl, tlvl - TLV_HDRL);
	return pdata_print(dx, p + TLV_HDRL, tlvl - TLV_HDRL, op_msk, indent + 1);
}

/* one operation TLV (its length was checked >= TLV_HDRL) */
static void oper_print(struct dx *dx, const uint8_t *p, int indent)
{
	unsigned type = GET_BE16(dx, p), tlvl = GET_BE16(dx, p + 2);
	unsigned tll = tlvl - TLV_HDRL;
	const struct op_type *ops = op_type(type);
	const char *ib = ind(dx, indent, 0);

	if (verbose(dx) >= 3)
		dx_printf(dx, "%sOper TLV %s(0x%x) length %u\n", ib, ops->name, type, tlvl);
	if (tll < 8) {
		dx_printf(dx, "\t\tOper TLV %s(0x%x) length %u\n", ops->name, type, tlvl);
		dx_printf(dx, "\t\tTruncated data size %u minimum required %u\n", tll, 8u);
		invop_print(dx, p + TLV_HDRL, tll, ops->op_msk, indent);
		return;
	}
	if (ops->print)
		ops->print(dx, p + TLV_HDRL, tll, ops->op_msk, indent + 1);
}

/* Association TearDown: the reason */
static int ast_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk, int indent)
{
	const char *ib = ind(dx, indent, 0);
	uint32_t code;

	(void)op_msk;
	if (len - TLV_HDRL != 4) {
		dx_printf(dx, "illegal ASTresult-TLV: %u bytes!\n", len - TLV_HDRL);
		return -1;
	}
	code = GET_BE32(dx, p);
	if (code > 255) {
		dx_printf(dx, "illegal ASTresult result code: %u!\n", code);
		return -1;
	}
	if (verbose(dx) >= 3) {
		static const char *const reasons[] = {
			"Normal Teardown", "Loss of Heartbeats", "Out of bandwidth",
			"Out of Memory", "Application Crash"
		};

		dx_printf(dx, "Teardown reason:\n%s", ib);
		dx_puts(dx, code < 5 ? reasons[code] : "Unknown Teardown reason");
		dx_printf(dx, "(%x)\n%s", code, ib);
	}
	return 0;
}

/* Association Response: the result */
static int asr_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk, int indent)
{
	const char *ib = ind(dx, indent, 0);
	uint32_t code;

	(void)op_msk;
	if (len - TLV_HDRL != 4) {
		dx_printf(dx, "illegal ASRresult-TLV: %u bytes!\n", len - TLV_HDRL);
		return -1;
	}
	code = GET_BE32(dx, p);
	if (code > 3) {
		dx_printf(dx, "illegal ASRresult result code: %u!\n", code);
		return -1;
	}
	if (verbose(dx) >= 3) {
		static const char *const results[] = {
			"Success ", "FE ID invalid ", "permission denied ", "Unknown "
		};

		dx_printf(dx, "\n%s", ib);
		dx_puts(dx, results[code]);
		dx_printf(dx, "(%x)\n%s", code, ib);
	}
	return 0;
}

/* METADATA TLV: its ILVs */
static void metadata_print(struct dx *dx, const uint8_t *p, unsigned len, int indent)
{
	unsigned rlen = len - TLV_HDRL;

	dx_printf(dx, "\n%s METADATA length %u\n", ind(dx, indent, 0), rlen);
	while (rlen != 0) {
		uint32_t l;

		if (ilv_check(dx, p, rlen))
			break;
		l = GET_BE32(dx, p + 4);
		dx_printf(dx, "%sMetaID 0x%x length %u\n", ind(dx, indent + 1, 0),
			  GET_BE32(dx, p), l);
		if (verbose(dx) >= 3) {
			hex_print(dx, "\t\t[", p + ILV_HDRL, l - ILV_HDRL);
			dx_puts(dx, " ]\n");
		}
		rlen -= ALN4(l);
		p += ALN4(l);
	}
}

static void reddata_print(struct dx *dx, const uint8_t *p, unsigned len, int indent)
{
	unsigned rlen = len - TLV_HDRL;

	dx_printf(dx, "\n%s Redirect Data length %u\n", ind(dx, indent, 0), rlen);
	if (verbose(dx) >= 3) {
		dx_puts(dx, "\t\t[");
		hex_print(dx, "\n\t\t", p, rlen);
		dx_puts(dx, "\n\t\t]");
	}
}

/* Packet Redirect: METADATA and REDIRECTDATA TLVs */
static int redirect_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk,
			  int indent)
{
	unsigned rlen = len - TLV_HDRL;

	(void)op_msk;
	if (rlen <= 8) {
		dx_printf(dx, "\n\t\ttruncated Redirect TLV: %u bytes missing! ", 8 - rlen);
		return -1;
	}
	indent++;
	while (rlen != 0) {
		unsigned type = GET_BE16(dx, p), tlvl = GET_BE16(dx, p + 2);

		if (tlv_check(tlvl, rlen)) {
			dx_puts(dx, "Bad Redirect data\n");
			break;
		}
		if (type == TLV_METD)
			metadata_print(dx, p + TLV_HDRL, tlvl, indent);
		else if (type == TLV_REDD)
			reddata_print(dx, p + TLV_HDRL, tlvl, indent);
		else
			dx_printf(dx, "Unknown REDIRECT TLV 0x%x len %u\n", type, tlvl);
		rlen -= ALN4(tlvl);
		p += ALN4(tlvl);
	}
	if (rlen) {
		unsigned type = GET_BE16(dx, p);

		dx_printf(dx, "\n\t\tMessy Redirect TLV header, type (0x%x)\n\t\texcess of %u Bytes ",
			  type, rlen - GET_BE16(dx, p + 2));
		return -1;
	}
	return 0;
}

/* LFBselect TLV: class, instance, then operation TLVs */
static int lfbselect_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned op_msk,
			   int indent)
{
	const char *ib = ind(dx, indent, 0);
	unsigned dlen = len - TLV_HDRL, rlen;

	if (dlen <= 12) {
		dx_printf(dx, "\n\t\ttruncated lfb selector: %u bytes missing! ", 12 - dlen);
		return -1;
	}
	rlen = dlen - 8;
	if (!DX_TTEST(dx, p, 8)) {
		dx_print_trunc(dx);
		return -1;
	}
	if (verbose(dx) >= 3) {
		uint32_t cls = GET_BE32(dx, p);

		dx_printf(dx, "\n%s%s(Classid %x) instance %x\n", ib,
			  tok2str(dx, lfb_names, "#%d", cls), cls, GET_BE32(dx, p + 4));
	}
	p += 8;
	indent++;
	while (rlen != 0) {
		unsigned type = GET_BE16(dx, p), tlvl = GET_BE16(dx, p + 2);

		if (tlv_check(tlvl, rlen))
			break;
		if (op_valid(type, op_msk)) {
			oper_print(dx, p, indent);
		} else {
			if (verbose(dx) < 3)
				dx_putc(dx, '\n');
			dx_printf(dx, "\t\tINValid oper-TLV type 0x%x length %u for this ForCES message\n",
				  type, tlvl);
			invop_print(dx, p, rlen, 0, indent);
		}
		rlen -= ALN4(tlvl);
		p += ALN4(tlvl);
	}
	if (rlen) {
		unsigned type = GET_BE16(dx, p);

		dx_printf(dx, "\n\t\tMessy oper TLV header, type (0x%x)\n\t\texcess of %u Bytes ",
			  type, rlen - GET_BE16(dx, p + 2));
		return -1;
	}
	return 0;
}

/* the top-level TLVs of a message of mlen bytes */
static int top_tlvs_print(struct dx *dx, const uint8_t *bp, unsigned mlen,
			  const struct msg_type *mt)
{
	const uint8_t *p = bp + FORCES_HDRL, *end = bp + mlen;
	unsigned rlen = mlen - FORCES_HDRL, left;

	if (rlen > TLV_HDRL) {
		if (mt->flags & ZERO_TTLV) {
			dx_printf(dx, "<0x%x>Illegal Top level TLV!\n", mt->flags);
			return -1;
		}
	} else {
		if (mt->flags & ZERO_MORE_TTLV)
			return 0;
		if (mt->flags & ONE_MORE_TTLV) {
			dx_puts(dx, "\tTop level TLV Data missing!\n");
			return -1;
		}
	}
	if (mt->flags & ZERO_TTLV)
		return 0;
	left = mt->flags >> 4;
	while (rlen != 0) {
		unsigned type = GET_BE16(dx, p), tlvl = GET_BE16(dx, p + 2);

		if (tlv_check(tlvl, rlen))
			break;
		if (!top_tlv_valid(type)) {
			dx_printf(dx, "\n\tInvalid ForCES Top TLV type=0x%x", type);
			return -1;
		}
		DX_FIELD_IN(dx, p, ALN4(tlvl), end, "%s, length %u",
			    tok2str(dx, tlv_names, NULL, type), tlvl);
		if (verbose(dx) >= 3)
			dx_printf(dx, "\t%s, length %u (data length %u Bytes)",
				  tok2str(dx, tlv_names, NULL, type), tlvl, tlvl - TLV_HDRL);
		if (mt->print(dx, p + TLV_HDRL, tlvl, mt->op_msk, 9) < 0)
			return -1;
		rlen -= ALN4(tlvl);
		p += ALN4(tlvl);
		if (--left == 0)
			break;
	}
	if (rlen) {
		dx_printf(dx, "\tMess TopTLV header: min %u, total %u advertised %u ", TLV_HDRL, rlen,
			  GET_BE16(dx, p + 2));
		return -1;
	}
	return 0;
}

static const struct msg_type *msg_type(unsigned t)
{
	size_t i;

	for (i = 0; i < sizeof(msg_types) / sizeof(msg_types[0]); i++)
		if (msg_types[i].type == t)
			return &msg_types[i];
	return &msg_types[0];
}

void forces_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	const struct msg_type *mt;
	unsigned type, mlen;
	uint32_t flags;

	dx_proto(dx, "forces");
	if (!DX_TTEST(dx, bp, FORCES_HDRL)) {
		dx_print_trunc(dx);
		return;
	}
	DX_LAYER(dx, bp, len, "Forwarding and Control Element Separation Protocol");
	type = GET_U8(dx, bp + 1);
	mlen = (unsigned)GET_BE16(dx, bp + 2) << 2;
	flags = GET_BE32(dx, bp + 20);
	DX_FIELD(dx, bp, 1, "Version: %u", GET_U8(dx, bp) >> 4);
	DX_FIELD(dx, bp + 1, 1, "Message Type: %s (0x%x)", msg_type(type)->name, type);
	DX_FIELD(dx, bp + 2, 2, "Length: %u words (%u bytes)", mlen >> 2, mlen);
	DX_FIELD(dx, bp + 4, 4, "Source ID: 0x%x (%s)", GET_BE32(dx, bp + 4),
		 node_name(GET_BE32(dx, bp + 4)));
	DX_FIELD(dx, bp + 8, 4, "Destination ID: 0x%x (%s)", GET_BE32(dx, bp + 8),
		 node_name(GET_BE32(dx, bp + 8)));
	DX_FIELD(dx, bp + 12, 8, "Correlator: 0x%llx", (unsigned long long)GET_BE64(dx, bp + 12));
	DX_FIELD(dx, bp + 20, 4, "Flags: 0x%08x", flags);
	if (!type_valid(type)) {
		dx_printf(dx, "Invalid ForCES message type %u\n", type);
		goto error;
	}
	mt = msg_type(type);
	if (mt->type == 0) {
		dx_printf(dx, "\n\tUnknown ForCES message type=0x%x", type);
		goto error;
	}
	dx_printf(dx, "\n\tForCES %s ", mt->name);
	if (len < FORCES_HDRL || mlen < FORCES_HDRL || mlen != len) {
		dx_printf(dx, "Illegal ForCES pkt len - min %u, total recvd %u, advertised %u ",
			  FORCES_HDRL, len, mlen);
		goto error;
	}
	if (verbose(dx) >= 1) {
		uint32_t sid = GET_BE32(dx, bp + 4), did = GET_BE32(dx, bp + 8);

		dx_printf(dx, "\n\tForCES Version %u len %uB flags 0x%08x ", GET_U8(dx, bp) >> 4,
			  mlen, flags);
		dx_printf(dx, "\n\tSrcID 0x%x(%s) DstID 0x%x(%s) Correlator 0x%llx", sid,
			  node_name(sid), did, node_name(did),
			  (unsigned long long)GET_BE64(dx, bp + 12));
	}
	if (verbose(dx) >= 2) {
		unsigned ack = flags >> 30, pri = (flags >> 27) & 7, rs1 = (flags >> 24) & 7;
		unsigned em = (flags >> 22) & 3, at = (flags >> 21) & 1, tp = (flags >> 19) & 3;

		dx_printf(dx, "\n\tForCES flags:\n\t  %s(0x%x), prio=%u, %s(0x%x),\n\t  %s(0x%x), %s(0x%x)\n",
			  tok2str(dx, acks, "ACKUnknown", ack), ack, pri,
			  tok2str(dx, ems, "EMUnknown", em), em,
			  tok2str(dx, ats, "ATUnknown", at), at,
			  tok2str(dx, tps, "TPUnknown", tp), tp);
		dx_printf(dx, "\t  Extra flags: rsv(b5-7) 0x%x rsv(b13-31) 0x%x\n", rs1,
			  flags & 0x7ffff);
	}
	if (top_tlvs_print(dx, bp, mlen, mt) < 0)
		goto error;
	if (verbose(dx) >= 4) {
		dx_puts(dx, "\n\t  Raw ForCES message\n\t [");
		hex_print(dx, "\n\t ", bp, len);
		dx_puts(dx, "\n\t ]");
	}
	DX_LAYER_END(dx);
	return;
error:
	hex_print(dx, "\n\t[", bp, len);
	dx_puts(dx, "\n\t]");
	DX_LAYER_END(dx);
}
