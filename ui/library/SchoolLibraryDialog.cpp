#include "ui/library/SchoolLibraryDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace lectern {

SchoolLibraryDialog::SchoolLibraryDialog(QWidget* parent)
    : QDialog(parent),
      server_(new QLineEdit(this)),
      database_(new QLineEdit(QStringLiteral("lectern"), this)),
      user_(new QLineEdit(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")), this)),
      password_(new QLineEdit(this)),
      problem_(new QLabel(this))
{
    setWindowTitle(tr("Connect to a School Library"));
    server_->setPlaceholderText(tr("for example media.school.lan"));
    password_->setEchoMode(QLineEdit::Password);
    auto* explanation = new QLabel(tr("A school library keeps its catalog on the school's PostgreSQL server, so that "
                                      "every teacher searches the same archive. Your school's administrator gives "
                                      "you these details."),
                                   this);
    explanation->setWordWrap(true);
    auto* passwordNote = new QLabel(tr("Leave the password empty where it is kept in ~/.pgpass. Lectern does not "
                                       "save it."),
                                    this);
    passwordNote->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    problem_->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), server_);
    form->addRow(tr("&Database:"), database_);
    form->addRow(tr("&User name:"), user_);
    form->addRow(tr("&Password:"), password_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SchoolLibraryDialog::acceptIfComplete);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(passwordNote);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString SchoolLibraryDialog::locationOf(const QString& server, const QString& database, const QString& user)
{
    if (server.trimmed().isEmpty()) return {};
    const auto part = [](const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())); };
    QString location = QStringLiteral("postgresql://");
    if (!user.trimmed().isEmpty()) location += part(user) + QLatin1Char('@');
    // A host name or address as it is; the port, where given, after a colon.
    location += server.trimmed();
    location += QLatin1Char('/') + part(database.trimmed().isEmpty() ? QStringLiteral("lectern") : database);
    return location;
}

QString SchoolLibraryDialog::location() const { return locationOf(server_->text(), database_->text(), user_->text()); }

QString SchoolLibraryDialog::password() const { return password_->text(); }

void SchoolLibraryDialog::acceptIfComplete()
{
    if (location().isEmpty()) {
        problem_->setText(tr("Give the name or address of the school's server."));
        problem_->show();
        server_->setFocus();
        return;
    }
    accept();
}

}  // namespace lectern
