/*
 * Early returns: every return inside the locked region releases the lock first;
 * the PASSIVE_LEVEL-only NdisOpenAdapterEx is called after the release.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    BOOLEAN Opening;
} BINDING, *PBINDING;

static NDIS_HANDLE ProtocolHandle;
static NDIS_SPIN_LOCK GlobalLock;
static BINDING Bindings[4];
static NDIS_MEDIUM Media[] = { NdisMediumAtm };

PROTOCOL_BIND_ADAPTER_EX PrBind;

NDIS_STATUS
PrBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
       PNDIS_BIND_PARAMETERS BindParameters)
{
    PBINDING Binding = NULL;
    NDIS_OPEN_PARAMETERS OpenParams;
    UINT Selected;
    ULONG i;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);

    NdisAcquireSpinLock(&GlobalLock);
    for (i = 0; i < 4; i++) {
        if (!Bindings[i].Opening) {
            Binding = &Bindings[i];
            break;
        }
    }
    if (Binding == NULL) {
        NdisReleaseSpinLock(&GlobalLock);
        return NDIS_STATUS_RESOURCES;
    }
    if (BindParameters->AdapterName == NULL) {
        NdisReleaseSpinLock(&GlobalLock);
        return NDIS_STATUS_INVALID_PARAMETER;
    }
    Binding->Opening = TRUE;
    NdisReleaseSpinLock(&GlobalLock);

    NdisZeroMemory(&OpenParams, sizeof(OpenParams));
    OpenParams.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    OpenParams.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    OpenParams.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    OpenParams.AdapterName = BindParameters->AdapterName;
    OpenParams.MediumArray = Media;
    OpenParams.MediumArraySize = 1;
    OpenParams.SelectedMediumIndex = &Selected;
    return NdisOpenAdapterEx(ProtocolHandle, Binding, &OpenParams, BindContext,
                             &Binding->BindingHandle);
}

// expected-no-diagnostics
