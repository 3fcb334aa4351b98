// SPDX-License-Identifier: GPL-2.0
/* \summary: what every view shares: moving a selection, keeping it on screen */
#include "view.h"

#include "app.h"

int view__move(enum request req, long *pos, long n, long page)
{
	switch (req) {
	case REQ_MOVE_UP:
		(*pos)--;
		break;
	case REQ_MOVE_DOWN:
		(*pos)++;
		break;
	case REQ_PAGE_UP:
		*pos -= page;
		break;
	case REQ_PAGE_DOWN:
		*pos += page;
		break;
	case REQ_HOME:
		*pos = 0;
		break;
	case REQ_END:
		*pos = n - 1;
		break;
	default:
		return 0;
	}
	if (*pos >= n)
		*pos = n - 1;
	if (*pos < 0)
		*pos = 0;
	return 1;
}

void view__keep_visible(struct pane *p, size_t n)
{
	int body = pane_body(p);

	if (p->sel >= (long)n)
		p->sel = (long)n - 1;
	if (p->sel < 0)
		p->sel = 0;
	if ((size_t)p->sel < p->top)
		p->top = (size_t)p->sel;
	if (body > 0 && (size_t)p->sel >= p->top + (size_t)body)
		p->top = (size_t)p->sel - (size_t)body + 1;
}
