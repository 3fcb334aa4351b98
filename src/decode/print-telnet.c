// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Telnet commands (TCP port 23)
 *
 * RFC 854 (Telnet), RFC 855 (options), RFC 1091/1073/1079/1184/1572/2941/
 * 2946 (option subnegotiations). Text matches tcpdump 4.99.3
 * print-telnet.c: the IAC commands at the start of a segment, as
 * " [telnet WILL ECHO, DO SUPPRESS GO AHEAD, SB TERMINAL TYPE SEND SE]";
 * with -X and -vvv each command is dumped in hex instead.
 *
 * Wire format: IAC (255) then a command byte (236..255); WILL/WONT/DO/DONT
 * take an option byte; SB takes an option, parameters, and ends with IAC SE.
 */
#include <stdio.h>

#include "dx.h"
#include "print-telnet.h"

#define IAC 255
#define DONT 254
#define DO 253
#define WONT 252
#define WILL 251
#define SB 250
#define SE 240
#define TELCMD_FIRST 236
#define NTELOPTS 40
#define TELOPT_AUTHENTICATION 37
#define TELOPT_ENCRYPT 38

static const char *const telcmds[] = {
	"EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK", "BRK", "IP", "AO", "AYT", "EC",
	"EL", "GA", "SB", "WILL", "WONT", "DO", "DONT", "IAC",
};

static const char *const telopts[NTELOPTS] = {
	"BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME",
	"STATUS", "TIMING MARK", "RCTE", "NAOL", "NAOP",
	"NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS",
	"NAOVTD", "NAOLFD", "EXTEND ASCII", "LOGOUT", "BYTE MACRO",
	"DATA ENTRY TERMINAL", "SUPDUP", "SUPDUP OUTPUT",
	"SEND LOCATION", "TERMINAL TYPE", "END OF RECORD",
	"TACACS UID", "OUTPUT MARKING", "TTYLOC",
	"3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW",
	"LINEMODE", "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION",
	"ENCRYPT", "NEW-ENVIRON",
};

static const char *const cmds[] = { "IS", "SEND", "INFO" };
static const char *const authcmd[] = { "IS", "SEND", "REPLY", "NAME" };
static const char *const authtype[] = {
	"NULL", "KERBEROS_V4", "KERBEROS_V5", "SPX", "MINK", "SRP", "RSA", "SSL", NULL, NULL,
	"LOKI", "SSA", "KEA_SJ", "KEA_SJ_INTEG", "DSS", "NTLM",
};
static const char *const enccmd[] = {
	"IS", "SUPPORT", "REPLY", "START", "END", "REQUEST-START", "REQUEST-END", "END_KEYID",
	"DEC_KEYID",
};
static const char *const enctype[] = {
	"NULL", "DES_CFB64", "DES_OFB64", "DES3_CFB64", "DES3_OFB64", NULL, "CAST5_40_CFB64",
	"CAST5_40_OFB64", "CAST128_CFB64", "CAST128_OFB64",
};

/* " NAME" from the table, or " %#x" */
static void str_or_id(struct dx *dx, unsigned x, const char *const *tab, size_t n)
{
	dx_putc(dx, ' ');
	if (x < n && tab[x])
		dx_puts(dx, tab[x]);
	else
		dx_printf(dx, "%#x", x);
}

#define STR_OR_ID(dx, x, tab) str_or_id((dx), (x), (tab), sizeof(tab) / sizeof((tab)[0]))

/* Length of the command at sp (which holds IAC), printing it when print is
 * set; -1 when it does not end inside length. */
static int telnet_parse(struct dx *dx, const uint8_t *sp, unsigned length, int print)
{
	const uint8_t *osp = sp, *p;
	unsigned c, x;
	int i;

#define FETCH(v) do { if (length < 1) return -1; (v) = GET_U8(dx, sp); sp++; length--; } while (0)

	FETCH(c);
	if (c != IAC)
		return -1;
	FETCH(c);
	if (c == IAC) {
		if (print)
			dx_puts(dx, "IAC IAC");
		return (int)(sp - osp);
	}
	i = (int)c - TELCMD_FIRST;
	if (i < 0 || i > IAC - TELCMD_FIRST)
		return -1;

	switch (c) {
	case DONT:
	case DO:
	case WONT:
	case WILL:
	case SB:
		FETCH(x);
		if (print) {
			dx_puts(dx, telcmds[i]);
			dx_putc(dx, ' ');
			if (x < NTELOPTS)
				dx_puts(dx, telopts[x]);
			else
				dx_printf(dx, "%#x", x);
		}
		if (c != SB)
			break;
		/* IAC SB .... IAC SE */
		p = sp;
		while (length > (unsigned)(p + 1 - sp)) {
			if (GET_U8(dx, p) == IAC && GET_U8(dx, p + 1) == SE)
				break;
			p++;
		}
		if (GET_U8(dx, p) != IAC)
			return -1;
		if (p > sp) {
			FETCH(c);
			if (print) {
				if (x == TELOPT_AUTHENTICATION)
					STR_OR_ID(dx, c, authcmd);
				else if (x == TELOPT_ENCRYPT)
					STR_OR_ID(dx, c, enccmd);
				else
					STR_OR_ID(dx, c, cmds);
			}
			if ((x == TELOPT_AUTHENTICATION || x == TELOPT_ENCRYPT) && p > sp) {
				FETCH(c);
				if (print) {
					if (x == TELOPT_AUTHENTICATION)
						STR_OR_ID(dx, c, authtype);
					else
						STR_OR_ID(dx, c, enctype);
				}
			}
		}
		while (p > sp) {
			FETCH(x);
			if (print)
				dx_printf(dx, " %#x", x);
		}
		if (print)
			dx_puts(dx, " SE");
		sp += 2;
		break;
	default:
		if (print)
			dx_puts(dx, telcmds[i]);
		break;
	}
	return (int)(sp - osp);
#undef FETCH
}

/* tcpdump's hex_print_with_offset() */
static void hex_print_with_offset(struct dx *dx, const char *ident, const uint8_t *cp,
				  unsigned length, unsigned oset)
{
	size_t caplength = DX_BYTES_AVAIL(dx, cp);
	unsigned i = 0, nshorts;
	int truncated = 0;

	if (length > caplength) {
		length = (unsigned)caplength;
		truncated = 1;
	}
	for (nshorts = length / 2; nshorts != 0; nshorts--) {
		if ((i++ % 8) == 0) {
			dx_printf(dx, "%s0x%04x: ", ident, oset);
			oset += 16;
		}
		dx_printf(dx, " %02x%02x", GET_U8(dx, cp), GET_U8(dx, cp + 1));
		cp += 2;
	}
	if (length & 1) {
		if ((i % 8) == 0)
			dx_printf(dx, "%s0x%04x: ", ident, oset);
		dx_printf(dx, " %02x", GET_U8(dx, cp));
	}
	if (truncated)
		dx_trunc(dx);
}

void telnet_print(struct dx *dx, const uint8_t *sp, unsigned length)
{
	int hexdump = dx->opts->hex_ascii && dx->opts->verbose > 2;
	const uint8_t *osp = sp;
	int first = 1, l;

	dx_proto(dx, "telnet");
	DX_LAYER(dx, sp, length, "Telnet");
	while (length > 0 && GET_U8(dx, sp) == IAC) {
		size_t mark;

		/* measure first, then print */
		l = telnet_parse(dx, sp, length, 0);
		if (l < 0)
			break;
		if (hexdump) {
			if (first)
				dx_puts(dx, "\nTelnet:");
			hex_print_with_offset(dx, "\n", sp, (unsigned)l, (unsigned)(sp - osp));
			if (l > 8)
				dx_puts(dx, "\n\t\t\t\t");
			else
				dx_printf(dx, "%*s\t", (8 - l) * 3, "");
		} else {
			dx_puts(dx, first ? " [telnet " : ", ");
		}
		mark = dx->out->len;
		(void)telnet_parse(dx, sp, length, 1);
		if (dx->tree) {
			const char *s;
			int n;

			s = dx_text_since(dx, mark, &n);
			DX_FIELD(dx, sp, (size_t)l, "Command: %.*s", n, s);
		}
		first = 0;
		sp += l;
		length -= (unsigned)l;
	}
	if (!first)
		dx_puts(dx, hexdump ? "\n" : "]");
	if (length)
		DX_FIELD(dx, sp, length, "Data (%u bytes)", length);
	DX_LAYER_END(dx);
}
