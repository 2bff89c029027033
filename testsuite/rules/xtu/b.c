/*
 * Cross-TU case, second file: the helper closes the adapter, which requires
 * PASSIVE_LEVEL. Its only caller (a.c) holds a spin lock.
 */
#include <ndis.h>

typedef struct _XTU_BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Closing;
} XTU_BINDING, *PXTU_BINDING;

NDIS_STATUS
XtuReleaseBinding(PXTU_BINDING Binding)
{
    return NdisCloseAdapterEx(Binding->BindingHandle); // expected-warning {{'NdisCloseAdapterEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
}
