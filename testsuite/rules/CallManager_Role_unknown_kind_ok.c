/* A source file of a call manager checked without the file that registers the address family:
   the kind of driver is unknown, so neither family of names is reported. */
// expected-no-diagnostics
#include <ndis.h>

typedef struct _SAP_CTX {
    NDIS_HANDLE NdisSapHandle;
} SAP_CTX, *PSAP_CTX;

VOID
SapRegisterDone(PSAP_CTX Sap)
{
    NdisMCmRegisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle, Sap);
}

VOID
SapDeregisterDone(PSAP_CTX Sap)
{
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Sap->NdisSapHandle);
}
