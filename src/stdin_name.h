/* stdin_name.h: --stdin-filename NAME, the name standard input goes by.
 *
 * An editor lints a buffer that is not saved by piping it to "zonelint
 * --stdin-filename NAME -": the findings name NAME, and the zone's origin
 * (from the file name), its view (from the path and .zonelint) and the
 * .zonelint read are those NAME would have as a file.  NAME is only a
 * name: it is never opened, whatever is on disk under it. */
#ifndef ZL_STDIN_NAME_H
#define ZL_STDIN_NAME_H

#include "inputs.h"

/* Gives the one "-" input of in the name name (and the view its path
 * implies when none was given).  NULL when done, else why not, for a
 * usage error: no "-", more than one, or an empty name or "-". */
const char *zl_stdin_name_apply(struct zl_inputs *in, const char *name);

/* Appends a copy of from, an input read from standard input, to in
 * without looking at its name on disk (a folder there is not walked). */
void zl_stdin_input_add(struct zl_inputs *in, const struct zl_input *from);

#endif
