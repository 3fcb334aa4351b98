// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: HTTP, and txtproto_print(): the printer shared by line-based
 * text protocols (HTTP, FTP, SMTP, RTSP, SIP, ...)
 *
 * RFC 9112 (HTTP/1.1 message syntax), RFC 4918 (WebDAV methods). Text
 * matches tcpdump 4.99.3 print-http.c and util-print.c txtproto_print().
 *
 * A payload is printed when its first token is one of the protocol's
 * commands or a 3-digit response code (first or second token): the
 * protocol name in capitals, then ": FIRST LINE" (with -v: ", length: N"
 * and every text line, each on "\n\t"). Other payloads print only the name.
 */
#include "dx.h"
#include "print.h"

#define MAX_TOKEN 128

static const char *httpcmds[] = {
	"GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST", "BCOPY", "BMOVE", "MKCOL",
	"TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE", "NOTIFY",
	"BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST", "SUBSCRIBE",
	"PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE",
	"UNSUBSCRIBE", "RPC_CONNECT", "VERSION-CONTROL", "BASELINE-CONTROL", NULL
};

static inline int is_print(uint8_t c)
{
	return c >= 0x20 && c <= 0x7e;
}

static inline uint8_t to_upper(uint8_t c)
{
	return (c >= 'a' && c <= 'z') ? (uint8_t)(c - 'a' + 'A') : c;
}

static int strcase_eq(const uint8_t *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (to_upper(*a) != to_upper((uint8_t)*b))
			return 0;
	return *a == '\0' && *b == '\0';
}

/*
 * Copy the token at idx into tbuf; return the index past it and the blanks
 * after it (up to the end of the line), or 0 when there is no usable token
 * (not captured, not ASCII, not printable, too long). Never longjmps.
 */
static unsigned fetch_token(struct dx *dx, const uint8_t *p, unsigned idx, unsigned len,
			    uint8_t *tbuf, size_t tbuflen)
{
	size_t avail = DX_BYTES_AVAIL(dx, p);
	size_t toklen = 0;
	uint8_t c;

	for (; idx < len; idx++) {
		if (idx >= avail)
			return 0;	/* ran past the captured data */
		c = p[idx];
		if (c & 0x80)
			return 0;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
			break;
		if (!is_print(c))
			return 0;
		if (toklen + 2 > tbuflen)
			return 0;
		tbuf[toklen++] = c;
	}
	if (toklen == 0)
		return 0;
	tbuf[toklen] = '\0';
	/* skip blanks up to the next token or the end of the line */
	for (; idx < len && idx < avail; idx++) {
		c = p[idx];
		if (c == '\r' || c == '\n')
			break;
		if (!is_print(c))
			break;
		if (c != ' ' && c != '\t')
			break;
	}
	return idx;
}

/*
 * Print prefix and the line starting at idx (without its LF or CR-LF);
 * return the index after the line ending, or 0 when the line holds a
 * byte that is not text, or has no ending in len (then, if all text, it
 * is printed followed by " [|proto]"). Reads past the capture longjmp.
 */
static unsigned print_txt_line(struct dx *dx, const char *prefix, const uint8_t *p, unsigned idx,
			       unsigned len)
{
	size_t avail = DX_BYTES_AVAIL(dx, p);
	unsigned start = idx, linelen;
	uint8_t c;

	while (idx < len) {
		if (idx >= avail)
			dx_trunc(dx);	/* as GET_U8 would */
		c = p[idx];
		if (c == '\n') {
			linelen = idx - start;
			idx++;
			goto print;
		} else if (c == '\r') {
			if (idx + 1 >= len)
				return 0;
			if (idx + 1 >= avail)
				dx_trunc(dx);
			if (p[idx + 1] == '\n') {
				linelen = idx - start;
				idx += 2;
				goto print;
			}
			return 0;
		} else if (!is_print(c) && c != '\t') {
			return 0;
		}
		idx++;
	}
	dx_puts(dx, prefix);
	strbuf_add(dx->out, p + start, idx - start);
	dx_print_trunc(dx);
	return 0;
print:
	dx_puts(dx, prefix);
	strbuf_add(dx->out, p + start, linelen);
	if (linelen)
		DX_FIELD(dx, p + start, idx - start, "%.*s", (int)linelen, (const char *)(p + start));
	else
		DX_FIELD(dx, p + start, idx - start, "(empty line)");
	return idx;
}

/* the field tree shows every text line, whatever -v says (no text output) */
static void tree_lines(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned idx = 0, start, end;

	while (idx < len) {
		start = idx;
		while (idx < len && DX_TTEST(dx, p + idx, 1) && (is_print(p[idx]) || p[idx] == '\t'))
			idx++;
		if (idx >= len || !DX_TTEST(dx, p + idx, 1))
			return;
		end = idx;
		if (p[idx] == '\n') {
			idx++;
		} else if (p[idx] == '\r' && idx + 1 < len && DX_TTEST(dx, p + idx + 1, 1) &&
			   p[idx + 1] == '\n') {
			idx += 2;
		} else {
			return;
		}
		if (end > start)
			DX_FIELD(dx, p + start, idx - start, "%.*s", (int)(end - start),
				 (const char *)(p + start));
		else
			DX_FIELD(dx, p + start, idx - start, "(empty line)");
	}
}

void txtproto_print(struct dx *dx, const uint8_t *pptr, unsigned len, const char **cmds,
		    unsigned flags)
{
	uint8_t token[MAX_TOKEN + 1];
	const char *cmd, *pn;
	unsigned idx, eol;
	int print_this = 0;

	if (cmds != NULL) {
		idx = fetch_token(dx, pptr, 0, len, token, sizeof(token));
		if (idx != 0) {
			while ((cmd = *cmds++) != NULL) {
				if (strcase_eq(token, cmd)) {
					print_this = 1;
					break;
				}
			}
			if (flags & RESP_CODE_SECOND_TOKEN)
				idx = fetch_token(dx, pptr, idx, len, token, sizeof(token));
			if (idx != 0 && token[0] >= '0' && token[0] <= '9' && token[1] >= '0' &&
			    token[1] <= '9' && token[2] >= '0' && token[2] <= '9' && token[3] == '\0')
				print_this = 1;
		}
	} else {
		print_this = 1;
	}

	for (pn = dx->proto ? dx->proto : ""; *pn; pn++)
		dx_putc(dx, (char)to_upper((uint8_t)*pn));

	if (dx->tree) {
		char name[16];
		size_t i;

		for (i = 0, pn = dx->proto ? dx->proto : ""; pn[i] && i < sizeof(name) - 1; i++)
			name[i] = (char)to_upper((uint8_t)pn[i]);
		name[i] = '\0';
		DX_LAYER(dx, pptr, len, "%s", name);
		if (!print_this || !dx->opts->verbose)
			tree_lines(dx, pptr, len);
	}
	if (print_this) {
		if (dx->opts->verbose) {
			dx_puts(dx, ", length: ");
			dx_putu(dx, len);
			for (idx = 0; idx < len && (eol = print_txt_line(dx, "\n\t", pptr, idx, len)) != 0;
			     idx = eol)
				;
		} else {
			/* the tree got its lines above: no field from here */
			struct dx_tree *t = dx->tree;

			dx->tree = NULL;
			print_txt_line(dx, ": ", pptr, 0, len);
			dx->tree = t;
		}
	}
	DX_LAYER_END(dx);
}

void http_print(struct dx *dx, const uint8_t *pptr, unsigned len)
{
	dx_proto(dx, "http");
	txtproto_print(dx, pptr, len, httpcmds, RESP_CODE_SECOND_TOKEN);
}
