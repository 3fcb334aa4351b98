// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the decode pane: frame and process lines, then the decoder's field tree
 *
 * The tree comes from the same parse as the tcpdump text (dx__packet_as
 * with a struct dx_tree, from the decoder state the list's decode of the
 * packet kept); each node carries its byte offset and length, which the
 * hex pane highlights. Layers start folded except the innermost one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"

static struct dline *extra_add(struct app *a)
{
	struct dline *l;

	if (a->n_extra >= sizeof(a->extra) / sizeof(a->extra[0]))
		return NULL;
	l = &a->extra[a->n_extra++];
	memset(l, 0, sizeof(*l));
	l->node = -1;
	return l;
}

static void build_extra(struct app *a, const struct trec_pkt *r, const struct pkt *p)
{
	const struct proc_ctx *c = p->proc;
	struct dline *l;

	a->n_extra = 0;
	l = extra_add(a);
	snprintf(l->text, sizeof(l->text), "Frame %llu: %u bytes on wire, %u captured%s%s%s",
		 (unsigned long long)r->num, r->len, r->caplen,
		 p->ifname && *p->ifname ? ", on " : "", p->ifname ? p->ifname : "",
		 r->dir == PKT_DIR_IN ? ", In" : r->dir == PKT_DIR_OUT ? ", Out" : "");
	l->len = r->caplen;
	if (!c || c->pid <= 0) {
		/* a file with no process anywhere needs no reason on every packet */
		if ((r->why != TWHY_NONE || (model__seen(a->m) & MSEEN_PROC)) && (l = extra_add(a)))
			snprintf(l->text, sizeof(l->text), "Process: none: %s",
				 twhy_text((enum twhy)r->why));
		return;
	}
	if (c->pid > 0 && (l = extra_add(a)))
		snprintf(l->text, sizeof(l->text), "Process: %s (pid %d), args: %s",
			 proc_basename(c->cmd), c->pid, c->args ? c->args : "");
	if (c->tid > 0 && c->tid != c->pid && (l = extra_add(a)))
		snprintf(l->text, sizeof(l->text), "Thread: %s (tid %d)", c->tname ? c->tname : "",
			 c->tid);
	if (c->ppid > 0 && (l = extra_add(a)))
		snprintf(l->text, sizeof(l->text), "Parent: %s (pid %d), args: %s",
			 proc_basename(c->pcmd), c->ppid, c->pargs ? c->pargs : "");
	if (c->cname && (l = extra_add(a)))
		snprintf(l->text, sizeof(l->text), "Container: %s (id %.12s, image %s)", c->cname,
			 c->cid ? c->cid : "", c->cimage ? c->cimage : "");
	if (c->pod && (l = extra_add(a)))
		snprintf(l->text, sizeof(l->text), "Pod: %s.%s (uid %s)", c->pod,
			 c->pod_ns ? c->pod_ns : "", c->pod_uid ? c->pod_uid : "");
}

/* a layer's name: its label up to the first ',' ("Ethernet II, Src: ..." -> "Ethernet II") */
static void layer_name(const char *label, char *out, size_t n)
{
	size_t k = strcspn(label, ",");

	if (k >= n)
		k = n - 1;
	memcpy(out, label, k);
	out[k] = '\0';
}

/* layers the user folded or unfolded, by name ("Ethernet II"), kept across packets */
struct tree_priv {
	struct {
		char name[48];
		char folded;
	} fold_pref[16];
	size_t n_fold_pref;
};

static int fold_pref(const struct app *a, const char *label)
{
	const struct tree_priv *tp = a->pane[PANE_TREE].priv;
	char name[48];
	size_t i;

	layer_name(label, name, sizeof(name));
	for (i = 0; i < tp->n_fold_pref; i++)
		if (!strcmp(tp->fold_pref[i].name, name))
			return tp->fold_pref[i].folded;
	return -1;
}

static void remember_fold(struct app *a, const char *label, int folded)
{
	struct tree_priv *tp = a->pane[PANE_TREE].priv;
	char name[48];
	size_t i;

	layer_name(label, name, sizeof(name));
	for (i = 0; i < tp->n_fold_pref; i++)
		if (!strcmp(tp->fold_pref[i].name, name))
			break;
	if (i == tp->n_fold_pref) {
		if (tp->n_fold_pref == sizeof(tp->fold_pref) / sizeof(tp->fold_pref[0]))
			i = tp->n_fold_pref - 1;	/* full: the last one is replaced */
		else
			tp->n_fold_pref++;
		snprintf(tp->fold_pref[i].name, sizeof(tp->fold_pref[i].name), "%s", name);
	}
	tp->fold_pref[i].folded = (char)folded;
}

static struct dline *dl_add(struct app *a)
{
	if (a->n_dl == a->cap_dl) {
		size_t n = a->cap_dl ? a->cap_dl * 2 : 64;
		struct dline *nd = realloc(a->dl, n * sizeof(*nd));

		if (!nd)
			return NULL;
		a->dl = nd;
		a->cap_dl = n;
	}
	return &a->dl[a->n_dl++];
}

void app__tree_lines(struct app *a)
{
	const struct dx_tree *t = &a->tree;
	size_t i;

	a->n_dl = 0;
	for (i = 0; i < a->n_extra; i++) {
		struct dline *l = dl_add(a);

		if (l)
			*l = a->extra[i];
	}
	for (i = 0; i < t->n; i++) {
		const struct dx_node *nd = &t->nodes[i];
		struct dline *l;
		int kids = i + 1 < t->n && t->nodes[i + 1].depth > nd->depth;

		l = dl_add(a);
		if (!l)
			break;
		l->node = (int)i;
		l->depth = nd->depth;
		l->has_kids = kids;
		l->off = nd->off;
		l->len = nd->len;
		l->text[0] = '\0';
		if (kids && i < a->folded_cap && a->folded[i]) {
			size_t k = i + 1;

			while (k < t->n && t->nodes[k].depth > nd->depth)
				k++;
			i = k - 1;
		}
	}
}

void app__decode(struct app *a)
{
	uint64_t seq = model__sel_seq(a->m);
	struct trec_pkt rec;
	const struct trec_pkt *r = seq == UINT64_MAX ? NULL : model__pkt(a->m, seq, &rec);
	const uint8_t *data;
	struct strbuf sb;
	struct pkt p;
	size_t i, last_layer = 0;
	int have_layer = 0;

	if (r && seq == a->tree_seq)
		return;
	a->tree_seq = r ? seq : UINT64_MAX;
	a->pane[PANE_TREE].sel = 0;
	a->pane[PANE_TREE].top = 0;
	a->pane[PANE_HEX].top = 0;
	a->n_extra = 0;
	a->tree.n = 0;
	data = r ? model__pkt_data(a->m, seq) : NULL;
	if (!r || !data) {
		a->n_dl = 0;
		a->hl_off = a->hl_len = 0;
		return;
	}
	model__to_pkt(a->m, r, data, &p);
	strbuf_init(&sb);
	/* in the state the list's decode used: the same relative numbers */
	dx__packet_as(a->dx, &p, &r->dstate, &sb, &a->tree);
	strbuf_free(&sb);
	build_extra(a, r, &p);
	if (a->folded_cap < a->tree.n) {
		char *nf = realloc(a->folded, a->tree.n);

		if (nf) {
			a->folded = nf;
			a->folded_cap = a->tree.n;
		}
	}
	for (i = 0; i < a->tree.n; i++)
		if (a->tree.nodes[i].depth == 0) {
			last_layer = i;
			have_layer = 1;
		}
	for (i = 0; i < a->folded_cap && i < a->tree.n; i++) {
		int pref = a->tree.nodes[i].depth == 0
				   ? fold_pref(a, dx_tree_label(&a->tree, &a->tree.nodes[i]))
				   : -1;

		/* layers start folded except the innermost, unless the user chose */
		a->folded[i] = pref >= 0 ? (char)pref
					 : a->tree.nodes[i].depth == 0 && (!have_layer || i != last_layer);
	}
	app__tree_lines(a);
	/* start on the first line of the innermost layer */
	a->hl_off = 0;
	a->hl_len = 0;
	for (i = 0; i < a->n_dl; i++)
		if (a->dl[i].node == (int)last_layer && have_layer)
			a->pane[PANE_TREE].sel = (long)i;
	if (a->n_dl && a->pane[PANE_TREE].sel < (long)a->n_dl) {
		a->hl_off = a->dl[a->pane[PANE_TREE].sel].off;
		a->hl_len = a->dl[a->pane[PANE_TREE].sel].len;
	}
}

static void tree_draw(struct app *a, struct pane *p)
{
	int body = pane_body(p), k, right;
	size_t i;

	char title[64];
	struct trec_pkt rec;
	const struct trec_pkt *r =
		a->tree_seq == UINT64_MAX ? NULL : model__pkt(a->m, a->tree_seq, &rec);

	if (r)
		snprintf(title, sizeof(title), "Decode: frame %llu", (unsigned long long)r->num);
	else
		snprintf(title, sizeof(title), "Decode");
	app__draw_title(a, p, title, NULL);
	view__keep_visible(p, a->n_dl);
	right = p->x + p->w - pane_scrolls(p, a->n_dl);
	for (k = 0, i = p->top; k < body && i < a->n_dl; k++, i++) {
		const struct dline *l = &a->dl[i];
		int y = p->y + 1 + k, x = p->x + 1 + l->depth * 2;
		const char *text = l->node >= 0 ? dx_tree_label(&a->tree, &a->tree.nodes[l->node])
						: l->text;

		if (x >= right)
			continue;
		if (l->has_kids) {
			int folded = (size_t)l->node < a->folded_cap && a->folded[l->node];

			draw__str(&a->d, y, x, 1, draw__glyph(&a->d, folded ? G_FOLDED : G_UNFOLDED),
				  R_GUIDE);
		}
		x += 2;
		if (x < right)
			draw__str(&a->d, y, x, right - x, text,
				  l->node < 0 ? R_KEY : l->depth == 0 ? R_KEY : R_NORMAL);
		if ((long)i == p->sel)
			draw__recolor(&a->d, y, p->x, p->w,
				      a->focus == PANE_TREE ? R_SEL : R_SEL_UNFOCUS);
	}
	app__draw_scrollbar(a, p, p->top, a->n_dl);
	if (!a->n_dl)
		draw__str(&a->d, p->y + 1, p->x + 2, p->w - 2, "no packet selected", R_DIM);
}

static void set_fold(struct app *a, long line, int fold)
{
	const struct dline *l;
	int node;

	if (line < 0 || (size_t)line >= a->n_dl)
		return;
	l = &a->dl[line];
	node = l->node;
	if (node < 0 || !l->has_kids || (size_t)node >= a->folded_cap)
		return;
	a->folded[node] = (char)(fold < 0 ? !a->folded[node] : fold);
	if (a->tree.nodes[node].depth == 0)
		remember_fold(a, dx_tree_label(&a->tree, &a->tree.nodes[node]), a->folded[node]);
	app__tree_lines(a);
}

static int after_move(struct app *a, struct pane *p);

static int tree_request(struct app *a, struct pane *p, enum request req)
{
	long n = (long)a->n_dl, body = pane_body(p) > 1 ? pane_body(p) - 1 : 1;

	if (view__move(req, &p->sel, n, body))
		return after_move(a, p);
	switch (req) {
	case REQ_COPY: {
		const struct dline *l = p->sel >= 0 && p->sel < n ? &a->dl[p->sel] : NULL;
		const char *text, *v;

		if (!l)
			return app__copy(a, "nothing", "", 0);
		text = l->node >= 0 ? dx_tree_label(&a->tree, &a->tree.nodes[l->node]) : l->text;
		/* "Source Port: 40001": what follows the name (as Wireshark's Copy Value) */
		v = strstr(text, ": ");
		v = v ? v + 2 : text;
		return app__copy(a, "the field's value", v, strlen(v));
	}
	case REQ_ENTER:
		set_fold(a, p->sel, -1);
		break;
	case REQ_RIGHT:
		set_fold(a, p->sel, 0);
		break;
	case REQ_LEFT:
		if (p->sel >= 0 && p->sel < n && a->dl[p->sel].has_kids &&
		    !a->folded[a->dl[p->sel].node]) {
			set_fold(a, p->sel, 1);
		} else if (p->sel >= 0 && p->sel < n) {
			/* go to the parent */
			int d = a->dl[p->sel].depth;
			long k;

			for (k = p->sel - 1; k >= 0; k--)
				if (a->dl[k].node >= 0 && a->dl[k].depth < d)
					break;
			if (k >= 0)
				p->sel = k;
		}
		break;
	default:
		return RE_IGNORED;
	}
	return after_move(a, p);
}

static int after_move(struct app *a, struct pane *p)
{
	long n = (long)a->n_dl;

	if (p->sel >= n)
		p->sel = n - 1;
	if (p->sel < 0)
		p->sel = 0;
	if (n) {
		a->hl_off = a->dl[p->sel].off;
		a->hl_len = a->dl[p->sel].len;
		/* bring the field into the hex pane */
		{
			struct pane *h = &a->pane[PANE_HEX];
			size_t line = a->hl_off / 16;
			int hb = pane_body(h);

			if (hb > 0 && (line < h->top || line >= h->top + (size_t)hb))
				h->top = line;
		}
	}
	return RE_REDRAW;
}

static int tree_click(struct app *a, struct pane *p, int row)
{
	long line = (long)p->top + row;

	if (line == p->sel)
		set_fold(a, line, -1);
	p->sel = line;
	return after_move(a, p);
}

static int tree_wheel(struct app *a, struct pane *p, int dy)
{
	p->sel += dy;
	return after_move(a, p);
}

const struct view_ops view_tree_ops = {
	.name = "decode",
	.priv_size = sizeof(struct tree_priv),
	.draw = tree_draw,
	.request = tree_request,
	.click = tree_click,
	.wheel = tree_wheel,
};
