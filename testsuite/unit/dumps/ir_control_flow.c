// RUN-MODE: --dump-ir
// The IR of loops, switch, goto and status branches.
#include <ndis.h>

NDIS_STATUS Flow(NDIS_HANDLE Sap, NDIS_STATUS Status, int n)
{
    int i;
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisCmRegisterSapComplete(Status, Sap, NULL);
        return Status;
    }
    for (i = 0; i < n; i++)
        NdisCmDispatchIncomingCall(Sap, NULL, NULL);
    switch (Status) {
    case NDIS_STATUS_PENDING:
        goto out;
    default:
        break;
    }
out:
    return NDIS_STATUS_PENDING;
}
// CHECK: function Flow at 5:13
// CHECK: block 0 (entry)
// CHECK: if (Status != NDIS_STATUS_SUCCESS=0)
// CHECK: call NdisCmRegisterSapComplete(Status, Sap, NULL=0)
// CHECK: return Status
// CHECK: assign i := 0
// CHECK: call NdisCmDispatchIncomingCall(Sap, NULL=0, NULL=0)
// CHECK: if Status == 259, 14 default
// CHECK: return NDIS_STATUS_PENDING=259
