#include <ndis.h>

/* TODO(new-rule): a driver fragment that breaks NdisMFreeSharedMemory (a call_context rule) */
VOID
ExampleFunction(VOID)
{ // expected-warning@+1 {{TODO(new-rule): the message [NdisMFreeSharedMemory]}}
}
