#include "catalog/Database.h"

#include <string>

namespace lectern {

void Statement::run()
{
    while (step()) {
    }
}

void noteCatalogChanged(Database& db)
{
    if (db.backend() == Database::Backend::Postgres) db.execute(std::string("NOTIFY ") + kChangesChannel);
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
