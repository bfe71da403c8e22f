/* read_origin.h: the zone's apex and the current origin. */
#ifndef ZL_READ_ORIGIN_H
#define ZL_READ_ORIGIN_H

#include "read_state.h"

/* Makes text (absolute) the origin of relative names; false when it is
 * no name.  Records waiting in a batch are finished first. */
bool zl_rd_set_origin(struct reader *r, const char *text);
/* Decides the zone's apex, once, telling the sink how (source: a string
 * constant); false when text is no name. */
bool zl_rd_set_apex(struct reader *r, const char *text, const char *source);
/* The apex, decided now if it is not yet: a Windows header, the file
 * name, or an absolute SOA owner (owner, when the record is an SOA).
 * false, the zone unreadable and the reason reported, when none tells. */
bool zl_rd_need_apex(struct reader *r, struct file_state *f,
    const struct zl_tok *owner, bool is_soa);

#endif
