#define NDIS51 1                /* an NDIS 5.1 protocol driver */
#include <ndis.h> // expected-no-diagnostics

typedef struct _LP_OPEN {
    LIST_ENTRY Link;
    NDIS_HANDLE NdisBindingHandle;
} LP_OPEN, *PLP_OPEN;

struct {
    NDIS_SPIN_LOCK OpenListLock;
    LIST_ENTRY OpenList;
} LpGlobal;

VOID LpFreeOpen(PLP_OPEN Open);

VOID
LpUnbindAdapter(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
                NDIS_HANDLE UnbindContext)
{
    PLP_OPEN Open = (PLP_OPEN)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(UnbindContext);
    NdisAcquireSpinLock(&LpGlobal.OpenListLock);
    RemoveEntryList(&Open->Link);               /* unlink under the lock ... */
    NdisReleaseSpinLock(&LpGlobal.OpenListLock);

    NdisCloseAdapter(Status, Open->NdisBindingHandle);  /* ... close at PASSIVE_LEVEL */
    if (*Status != NDIS_STATUS_PENDING) {
        LpFreeOpen(Open);
    }
}
