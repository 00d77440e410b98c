# Runs the headless commands as a user would from a terminal: `reins demo`, `reins check`
# and `reins import-sales`, and the failures a user can cause: a missing folder, a file
# that is not a database, a malformed CSV.

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

# import-sales: a broken file names each bad line and changes nothing.
file(SHA256 ${WORK_DIR}/team.db before_hash)
expect_exit(1 ${REINS} import-sales --database ${WORK_DIR}/team.db --salesperson 2
    ${DATA_DIR}/sales-broken.csv)
if(NOT last_output MATCHES "sales-broken.csv:3: the date" OR
   NOT last_output MATCHES "sales-broken.csv:4: the row has 2 fields")
    message(FATAL_ERROR "import-sales did not name the bad lines: ${last_output}")
endif()
file(SHA256 ${WORK_DIR}/team.db after_hash)
if(NOT before_hash STREQUAL after_hash)
    message(FATAL_ERROR "a rejected import changed the database")
endif()

# A German export imports once; the same file again adds nothing.
set(import_german ${REINS} import-sales --database ${WORK_DIR}/team.db --salesperson 2
    --decimal-comma --date-format dd.mm.yyyy ${DATA_DIR}/sales-de-semicolon.csv)
expect_exit(0 ${import_german})
if(NOT last_output MATCHES "Imported 3 new sales records")
    message(FATAL_ERROR "import-sales did not import the German file: ${last_output}")
endif()
expect_exit(0 ${import_german})
if(NOT last_output MATCHES "Imported 0 new sales records .*3 were already there")
    message(FATAL_ERROR "a second import added duplicates: ${last_output}")
endif()

expect_exit(1 ${REINS} import-sales --database ${WORK_DIR}/team.db --salesperson "Nobody"
    ${DATA_DIR}/sales-de-semicolon.csv)

expect_exit(2 ${REINS} frobnicate)
expect_exit(0 ${REINS} --help)

# Prep packages: export a session from one database, import it into another.
expect_exit(0 ${REINS} export-prep --database ${WORK_DIR}/team.db --session 1
    ${WORK_DIR}/session.reinsprep)
expect_exit(0 ${REINS} import-prep --database ${WORK_DIR}/desk.db ${WORK_DIR}/session.reinsprep)
if(NOT last_output MATCHES "Imported [0-9]+ parts.*\\(a new session\\)")
    message(FATAL_ERROR "import-prep did not import into a fresh database: ${last_output}")
endif()
# The same package again: nothing differs, so nothing needs choosing.
expect_exit(0 ${REINS} import-prep --database ${WORK_DIR}/desk.db ${WORK_DIR}/session.reinsprep)

file(WRITE ${WORK_DIR}/broken.reinsprep "{\"format\": \"reins-prep\", \"formatVersion\": 99}")
file(SHA256 ${WORK_DIR}/desk.db desk_before)
expect_exit(1 ${REINS} import-prep --database ${WORK_DIR}/desk.db ${WORK_DIR}/broken.reinsprep)
if(NOT last_output MATCHES "formatVersion: the package was made by a newer Reins")
    message(FATAL_ERROR "import-prep did not explain the newer format: ${last_output}")
endif()
file(SHA256 ${WORK_DIR}/desk.db desk_after)
if(NOT desk_before STREQUAL desk_after)
    message(FATAL_ERROR "a refused package changed the database")
endif()

# Summaries and backups.
expect_exit(0 ${REINS} export --database ${WORK_DIR}/team.db --session 1 --format md
    --audience salesperson ${WORK_DIR}/summary.md)
file(READ ${WORK_DIR}/summary.md summary)
if(NOT summary MATCHES "# One-on-one: ")
    message(FATAL_ERROR "export wrote no summary: ${summary}")
endif()
expect_exit(0 ${REINS} export --database ${WORK_DIR}/team.db --session 1 --format pdf
    --audience manager ${WORK_DIR}/summary.pdf)
file(READ ${WORK_DIR}/summary.pdf pdf_start LIMIT 4 HEX)
if(NOT pdf_start STREQUAL "25504446") # "%PDF"
    message(FATAL_ERROR "export --format pdf did not write a PDF")
endif()
expect_exit(2 ${REINS} export --database ${WORK_DIR}/team.db --colour red)
expect_exit(0 ${REINS} backup --database ${WORK_DIR}/team.db ${WORK_DIR}/team-backup.db)
expect_exit(0 ${REINS} check --database ${WORK_DIR}/team-backup.db)
