/*
 * An I/O work item (PASSIVE_LEVEL) takes a spin lock to claim the AF, returns
 * early (after releasing) when there is nothing to do, and calls the
 * PASSIVE_LEVEL-only NdisMCmNotifyCloseAddressFamily only after the release.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_HANDLE WorkItem;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN CloseQueued;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE McmInitialize;
MINIPORT_CHECK_FOR_HANG McmCheckForHang;

static VOID McmCloseAfWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle);

static ADAPTER TheAdapter;

NDIS_STATUS
McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    CO_ADDRESS_FAMILY Af;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    TheAdapter.MiniportAdapterHandle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&TheAdapter.Lock);
    TheAdapter.WorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (TheAdapter.WorkItem == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af);
}

BOOLEAN
McmCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;

    NdisQueueIoWorkItem(Adapter->WorkItem, McmCloseAfWorker, Adapter);
    return (BOOLEAN)(Adapter->WorkItem == NULL);
}

static VOID
McmCloseAfWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;
    NDIS_HANDLE AfHandle;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->CloseQueued || Adapter->NdisAfHandle == NULL) {
        NdisReleaseSpinLock(&Adapter->Lock);
        return;
    }
    Adapter->CloseQueued = TRUE;
    AfHandle = Adapter->NdisAfHandle;
    NdisReleaseSpinLock(&Adapter->Lock);

    (VOID)NdisMCmNotifyCloseAddressFamily(AfHandle);
}

// expected-no-diagnostics
