/*
 * A driver's own macro over the NdisMCm* macro: the DDI is the innermost NDIS macro of the
 * expansion (NdisMCmDeregisterSapComplete, Irql_MCM_Function), not the driver's macro nor the
 * NdisCm* function the WDK macro expands to.
 */
#include <ndis.h>

#define MCM_FINISH_DEREG(_Sap) NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, (_Sap)->NdisSapHandle)

typedef struct _MCM_SAP {
    NDIS_HANDLE NdisSapHandle;
} MCM_SAP, *PMCM_SAP;

typedef struct _MCM_ADAPTER {
    PMCM_SAP DeregPending;
} MCM_ADAPTER, *PMCM_ADAPTER;

MINIPORT_ISR McmIsr; // expected-note {{'McmIsr' runs at DIRQL as a MINIPORT_ISR callback}}

BOOLEAN
McmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = FALSE;
    if (Adapter->DeregPending != NULL)
        MCM_FINISH_DEREG(Adapter->DeregPending); // expected-warning {{'NdisMCmDeregisterSapComplete' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]}}
    return TRUE;
}
