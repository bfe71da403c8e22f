/* suppress.c: see suppress.h. */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "suppress.h"

size_t
zl_suppress_add(struct zl_suppressions *s, struct zl_loc at,
    const char *rules, size_t len, bool whole_file)
{
	if (s->count == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = zl_xrealloc(s->v, s->cap * sizeof *s->v);
	}
	s->v[s->count] = (struct zl_suppression){
		.at = at, .rules = zl_asprintf("%.*s", (int)len, rules),
		.whole_file = whole_file,
	};
	return s->count++;
}

void
zl_suppress_bind(struct zl_suppressions *s, size_t n, uint32_t first_line,
    uint32_t last_line)
{
	s->v[n].first = first_line;
	s->v[n].last = last_line;
}

bool
zl_suppress_lists(const char *list, const char *id)
{
	char buf[128];
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, ",");
		if (n > 0 && n < sizeof buf) {
			memcpy(buf, p, n);
			buf[n] = '\0';
			if (fnmatch(buf, id, 0) == 0)
				return true;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

bool
zl_suppress_covers(struct zl_suppressions *s, struct zl_loc loc,
    const char *id)
{
	bool hit = false;
	for (size_t i = 0; i < s->count; i++) {
		struct zl_suppression *x = &s->v[i];
		if (x->at.file != loc.file || (!x->whole_file &&
		    (loc.line < x->first || loc.line > x->last)) ||
		    !zl_suppress_lists(x->rules, id))
			continue;
		x->used = true;
		hit = true;
	}
	return hit;
}

void
zl_suppress_free(struct zl_suppressions *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->v[i].rules);
	free(s->v);
	*s = (struct zl_suppressions){0};
}
