/* read_record.h: a logical record's tokens to the batch. */
#ifndef ZL_READ_RECORD_H
#define ZL_READ_RECORD_H

#include "read_state.h"

/* r->toks, a record (not a directive), into the batch; a problem is
 * reported and the record dropped. */
void zl_rd_record(struct reader *r, struct file_state *f);

#endif
