/* Input of bad_input.sh: a syntax error in one function; the other is still analyzed. */
#include <ndis.h>

typedef struct _ADAPTER { NDIS_HANDLE Af; NDIS_SPIN_LOCK Lock; } ADAPTER;

void Broken(ADAPTER *a)
{
    undeclared_thing(a) + ;
}

void Locked(ADAPTER *a)
{
    NdisAcquireSpinLock(&a->Lock);
    NdisMCmNotifyCloseAddressFamily(a->Af);
    NdisReleaseSpinLock(&a->Lock);
}
