// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentorImport.h"

#include "domain/FieldCatalogue.h"
#include "ImportEngine.h"
#include "importing/CsvReader.h"
#include "importing/ImportProblemSink.h"
#include "importing/ImportRowValidator.h"
#include "importing/MappingProfile.h"
#include "MentorRowWriter.h"
#include "storage/AuditLog.h"
#include "storage/SqliteDialect.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

/// The file's rows, header left out. Mentor files are small, so they are read whole: the formats
/// are detected from every row, and nothing is written until the file has been read.
struct FileRows {
    QStringList header;
    QList<QPair<qint64, QStringList>> rows;
    QString error;
};

FileRows readRows(const ImportOptions& options)
{
    FileRows result;
    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = MentorImport::tr("“%1” cannot be read: %2.")
                           .arg(QDir::toNativeSeparators(options.filePath), file.errorString());
        return result;
    }
    CsvReader reader(&file, options.encoding, options.dialect.delimiter);
    CsvRecord record;
    bool header = options.dialect.hasHeaderRow;
    while (reader.readRecord(&record)) {
        if (std::exchange(header, false)) {
            result.header = record.fields();
            continue;
        }
        result.rows.append({record.lineNumber(), record.fields()});
    }
    if (reader.hasError())
        result.error = reader.errorString();
    return result;
}

QStringList columnNamesOf(const ColumnMapping& mapping)
{
    QStringList names = mapping.headerNames();
    const QStringList numbered = ImportRowValidator::defaultColumnNames(int(names.size()));
    for (int i = 0; i < names.size(); ++i)
        if (names.at(i).isEmpty())
            names[i] = numbered.at(i);
    return names;
}

/// Writes every row into the open transaction; false (with the status set) when the import must
/// roll back: cancelled, or the program could not be written.
bool writeRows(const QList<QPair<qint64, QStringList>>& rows, MentorRowWriter* writer, const std::atomic_bool* cancel,
               ImportProblemSink* problems, ImportProgress* progress, MentorImportResult* result)
{
    // The file was read whole before; its bytes are shared out evenly over the rows, which is
    // close enough for a progress bar.
    const qint64 totalBytes = progress ? progress->totalBytes.load() : 0;
    qint64 written = 0;
    for (const auto& row : rows) {
        if (progress) {
            progress->rowsRead = written;
            progress->bytesRead = rows.isEmpty() ? totalBytes : totalBytes * written / rows.size();
        }
        ++written;
        if (cancel && cancel->load()) {
            result->status = MentorImportResult::Status::Cancelled;
            return false;
        }
        QList<ImportProblem> rowProblems;
        switch (writer->write(row.first, row.second, &rowProblems)) {
        case MentorRowWriter::Outcome::Added:
            ++result->added;
            break;
        case MentorRowWriter::Outcome::Updated:
            ++result->updated;
            break;
        case MentorRowWriter::Outcome::Unchanged:
            ++result->unchanged;
            break;
        case MentorRowWriter::Outcome::Rejected:
            ++result->rejected;
            if (problems)
                problems->rowRejected(row.first, row.second, rowProblems);
            break;
        case MentorRowWriter::Outcome::Failed:
            result->status = MentorImportResult::Status::Failed;
            result->error = writer->errorString();
            return false;
        }
    }
    return true;
}

} // namespace

ChangeEvent MentorImportResult::changeEvent() const
{
    ChangeEvent event;
    event.type = ChangeEvent::Type::Imported;
    event.entities = EntityKind::Mentor;
    event.importBatchId = batchId;
    return event;
}

MentorImport::MentorImport(QSqlDatabase db)
    : m_db(std::move(db))
{
}

MentorImportResult MentorImport::run(const ImportOptions& options, const std::atomic_bool* cancel,
                                     ImportProblemSink* problems, ImportProgress* progress)
{
    MentorImportResult result;
    result.dryRun = options.dryRun;
    auto unusable = [&result](const QString& message) {
        result.status = MentorImportResult::Status::Unusable;
        result.error = message;
        return result;
    };
    if (!m_db.isOpen())
        return unusable(tr("Imports need an open program file."));
    if (!options.encoding.isValid())
        return unusable(tr("The encoding of the file is not known; choose one of the list."));
    if (options.mapping.kind() != ImportKind::Mentors)
        return unusable(tr("The column mapping is for another kind of file."));
    if (const QString problem = mappingProblem(options.mapping); !problem.isEmpty())
        return unusable(problem);

    ImportRowValidator validator(ImportKind::Mentors, columnNamesOf(options.mapping));
    QString mappingError;
    if (!options.mapping.applyTo(&validator, &mappingError))
        return unusable(mappingError);
    validator.converter().setNumberStyle(options.numberStyle);
    validator.converter().setDateOrder(options.dateOrder);

    const FileRows file = readRows(options);
    if (!file.error.isEmpty())
        return unusable(file.error);
    QList<QStringList> sample;
    for (const auto& row : file.rows)
        sample << row.second;
    validator.detectFormats(sample);
    if (progress)
        progress->totalBytes = QFileInfo(options.filePath).size();

    if (!options.dryRun && options.safetyCopy && !makeSafetyCopy(&result))
        return result;
    if (!m_db.transaction()) {
        result.status = MentorImportResult::Status::Failed;
        result.error = tr("The program cannot be written to (%1).").arg(m_db.lastError().databaseText());
        return result;
    }
    if (!options.dryRun && !startBatch(options, &result)) {
        m_db.rollback();
        return result;
    }
    MentorRowWriter writer(m_db, &validator);
    writer.setBatch(result.batchId);
    if (!writeRows(file.rows, &writer, cancel, problems, progress, &result)) {
        m_db.rollback();
        result.batchId = 0;
        return result;
    }
    if (progress) {
        progress->rowsRead = file.rows.size();
        progress->bytesRead = progress->totalBytes.load();
        progress->committing = true;
    }

    finish(options, &result);
    return result;
}

bool MentorImport::startBatch(const ImportOptions& options, MentorImportResult* result)
{
    const QByteArray mapping = MappingProfile::fromMapping(options.mapping).toJsonBytes();
    QSqlQuery batch(m_db);
    batch.prepare(QStringLiteral("INSERT INTO import_batches(kind, file_name, file_size, profile, mapping, actor, "
                                 "started_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QFileInfo file(options.filePath);
    batch.addBindValue(MappingProfile::kindName(ImportKind::Mentors));
    batch.addBindValue(file.fileName());
    batch.addBindValue(file.size());
    // Qt binds a null QString as NULL; the column holds '' when no profile was used.
    batch.addBindValue(options.profileName.isNull() ? QStringLiteral("") : options.profileName);
    batch.addBindValue(QString::fromUtf8(mapping));
    batch.addBindValue(options.actor);
    batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!batch.exec()) {
        result->status = MentorImportResult::Status::Failed;
        result->error = tr("The program cannot be written to (%1).").arg(batch.lastError().databaseText());
        return false;
    }
    result->batchId = batch.lastInsertId().toLongLong();
    return true;
}

bool MentorImport::finishBatch(const ImportOptions& options, const MentorImportResult& result, QString* error)
{
    // The same fingerprint a seller import keeps, so Import History shows which file it was.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile file(options.filePath);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    QSqlQuery batch(m_db);
    batch.prepare(QStringLiteral("UPDATE import_batches SET file_sha256 = ?, finished_utc = ?, rows_read = ?, "
                                 "mentors_added = ?, mentors_updated = ?, mentors_unchanged = ?, rows_rejected = ? "
                                 "WHERE id = ?"));
    batch.addBindValue(QString::fromLatin1(hash.result().toHex()));
    batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // Every row of the file was written or rejected.
    batch.addBindValue(result.added + result.updated + result.unchanged + result.rejected);
    for (const int count : {result.added, result.updated, result.unchanged, result.rejected})
        batch.addBindValue(count);
    batch.addBindValue(result.batchId);
    if (batch.exec())
        return true;
    *error = batch.lastError().databaseText();
    return false;
}

void MentorImport::finish(const ImportOptions& options, MentorImportResult* result)
{
    const QString summary = QStringLiteral("%1: %2 mentors added, %3 updated")
                                .arg(QFileInfo(options.filePath).fileName())
                                .arg(result->added)
                                .arg(result->updated);
    AuditLog audit(m_db, options.actor);
    QString error;
    // One row for the whole file, on the batch as a seller import's (a dry run has none).
    const bool recorded =
        (options.dryRun || finishBatch(options, *result, &error)) &&
        audit.append(EntityKind::ImportBatch, result->batchId, QStringLiteral("import"), QVariant(), summary);
    if (!recorded) {
        m_db.rollback();
        result->status = MentorImportResult::Status::Failed;
        result->batchId = 0;
        result->error = tr("The import could not be recorded in the program's history (%1); nothing was imported.")
                            .arg(error.isEmpty() ? audit.errorText() : error);
        return;
    }
    if (options.dryRun) {
        m_db.rollback();
        return;
    }
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().databaseText();
        m_db.rollback();
        result->status = MentorImportResult::Status::Failed;
        result->batchId = 0;
        result->error = tr("The import could not be saved (%1); nothing was imported.").arg(reason);
    }
}

QString MentorImport::mappingProblem(const ColumnMapping& mapping)
{
    if (mapping.column(fieldKey(FieldId::MentorExternalId)) >= 0 || mapping.column(fieldKey(FieldId::MentorEmail)) >= 0)
        return {};
    return tr("No column is mapped to the mentor ID or the e-mail, which name the mentor of a row; map one of them.");
}

bool MentorImport::makeSafetyCopy(MentorImportResult* result) const
{
    // As ImportEngine does: the program as it was, next to it, before anything is written.
    const QFileInfo program(m_db.databaseName());
    const QString copyPath =
        program.absoluteDir().filePath(program.completeBaseName() + QStringLiteral(".before-import.mentordesk"));
    const QString partialPath = copyPath + QStringLiteral(".partial");
    QFile::remove(partialPath);
    QSqlQuery query(m_db);
    if (!query.exec(SqliteDialect().snapshotStatement(partialPath))) {
        QFile::remove(partialPath);
        result->status = MentorImportResult::Status::Failed;
        result->error = tr("The safety copy of the program could not be written next to it (%1), so nothing was "
                           "imported; free some disk space and try again.")
                            .arg(query.lastError().databaseText());
        return false;
    }
    QFile::remove(copyPath);
    if (!QFile::rename(partialPath, copyPath)) {
        QFile::remove(partialPath);
        result->status = MentorImportResult::Status::Failed;
        result->error = tr("The safety copy “%1” could not be put in place, so nothing was imported.")
                            .arg(QDir::toNativeSeparators(copyPath));
        return false;
    }
    result->safetyCopyPath = copyPath;
    return true;
}

} // namespace mentordesk
