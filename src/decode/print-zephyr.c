// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Zephyr notification service (UDP 2103/2104). Text as tcpdump
 * 4.99.3 print-zephyr.c.
 *
 * MIT Project Athena Zephyr. A notice is a list of NUL-terminated ASCII
 * fields: version ("ZEPH0.2"), field count, kind, uid, port, auth flag,
 * auth length, auth data, class, instance, opcode, sender, recipient,
 * format, checksum, multi, multi uid, then the message body (more
 * fields). Numbers are written in hex.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dx.h"
#include "print.h"

#define Z_SERVACK 5
#define Z_STRBUF 256

static const struct tok z_types[] = {
	{ 0, "unsafe" },
	{ 1, "unacked" },
	{ 2, "acked" },
	{ 3, "hm-ack" },
	{ 4, "hm-ctl" },
	{ 5, "serv-ack" },
	{ 6, "serv-nak" },
	{ 7, "client-ack" },
	{ 8, "stat" },
	{ 0, NULL }
};

/* the names of the header fields, in order (for the tree) */
enum {
	ZF_VERSION, ZF_NUMFIELDS, ZF_KIND, ZF_UID, ZF_PORT, ZF_AUTH, ZF_AUTHLEN, ZF_AUTHDATA,
	ZF_CLASS, ZF_INST, ZF_OPCODE, ZF_SENDER, ZF_RECIPIENT, ZF_FORMAT, ZF_CKSUM, ZF_MULTI,
	ZF_MULTI_UID, ZF_COUNT
};

static const char *const z_field_names[ZF_COUNT] = {
	"Version", "Field count", "Kind", "UID", "Port", "Authentication", "Authentication length",
	"Authentication data", "Class", "Instance", "Opcode", "Sender", "Recipient", "Format",
	"Checksum", "Multi", "Multi UID"
};

struct z_parse {
	const uint8_t *p;	/* next field */
	unsigned left;		/* bytes of the notice from p on */
	int lost;		/* a field ran past the notice */
};

/*
 * The next NUL-terminated field (its bytes checked, so it may be read as
 * a C string), or NULL when the notice ends first; a truncated capture
 * ends the packet.
 */
static const char *z_field(struct dx *dx, struct z_parse *zp, const char *name)
{
	const uint8_t *s = zp->p;

	for (;;) {
		if (zp->left == 0) {
			zp->lost = 1;
			return NULL;
		}
		if (GET_U8(dx, zp->p) == '\0')
			break;
		zp->p++;
		zp->left--;
	}
	zp->p++;
	zp->left--;
	DX_FIELD(dx, s, (size_t)(zp->p - s), "%s: %s", name, (const char *)s);
	return (const char *)s;
}

static void z_put(struct dx *dx, const char *lead, const char *s)
{
	dx_puts(dx, lead);
	while (*s)
		dx_print_char(dx, (uint8_t)*s++);
}

/* at most Z_STRBUF - 1 bytes of s, lower-cased, in buf */
static const char *z_lower(char *buf, const char *s)
{
	size_t i;

	for (i = 0; i + 1 < Z_STRBUF && s[i]; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
	buf[i] = '\0';
	return buf;
}

static void z_put_triple(struct dx *dx, const char *lead, const char *class, const char *inst,
			 const char *recipient)
{
	char *buf = dx_namebuf(dx);

	if (!*recipient)
		recipient = "*";
	snprintf(buf, Z_STRBUF, "<%s,%s,%s>", class, inst, recipient);
	z_put(dx, lead, buf);
}

static int z_is(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

/* the class, instance and opcode cases; 0 when none matched */
static int z_body_print(struct dx *dx, struct z_parse *zp, const char *f[], int kind)
{
	const char *class = f[ZF_CLASS], *inst = f[ZF_INST], *op = f[ZF_OPCODE];
	char lower[Z_STRBUF];

	if (z_is(class, "USER_LOCATE")) {
		if (z_is(op, "USER_HIDE"))
			dx_puts(dx, " hide");
		else if (z_is(op, "USER_UNHIDE"))
			dx_puts(dx, " unhide");
		else
			z_put(dx, " locate ", inst);
		return 1;
	}
	if (z_is(class, "ZEPHYR_ADMIN")) {
		z_put(dx, " zephyr-admin ", z_lower(lower, op));
		return 1;
	}
	if (z_is(class, "ZEPHYR_CTL")) {
		if (z_is(inst, "CLIENT")) {
			if (z_is(op, "SUBSCRIBE") || z_is(op, "SUBSCRIBE_NODEFS") ||
			    z_is(op, "UNSUBSCRIBE")) {
				dx_printf(dx, " %ssub%s", z_is(op, "SUBSCRIBE") ? "" : "un",
					  z_is(op, "SUBSCRIBE_NODEFS") ? "-nodefs" : "");
				if (kind != Z_SERVACK) {
					const char *c = z_field(dx, zp, "Subscription class");
					const char *i = c ? z_field(dx, zp, "Subscription instance") : NULL;
					const char *r = i ? z_field(dx, zp, "Subscription recipient") : NULL;

					if (r)
						z_put_triple(dx, " ", c, i, r);
				}
				return 1;
			}
			if (z_is(op, "GIMME"))
				dx_puts(dx, " ret");
			else if (z_is(op, "GIMMEDEFS"))
				dx_puts(dx, " gimme-defs");
			else if (z_is(op, "CLEARSUB"))
				dx_puts(dx, " clear-subs");
			else
				z_put(dx, " ", z_lower(lower, op));
			return 1;
		}
		if (z_is(inst, "HM")) {
			z_put(dx, " ", z_lower(lower, op));
			return 1;
		}
		if (z_is(inst, "REALM")) {
			if (z_is(op, "ADD_SUBSCRIBE"))
				dx_puts(dx, " realm add-subs");
			if (z_is(op, "REQ_SUBSCRIBE"))
				dx_puts(dx, " realm req-subs");
			if (z_is(op, "RLM_SUBSCRIBE"))
				dx_puts(dx, " realm rlm-sub");
			if (z_is(op, "RLM_UNSUBSCRIBE"))
				dx_puts(dx, " realm rlm-unsub");
			return 1;
		}
	}
	if (z_is(class, "HM_CTL") || z_is(class, "WG_CTL")) {
		z_put(dx, z_is(class, "HM_CTL") ? " hm_ctl " : " wg_ctl ", z_lower(lower, inst));
		z_put(dx, " ", z_lower(lower, op));
		return 1;
	}
	if (z_is(class, "HM_STAT") && z_is(inst, "HMST_CLIENT") && z_is(op, "GIMMESTATS")) {
		dx_puts(dx, " get-client-stats");
		return 1;
	}
	if (z_is(class, "LOGIN")) {
		if (z_is(op, "USER_FLUSH")) {
			dx_puts(dx, " flush_locs");
			return 1;
		}
		if (z_is(op, "NONE") || z_is(op, "OPSTAFF") || z_is(op, "REALM-VISIBLE") ||
		    z_is(op, "REALM-ANNOUNCED") || z_is(op, "NET-VISIBLE") ||
		    z_is(op, "NET-ANNOUNCED")) {
			z_put(dx, " set-exposure ", z_lower(lower, op));
			return 1;
		}
	}
	return 0;
}

void zephyr_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	struct z_parse zp = { cp, length, 0 };
	const char *f[ZF_COUNT];
	int kind;
	int i;

	dx_proto(dx, "zephyr");
	DX_LAYER(dx, cp, length, "Zephyr");
	f[ZF_VERSION] = z_field(dx, &zp, z_field_names[ZF_VERSION]);
	if (!f[ZF_VERSION])
		goto invalid;
	if (strncmp(f[ZF_VERSION], "ZEPH", 4) != 0) {
		DX_LAYER_END(dx);
		return;
	}
	/* tcpdump reads on after a field is lost, and reads nothing more */
	for (i = ZF_NUMFIELDS; i < ZF_COUNT; i++) {
		f[i] = zp.lost ? NULL : z_field(dx, &zp, z_field_names[i]);
		if (zp.lost)
			goto invalid;
	}
	dx_puts(dx, " zephyr");
	if (strncmp(f[ZF_VERSION] + 4, "0.2", 3) != 0) {
		z_put(dx, " v", f[ZF_VERSION] + 4);
		DX_LAYER_END(dx);
		return;
	}
	kind = (int)strtol(f[ZF_KIND], NULL, 16);
	dx_printf(dx, " %s", tok2str(dx, z_types, "type %d", (unsigned)kind));
	if (kind == Z_SERVACK) {
		const char *ack = z_field(dx, &zp, "Acknowledgement");
		char lower[Z_STRBUF];

		if (ack && strcmp(ack, "SENT") != 0)
			z_put(dx, "/", z_lower(lower, ack));
	}
	if (*f[ZF_SENDER])
		z_put(dx, " ", f[ZF_SENDER]);
	if (!z_body_print(dx, &zp, f, kind)) {
		z_put_triple(dx, " to ", f[ZF_CLASS], f[ZF_INST], f[ZF_RECIPIENT]);
		if (*f[ZF_OPCODE])
			z_put(dx, " op ", f[ZF_OPCODE]);
	}
	DX_LAYER_END(dx);
	return;
invalid:
	dx_print_invalid(dx);
	DX_LAYER_END(dx);
}
