// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: SCTP printer (common header and chunks; ForCES payloads go to
 * print-forces.c, M3UA payloads (PPID 3, from -vv) to print-m3ua.c)
 * RFC 9260 (SCTP), RFC 3758 (FORWARD TSN)
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "print-forces.h"
#include "print-m3ua.h"

enum {
	SCTP_DATA = 0x00,
	SCTP_INITIATION = 0x01,
	SCTP_INITIATION_ACK = 0x02,
	SCTP_SELECTIVE_ACK = 0x03,
};

#define SCTP_DATA_LAST_FRAG 0x01
#define SCTP_DATA_FIRST_FRAG 0x02
#define SCTP_DATA_UNORDERED 0x04
#define SCTP_PPID_M3UA 3

static const struct tok sctp_chunkid_str[] = {
	{ 0x00, "DATA" },
	{ 0x01, "INIT" },
	{ 0x02, "INIT ACK" },
	{ 0x03, "SACK" },
	{ 0x04, "HB REQ" },
	{ 0x05, "HB ACK" },
	{ 0x06, "ABORT" },
	{ 0x07, "SHUTDOWN" },
	{ 0x08, "SHUTDOWN ACK" },
	{ 0x09, "OP ERR" },
	{ 0x0a, "COOKIE ECHO" },
	{ 0x0b, "COOKIE ACK" },
	{ 0x0c, "ECN ECHO" },
	{ 0x0d, "ECN CWR" },
	{ 0x0e, "SHUTDOWN COMPLETE" },
	{ 0xc0, "FOR CUM TSN" },
	{ 0xc1, "REL CTRL" },
	{ 0xc2, "REL CTRL ACK" },
	{ 0, NULL }
};

static const struct tok ppid_names[] = {
	{ 1, "ISDN Q.921" },
	{ 2, "M2UA" },
	{ 3, "M3UA" },
	{ 4, "SUA" },
	{ 5, "M2PA" },
	{ 6, "V5.2" },
	{ 7, "H.248" },
	{ 8, "BICC" },
	{ 9, "TALI" },
	{ 10, "DUA" },
	{ 11, "ASAP" },
	{ 12, "ENRP" },
	{ 13, "H.323" },
	{ 14, "Q.IPC" },
	{ 15, "SIMCO" },
	{ 16, "DDPSC" },
	{ 17, "DDPSSC" },
	{ 18, "S1AP" },
	{ 19, "RUA" },
	{ 20, "HNBAP" },
	{ 21, "ForCES HP" },
	{ 22, "ForCES MP" },
	{ 23, "ForCES LP" },
	{ 24, "SBc-AP" },
	{ 25, "NBAP" },
	{ 27, "X2AP" },
	{ 0, NULL }
};

static const struct tok forces_channels[] = {
	{ 6704, "ForCES HP" },
	{ 6705, "ForCES MP" },
	{ 6706, "ForCES LP" },
	{ 0, NULL }
};

static void bogus(struct dx *dx, unsigned chunk_len)
{
	dx_printf(dx, "bogus chunk length %u]", chunk_len);
}

/* INIT and INIT ACK; 0 when the chunk is too short */
static int init_print(struct dx *dx, const uint8_t *bp, unsigned rem, unsigned chunk_len)
{
	if (rem < 16) {
		bogus(dx, chunk_len);
		return 0;
	}
	dx_printf(dx, "[init tag: %u] ", GET_BE32(dx, bp));
	dx_printf(dx, "[rwnd: %u] ", GET_BE32(dx, bp + 4));
	dx_printf(dx, "[OS: %u] ", GET_BE16(dx, bp + 8));
	dx_printf(dx, "[MIS: %u] ", GET_BE16(dx, bp + 10));
	dx_printf(dx, "[init TSN: %u] ", GET_BE32(dx, bp + 12));
	return 1;
}

void sctp_print(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned length)
{
	unsigned rem = length, sport, dport, count;
	const char *sep;
	int isforces = 0;

	dx_proto(dx, "sctp");
	if (length < 12) {
		dx_printf(dx, "truncated-sctp - %u bytes missing!", 12 - length);
		return;
	}
	if (!DX_TTEST(dx, bp, 12))
		goto trunc;
	sport = GET_BE16(dx, bp);
	dport = GET_BE16(dx, bp + 2);
	{
		int v6 = (GET_U8(dx, iph) >> 4) == 6;
		const char *s = v6 ? GET_IP6ADDR_STRING(dx, iph + 8) : GET_IPADDR_STRING(dx,
											 iph + 12);
		const char *d = v6 ? GET_IP6ADDR_STRING(dx, iph + 24) : GET_IPADDR_STRING(dx,
											  iph + 16);

		dx_printf(dx, "%s.%u > %s.%u: sctp", s, sport, d, dport);
	}
	DX_LAYER(dx, bp, length, "Stream Control Transmission Protocol, Src Port: %u, Dst Port: %u",
		 sport, dport);
	DX_FIELD(dx, bp, 2, "Source Port: %u", sport);
	DX_FIELD(dx, bp + 2, 2, "Destination Port: %u", dport);
	DX_FIELD(dx, bp + 4, 4, "Verification Tag: 0x%08x", GET_BE32(dx, bp + 4));
	DX_FIELD(dx, bp + 8, 4, "Checksum: 0x%08x", GET_BE32(dx, bp + 8));
	DX_LAYER_END(dx);
	if (tok2str_or_null(forces_channels, sport)) {
		dx_printf(dx, "[%s]", tok2str(dx, forces_channels, NULL, sport));
		isforces = 1;
	}
	if (tok2str_or_null(forces_channels, dport)) {
		dx_printf(dx, "[%s]", tok2str(dx, forces_channels, NULL, dport));
		isforces = 1;
	}
	bp += 12;
	rem -= 12;
	sep = dx->opts->verbose >= 2 ? "\n\t" : " (";
	for (count = 0; rem != 0; count++) {
		unsigned chunk_len, crem, align, id;

		if (rem < 4) {
			dx_printf(dx, "%s%u) [chunk descriptor cut off at end of packet]", sep,
				  count + 1);
			break;
		}
		if (!DX_TTEST(dx, bp, 4))
			goto trunc;
		chunk_len = GET_BE16(dx, bp + 2);
		if (chunk_len < 4) {
			dx_printf(dx, "%s%u) [Bad chunk length %u, < size of chunk descriptor]",
				  sep,
				  count + 1, chunk_len);
			break;
		}
		crem = chunk_len;
		align = chunk_len % 4;
		if (align)
			align = 4 - align;
		if (rem < align) {
			dx_printf(dx, "%s%u) [Bad chunk length %u, > remaining data in packet]",
				  sep,
				  count + 1, chunk_len);
			break;
		}
		if (!DX_TTEST(dx, bp, chunk_len))
			goto trunc;
		id = bp[0];
		DX_FIELD(dx, bp, chunk_len, "Chunk %u: %s, length %u", count + 1,
			 tok2str(dx, sctp_chunkid_str, "0x%x", id), chunk_len);
		/* the lengths are 16-bit in tcpdump: keep its wrap-around */
		bp += 4;
		rem -= 4;
		crem = (crem - 4) & 0xffff;
		dx_printf(dx, "%s%u) ", sep, count + 1);
		dx_printf(dx, "[%s] ",
			  tok2str(dx, sctp_chunkid_str, "Unknown chunk type: 0x%x", id));
		switch (id) {
		case SCTP_DATA: {
			unsigned flg = GET_U8(dx, bp - 3), ppid, payload_size;

			if (flg & SCTP_DATA_UNORDERED)
				dx_puts(dx, "(U)");
			if (flg & SCTP_DATA_FIRST_FRAG)
				dx_puts(dx, "(B)");
			if (flg & SCTP_DATA_LAST_FRAG)
				dx_puts(dx, "(E)");
			if (flg &
			    (SCTP_DATA_UNORDERED | SCTP_DATA_FIRST_FRAG | SCTP_DATA_LAST_FRAG))
				dx_putc(dx, ' ');
			if (crem < 12) {
				bogus(dx, chunk_len);
				return;
			}
			ppid = GET_BE32(dx, bp + 8);
			dx_printf(dx, "[TSN: %u] ", GET_BE32(dx, bp));
			dx_printf(dx, "[SID: %u] ", GET_BE16(dx, bp + 4));
			dx_printf(dx, "[SSEQ %u] ", GET_BE16(dx, bp + 6));
			dx_printf(dx, "[PPID %s] ", tok2str(dx, ppid_names, "0x%x", ppid));
			if (!isforces)
				isforces = ppid >= 21 && ppid <= 23;
			bp += 12;
			rem -= 12;
			crem = (crem - 12) & 0xffff;
			payload_size = crem;
			if (payload_size == 0) {
				bogus(dx, chunk_len);
				return;
			}
			if (isforces) {
				forces_print(dx, bp, payload_size);
				dx->proto = "sctp";
			} else if (dx->opts->verbose >= 2 && ppid == SCTP_PPID_M3UA) {
				m3ua_print(dx, bp, payload_size);
				dx->proto = "sctp";
			} else if (dx->opts->verbose >= 2) {
				dx_puts(dx, "[Payload");
				if (!dx->opts->quiet && !dx->opts->hex && !dx->opts->hex_ascii) {
					dx_putc(dx, ':');
					hex_and_ascii_print(dx, "\n\t", bp, payload_size);
				}
				dx_putc(dx, ']');
			}
			bp += payload_size;
			rem -= payload_size;
			crem = 0;
			break;
		}
		case SCTP_INITIATION:
		case SCTP_INITIATION_ACK:
			if (!init_print(dx, bp, crem, chunk_len))
				return;
			bp += crem;
			rem -= crem;
			crem = 0;
			break;
		case SCTP_SELECTIVE_ACK: {
			uint32_t cum;
			unsigned i, ngaps, ndups;

			if (crem < 12) {
				bogus(dx, chunk_len);
				return;
			}
			cum = GET_BE32(dx, bp);
			ngaps = GET_BE16(dx, bp + 8);
			ndups = GET_BE16(dx, bp + 10);
			dx_printf(dx, "[cum ack %u] ", cum);
			dx_printf(dx, "[a_rwnd %u] ", GET_BE32(dx, bp + 4));
			dx_printf(dx, "[#gap acks %u] ", ngaps);
			dx_printf(dx, "[#dup tsns %u] ", ndups);
			bp += 12;
			rem -= 12;
			crem = (crem - 12) & 0xffff;
			for (i = 0; crem != 0 && i < ngaps; i++) {
				if (crem < 4) {
					bogus(dx, chunk_len);
					return;
				}
				dx_printf(dx, "\n\t\t[gap ack block #%u: start = %u, end = %u] ",
					  i + 1,
					  cum + GET_BE16(dx, bp), cum + GET_BE16(dx, bp + 2));
				bp += 4;
				rem -= 4;
				crem = (crem - 4) & 0xffff;
			}
			for (i = 0; crem != 0 && i < ndups; i++) {
				if (crem < 4) {
					bogus(dx, chunk_len);
					return;
				}
				dx_printf(dx, "\n\t\t[dup TSN #%u: %u] ", i + 1, GET_BE32(dx, bp));
				bp += 4;
				rem -= 4;
				crem = (crem - 4) & 0xffff;
			}
			break;
		}
		default:
			bp += crem;
			rem -= crem;
			crem = 0;
			break;
		}
		bp += crem;
		rem -= crem;
		if (dx->opts->verbose < 2)
			sep = ", (";
		if (align) {
			if (!DX_TTEST(dx, bp, align))
				goto trunc;
			bp += align;
			rem -= align;
		}
	}
	return;
trunc:
	dx_print_trunc(dx);
}
