/* ruleid.h: every rule's number, from rules/rules.def, in the registry's
 * order: the engine and the reader name the rules they report for by
 * these, so a misspelt rule is a compile error, not an abort. */
#ifndef ZL_RULEID_H
#define ZL_RULEID_H

enum zl_rule_id {
#define RULE(name) ZL_RULE_##name,
#include "../rules/rules.def"
#undef RULE
	ZL_RULE_COUNT
};

#endif
