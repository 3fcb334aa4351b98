// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Berkeley UNIX Time Synchronization Protocol, timed (UDP 525).
 * Text as tcpdump 4.99.3 print-timed.c.
 *
 * "The Berkeley UNIX Time Synchronization Protocol" (4.4BSD SMM 12).
 * Message: type (1), version (1), sequence (2), then either a time
 * (seconds 4, microseconds 4) or a hop count (1), then the sender's
 * host name, NUL padded to 256 bytes.
 */
#include "dx.h"
#include "print.h"

#define TSP_ADJTIME 1
#define TSP_SETTIME 5
#define TSP_SETDATE 22
#define TSP_SETDATEREQ 23
#define TSP_LOOP 24
#define TSP_NAME_OFF 12u
#define TSP_NAME_LEN 256u

static const struct tok tsp_types[] = {
	{ 0, "TSP_ANY" },
	{ 1, "TSP_ADJTIME" },
	{ 2, "TSP_ACK" },
	{ 3, "TSP_MASTERREQ" },
	{ 4, "TSP_MASTERACK" },
	{ 5, "TSP_SETTIME" },
	{ 6, "TSP_MASTERUP" },
	{ 7, "TSP_SLAVEUP" },
	{ 8, "TSP_ELECTION" },
	{ 9, "TSP_ACCEPT" },
	{ 10, "TSP_REFUSE" },
	{ 11, "TSP_CONFLICT" },
	{ 12, "TSP_RESOLVE" },
	{ 13, "TSP_QUIT" },
	{ 14, "TSP_DATE" },
	{ 15, "TSP_DATEREQ" },
	{ 16, "TSP_DATEACK" },
	{ 17, "TSP_TRACEON" },
	{ 18, "TSP_TRACEOFF" },
	{ 19, "TSP_MSITE" },
	{ 20, "TSP_MSITEREQ" },
	{ 21, "TSP_TEST" },
	{ 22, "TSP_SETDATE" },
	{ 23, "TSP_SETDATEREQ" },
	{ 24, "TSP_LOOP" },
	{ 0, NULL }
};

void timed_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned type, vers, seq;
	int32_t sec, usec;

	dx_proto(dx, "timed");
	DX_LAYER(dx, bp, length, "Time Synchronization Protocol");
	type = GET_U8(dx, bp);
	dx_puts(dx, tok2str(dx, tsp_types, "(tsp_type %#x)", type));
	DX_FIELD(dx, bp, 1, "Type: %s (%u)", tok2str(dx, tsp_types, "unknown", type), type);
	vers = GET_U8(dx, bp + 1);
	dx_printf(dx, " vers %u", vers);
	DX_FIELD(dx, bp + 1, 1, "Version: %u", vers);
	seq = GET_BE16(dx, bp + 2);
	dx_printf(dx, " seq %u", seq);
	DX_FIELD(dx, bp + 2, 2, "Sequence: %u", seq);

	switch (type) {
	case TSP_LOOP:
		dx_printf(dx, " hopcnt %u", GET_U8(dx, bp + 4));
		DX_FIELD(dx, bp + 4, 1, "Hop count: %u", GET_U8(dx, bp + 4));
		break;
	case TSP_SETTIME:
	case TSP_ADJTIME:
	case TSP_SETDATE:
	case TSP_SETDATEREQ:
		sec = (int32_t)GET_BE32(dx, bp + 4);
		usec = (int32_t)GET_BE32(dx, bp + 8);
		DX_FIELD(dx, bp + 4, 4, "Seconds: %d", sec);
		DX_FIELD(dx, bp + 8, 4, "Microseconds: %d", usec);
		if (usec < 0) {
			/* invalid: tcpdump prints no more */
			DX_LAYER_END(dx);
			return;
		}
		dx_puts(dx, " time ");
		if (sec < 0 && usec != 0) {
			sec++;
			if (sec == 0)
				dx_putc(dx, '-');
			usec = 1000000 - usec;
		}
		dx_printf(dx, "%d.%06d", sec, usec);
		break;
	}
	dx_puts(dx, " name ");
	DX_FIELD_IN(dx, bp + TSP_NAME_OFF, TSP_NAME_LEN, dx->snapend, "Name");
	dx_printjnp(dx, bp + TSP_NAME_OFF, TSP_NAME_LEN);
	DX_LAYER_END(dx);
}
