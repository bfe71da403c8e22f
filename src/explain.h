/* explain.h: the rules' own text for people: --list-rules, --explain. */
#ifndef ZL_EXPLAIN_H
#define ZL_EXPLAIN_H

#include <stdio.h>

void zl_list_rules(FILE *fp);
/* Returns -1 when no rule has that id. */
int zl_explain(FILE *fp, const char *id);
/* zonelint-rules(7) in mdoc, from the rules' own text. */
void zl_man_rules(FILE *fp);

#endif
