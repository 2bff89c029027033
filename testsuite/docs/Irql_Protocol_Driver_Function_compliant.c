#include <ndis.h> // expected-no-diagnostics

typedef enum _CL_AF_STATE { CL_AF_CLOSED, CL_AF_OPENING, CL_AF_OPEN } CL_AF_STATE;

typedef struct _CL_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    CL_AF_STATE AfState;
    NDIS_HANDLE NdisBindingHandle;
    NDIS_HANDLE NdisAfHandle;
} CL_ADAPTER, *PCL_ADAPTER;

VOID ClAfOpened(PCL_ADAPTER Adapter, NDIS_STATUS Status);

PROTOCOL_CO_AF_REGISTER_NOTIFY ClAfRegisterNotify;

VOID
ClAfRegisterNotify(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily)
{
    PCL_ADAPTER Adapter = (PCL_ADAPTER)ProtocolBindingContext;
    BOOLEAN Open = FALSE;
    NDIS_STATUS Status;

    NdisAcquireSpinLock(&Adapter->Lock);        /* claim the AF slot under the lock */
    if (Adapter->AfState == CL_AF_CLOSED) {
        Adapter->AfState = CL_AF_OPENING;
        Open = TRUE;
    }
    NdisReleaseSpinLock(&Adapter->Lock);        /* back to PASSIVE_LEVEL */

    if (Open) {
        Status = NdisClOpenAddressFamilyEx(Adapter->NdisBindingHandle, AddressFamily,
                                           Adapter, &Adapter->NdisAfHandle);
        if (Status != NDIS_STATUS_PENDING) {
            ClAfOpened(Adapter, Status);
        }
    }
}
