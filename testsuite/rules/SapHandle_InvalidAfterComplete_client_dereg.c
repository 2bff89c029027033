/* A CoNDIS client retries NdisClDeregisterSap with the handle it already gave up. */
#include <ndis.h>

typedef struct _CL_AF {
    NDIS_HANDLE NdisAfHandle;
    NDIS_HANDLE NdisSapHandle;
} CL_AF, *PCL_AF;

NDIS_STATUS
ClCloseSap(PCL_AF Af)
{
    NDIS_STATUS Status;

    Status = NdisClDeregisterSap(Af->NdisSapHandle); // expected-note {{SAP handle given up here by NdisClDeregisterSap}}
    if (Status == NDIS_STATUS_RESOURCES) {
        Status = NdisClDeregisterSap(Af->NdisSapHandle); // expected-warning {{SAP handle 'Af->NdisSapHandle' is passed to 'NdisClDeregisterSap' after it became invalid [SapHandle_InvalidAfterComplete]}}
    }
    return Status;
}
