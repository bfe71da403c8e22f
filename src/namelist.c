/* namelist.c: see namelist.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "namelist.h"

void
zl_namelist_add(struct zl_namelist *l, const ldns_rdf *name, struct zl_loc loc)
{
	size_t size = ldns_rdf_size(name);
	if (l->len + size > l->cap) {
		l->cap = (l->len + size) * 2 + 256;
		l->arena = zl_xrealloc(l->arena, l->cap);
	}
	if (l->count == l->vcap) {
		l->vcap = l->vcap ? l->vcap * 2 : 16;
		l->v = zl_xrealloc(l->v, l->vcap * sizeof *l->v);
	}
	memcpy(l->arena + l->len, ldns_rdf_data(name), size);
	l->v[l->count++] = (struct zl_named){(uint32_t)l->len, (uint16_t)size, loc};
	l->len += size;
}

ldns_rdf
zl_namelist_name(const struct zl_namelist *l, size_t i)
{
	ldns_rdf rdf = {._size = l->v[i].size, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = l->arena + l->v[i].off};
	return rdf;
}

void
zl_namelist_clear(struct zl_namelist *l)
{
	l->len = 0;
	l->count = 0;
}

void
zl_namelist_free(struct zl_namelist *l)
{
	free(l->arena);
	free(l->v);
	memset(l, 0, sizeof *l);
}
