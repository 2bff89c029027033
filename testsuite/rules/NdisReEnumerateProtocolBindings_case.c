#include <ndis.h>

/* TODO(new-rule): a case NdisReEnumerateProtocolBindings reports */
VOID
ExampleFunction(VOID)
{ // expected-warning@+1 {{TODO(new-rule): the message [NdisReEnumerateProtocolBindings]}}
}
