// SPDX-License-Identifier: GPL-2.0
/* \summary: the model's marks, list search and saving to pcap/pcapng */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../capture/capfile.h"
#include "model_int.h"
#include "store.h"

/* ---- marks ----------------------------------------------------------- */

static void set_mark(struct model *m, struct sidx *e, int on)
{
	unsigned f;

	if (!e || !!(sidx_flags(e) & TPKT_MARKED) == !!on)
		return;
	f = sidx_flags(e);
	if (on) {
		sidx_set_flags(e, f | TPKT_MARKED);
		m->marked++;
	} else {
		sidx_set_flags(e, f & ~(unsigned)TPKT_MARKED);
		m->marked--;
	}
}

void model__mark_toggle(struct model *m, uint64_t seq)
{
	struct sidx *e = model_idx_rw(m, seq);

	if (e)
		set_mark(m, e, !(sidx_flags(e) & TPKT_MARKED));
}

void model__mark_shown(struct model *m, int on)
{
	size_t i;

	for (i = 0; i < shown_len(m); i++)
		set_mark(m, model_idx_rw(m, shown_at(m, i)), on);
}

void model__mark_row(struct model *m, const struct prow *row, int with_desc, int on)
{
	const struct mnode *n = row->kind == PROW_PROC ? model__node(m, row->node) : NULL;
	struct trec_pkt r;
	uint64_t s;

	for (s = m->first_seq; s < m->view_end; s++) {
		if (model__pkt(m, s, &r) &&
		    model_row_match(m, row, with_desc, n ? n->pid : -1, row->name, row->ns, &r))
			set_mark(m, model_idx_rw(m, s), on);
	}
}

void model__clear_marks(struct model *m)
{
	uint64_t s, end = model__end_seq(m);

	for (s = m->first_seq; s < end && m->marked; s++)
		set_mark(m, model_idx_rw(m, s), 0);
}

/* ---- search ---------------------------------------------------------- */

static int row_contains(struct model *m, uint64_t seq, const char *needle)
{
	struct trec_pkt r;
	const struct proc_ctx *c;
	size_t len;

	if (!model__pkt(m, seq, &r))
		return 0;
	c = model__proc(m, r.proc_id);
	if (c && ((c->cmd && strcasestr(proc_basename(c->cmd), needle)) ||
		  (c->args && strcasestr(c->args, needle))))
		return 1;
	return strcasestr(model__pkt_text(m, seq, &len), needle) != NULL;
}

/* the rows are looked at from the one after (before) the start, around */
int model_search_step(struct model *m, uint64_t budget_ns)
{
	uint64_t t0 = budget_ns ? model_mono_ns() : 0;
	long n = (long)shown_len(m), cur, i, done = 0;

	if (!m->srch_active)
		return 0;
	if (m->rb_active)
		return 1;	/* the list is being rebuilt: after it */
	cur = (long)shown_lower(m, m->srch_from);
	for (; n && m->srch_k < n; m->srch_k++) {
		/* a step looks at 256 rows at least, so that it always moves on */
		if ((++done & 255) == 0 && budget_ns && model_mono_ns() - t0 > budget_ns)
			return 1;
		i = m->srch_back ? cur - 1 - m->srch_k : cur + 1 + m->srch_k;
		i = ((i % n) + n) % n;
		if (row_contains(m, shown_at(m, (size_t)i), m->srch_needle)) {
			model__sel_set(m, i);
			m->srch_active = 0;
			m->srch_done = 1;
			return 0;
		}
	}
	m->srch_active = 0;
	m->srch_done = -ENOENT;
	return 0;
}

int model__search(struct model *m, const char *needle, int backward)
{
	char *nd;

	m->srch_active = 0;
	m->srch_done = 0;
	if (!needle || !*needle || shown_len(m) == 0 || !(nd = strdup(needle)))
		return -ENOENT;
	free(m->srch_needle);
	m->srch_needle = nd;
	m->srch_back = backward;
	m->srch_from = model__sel_seq(m);
	m->srch_k = 0;
	m->srch_active = 1;
	if (model_search_step(m, MODEL_WORK_NS))
		return -EINPROGRESS;
	/* done at once: the answer is the return value */
	{
		int r = m->srch_done;

		m->srch_done = 0;
		return r > 0 ? 0 : r;
	}
}

int model__take_search(struct model *m)
{
	int r = m->srch_done;

	m->srch_done = 0;
	return r;
}

/* ---- save ------------------------------------------------------------ */

long model__save(struct model *m, const char *path, char *err, size_t errlen)
{
	enum capfile_format fmt = capfile__format_of(path);
	size_t i, n_out = 0;
	int *wid = NULL;
	struct capfile_writer *w;
	int only_marked = m->marked > 0, rc = 0;

	wid = malloc((m->n_ifaces + 1) * sizeof(*wid));
	if (!wid) {
		snprintf(err, errlen, "out of memory");
		return -ENOMEM;
	}
	for (i = 0; i <= m->n_ifaces; i++)
		wid[i] = -1;
	w = capfile_writer__open(path, fmt, 1, err, errlen);
	if (!w) {
		free(wid);
		return -EIO;
	}
	/* the TLS keys first (pcapng only): Wireshark decrypts the selection */
	if (m->keylog_len)
		capfile_writer__add_keylog(w, m->keylog, m->keylog_len);
	for (i = 0; i < (only_marked ? model_stored(m) : shown_len(m)); i++) {
		uint64_t s = only_marked ? m->first_seq + i : shown_at(m, i);
		struct trec_pkt rec;
		const struct trec_pkt *r = model__pkt(m, s, &rec);
		const uint8_t *data;
		size_t ifx;
		struct pkt p;

		if (!r || (only_marked && !(r->flags & TPKT_MARKED)))
			continue;
		/* the bytes from the capture file or the spool */
		data = model__pkt_data(m, s);
		if (!data) {
			rc = -EIO;
			break;
		}
		ifx = r->iface_id < m->n_ifaces ? r->iface_id : m->n_ifaces;
		model__to_pkt(m, r, data, &p);
		if (wid[ifx] < 0) {
			struct capfile_iface ifc = { 0 };

			ifc.name = p.ifname;
			ifc.linktype = p.linktype;
			ifc.snaplen = ifx < m->n_ifaces && m->ifaces[ifx].snaplen ?
					      m->ifaces[ifx].snaplen : m->o.snaplen;
			wid[ifx] = capfile_writer__add_iface(w, &ifc);
			if (wid[ifx] < 0) {
				rc = wid[ifx];
				break;
			}
		}
		rc = capfile_writer__write(w, wid[ifx], &p);
		if (rc < 0)
			break;
		n_out++;
	}
	{
		int e = capfile_writer__close(w);

		if (rc == 0 && e < 0)
			rc = e;
	}
	free(wid);
	if (rc < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(-rc));
		return rc;
	}
	return (long)n_out;
}
