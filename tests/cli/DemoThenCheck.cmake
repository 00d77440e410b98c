# Runs `reins demo` then `reins check` on a fresh file, as a user would from a terminal,
# and the failures a user can cause: a missing folder, a file that is not a database.

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(expect_exit code)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL code)
        message(FATAL_ERROR "${ARGN}\nexited ${result}, expected ${code}\n${out}\n${err}")
    endif()
    set(last_output "${out}${err}" PARENT_SCOPE)
endfunction()

expect_exit(0 ${REINS} demo --database ${WORK_DIR}/team.db --people 3 --sessions 4)
if(NOT last_output MATCHES "3 salespeople, 12 sessions")
    message(FATAL_ERROR "demo did not report its team: ${last_output}")
endif()

expect_exit(0 ${REINS} check --database ${WORK_DIR}/team.db)
if(NOT last_output MATCHES "healthy")
    message(FATAL_ERROR "check did not call the new database healthy: ${last_output}")
endif()

# A second demo into the same file is refused: it already holds a team.
expect_exit(1 ${REINS} demo --database ${WORK_DIR}/team.db)

expect_exit(1 ${REINS} check --database ${WORK_DIR}/missing-folder/team.db)
if(NOT last_output MATCHES "does not exist")
    message(FATAL_ERROR "check did not explain the missing folder: ${last_output}")
endif()

file(WRITE ${WORK_DIR}/notes.db "not a database\n")
expect_exit(1 ${REINS} demo --database ${WORK_DIR}/notes.db)
if(NOT last_output MATCHES "not an SQLite file")
    message(FATAL_ERROR "demo did not refuse a text file: ${last_output}")
endif()

expect_exit(2 ${REINS} frobnicate)
expect_exit(0 ${REINS} --help)
