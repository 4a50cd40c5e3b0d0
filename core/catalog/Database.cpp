#include "catalog/Database.h"

namespace lectern {

void Statement::run()
{
    while (step()) {
    }
}

Transaction::Transaction(Database& db) : db_(db) { db_.beginWriting(); }

Transaction::~Transaction()
{
    if (!committed_) {
        try {
            db_.execute("ROLLBACK");
        } catch (const DatabaseError&) {
            // Nothing more can be done while unwinding; the backend rolls back on close.
        }
    }
}

void Transaction::commit()
{
    db_.execute("COMMIT");
    committed_ = true;
}

}  // namespace lectern
