#include <ndis.h>

/* TODO(new-rule): a driver fragment that breaks Flags_Irql (a call_context rule) */
VOID
ExampleFunction(VOID)
{ // expected-warning@+1 {{TODO(new-rule): the message [Flags_Irql]}}
}
