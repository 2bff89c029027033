#include <ndis.h> // expected-no-diagnostics

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE MiniportAdapterHandle;
    ULONG ResetsPending;
    ULONG LinkSpeed;
} MP_ADAPTER, *PMP_ADAPTER;

/* Reads the link settings from the registry: NdisOpenConfigurationEx needs PASSIVE_LEVEL. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS
MpReadLinkSettings(_In_ PMP_ADAPTER Adapter);

NDIS_IO_WORKITEM_FUNCTION MpResetWorker;

VOID
MpResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)WorkItemContext;
    BOOLEAN Reset = FALSE;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Adapter->Lock);        /* decide under the lock */
    if (Adapter->ResetsPending > 0) {
        Adapter->ResetsPending--;
        Reset = TRUE;
    }
    NdisReleaseSpinLock(&Adapter->Lock);        /* back to PASSIVE_LEVEL */
    if (Reset) {
        (VOID)MpReadLinkSettings(Adapter);
    }
}
