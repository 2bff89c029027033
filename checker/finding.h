/* finding.h — what rules emit and reporters print: a rule id, a location, a one-line message and
 * the path notes that explain it. All strings are owned by the findings list's arena. */
#ifndef DDICHECK_FINDING_H
#define DDICHECK_FINDING_H

#include "ir.h"
#include "rules.h"

struct note {
    struct ir_loc loc;
    const char *message;
};

struct finding {
    const char *rule;
    enum rule_severity severity;
    const char *message; /* without the " [RuleId]" suffix */
    struct ir_loc loc;
    const char *function; /* enclosing function, or NULL */
    struct vec notes;     /* struct note */
};

struct findings {
    struct arena arena;
    struct vec items; /* struct finding; others may drop items (keeping the order) or sort them with
                         findings_sort(), and finding_add() notices */
    /* finding_add()'s duplicate check: open addressing over (rule, file, line, column), each slot
     * an index into items plus one (0 = empty), valid for the first `indexed` items */
    size_t *slots;
    size_t nslots, indexed;
};

void findings_init(struct findings *fs);
void findings_free(struct findings *fs);
/* Adds a finding unless one with the same rule and location exists; returns it (or NULL if it
 * was a duplicate). The message is copied. Constant time on average (a hash index). */
struct finding *finding_add(struct findings *fs, const char *rule, enum rule_severity sev, struct ir_loc loc,
                            const char *function, const char *message);
/* Appends a note unless the finding has the same note at the same place already. */
void finding_note(struct findings *fs, struct finding *f, struct ir_loc loc, const char *message);
/* Sorts by file, line, column, rule. */
void findings_sort(struct findings *fs);

#endif
