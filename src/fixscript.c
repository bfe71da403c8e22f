/*
 * fixscript.c: --fix-script's plan, the steps of every finding once and
 * in dependency order, and the helpers the renderers share
 * (fixscript_ps.c, fixscript_dnscmd.c, fixscript_bind.c).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fixscript.h"
#include "fixscript_util.h"

int
zl_fixscript_parse(const char *arg)
{
	if (strcmp(arg, "powershell") == 0)
		return ZL_FIXSCRIPT_POWERSHELL;
	if (strcmp(arg, "dnscmd") == 0)
		return ZL_FIXSCRIPT_DNSCMD;
	if (strcmp(arg, "bind") == 0)
		return ZL_FIXSCRIPT_BIND;
	return -1;
}

static bool
str_same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) ||
	    (a != NULL && b != NULL && strcasecmp(a, b) == 0);
}

static bool
step_same(const struct zl_fix_step *a, const struct zl_fix_step *b)
{
	return a->kind == b->kind && a->view == b->view && a->type == b->type &&
	    a->ttl == b->ttl && str_same(a->zone, b->zone) &&
	    str_same(a->owner, b->owner) && str_same(a->data, b->data) &&
	    str_same(a->param, b->param);
}

static void
note_param(struct zl_fixscript_plan *p, const char *param)
{
	for (size_t i = 0; i < p->nparams; i++)
		if (strcmp(p->params[i], param) == 0)
			return;
	if (p->nparams < sizeof p->params / sizeof *p->params)
		p->params[p->nparams++] = param;
}

/* Adds s (of finding g) to the plan, or g to the step it repeats.  The
 * search is linear: steps are bounded by the findings kept (--limit
 * findings) times the few steps a finding has. */
static void
plan_add(struct zl_fixscript_plan *p, size_t *cap, const struct zl_fix_step *s,
    const struct zl_diag *g)
{
	struct zl_fixscript_step *st = NULL;
	for (size_t i = 0; i < p->count && st == NULL; i++)
		if (step_same(p->v[i].s, s))
			st = &p->v[i];
	if (st == NULL) {
		if (p->count == *cap) {
			*cap = *cap ? *cap * 2 : 16;
			p->v = zl_xrealloc(p->v, *cap * sizeof *p->v);
		}
		st = &p->v[p->count++];
		*st = (struct zl_fixscript_step){.s = s};
		if (s->param)
			note_param(p, s->param);
		if (s->view == ZL_VIEW_EXTERNAL)
			p->external = true;
	}
	if (st->nby == 0 || st->by[st->nby - 1] != g) {
		st->by = zl_xrealloc(st->by, (st->nby + 1) * sizeof *st->by);
		st->by[st->nby++] = g;
	}
}

void
zl_fixscript_write(FILE *fp, const struct zl_diags *d, enum zl_fixscript format)
{
	struct zl_fixscript_plan p = {0};
	size_t cap = 0;
	/* dependency order: zones, then records in them, then removals */
	for (int kind = ZL_FIX_ADD_ZONE; kind <= ZL_FIX_REMOVE_RECORD; kind++)
		for (size_t i = 0; i < d->count; i++)
			for (size_t k = 0; k < d->v[i].nsteps; k++)
				if ((int)d->v[i].steps[k].kind == kind)
					plan_add(&p, &cap, &d->v[i].steps[k], &d->v[i]);
	if (format == ZL_FIXSCRIPT_POWERSHELL)
		zl_fixscript_ps(fp, &p);
	else if (format == ZL_FIXSCRIPT_DNSCMD)
		zl_fixscript_dnscmd(fp, &p);
	else
		zl_fixscript_bind(fp, &p);
	for (size_t i = 0; i < p.count; i++)
		free(p.v[i].by);
	free(p.v);
}

struct script {
	const struct zl_diags *d;
	enum zl_fixscript format;
};

static void
fill(FILE *fp, void *arg)
{
	const struct script *s = arg;
	zl_fixscript_write(fp, s->d, s->format);
}

int
zl_fixscript_write_file(const char *path, const struct zl_diags *d,
    enum zl_fixscript format, zl_safewrite_is_input *is_input, void *arg)
{
	struct script s = {d, format};
	return zl_safe_write(path, "fix script", fill, &s, is_input, arg);
}

void
zl_fixscript_annotate(struct zl_diags *d)
{
	for (size_t i = 0; i < d->count; i++) {
		struct zl_diag *g = &d->v[i];
		char *buf = NULL;
		size_t len = 0;
		/* only where a fix-it is shown already: a finding told
		 * without one stays one line */
		FILE *m = g->nsteps && g->fix ? open_memstream(&buf, &len) : NULL;
		if (m == NULL)
			continue;
		bool any = false;
		for (size_t k = 0; k < g->nsteps; k++) {
			long at = ftell(m);
			fputs(any ? "; " : "PowerShell: ", m);
			if (zl_fixscript_ps_step(m, &g->steps[k], true))
				any = true;
			else
				fseek(m, at, SEEK_SET); /* this step has none */
		}
		fclose(m);
		if (any) {
			buf[len] = '\0';
			char *fix = zl_asprintf("%s\n%.*s", g->fix, (int)len, buf);
			free(g->fix);
			g->fix = fix;
		}
		free(buf);
	}
}
