/*
 * The driver's own callback type carries the annotation; a function declared with that typedef
 * (and defined without any annotation of its own) is called under a spin lock.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Halting;
} ADAPTER, *PADAPTER;

typedef _IRQL_requires_(PASSIVE_LEVEL) VOID ADAPTER_STOP_HANDLER(_In_ PADAPTER Adapter); // expected-note {{'AdapterStopHardware' is annotated _IRQL_requires_(PASSIVE_LEVEL) here}}

ADAPTER_STOP_HANDLER AdapterStopHardware;

VOID
AdapterStopHardware(PADAPTER Adapter)
{
    UNREFERENCED_PARAMETER(Adapter);
}

NDIS_IO_WORKITEM_FUNCTION AdapterHaltWorker;

VOID
AdapterHaltWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Adapter->Halting = TRUE;
    AdapterStopHardware(Adapter); // expected-warning {{'AdapterStopHardware' is called at DISPATCH_LEVEL, but its annotation requires PASSIVE_LEVEL [Irql_Annotation]}}
    NdisReleaseSpinLock(&Adapter->Lock);
}
