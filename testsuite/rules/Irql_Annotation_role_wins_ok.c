/*
 * A work item routine (NDIS_IO_WORKITEM_FUNCTION: PASSIVE_LEVEL) whose definition is annotated
 * more loosely, _IRQL_requires_max_(DISPATCH_LEVEL): the role's documented entry IRQL is the one
 * the analysis starts from, so the PASSIVE_LEVEL-only call inside is not reported as "may be called
 * at DISPATCH_LEVEL".
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
} ADAPTER, *PADAPTER;

NDIS_IO_WORKITEM_FUNCTION AdapterConfigWorker;

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
AdapterConfigWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PADAPTER Adapter = (PADAPTER)WorkItemContext;
    NDIS_CONFIGURATION_OBJECT ConfigObject;
    NDIS_HANDLE ConfigHandle;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisZeroMemory(&ConfigObject, sizeof(ConfigObject));
    ConfigObject.NdisHandle = Adapter->MiniportAdapterHandle;
    if (NdisOpenConfigurationEx(&ConfigObject, &ConfigHandle) == NDIS_STATUS_SUCCESS) {
        NdisCloseConfiguration(ConfigHandle);
    }
}
