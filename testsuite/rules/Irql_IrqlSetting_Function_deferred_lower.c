/*
 * NDIS_LOWER_IRQL in a work item (PASSIVE_LEVEL) with an IRQL a DPC saved: its raise is not in this
 * function, and the lower happens at PASSIVE_LEVEL instead of DISPATCH_LEVEL.
 */
#include <ndis.h>

typedef struct _NIC {
    KIRQL SavedIrql;
} NIC, *PNIC;

NDIS_IO_WORKITEM_FUNCTION NicWorker; // expected-note {{'NicWorker' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}

VOID
NicWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PNIC Nic = (PNIC)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NDIS_LOWER_IRQL(Nic->SavedIrql, DISPATCH_LEVEL); // expected-warning {{'NDIS_LOWER_IRQL' is called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_IrqlSetting_Function]}}
}
