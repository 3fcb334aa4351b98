// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the view filter: a small parser for process primitives around pcap-filter text
 *
 * Tokens: words, "(", ")", and/&&, or/||, not/!. A run of words (with any
 * parentheses that follow a word, as in "tcp[13] & (2|4) != 0") is one pcap
 * atom. After parsing, every sub-tree without a process primitive is folded
 * into one atom whose text is its source span, compiled by libpcap.
 */
#include "vfilter.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../capture/pfilter.h"
#include "../core/proc.h"

#define VF_MAX_TOKENS 4096
#define VF_MAX_DEPTH 200

enum tok_type { T_WORD, T_LP, T_RP, T_AND, T_OR, T_NOT, T_END };

struct token {
	enum tok_type type;
	int start;
	int end;
};

enum node_type { N_AND, N_OR, N_NOT, N_PCAP, N_PID, N_PPID, N_PNAME, N_CONTAINER, N_POD, N_UID,
		 N_TRUE };

struct node {
	enum node_type type;
	int start, end;		/* source span */
	struct node *l, *r;
	struct pfilter *pf;
	long num;
	char *s1, *s2;
};

struct vfilter {
	char *expr;
	struct node *root;
	int has_proc;
};

struct parser {
	const char *src;
	struct token *t;
	int n, pos;
	int depth;
	char *err;
	size_t errlen;
	int errpos;
	int failed;
};

static void perr(struct parser *p, int pos, const char *fmt, const char *arg)
{
	if (p->failed)
		return;
	p->failed = 1;
	p->errpos = pos;
	snprintf(p->err, p->errlen, fmt, arg);
}

static int is_word_char(const char *s)
{
	if (*s == '\0' || *s == ' ' || *s == '\t' || *s == '\n' || *s == '(' || *s == ')')
		return 0;
	if ((s[0] == '&' && s[1] == '&') || (s[0] == '|' && s[1] == '|'))
		return 0;
	return 1;
}

static int tokenize(struct parser *p)
{
	const char *s = p->src;
	int i = 0, n = 0;

	for (;;) {
		struct token *t;

		while (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')
			i++;
		if (n >= VF_MAX_TOKENS - 1) {
			perr(p, i, "%s", "expression too long");
			return -1;
		}
		t = &p->t[n++];
		t->start = i;
		if (!s[i]) {
			t->type = T_END;
			t->end = i;
			break;
		}
		if (s[i] == '(' || s[i] == ')') {
			t->type = s[i] == '(' ? T_LP : T_RP;
			t->end = ++i;
			continue;
		}
		if ((s[i] == '&' && s[i + 1] == '&') || (s[i] == '|' && s[i + 1] == '|')) {
			t->type = s[i] == '&' ? T_AND : T_OR;
			i += 2;
			t->end = i;
			continue;
		}
		if (s[i] == '!' && s[i + 1] != '=') {
			t->type = T_NOT;
			t->end = ++i;
			continue;
		}
		while (is_word_char(s + i))
			i++;
		t->end = i;
		t->type = T_WORD;
		if (t->end - t->start == 3 && !strncmp(s + t->start, "and", 3))
			t->type = T_AND;
		else if (t->end - t->start == 2 && !strncmp(s + t->start, "or", 2))
			t->type = T_OR;
		else if (t->end - t->start == 3 && !strncmp(s + t->start, "not", 3))
			t->type = T_NOT;
	}
	p->n = n;
	return 0;
}

static const struct {
	const char *kw;
	enum node_type type;
} proc_kw[] = {
	{ "pid", N_PID },	{ "ppid", N_PPID },	      { "pname", N_PNAME },
	{ "container", N_CONTAINER }, { "pod", N_POD },	      { "uid", N_UID },
};

static int proc_keyword(const struct parser *p, const struct token *t)
{
	size_t i, len = (size_t)(t->end - t->start);

	if (t->type != T_WORD)
		return -1;
	for (i = 0; i < sizeof(proc_kw) / sizeof(proc_kw[0]); i++)
		if (strlen(proc_kw[i].kw) == len && !strncmp(p->src + t->start, proc_kw[i].kw, len))
			return (int)i;
	return -1;
}

static struct node *node_new(struct parser *p, enum node_type type, int start, int end)
{
	struct node *n = calloc(1, sizeof(*n));

	if (!n) {
		perr(p, -1, "%s", "out of memory");
		return NULL;
	}
	n->type = type;
	n->start = start;
	n->end = end;
	return n;
}

static void node_free(struct node *n)
{
	if (!n)
		return;
	node_free(n->l);
	node_free(n->r);
	pfilter__free(n->pf);
	free(n->s1);
	free(n->s2);
	free(n);
}

static struct node *parse_or(struct parser *p);

static char *tok_str(const struct parser *p, const struct token *t)
{
	return strndup(p->src + t->start, (size_t)(t->end - t->start));
}

static struct node *parse_proc(struct parser *p, int kw)
{
	const struct token *k = &p->t[p->pos++];
	const struct token *a = &p->t[p->pos];
	struct node *n;
	char *end;

	if (a->type != T_WORD || proc_keyword(p, a) >= 0) {
		perr(p, a->start, "%s needs an argument", proc_kw[kw].kw);
		return NULL;
	}
	p->pos++;
	n = node_new(p, proc_kw[kw].type, k->start, a->end);
	if (!n)
		return NULL;
	n->s1 = tok_str(p, a);
	if (!n->s1) {
		node_free(n);
		perr(p, -1, "%s", "out of memory");
		return NULL;
	}
	if (n->type == N_PID || n->type == N_PPID) {
		errno = 0;
		n->num = strtol(n->s1, &end, 10);
		if (errno || *end || end == n->s1 || n->num <= 0 || n->num > 0x7fffffff) {
			perr(p, a->start, "'%s' is not a process id", n->s1);
			node_free(n);
			return NULL;
		}
	} else if (n->type == N_UID) {
		errno = 0;
		n->num = strtol(n->s1, &end, 10);
		if (errno || *end || end == n->s1 || n->num < 0 || n->num > 0xfffffffeL) {
			perr(p, a->start, "'%s' is not a user id", n->s1);
			node_free(n);
			return NULL;
		}
	} else if (n->type == N_POD) {
		char *dot = strrchr(n->s1, '.');

		if (dot && dot[1]) {
			*dot = '\0';
			n->s2 = strdup(dot + 1);
			if (!n->s2) {
				node_free(n);
				perr(p, -1, "%s", "out of memory");
				return NULL;
			}
		}
	}
	return n;
}

/* words up to the next and/or/")"/end; "(" after a word belongs to the atom */
static struct node *parse_pcap(struct parser *p)
{
	const struct token *first = &p->t[p->pos];
	int end = first->end;
	int depth;

	while (p->t[p->pos].type == T_WORD || (p->t[p->pos].type == T_LP && p->pos > 0 &&
					      p->t[p->pos - 1].type == T_WORD) ||
	       (p->t[p->pos].type == T_NOT && p->pos > 0 && p->t[p->pos - 1].type == T_WORD &&
		p->src[p->t[p->pos].start] == '!')) {
		if (p->t[p->pos].type == T_WORD && proc_keyword(p, &p->t[p->pos]) >= 0)
			break;
		if (p->t[p->pos].type == T_LP) {
			int open = p->pos;

			depth = 0;
			do {
				if (p->t[p->pos].type == T_LP)
					depth++;
				else if (p->t[p->pos].type == T_RP)
					depth--;
				else if (p->t[p->pos].type == T_END) {
					perr(p, p->t[open].start, "%s", "missing ')'");
					return NULL;
				}
				p->pos++;
			} while (depth > 0);
			end = p->t[p->pos - 1].end;
			continue;
		}
		end = p->t[p->pos].end;
		p->pos++;
	}
	return node_new(p, N_PCAP, first->start, end);
}

static struct node *parse_unary(struct parser *p)
{
	const struct token *t = &p->t[p->pos];
	struct node *n, *c;
	int kw;

	if (++p->depth > VF_MAX_DEPTH) {
		perr(p, t->start, "%s", "expression nested too deeply");
		return NULL;
	}
	switch (t->type) {
	case T_NOT:
		p->pos++;
		c = parse_unary(p);
		if (!c)
			return NULL;
		n = node_new(p, N_NOT, t->start, c->end);
		if (!n) {
			node_free(c);
			return NULL;
		}
		n->l = c;
		break;
	case T_LP:
		p->pos++;
		c = parse_or(p);
		if (!c)
			return NULL;
		if (p->t[p->pos].type != T_RP) {
			perr(p, t->start, "%s", "missing ')'");
			node_free(c);
			return NULL;
		}
		/* keep the parentheses in the span: folded text stays balanced */
		c->start = t->start;
		c->end = p->t[p->pos].end;
		p->pos++;
		n = c;
		break;
	case T_WORD:
		kw = proc_keyword(p, t);
		n = kw >= 0 ? parse_proc(p, kw) : parse_pcap(p);
		break;
	default:
		perr(p, t->start, "%s", t->type == T_END ? "expression expected at the end"
							  : "expression expected here");
		return NULL;
	}
	p->depth--;
	return n;
}

static struct node *parse_bin(struct parser *p, enum tok_type op, enum node_type nt,
			      struct node *(*sub)(struct parser *))
{
	struct node *l = sub(p), *r, *n;

	while (l && p->t[p->pos].type == op) {
		p->pos++;
		r = sub(p);
		if (!r) {
			node_free(l);
			return NULL;
		}
		n = node_new(p, nt, l->start, r->end);
		if (!n) {
			node_free(l);
			node_free(r);
			return NULL;
		}
		n->l = l;
		n->r = r;
		l = n;
	}
	return l;
}

static struct node *parse_and(struct parser *p)
{
	return parse_bin(p, T_AND, N_AND, parse_unary);
}

static struct node *parse_or(struct parser *p)
{
	return parse_bin(p, T_OR, N_OR, parse_and);
}

static int has_proc(const struct node *n)
{
	if (!n)
		return 0;
	switch (n->type) {
	case N_PID: case N_PPID: case N_PNAME: case N_CONTAINER: case N_POD: case N_UID:
		return 1;
	default:
		return has_proc(n->l) || has_proc(n->r);
	}
}

static int word_sep(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == ')' || c == '[' || c == ']';
}

/* the first word of src[start, end) that is w, or begins with w when w is 3 bytes
 * or more ("bogus ethernet address 1:2:"); -1 if none */
static int find_word(const char *src, int start, int end, const char *w, size_t wl)
{
	int i;

	if (!wl)
		return -1;
	for (i = start; i < end; i++) {
		int k = i;

		if (word_sep(src[i]) || (i > start && !word_sep(src[i - 1])))
			continue;
		while (k < end && !word_sep(src[k]))
			k++;
		if ((size_t)(k - i) >= wl && !strncmp(src + i, w, wl) &&
		    ((size_t)(k - i) == wl || wl >= 3))
			return i;
	}
	return -1;
}

/*
 * libpcap's messages give no position; they name the word they choke on:
 * "unknown port 'hots'", "illegal port number 99999 > 65535". Point at that
 * word in the atom: a quoted one first, else one holding a digit. The
 * atom's start when none is found ("syntax error").
 */
static int pcap_err_pos(const char *src, int start, int end, const char *msg)
{
	const char *s, *q;
	int pos;

	for (s = msg; (s = strpbrk(s, "'\"")); s = q + 1) {
		q = strchr(s + 1, *s);
		if (!q)
			break;
		pos = find_word(src, start, end, s + 1, (size_t)(q - s - 1));
		if (pos >= 0)
			return pos;
	}
	for (s = msg; *s;) {
		/* "1:2:" keeps its colons: a word ends at a space or comma */
		size_t wl = strcspn(s, " ,;"), k;
		int digit = 0;

		for (k = 0; k < wl; k++)
			digit |= s[k] >= '0' && s[k] <= '9';
		if (digit && (pos = find_word(src, start, end, s, wl)) >= 0)
			return pos;
		s += wl;
		while (*s == ' ' || *s == ',' || *s == ';')
			s++;
	}
	return start;
}

/* fold pcap-only sub-trees into one atom and compile every atom */
static int fold(struct parser *p, struct node *n, const int *lts, size_t nlt, uint32_t snaplen)
{
	char *text;
	char msg[512];
	size_t i;

	if (n->type == N_PID || n->type == N_PPID || n->type == N_PNAME ||
	    n->type == N_CONTAINER || n->type == N_POD || n->type == N_UID)
		return 0;
	if (has_proc(n)) {
		if (n->l && fold(p, n->l, lts, nlt, snaplen) < 0)
			return -1;
		if (n->r && fold(p, n->r, lts, nlt, snaplen) < 0)
			return -1;
		return 0;
	}
	node_free(n->l);
	node_free(n->r);
	n->l = n->r = NULL;
	n->type = N_PCAP;
	text = strndup(p->src + n->start, (size_t)(n->end - n->start));
	if (!text) {
		perr(p, -1, "%s", "out of memory");
		return -1;
	}
	n->pf = pfilter__new(text, snaplen);
	free(text);
	if (!n->pf) {
		perr(p, -1, "%s", "out of memory");
		return -1;
	}
	for (i = 0; i < (nlt ? nlt : 1); i++) {
		if (pfilter__compile(n->pf, nlt ? lts[i] : 1, msg, sizeof(msg)) < 0) {
			perr(p, pcap_err_pos(p->src, n->start, n->end, msg), "%s", msg);
			return -1;
		}
	}
	return 0;
}

struct vfilter *vfilter__new(const char *expr, const int *linktypes, size_t n_linktypes,
			     uint32_t snaplen, char *err, size_t errlen, int *errpos)
{
	struct parser p = { 0 };
	struct vfilter *vf;

	*errpos = -1;
	if (err && errlen)
		err[0] = '\0';
	vf = calloc(1, sizeof(*vf));
	p.t = calloc(VF_MAX_TOKENS, sizeof(*p.t));
	if (!vf || !p.t) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	vf->expr = strdup(expr ? expr : "");
	if (!vf->expr) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	p.src = vf->expr;
	p.err = err;
	p.errlen = errlen;
	if (tokenize(&p) < 0)
		goto perror;
	if (p.t[0].type == T_END) {
		vf->root = node_new(&p, N_TRUE, 0, 0);
		if (!vf->root)
			goto perror;
		free(p.t);
		return vf;
	}
	vf->root = parse_or(&p);
	if (vf->root && p.t[p.pos].type != T_END)
		perr(&p, p.t[p.pos].start,
		     p.t[p.pos].type == T_RP ? "%s" : "%s",
		     p.t[p.pos].type == T_RP ? "unexpected ')'" : "'and' or 'or' expected here");
	if (p.failed)
		goto perror;
	vf->has_proc = has_proc(vf->root);
	if (fold(&p, vf->root, linktypes, n_linktypes, snaplen) < 0)
		goto perror;
	free(p.t);
	return vf;
perror:
	*errpos = p.errpos;
fail:
	free(p.t);
	vfilter__free(vf);
	return NULL;
}

void vfilter__free(struct vfilter *vf)
{
	if (!vf)
		return;
	node_free(vf->root);
	free(vf->expr);
	free(vf);
}

static int name_match(const char *pat, const char *s)
{
	return s && fnmatch(pat, s, 0) == 0;
}

static int eval(struct node *n, const struct vfilter_pkt *pk)
{
	const struct proc_ctx *pc = pk->proc;

	switch (n->type) {
	case N_TRUE:
		return 1;
	case N_AND:
		return eval(n->l, pk) && eval(n->r, pk);
	case N_OR:
		return eval(n->l, pk) || eval(n->r, pk);
	case N_NOT:
		return !eval(n->l, pk);
	case N_PCAP:
		return pfilter__match(n->pf, pk->linktype, pk->data, pk->caplen, pk->len) == 1;
	case N_PID:
		return pc && pc->pid == n->num;
	case N_PPID:
		return pc && pc->pid > 0 && pc->ppid == n->num;
	case N_PNAME:
		return pc && pc->pid > 0 &&
		       (name_match(n->s1, proc_basename(pc->cmd)) || name_match(n->s1, pc->tname));
	case N_CONTAINER:
		return pc && pc->cname &&
		       (name_match(n->s1, pc->cname) ||
			(strlen(n->s1) >= 3 && pc->cid && !strncmp(pc->cid, n->s1, strlen(n->s1))));
	case N_POD:
		return pc && pc->pod && name_match(n->s1, pc->pod) &&
		       (!n->s2 || name_match(n->s2, pc->pod_ns));
	case N_UID:
		return pc && pc->has_uid && pc->uid == n->num;
	}
	return 0;
}

int vfilter__match(struct vfilter *vf, const struct vfilter_pkt *p)
{
	return eval(vf->root, p);
}

const char *vfilter__expr(const struct vfilter *vf)
{
	return vf->expr;
}

int vfilter__has_proc(const struct vfilter *vf)
{
	return vf->has_proc;
}
