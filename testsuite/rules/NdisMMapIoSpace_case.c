#include <ndis.h>

/* TODO(new-rule): a case NdisMMapIoSpace reports */
VOID
ExampleFunction(VOID)
{ // expected-warning@+1 {{TODO(new-rule): the message [NdisMMapIoSpace]}}
}
