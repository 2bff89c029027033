/*
 * The annotated lock helpers of Irql_Annotation_raise_restore.c used correctly: the
 * PASSIVE_LEVEL-only work (an annotated helper and NdisOpenConfigurationEx, which requires
 * PASSIVE_LEVEL too) runs after AdapterUnlock has restored the IRQL saved by AdapterLock, and the
 * DISPATCH_LEVEL-only AdapterUnlock is called with the lock held.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _ADAPTER {
    KSPIN_LOCK Lock;
    ULONG PendingResets;
    NDIS_HANDLE MiniportAdapterHandle;
} ADAPTER, *PADAPTER;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID
AdapterLock(_In_ PADAPTER Adapter, _Out_ _IRQL_saves_ PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Adapter->Lock, OldIrql);
}

_IRQL_requires_(DISPATCH_LEVEL)
VOID
AdapterUnlock(_In_ PADAPTER Adapter, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    KeReleaseSpinLock(&Adapter->Lock, OldIrql);
}

_IRQL_requires_(PASSIVE_LEVEL)
VOID
AdapterReloadConfiguration(_In_ PADAPTER Adapter);

NDIS_IO_WORKITEM_FUNCTION AdapterResetWorker;

VOID
AdapterResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;
    KIRQL OldIrql;
    BOOLEAN Reload = FALSE;
    NDIS_CONFIGURATION_OBJECT ConfigObject;
    NDIS_HANDLE ConfigHandle;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    AdapterLock(Adapter, &OldIrql);
    if (Adapter->PendingResets > 0) {
        Adapter->PendingResets--;
        Reload = TRUE;
    }
    AdapterUnlock(Adapter, OldIrql);
    if (Reload) {
        AdapterReloadConfiguration(Adapter);
        NdisZeroMemory(&ConfigObject, sizeof(ConfigObject));
        ConfigObject.NdisHandle = Adapter->MiniportAdapterHandle;
        if (NdisOpenConfigurationEx(&ConfigObject, &ConfigHandle) == NDIS_STATUS_SUCCESS) {
            NdisCloseConfiguration(ConfigHandle);
        }
    }
}
