/* read_finish.h: batches of lexed records parsed and finished. */
#ifndef ZL_READ_FINISH_H
#define ZL_READ_FINISH_H

#include "read_state.h"

#define ZL_BATCH_RECORDS 1024 /* records parsed as one piece of work */

/* A full batch goes to the workers, and the one they parsed before is
 * finished meanwhile; with no workers, the batch is parsed here.  all:
 * finish everything now (before a directive changes the origin, after
 * an SOA, at the end of the file). */
void zl_rd_batch_rotate(struct reader *r, bool all);
/* Every record read so far is finished. */
void zl_rd_batch_flush(struct reader *r);

#endif
