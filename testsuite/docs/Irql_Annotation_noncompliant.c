#include <ndis.h>

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE MiniportAdapterHandle;
    ULONG ResetsPending;
    ULONG LinkSpeed;
} MP_ADAPTER, *PMP_ADAPTER;

/* Reads the link settings from the registry: NdisOpenConfigurationEx needs PASSIVE_LEVEL. */
_IRQL_requires_(PASSIVE_LEVEL) // expected-note {{'MpReadLinkSettings' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}
NDIS_STATUS
MpReadLinkSettings(_In_ PMP_ADAPTER Adapter);

NDIS_IO_WORKITEM_FUNCTION MpResetWorker;

VOID
MpResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (Adapter->ResetsPending > 0) {
        Adapter->ResetsPending--;
        (VOID)MpReadLinkSettings(Adapter); // expected-warning {{'MpReadLinkSettings' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
    }
    NdisReleaseSpinLock(&Adapter->Lock);
}
