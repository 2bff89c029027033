/* Input of bad_input.sh: includes a header that does not exist. */
#include <ndis.h>
#include "driver_private.h"

void Foo(void) {}
