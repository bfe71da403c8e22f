/* registry.c: the rule table, expanded from rules/rules.def. */
#include <string.h>

#include "registry.h"

#define RULE(name) extern const struct zl_rule rule_##name;
#include "../rules/rules.def"
#undef RULE

static const struct zl_rule *const rules[] = {
#define RULE(name) &rule_##name,
#include "../rules/rules.def"
#undef RULE
};

size_t
zl_registry_count(void)
{
	return sizeof rules / sizeof *rules;
}

const struct zl_rule *
zl_registry_at(size_t i)
{
	return rules[i];
}

int
zl_registry_find(const char *id)
{
	size_t lo = 0, hi = zl_registry_count();
	while (lo < hi) { /* the table is sorted; a test checks it */
		size_t mid = (lo + hi) / 2;
		int c = strcmp(id, rules[mid]->id);
		if (c == 0)
			return (int)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}
