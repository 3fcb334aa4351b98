// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: REdis Serialization Protocol (RESP, TCP port 6379)
 *
 * https://redis.io/docs/reference/protocol-spec/ (RESP2). Text matches
 * tcpdump 4.99.3 print-resp.c: every element as ' "text"', pipelined
 * commands one after the other, " [|resp]" when an element is cut short or
 * malformed (tcpdump gives up on the rest then).
 *
 * Wire format: a type byte ('+' simple string, '-' error, ':' integer,
 * '$' bulk string, '*' array) then a CRLF-terminated line; bulk strings
 * and arrays carry a decimal length ("-1" is null) and then the bytes or
 * the elements. Anything else is an inline command ended by CR or LF.
 */
#include <limits.h>

#include "dx.h"
#include "print-resp.h"

/* nesting deeper than this is given up on (tcpdump recurses without a limit) */
#define RESP_MAX_DEPTH 4096

enum {
	RESP_LEN_TRUNC = -2,
	RESP_LEN_TOO_LARGE = -3,
	RESP_LEN_NEGATIVE = -4,
	RESP_LEN_INVALID = -5,
};

static int resp_parse(struct dx *dx, const uint8_t *bp, int length, int depth);

/* ' "' + the bytes + '"'; -1 when the bytes run past the capture */
static int segment_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	dx_puts(dx, " \"");
	if (dx_printn(dx, bp, len))
		return -1;
	dx_putc(dx, '"');
	return 0;
}

/* advance *p to the next CR LF inside *len bytes; -1 when there is none */
static int find_crlf(struct dx *dx, const uint8_t **p, int *len)
{
	for (;;) {
		if (*len < 2 || !DX_TTEST(dx, *p, 2))
			return -1;
		if ((*p)[0] == '\r' && (*p)[1] == '\n')
			return 0;
		(*p)++;
		(*len)--;
	}
}

/* skip a run of CR and LF; -1 when the data ends before any was seen */
static int consume_cr_or_lf(struct dx *dx, const uint8_t **p, int *len)
{
	int found = 0;

	for (;;) {
		if (*len == 0 || !DX_TTEST(dx, *p, 1))
			return found ? 0 : -1;
		if (**p != '\r' && **p != '\n')
			return 0;
		found = 1;
		(*p)++;
		(*len)--;
	}
}

/* "<digits>\r\n" (or "-<digits>\r\n"): the length, or a RESP_LEN_* value */
static int get_length(struct dx *dx, const uint8_t *bp, int len, const uint8_t **endp)
{
	int result = 0, saw_digit = 0, neg = 0, too_large = 0;
	uint8_t c;

	if (len == 0)
		goto trunc;
	if (GET_U8(dx, bp) == '-') {
		neg = 1;
		bp++;
		len--;
	}
	for (;;) {
		if (len == 0)
			goto trunc;
		c = GET_U8(dx, bp);
		if (!(c >= '0' && c <= '9')) {
			if (!saw_digit) {
				bp++;
				goto invalid;
			}
			break;
		}
		c -= '0';
		if (result > INT_MAX / 10) {
			too_large = 1;
		} else {
			result *= 10;
			if (result == (INT_MAX / 10) * 10 && c > INT_MAX % 10)
				too_large = 1;
			else
				result += c;
		}
		bp++;
		len--;
		saw_digit = 1;
	}
	if (GET_U8(dx, bp) != '\r') {
		bp++;
		goto invalid;
	}
	bp++;
	len--;
	if (len == 0)
		goto trunc;
	if (GET_U8(dx, bp) != '\n') {
		bp++;
		goto invalid;
	}
	bp++;
	*endp = bp;
	if (neg) {
		if (too_large || result != 1)
			return RESP_LEN_NEGATIVE;
		result = -1;
	}
	return too_large ? RESP_LEN_TOO_LARGE : result;
trunc:
	*endp = bp;
	return RESP_LEN_TRUNC;
invalid:
	*endp = bp;
	return RESP_LEN_INVALID;
}

/* the non-positive lengths of bulk strings and arrays; -1 to give up */
static int bad_length_print(struct dx *dx, int n)
{
	switch (n) {
	case -1:
		dx_puts(dx, " null");
		return 0;
	case RESP_LEN_TRUNC:
		return -1;
	case RESP_LEN_TOO_LARGE:
		dx_puts(dx, " length too large");
		return 0;
	case RESP_LEN_NEGATIVE:
		dx_puts(dx, " length negative and not -1");
		return 0;
	default:
		dx_puts(dx, " invalid");
		return 0;
	}
}

/* '+', '-', ':' lines */
static int line_print(struct dx *dx, const uint8_t *bp, int length)
{
	int cur = length - 1;
	const uint8_t *s = bp + 1, *e = s;

	if (find_crlf(dx, &e, &cur) < 0)
		return -1;
	if (segment_print(dx, s, (unsigned)(e - s)) < 0)
		return -1;
	return 1 + (int)(e - s) + 2;
}

static int bulk_string_print(struct dx *dx, const uint8_t *bp, int length)
{
	int cur = length - 1, n;
	const uint8_t *endp;

	bp++;
	n = get_length(dx, bp, cur, &endp);
	cur -= (int)(endp - bp);
	bp = endp;
	if (n < 0)
		return bad_length_print(dx, n) < 0 ? -1 : length - cur;
	if (n == 0) {
		dx_puts(dx, " empty");
	} else {
		if (cur < n || !DX_TTEST(dx, bp, (size_t)n))
			return -1;
		if (segment_print(dx, bp, (unsigned)n) < 0)
			return -1;
		bp += n;
		cur -= n;
	}
	if (find_crlf(dx, &bp, &cur) < 0)
		return -1;
	cur -= 2;
	return length - cur;
}

static int array_print(struct dx *dx, const uint8_t *bp, int length, int depth)
{
	unsigned cur = (unsigned)length - 1;
	const uint8_t *endp;
	int n, i, ret;

	bp++;
	n = get_length(dx, bp, (int)cur, &endp);
	cur -= (unsigned)(endp - bp);
	bp = endp;
	if (n > 0) {
		for (i = 0; i < n; i++) {
			ret = resp_parse(dx, bp, (int)cur, depth + 1);
			if (ret < 0)
				return -1;
			bp += ret;
			cur -= (unsigned)ret;
		}
	} else if (n == 0) {
		dx_puts(dx, " empty");
	} else if (bad_length_print(dx, n) < 0) {
		return -1;
	}
	return length - (int)cur;
}

/* an inline command: text up to CR or LF */
static int inline_print(struct dx *dx, const uint8_t *bp, int length)
{
	int cur = length;
	const uint8_t *e;

	if (consume_cr_or_lf(dx, &bp, &cur) < 0)
		return -1;
	for (e = bp;; e++, cur--) {
		uint8_t c;

		if (cur < 1)
			return -1;
		c = GET_U8(dx, e);
		if (c == '\r' || c == '\n')
			break;
	}
	if (segment_print(dx, bp, (unsigned)(e - bp)) < 0)
		return -1;
	if (consume_cr_or_lf(dx, &e, &cur) < 0)
		return -1;
	return length - cur;
}

static int resp_parse(struct dx *dx, const uint8_t *bp, int length, int depth)
{
	if (length < 1 || depth > RESP_MAX_DEPTH)
		return -1;
	switch (GET_U8(dx, bp)) {
	case '+':
	case '-':
	case ':':
		return line_print(dx, bp, length);
	case '$':
		return bulk_string_print(dx, bp, length);
	case '*':
		return array_print(dx, bp, length, depth);
	default:
		return inline_print(dx, bp, length);
	}
}

void resp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	dx_proto(dx, "resp");
	dx_puts(dx, ": RESP");
	DX_LAYER(dx, bp, length, "REdis Serialization Protocol");
	while (length > 0) {
		int ret = resp_parse(dx, bp, (int)length, 0);

		if (ret < 0) {
			dx_print_trunc(dx);
			break;
		}
		DX_FIELD(dx, bp, (size_t)ret, "Message (%d bytes)", ret);
		bp += ret;
		length -= (unsigned)ret;
	}
	DX_LAYER_END(dx);
}
