/* flatrr.c: see flatrr.h.
 *
 * Layout: a header, one (size, type) pair per field, then the owner's
 * and the fields' bytes one after another. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "flatrr.h"

struct head {
	uint32_t ttl;
	uint16_t type, class;
	uint32_t fields;
	uint32_t owner_size;
};

struct field {
	uint32_t size;
	uint32_t type;
};

void
zl_flat_store(struct zl_flat *flat, const ldns_rr *rr)
{
	size_t n = ldns_rr_rd_count(rr);
	size_t need = sizeof(struct head) + n * sizeof(struct field) +
	    ldns_rdf_size(ldns_rr_owner(rr));
	for (size_t k = 0; k < n; k++)
		need += ldns_rdf_size(ldns_rr_rdf(rr, k));
	if (need > flat->cap) {
		/* a record is at most 65,535 octets of data, in fields of
		 * at least one: the sum stays far below 4 GiB */
		flat->cap = (uint32_t)(need < 256 ? 256 : need + need / 2);
		free(flat->bytes);
		flat->bytes = zl_xmalloc(flat->cap);
	}
	struct head h = {
		.ttl = ldns_rr_ttl(rr),
		.type = (uint16_t)ldns_rr_get_type(rr),
		.class = (uint16_t)ldns_rr_get_class(rr),
		.fields = (uint32_t)n,
		.owner_size = (uint32_t)ldns_rdf_size(ldns_rr_owner(rr)),
	};
	uint8_t *p = flat->bytes;
	memcpy(p, &h, sizeof h);
	struct field *fd = (struct field *)(void *)(p + sizeof h);
	uint8_t *data = (uint8_t *)(fd + n);
	memcpy(data, ldns_rdf_data(ldns_rr_owner(rr)), h.owner_size);
	data += h.owner_size;
	for (size_t k = 0; k < n; k++) {
		const ldns_rdf *f = ldns_rr_rdf(rr, k);
		fd[k] = (struct field){(uint32_t)ldns_rdf_size(f),
		    (uint32_t)ldns_rdf_get_type(f)};
		if (fd[k].size)
			memcpy(data, ldns_rdf_data(f), fd[k].size);
		data += fd[k].size;
	}
	flat->len = (uint32_t)need;
}

void
zl_flat_set_ttl(struct zl_flat *flat, uint32_t ttl)
{
	memcpy(flat->bytes + offsetof(struct head, ttl), &ttl, sizeof ttl);
}

const uint8_t *
zl_flat_rdata(const struct zl_flat *flat, uint32_t *len)
{
	struct head h;
	memcpy(&h, flat->bytes, sizeof h);
	uint32_t off = (uint32_t)(sizeof h + h.fields * sizeof(struct field)) +
	    h.owner_size;
	*len = flat->len - off;
	return flat->bytes + off;
}

ldns_rr *
zl_flat_view(struct zl_flat_view *view, const struct zl_flat *flat)
{
	struct head h;
	memcpy(&h, flat->bytes, sizeof h);
	if (h.fields > view->cap) {
		view->cap = h.fields * 2;
		view->fields = zl_xrealloc(view->fields,
		    view->cap * sizeof *view->fields);
		view->field_ptrs = zl_xrealloc(view->field_ptrs,
		    view->cap * sizeof *view->field_ptrs);
	}
	const struct field *fd =
	    (const struct field *)(const void *)(flat->bytes + sizeof h);
	uint8_t *data = flat->bytes + sizeof h + h.fields * sizeof *fd;
	view->owner = (ldns_rdf){._size = h.owner_size,
	    ._type = LDNS_RDF_TYPE_DNAME, ._data = data};
	data += h.owner_size;
	for (uint32_t k = 0; k < h.fields; k++) {
		view->fields[k] = (ldns_rdf){._size = fd[k].size,
		    ._type = (ldns_rdf_type)fd[k].type, ._data = data};
		view->field_ptrs[k] = &view->fields[k];
		data += fd[k].size;
	}
	view->rr = (ldns_rr){
		._owner = &view->owner,
		._ttl = h.ttl,
		._rd_count = h.fields,
		._rr_type = (ldns_rr_type)h.type,
		._rr_class = (ldns_rr_class)h.class,
		._rdata_fields = h.fields ? view->field_ptrs : NULL,
		._rr_question = false,
	};
	return &view->rr;
}

void
zl_flat_view_free(struct zl_flat_view *view)
{
	free(view->fields);
	free(view->field_ptrs);
	memset(view, 0, sizeof *view);
}
