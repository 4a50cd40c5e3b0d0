// "Connect to a School Library…" (issue 28): the server, database and
// account of a school library on PostgreSQL, made into the URL that
// `lectern --library` opens. A password typed here goes to that one
// Lectern through libpq's PGPASSWORD and is never saved; one kept in
// ~/.pgpass (or a service file) needs nothing typed.
#pragma once

#include <QDialog>
#include <QString>

class QLineEdit;
class QLabel;

namespace lectern {

class SchoolLibraryDialog : public QDialog {
    Q_OBJECT

public:
    explicit SchoolLibraryDialog(QWidget* parent = nullptr);

    // postgresql://USER@SERVER/DATABASE, the parts percent-encoded.
    QString location() const;
    QString password() const;

    // The URL for these parts; empty where no server is named.
    static QString locationOf(const QString& server, const QString& database, const QString& user);

private:
    void acceptIfComplete();

    QLineEdit* server_;
    QLineEdit* database_;
    QLineEdit* user_;
    QLineEdit* password_;
    QLabel* problem_;
};

}  // namespace lectern
