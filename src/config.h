/* config.h: the .zonelint file. */
#ifndef ZL_CONFIG_H
#define ZL_CONFIG_H

#include "engine.h"
#include "inputs.h"
#include "options.h"

/* Finds .zonelint from the working directory up to the repository root
 * (the folder holding .git) or the file system root; a new string, or
 * NULL when there is none. */
char *zl_config_find(void);
/* The same from file's folder (--stdin-filename's NAME, which need not
 * exist: from the nearest folder of its path that does); from the
 * working directory when that folder is outside the lint root. */
char *zl_config_find_for(const char *file);

/* Applies the config at path: options, rule settings, and the zones it
 * names (added to in).  Errors go to stderr as PATH:LINE: ...; returns
 * -1 on any. */
int zl_config_load(const char *path, struct zl_options *opt,
    struct zl_engine *eng, struct zl_inputs *in);

#endif
