// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Trivial File Transfer Protocol (UDP port 69, or -T tftp).
 * Text as tcpdump 4.99.3 print-tftp.c.
 *
 * RFC 1350, RFC 2347 (options). Opcode (2): 1 RRQ and 2 WRQ carry a file
 * name and a mode, NUL-terminated, then option name/value strings;
 * 3 DATA and 4 ACK a block number (2); 5 ERROR an error code (2) and a
 * message; 6 OACK option strings.
 */
#include "dx.h"
#include "print.h"

#define TFTP_RRQ 1
#define TFTP_WRQ 2
#define TFTP_DATA 3
#define TFTP_ACK 4
#define TFTP_ERROR 5
#define TFTP_OACK 6

static const struct tok tftp_ops[] = {
	{ TFTP_RRQ, "RRQ" },
	{ TFTP_WRQ, "WRQ" },
	{ TFTP_DATA, "DATA" },
	{ TFTP_ACK, "ACK" },
	{ TFTP_ERROR, "ERROR" },
	{ TFTP_OACK, "OACK" },
	{ 0, NULL }
};

static const struct tok tftp_errors[] = {
	{ 0, "EUNDEF" },
	{ 1, "ENOTFOUND" },
	{ 2, "EACCESS" },
	{ 3, "ENOSPACE" },
	{ 4, "EBADOP" },
	{ 5, "EBADID" },
	{ 6, "EEXISTS" },
	{ 7, "ENOUSER" },
	{ 0, NULL }
};

/* a NUL-terminated string (dx_printztn), and its field labelled what */
static unsigned tftp_string(struct dx *dx, const uint8_t *p, unsigned n, const char *what)
{
	unsigned used = dx_printztn(dx, p, n);

	DX_FIELD(dx, p, used, "%s (%u bytes)", what, used);
	return used;
}

/* option name and value strings up to the end of the packet */
static int tftp_options(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned ui, k = 0;

	while (length != 0) {
		if (GET_U8(dx, bp) != '\0')
			dx_putc(dx, ' ');
		ui = tftp_string(dx, bp, length, (k++ & 1) ? "Option value" : "Option name");
		if (ui == 0)
			return 0;
		bp += ui;
		length -= ui;
	}
	return 1;
}

void tftp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned opcode, ui, code;
	const char *name;

	dx_proto(dx, "tftp");
	dx_printf(dx, "TFTP, length %u", length);
	DX_LAYER(dx, bp, length, "Trivial File Transfer Protocol");
	if (length < 2)
		goto trunc;
	opcode = GET_BE16(dx, bp);
	name = tok2str_or_null(tftp_ops, opcode);
	if (!name) {
		dx_printf(dx, ", tftp-#%u", opcode);
		DX_FIELD(dx, bp, 2, "Opcode: Unknown (%u)", opcode);
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, ", %s", name);
	DX_FIELD(dx, bp, 2, "Opcode: %s (%u)", name, opcode);
	bp += 2;
	length -= 2;

	switch (opcode) {
	case TFTP_RRQ:
	case TFTP_WRQ:
		if (length == 0)
			goto trunc;
		dx_puts(dx, " \"");
		ui = tftp_string(dx, bp, length, "Source File");
		dx_putc(dx, '"');
		if (ui == 0)
			goto trunc;
		bp += ui;
		length -= ui;
		if (length == 0)
			goto trunc;
		dx_putc(dx, ' ');
		ui = tftp_string(dx, bp, length, "Type");
		if (ui == 0)
			goto trunc;
		bp += ui;
		length -= ui;
		if (!tftp_options(dx, bp, length))
			goto trunc;
		break;
	case TFTP_OACK:
		if (!tftp_options(dx, bp, length))
			goto trunc;
		break;
	case TFTP_ACK:
	case TFTP_DATA:
		if (length < 2)
			goto trunc;
		dx_printf(dx, " block %u", GET_BE16(dx, bp));
		DX_FIELD(dx, bp, 2, "Block: %u", GET_BE16(dx, bp));
		if (opcode == TFTP_DATA && length > 2)
			DX_FIELD_IN(dx, bp + 2, length - 2, dx->snapend, "Data (%u bytes)", length - 2);
		break;
	case TFTP_ERROR:
		if (length < 2)
			goto trunc;
		code = GET_BE16(dx, bp);
		dx_printf(dx, " %s", tok2str(dx, tftp_errors, "tftp-err-#%u \"", code));
		DX_FIELD(dx, bp, 2, "Error code: %s (%u)", tok2str(dx, tftp_errors, "Unknown", code),
			 code);
		bp += 2;
		length -= 2;
		if (length == 0)
			goto trunc;
		dx_puts(dx, " \"");
		ui = tftp_string(dx, bp, length, "Error message");
		dx_putc(dx, '"');
		if (ui == 0)
			goto trunc;
		break;
	}
	DX_LAYER_END(dx);
	return;
trunc:
	DX_LAYER_END(dx);
	dx_print_trunc(dx);
}
