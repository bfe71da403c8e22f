/* explain.h: the rules' own text for people: --list-rules, --explain. */
#ifndef ZL_EXPLAIN_H
#define ZL_EXPLAIN_H

#include <stdio.h>

void zl_list_rules(FILE *fp);
/* Returns -1 when no rule has that id. */
int zl_explain(FILE *fp, const char *id);
/* Related rules: the others whose id the rule's prose (why, fix,
 * exceptions, references) names, in registry order; at most max of
 * them go into out, and their count is returned. */
#define ZL_RELATED_MAX 16
size_t zl_rule_related(size_t rule, size_t *out, size_t max);
/* zonelint-rules(7) in mdoc, from the rules' own text. */
void zl_man_rules(FILE *fp);

#endif
