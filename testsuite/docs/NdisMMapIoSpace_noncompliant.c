#include <ndis.h>

/* TODO(new-rule): a driver fragment that breaks NdisMMapIoSpace (a call_context rule) */
VOID
ExampleFunction(VOID)
{ // expected-warning@+1 {{TODO(new-rule): the message [NdisMMapIoSpace]}}
}
