/* read_origin.c: see read_origin.h. */
#include <stdlib.h>

#include "diag.h"
#include "read_finish.h"
#include "read_origin.h"
#include "words.h"

bool
zl_rd_set_origin(struct reader *r, const char *text)
{
	ldns_rdf *rdf = ldns_dname_new_frm_str(text);
	if (rdf == NULL)
		return false;
	zl_rd_batch_flush(r); /* records waiting use the old origin */
	if (r->origin)
		ldns_rdf_deep_free(r->origin);
	free(r->origin_text);
	r->origin = rdf;
	r->origin_text = zl_xstrdup(text);
	return true;
}

bool
zl_rd_set_apex(struct reader *r, const char *text, const char *source)
{
	ldns_rdf *rdf = ldns_dname_new_frm_str(text);
	if (rdf == NULL)
		return false;
	r->apex = rdf;
	char buf[LDNS_MAX_DOMAINLEN * 4 + 2];
	r->apex_text = zl_xstrdup(zl_dname_str(rdf, buf, sizeof buf));
	r->sink->ops->apex(r->sink->arg, r->apex_text, source);
	if (r->origin == NULL)
		zl_rd_set_origin(r, r->apex_text);
	return true;
}

bool
zl_rd_need_apex(struct reader *r, struct file_state *f,
    const struct zl_tok *owner, bool is_soa)
{
	if (r->apex != NULL)
		return true;
	if (r->header_origin &&
	    zl_rd_set_apex(r, r->header_origin, "the Windows header"))
		return true;
	char *fromname = zl_origin_from_filename(r->in->path);
	if (fromname) {
		bool ok = zl_rd_set_apex(r, fromname, "the file name");
		free(fromname);
		if (ok)
			return true;
	}
	if (owner && is_soa && zl_text_absolute(r->text + owner->off, owner->len)) {
		char *t = zl_asprintf("%.*s", (int)owner->len, r->text + owner->off);
		bool ok = zl_rd_set_apex(r, t, "the SOA record");
		free(t);
		if (ok)
			return true;
	}
	zl_rd_report(r, ZL_RULE_input_unreadable,
	    (struct zl_loc){f->file, f->first_line, 1},
	    "cannot tell the zone's origin: give --origin NAME before the "
	    "file, start it with $ORIGIN, or name it NAME.zone");
	r->out->unreadable = true;
	return false;
}
