#define NDIS51 1                /* an NDIS 5.1 protocol driver */
#include <ndis.h>

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
    NdisAcquireSpinLock(&LpGlobal.OpenListLock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    RemoveEntryList(&Open->Link);
    NdisCloseAdapter(Status, Open->NdisBindingHandle); // expected-warning {{'NdisCloseAdapter' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Ndis5_Protocol_Function]}}
    NdisReleaseSpinLock(&LpGlobal.OpenListLock);

    if (*Status != NDIS_STATUS_PENDING) {
        LpFreeOpen(Open);       /* else LpCloseAdapterComplete frees it */
    }
}
