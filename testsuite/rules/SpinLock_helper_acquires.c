/*
 * A helper takes the lock for its caller (it is not reported at its own exit); the timer callback
 * that calls it returns without giving the lock back. The notes tell where, and through which call;
 * the lock is named as the callback knows it (its parameter FunctionContext).
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG Ticks;
} ADAPTER, *PADAPTER;

NDIS_TIMER_FUNCTION MpWatchdog;

static VOID LockAdapter(PADAPTER Adapter)
{
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note 2 {{'&Adapter->Lock' acquired here by 'NdisAcquireSpinLock'}}
}

VOID MpWatchdog(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PADAPTER Adapter = (PADAPTER)FunctionContext;
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    LockAdapter(Adapter); // expected-warning {{'MpWatchdog' returns with the spin lock '&FunctionContext->Lock' held [SpinLock]}}
    // expected-warning@-1 {{'MpWatchdog' returns having acquired the spin lock '&FunctionContext->Lock' more often than it released it [SpinLockBalanced]}}
    // expected-note@-2 2 {{'LockAdapter' called here}}
    // expected-note@-3 2 {{'MpWatchdog' reaches its end on this path with the lock held}}
    Adapter->Ticks++;
} /* no return statement: the finding is at the call that leads to the acquire */
