/*
 * The same helper, annotated _IRQL_requires_(PASSIVE_LEVEL), called after the lock is released
 * in a work item (PASSIVE_LEVEL): its annotation holds, and the wait inside it is at PASSIVE_LEVEL.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_EVENT FirmwareLoaded;
    BOOLEAN FirmwareReady;
} ADAPTER, *PADAPTER;

_IRQL_requires_(PASSIVE_LEVEL)
static VOID
AdapterWaitForFirmware(_In_ PADAPTER Adapter)
{
    (VOID)NdisWaitEvent(&Adapter->FirmwareLoaded, 1000);
}

NDIS_IO_WORKITEM_FUNCTION AdapterRestartWorker;

VOID
AdapterRestartWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;
    BOOLEAN Ready;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Adapter->Lock);
    Ready = Adapter->FirmwareReady;
    NdisReleaseSpinLock(&Adapter->Lock);
    if (!Ready) {
        AdapterWaitForFirmware(Adapter);
    }
}
