/* registry.h: every rule, from rules/rules.def, sorted by id. */
#ifndef ZL_REGISTRY_H
#define ZL_REGISTRY_H

#include "zonelint.h"

size_t zl_registry_count(void);
const struct zl_rule *zl_registry_at(size_t i);
/* Index of the rule with this id, or -1. */
int zl_registry_find(const char *id);

#endif
