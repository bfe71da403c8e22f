/* wins.h: the encoders of Windows DNS's own record types, which only
 * Windows DNS exports hold (dnscmd, Export-DnsServerZone), and which
 * the reader accepts there only:
 *   WINS  (65281)  [LOCAL] [Ln] [Cn] ( IPv4 ... )   a forward zone's WINS
 *   WINSR (65282)  [LOCAL] [Ln] [Cn] ( DOMAIN )     a reverse zone's WINS-R
 * Their data in wire form is that of [MS-DNSP] 2.2.2.2.4.22 and 23: the
 * mapping flag (0x00010000 for LOCAL: not replicated), the lookup and
 * cache timeouts in seconds (0 when not written), then the server count
 * and addresses, or the result domain in wire form. */
#ifndef ZL_WINS_H
#define ZL_WINS_H

#include "field.h"

#define ZL_TYPE_WINS 65281u
#define ZL_TYPE_WINSR 65282u

zl_encoder zl_wins_encode, zl_winsr_encode;

#endif
