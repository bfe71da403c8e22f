/* output.h: rendering the sorted findings. */
#ifndef ZL_OUTPUT_H
#define ZL_OUTPUT_H

#include <stdio.h>

#include "diag.h"

/* FILE:LINE:COL: SEVERITY: MESSAGE [RULE], the form compilers use. */
void zl_output_text(FILE *fp, const struct zl_diags *d, bool color);

#endif
