// RUN-MODE: --dump-ir
// A `for` that a macro expands to (as ETH_COPY_NETWORK_ADDRESS may): its init, condition and
// increment are told apart as in a `for` written out, so the loop can end and the code after it
// is reached; also with parts missing.
#include <ndis.h>

#define COPY6(_D, _S) { int i_; for (i_ = 0; i_ < 6; i_++) ((UCHAR *)(_D))[i_] = ((const UCHAR *)(_S))[i_]; }
#define COUNT_DOWN(_n) for (; (_n) > 0;) (_n)--
#define UNTIL_BIG(_i) for (;; (_i)++) if ((_i) > 3) break

VOID Note(PUCHAR a);

NDIS_STATUS Copy(PUCHAR a, PUCHAR b, int n)
{
    do {
        Note(a);
        COPY6(a, b);
        Note(b);
        COUNT_DOWN(n);
        Note(a);
        UNTIL_BIG(n);
        Note(b);
    } while (FALSE);
    return 0;
}
// CHECK: function Copy
// CHECK: call Note(a) @16:9
// CHECK: assign i_ := COPY6=0 @17:9
// CHECK: if not (i_ < COPY6=6)
// CHECK: call Note(b) @18:9
// CHECK: if not (n > COUNT_DOWN=0)
// CHECK: call Note(a) @20:9
// CHECK: if not (n > UNTIL_BIG=3)
// CHECK: call Note(b) @22:9
