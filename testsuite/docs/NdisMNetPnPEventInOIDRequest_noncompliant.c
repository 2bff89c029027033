#include <ndis.h>

/* TODO(new-rule): a driver fragment that breaks NdisMNetPnPEventInOIDRequest (a call_context rule) */
VOID
ExampleFunction(VOID)
{ // expected-warning@+1 {{TODO(new-rule): the message [NdisMNetPnPEventInOIDRequest]}}
}
