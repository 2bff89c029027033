/* rules.h — the rule database under the name the checker's modules include; everything is in
 * ruledb.h (library ddicheck_ruledb, shared with the runtime model). */
#ifndef DDICHECK_RULES_H
#define DDICHECK_RULES_H

#include "ruledb.h"

#endif
