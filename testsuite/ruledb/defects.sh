#!/bin/sh
# defects.sh — sourced by load_error.sh and schema.sh: one defect per case, made in a copy of rules/.
#
# defect CASE RULES applies the defect CASE to the directory RULES (a fresh copy of rules/) and sets
#   FILE    the file the loader must name (under RULES)
#   LINE    the line it must name, found in the broken file itself (grep -n of the defect), so it
#           does not restate the loader
#   MSG     a fragment the message must contain
#   SCHEMA  "yes" when the JSON Schema alone can see the defect (rules/schema), else "no"
# DEFECT_CASES lists every case.

DEFECT_CASES="unknown_kind unknown_severity missing_doc unknown_role_in_def unknown_role_in_table
unknown_irql_after_blank_lines wrong_type negative_arg overflowing_arg huge_arg duplicate_id missing_field
missing_nested_field unknown_field unknown_status bad_placeholder forbid_and_require transition_to_valid
json_syntax table_columns table_duplicate_row table_bad_index table_wrong_kind prefast_not_on_page prefast_not_a_number
second_annotation_rule"

# line_of FILE FIXED-STRING: the number of the first line containing the string
line_of() {
    grep -nF -- "$2" "$1" | head -n 1 | cut -d: -f1
}

# edit FILE SED-SCRIPT: applies the script and fails the test when it changed nothing
edit() {
    cp "$1" "$1.orig"
    sed -i "$2" "$1"
    if cmp -s "$1" "$1.orig"; then
        echo "FAIL: the defect did not change $1 (sed '$2')"
        exit 1
    fi
    rm -f "$1.orig"
}

defect() {
    c=$1 R=$2
    SCHEMA=no
    case "$c" in
    unknown_kind)
        FILE=$R/defs/Irql_MCM_Function.json
        edit "$FILE" 's/"kind": "irql"/"kind": "irql_level"/'
        LINE=$(line_of "$FILE" '"kind"') MSG="unknown kind 'irql_level'" SCHEMA=yes ;;
    unknown_severity)
        FILE=$R/defs/SapComplete_Status.json
        edit "$FILE" 's/"severity": "warning"/"severity": "warn"/'
        LINE=$(line_of "$FILE" '"severity"') MSG="unknown severity 'warn'" SCHEMA=yes ;;
    missing_doc)
        FILE=$R/defs/SapComplete_Status.json
        rm "$R/docs/SapComplete_Status.md"
        LINE=$(line_of "$FILE" '"doc"') MSG="missing doc page 'docs/SapComplete_Status.md'" ;;
    unknown_role_in_def)
        FILE=$R/defs/SapHandle_InvalidAfterComplete.json
        edit "$FILE" 's/"role": "PROTOCOL_CM_REG_SAP"/"role": "PROTOCOL_CM_REGISTER_SAP"/'
        LINE=$(line_of "$FILE" 'PROTOCOL_CM_REGISTER_SAP') MSG="unknown callback role 'PROTOCOL_CM_REGISTER_SAP'" ;;
    unknown_role_in_table)
        FILE=$R/facts/role-fields.tsv
        printf '*\tCmNoSuchHandler\tPROTOCOL_CM_NO_SUCH_ROLE\n' >> "$FILE"
        LINE=$(line_of "$FILE" 'CmNoSuchHandler') MSG="unknown callback role 'PROTOCOL_CM_NO_SUCH_ROLE'" ;;
    unknown_irql_after_blank_lines)
        # blank lines before the bad row: the message names the row's own line
        FILE=$R/facts/ddi-irql.tsv
        printf '\n\n\n# a comment\n\nNdisNoSuchDdi\tPASSIVE_LEVEL\tSOMETIMES_LEVEL\tIrql_MCM_Function\n\n' >> "$FILE"
        LINE=$(line_of "$FILE" 'NdisNoSuchDdi') MSG="unknown IRQL 'SOMETIMES_LEVEL'" ;;
    wrong_type)
        FILE=$R/defs/SapComplete_Status.json
        edit "$FILE" '0,/"arg": 0, "forbid"/s//"arg": "0", "forbid"/'
        LINE=$(line_of "$FILE" '"arg": "0"') MSG='"checks[0].arg" must be an argument index' SCHEMA=yes ;;
    negative_arg)
        FILE=$R/defs/SapHandle_InvalidAfterComplete.json
        edit "$FILE" '0,/"arg": 1, "to"/s//"arg": -1, "to"/'
        LINE=$(line_of "$FILE" '"arg": -1') MSG='"transitions[0].arg" is -1' SCHEMA=yes ;;
    overflowing_arg)
        # 2^32 - 1: read as -1 by a 32-bit conversion
        FILE=$R/defs/ProtocolHandle_InvalidAfterDeregister.json
        edit "$FILE" '0,/"arg": 1, "to"/s//"arg": 4294967295, "to"/'
        LINE=$(line_of "$FILE" '4294967295') MSG='"transitions[1].arg" is 4294967295' SCHEMA=yes ;;
    huge_arg)
        # beyond 64 bits
        FILE=$R/defs/ProtocolHandle_InvalidAfterDeregister.json
        edit "$FILE" 's/"out_arg": 2 }/"out_arg": 99999999999999999999999 }/'
        LINE=$(line_of "$FILE" '99999999999999999999999') MSG='"create[0].out_arg" is 99999999999999999999999'
        SCHEMA=yes ;;
    duplicate_id)
        # a definition copied as a template and its id left unchanged
        cp "$R/defs/SapComplete_Status.json" "$R/defs/SapComplete_StatusCopy.json"
        FILE=$R/defs/SapComplete_StatusCopy.json
        LINE=$(line_of "$FILE" '"id"') MSG="duplicate rule id 'SapComplete_Status'" ;;
    missing_field)
        FILE=$R/defs/Irql_MCO_Function.json
        edit "$FILE" '/"summary"/d'
        LINE=$(line_of "$FILE" '{') MSG='missing "summary"' SCHEMA=yes ;;
    missing_nested_field)
        FILE=$R/defs/SapHandle_InvalidAfterComplete.json
        edit "$FILE" 's/"error": { "event": "use", /"error": { /'
        LINE=$(line_of "$FILE" '"error"') MSG='missing "event" in error' SCHEMA=yes ;;
    unknown_field)
        # a misspelt optional field would silently make the transition unconditional
        FILE=$R/defs/SapHandle_InvalidAfterComplete.json
        edit "$FILE" 's/"when_status"/"when_staus"/'
        LINE=$(line_of "$FILE" 'when_staus') MSG='unknown field "when_staus"' SCHEMA=yes ;;
    unknown_status)
        FILE=$R/defs/SapComplete_Status.json
        edit "$FILE" 's/"require": "NDIS_STATUS_SUCCESS"/"require": "NDIS_STATUS_SUCESS"/'
        LINE=$(line_of "$FILE" 'NDIS_STATUS_SUCESS') MSG="unknown NDIS_STATUS 'NDIS_STATUS_SUCESS'" ;;
    bad_placeholder)
        FILE=$R/defs/SapComplete_Status.json
        edit "$FILE" "s/'{ddi}' is given {status}/'{dd}' is given {status}/"
        LINE=$(line_of "$FILE" '{dd}') MSG="unknown placeholder '{dd}'" SCHEMA=yes ;;
    forbid_and_require)
        FILE=$R/defs/SapComplete_Status.json
        edit "$FILE" 's/"forbid": "NDIS_STATUS_PENDING",/"forbid": "NDIS_STATUS_PENDING", "require": "NDIS_STATUS_SUCCESS",/'
        LINE=$(line_of "$FILE" '{ "ddi": ["NdisMCmRegisterSapComplete"') MSG='exactly one of "forbid" and "require"'
        SCHEMA=yes ;;
    transition_to_valid)
        FILE=$R/defs/ProtocolHandle_InvalidAfterDeregister.json
        edit "$FILE" '0,/"arg": 0, "to": "invalid"/s//"arg": 0, "to": "valid"/'
        LINE=$(line_of "$FILE" '"to": "valid"') MSG="transitions into the error state 'invalid' only" ;;
    json_syntax)
        FILE=$R/defs/SapPending_NeverCompleted.json
        edit "$FILE" 's/"severity": "warning",/"severity": "warning"/'
        LINE=$(($(line_of "$FILE" '"severity"') + 1)) MSG="invalid rule definition" SCHEMA=yes ;;
    prefast_not_on_page)
        # a PREfast number the rule's page does not explain (so #pragma warning(suppress) cannot map it)
        FILE=$R/defs/Irql_MCM_Function.json
        edit "$FILE" 's/"prefast": \[28120, 28121\]/"prefast": [28120, 28199]/'
        LINE=$(line_of "$FILE" '28199') MSG="is 28199, which the rule's page docs/Irql_MCM_Function.md does not name as C28199" ;;
    prefast_not_a_number)
        FILE=$R/defs/Irql_MCM_Function.json
        edit "$FILE" 's/"prefast": \[28120, 28121\]/"prefast": ["C28121"]/'
        LINE=$(line_of "$FILE" 'C28121') MSG="must be a PREfast warning number" SCHEMA=yes ;;
    table_columns)
        FILE=$R/facts/ddi-irql.tsv
        printf 'NdisNoSuchDdi\tPASSIVE_LEVEL\tIrql_MCM_Function\n' >> "$FILE"
        LINE=$(line_of "$FILE" 'NdisNoSuchDdi') MSG="expected 4 tab-separated columns, found 3" ;;
    table_duplicate_row)
        FILE=$R/facts/ddi-irql.tsv
        printf 'NdisCmActivateVc\tPASSIVE_LEVEL\tPASSIVE_LEVEL\tIrql_CallManager_Function\n' >> "$FILE"
        LINE=$(wc -l < "$FILE") MSG="DDI 'NdisCmActivateVc' already has a row at line $(line_of "$FILE" 'NdisCmActivateVc')" ;;
    table_bad_index)
        FILE=$R/facts/callback-args.tsv
        printf 'KeInitializeTimer\t-1\tKDEFERRED_ROUTINE\n' >> "$FILE"
        LINE=$(line_of "$FILE" 'KeInitializeTimer') MSG="bad argument index '-1'" ;;
    table_wrong_kind)
        FILE=$R/facts/ddi-irql.tsv
        printf 'NdisNoSuchDdi\tPASSIVE_LEVEL\tDISPATCH_LEVEL\tSapComplete_Status\n' >> "$FILE"
        LINE=$(line_of "$FILE" 'NdisNoSuchDdi') MSG="rule 'SapComplete_Status' is of kind 'call_status'" ;;
    second_annotation_rule)
        # the engine runs one irql_annotation rule: a second definition of the kind is refused
        FILE=$R/defs/Irql_Annotation_Again.json
        sed 's/"Irql_Annotation"/"Irql_Annotation_Again"/; s|docs/Irql_Annotation.md|docs/Irql_Annotation_Again.md|' \
            "$R/defs/Irql_Annotation.json" > "$FILE"
        cp "$R/docs/Irql_Annotation.md" "$R/docs/Irql_Annotation_Again.md"
        LINE=$(line_of "$FILE" '"kind"') MSG="a second irql_annotation rule (the first is Irql_Annotation" ;;
    *)
        echo "defects.sh: unknown case '$c'"
        exit 1 ;;
    esac
    if [ -z "$LINE" ]; then
        echo "FAIL: case $c: the defect's line was not found in $FILE"
        exit 1
    fi
}
