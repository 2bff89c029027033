/* Deregistered and registered again: the new registration gives a new, valid handle. The
   NDIS 6 protocol's unload deregisters last and clears the handle. */
// expected-no-diagnostics
#include <ndis.h>

NDIS_HANDLE PrProtocolHandle;
PVOID PrStatsBuffer;

DRIVER_UNLOAD PrUnload;

NDIS_STATUS
PrRestartProtocol(PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars)
{
    NDIS_STATUS Status;

    NdisDeregisterProtocolDriver(PrProtocolHandle);
    Status = NdisRegisterProtocolDriver(NULL, Chars, &PrProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        PrProtocolHandle = NULL;
        return Status;
    }
    PrStatsBuffer = NdisAllocateMemoryWithTagPriority(PrProtocolHandle, 4096, 'tsrP',
                                                      NormalPoolPriority);
    return NDIS_STATUS_SUCCESS;
}

VOID
PrUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    if (PrStatsBuffer != NULL) {
        NdisFreeMemoryWithTagPriority(PrProtocolHandle, PrStatsBuffer, 'tsrP');
        PrStatsBuffer = NULL;
    }
    NdisDeregisterProtocolDriver(PrProtocolHandle);
    PrProtocolHandle = NULL;
}
