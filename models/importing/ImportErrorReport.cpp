// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportErrorReport.h"

#include <QDir>
#include <QSaveFile>

#include <memory>

namespace mentordesk {

namespace {

// Excel reads a CSV file as UTF-8 only when it starts with the byte-order mark, and RFC 4180
// ends records with CRLF.
constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
constexpr char kLineEnd[] = "\r\n";

} // namespace

class ImportErrorReport::Private {
public:
    /// QSaveFile writes to a temporary file beside the target and renames it over the target on
    /// commit(); destroyed without commit(), it removes the temporary file.
    std::unique_ptr<QSaveFile> file;
    QString shownPath;
};

ImportErrorReport::ImportErrorReport()
    : d(new Private)
{
}

ImportErrorReport::~ImportErrorReport()
{
    delete d;
}

bool ImportErrorReport::open(const QString& filePath)
{
    discard();
    m_error.clear();
    m_problemCount = 0;
    d->shownPath = QDir::toNativeSeparators(filePath);
    d->file = std::make_unique<QSaveFile>(filePath);
    if (!d->file->open(QIODevice::WriteOnly)) {
        m_error = tr("MentorDesk cannot write the error report “%1”: %2. Choose a folder you can write to.")
                      .arg(d->shownPath, d->file->errorString());
        d->file.reset();
        return false;
    }
    QStringList titles{tr("Line"), tr("Column"), tr("Value"), tr("Reason")};
    for (QString& title : titles)
        title = csvField(title);
    const QByteArray header = kByteOrderMark + titles.join(u',').toUtf8() + kLineEnd;
    d->file->write(header);
    return true;
}

void ImportErrorReport::rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems)
{
    Q_UNUSED(cells)
    if (!d->file)
        return;
    QByteArray lines;
    for (const ImportProblem& problem : problems) {
        lines += QByteArray::number(problem.line > 0 ? problem.line : line);
        lines += ',';
        lines += csvField(problem.columnName).toUtf8();
        lines += ',';
        lines += csvField(problem.value).toUtf8();
        lines += ',';
        lines += csvField(problem.reason).toUtf8();
        lines += kLineEnd;
        ++m_problemCount;
    }
    // A failed write is remembered by QSaveFile, and commit() then refuses to replace the target.
    d->file->write(lines);
}

bool ImportErrorReport::finish()
{
    if (!d->file)
        return false;
    const bool committed = d->file->commit();
    if (!committed)
        m_error = tr("MentorDesk could not finish the error report “%1”: %2. Free some disk space or choose "
                     "another folder, then import again.")
                      .arg(d->shownPath, d->file->errorString());
    d->file.reset();
    return committed;
}

void ImportErrorReport::discard()
{
    if (!d->file)
        return;
    d->file->cancelWriting();
    d->file.reset();
}

QString ImportErrorReport::csvField(const QString& value)
{
    QString field = value;
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection); the
    // apostrophe makes it text. Values from an import file are whatever its author typed.
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n')) {
        field.replace(u'"', QStringLiteral("\"\""));
        field.prepend(u'"');
        field.append(u'"');
    }
    return field;
}

} // namespace mentordesk
