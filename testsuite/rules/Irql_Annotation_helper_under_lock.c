/*
 * A driver helper annotated _IRQL_requires_(PASSIVE_LEVEL) (it waits for the firmware to load) is
 * called while the adapter's NDIS spin lock is held. Notes: where the helper is annotated, then
 * where the IRQL was raised.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_EVENT FirmwareLoaded;
    BOOLEAN FirmwareReady;
} ADAPTER, *PADAPTER;

_IRQL_requires_(PASSIVE_LEVEL) // expected-note {{'AdapterWaitForFirmware' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}
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

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (!Adapter->FirmwareReady) {
        AdapterWaitForFirmware(Adapter); // expected-warning {{'AdapterWaitForFirmware' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
    }
    NdisReleaseSpinLock(&Adapter->Lock);
}
