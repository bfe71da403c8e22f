/* rulepeers.h: a rule page's section on what the peers make of its bad
 * example, from docs/peer-behaviour.md (tests/peer_table.py). */
#ifndef ZL_RULEPEERS_H
#define ZL_RULEPEERS_H

#include <stddef.h>
#include <stdio.h>

/* Writes the section from table (len bytes of docs/peer-behaviour.md):
 * the header row's tool names, the rule's row of verdicts and its
 * "- RULE, TOOL VERB: message" lines; nothing when the table has no
 * row for id.  Every byte of the table is escaped. */
void zl_html_peers(FILE *fp, const char *id, const char *table, size_t len);

#endif
