/* words.h: the small words of zone file text: TTLs, classes, Windows
 * aging stamps, and names made absolute.  Pure functions of their text. */
#ifndef ZL_WORDS_H
#define ZL_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Parses a TTL such as "3600" or "1h30m"; false when it is not one. */
bool zl_parse_ttl(const char *s, size_t len, uint32_t *ttl);
/* A class mnemonic (IN, CH, CS, HS, NONE, ANY) or CLASSnn. */
bool zl_is_class(const char *s, size_t len);
/* Windows DNS aging stamp: [AGE:n], n hours since 1601-01-01 UTC. */
bool zl_parse_age(const char *s, size_t len, long long *age);
/* A name that ends with an unescaped dot. */
bool zl_text_absolute(const char *s, size_t len);
/* A name that ends in a backslash escaping nothing: a dot appended
 * would be escaped, making another name, so it is left as it is. */
bool zl_lone_backslash(const char *s, size_t len);
/* s ("@", absolute, or relative) made absolute against origin_text, in
 * a new string. */
char *zl_absolute_name(const char *s, size_t len, const char *origin_text);

#endif
