// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: syslog over UDP (port 514). Text as tcpdump 4.99.3
 * print-syslog.c.
 *
 * RFC 3164, RFC 5424: "<PRI>" (1 to 3 decimal digits, facility * 8 +
 * severity), then the message, printed whole from -v.
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define SYSLOG_MAX_DIGITS 3
#define SYSLOG_FACILITY_MASK 0x03f8
#define SYSLOG_SEVERITY_MASK 0x0007

static const struct tok syslog_severities[] = {
	{ 0, "emergency" }, { 1, "alert" }, { 2, "critical" }, { 3, "error" },
	{ 4, "warning" }, { 5, "notice" }, { 6, "info" }, { 7, "debug" },
	{ 0, NULL }
};

static const struct tok syslog_facilities[] = {
	{ 0, "kernel" }, { 1, "user" }, { 2, "mail" }, { 3, "daemon" },
	{ 4, "auth" }, { 5, "syslog" }, { 6, "lpr" }, { 7, "news" },
	{ 8, "uucp" }, { 9, "cron" }, { 10, "authpriv" }, { 11, "ftp" },
	{ 12, "ntp" }, { 13, "security" }, { 14, "console" }, { 15, "cron" },
	{ 16, "local0" }, { 17, "local1" }, { 18, "local2" }, { 19, "local3" },
	{ 20, "local4" }, { 21, "local5" }, { 22, "local6" }, { 23, "local7" },
	{ 0, NULL }
};

void syslog_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned off = 1, pri = 0, facility, severity;
	const char *fac, *sev;

	dx_proto(dx, "syslog");
	if (GET_U8(dx, bp) != '<')
		goto invalid;
	while (off <= SYSLOG_MAX_DIGITS && GET_U8(dx, bp + off) >= '0' &&
	       GET_U8(dx, bp + off) <= '9') {
		pri = pri * 10 + (GET_U8(dx, bp + off) - '0');
		off++;
	}
	if (GET_U8(dx, bp + off) != '>')
		goto invalid;
	off++;
	facility = (pri & SYSLOG_FACILITY_MASK) >> 3;
	severity = pri & SYSLOG_SEVERITY_MASK;
	fac = tok2str(dx, syslog_facilities, "unknown (%u)", facility);
	sev = tok2str(dx, syslog_severities, "unknown (%u)", severity);
	DX_LAYER(dx, bp, len, "Syslog message: %s.%s", fac, sev);
	DX_FIELD(dx, bp, off, "Priority: %u (Facility %s (%u), Severity %s (%u))", pri, fac,
		 facility, sev, severity);
	if (len > off)
		DX_FIELD_IN(dx, bp + off, len - off, dx->snapend, "Message (%u bytes)", len - off);
	DX_LAYER_END(dx);
	if (dx->opts->verbose < 1) {
		dx_printf(dx, "SYSLOG %s.%s, length: %u", fac, sev, len);
		return;
	}
	dx_printf(dx, "SYSLOG, length: %u\n\tFacility %s (%u), Severity %s (%u)\n\tMsg: ", len, fac,
		  facility, sev, severity);
	if (len > off && dx_printn(dx, bp + off, len - off))
		dx_trunc(dx);
	if (dx->opts->verbose > 1)
		ip_print_unknown_data(dx, bp, "\n\t", len);
	return;
invalid:
	dx_print_invalid(dx);
}
