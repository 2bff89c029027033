// RUN-MODE: --dump-irql
// The IRQL at each call: locks, raise/lower, a helper called under a lock, a DPC role.
#include <ndis.h>

typedef struct _ADAPTER { NDIS_SPIN_LOCK Lock; KSPIN_LOCK KLock; NDIS_HANDLE Af; } ADAPTER;

static void Helper(ADAPTER *a) { NdisMCmNotifyCloseAddressFamily(a->Af); }

void Locks(ADAPTER *a)
{
    KIRQL old;
    NdisAcquireSpinLock(&a->Lock);
    Helper(a);
    NdisReleaseSpinLock(&a->Lock);
    KeAcquireSpinLock(&a->KLock, &old);
    NdisMCmNotifyCloseAddressFamily(a->Af);
    KeReleaseSpinLock(&a->KLock, old);
    NDIS_RAISE_IRQL_TO_DISPATCH(&old);
    NdisMCmNotifyCloseAddressFamily(a->Af);
    NDIS_LOWER_IRQL(old, DISPATCH_LEVEL);
    NdisMCmNotifyCloseAddressFamily(a->Af);
}

KDEFERRED_ROUTINE Dpc;
void Dpc(PKDPC d, PVOID c, PVOID a1, PVOID a2)
{
    UNREFERENCED_PARAMETER(d); UNREFERENCED_PARAMETER(a1); UNREFERENCED_PARAMETER(a2);
    Helper((ADAPTER *)c);
}
// CHECK: function Helper entry DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: NdisMCmNotifyCloseAddressFamily at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: function Locks entry PASSIVE_LEVEL..PASSIVE_LEVEL (assumed)
// CHECK: 13:5 Helper at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: 16:5 NdisMCmNotifyCloseAddressFamily at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: 17:5 KeReleaseSpinLock at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: 19:5 NdisMCmNotifyCloseAddressFamily at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: 21:5 NdisMCmNotifyCloseAddressFamily at PASSIVE_LEVEL..PASSIVE_LEVEL
// CHECK: 20:5 NDIS_LOWER_IRQL at DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: function Dpc entry DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: Helper at DISPATCH_LEVEL..DISPATCH_LEVEL
