// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportEngine.h"

#include "domain/FieldCatalogue.h"

#include "RowPipeline.h"
#include "SqliteImportWriter.h"

#include "importing/CsvReader.h"
#include "importing/ImportProblemSink.h"
#include "storage/AuditLog.h"
#include "storage/SqliteDialect.h"
#include "storage/SqliteStatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace mentordesk {

namespace {

/// Hands the file's bytes to the reader and hashes them on the way, so the batch gets the file's
/// SHA-256 without reading it twice.
class HashingDevice : public QIODevice {
public:
    explicit HashingDevice(QFile* file)
        : m_file(file)
        , m_hash(QCryptographicHash::Sha256)
    {
    }

    bool isSequential() const override { return true; }

    /// Hashes what the reader did not read (when the import stopped at a last row).
    QString finishHash()
    {
        char buffer[64 * 1024];
        qint64 read = 0;
        while ((read = m_file->read(buffer, sizeof buffer)) > 0)
            m_hash.addData(QByteArrayView(buffer, read));
        return QString::fromLatin1(m_hash.result().toHex());
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 read = m_file->read(data, maxSize);
        if (read > 0)
            m_hash.addData(QByteArrayView(data, read));
        return read;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile* m_file;
    QCryptographicHash m_hash;
};

/// The actual rows of a record: a file without header row has no names, so its columns are
/// numbered.
QStringList columnNamesOf(const ColumnMapping& mapping)
{
    QStringList names = mapping.headerNames();
    const QStringList numbered = ImportRowValidator::defaultColumnNames(int(names.size()));
    for (int i = 0; i < names.size(); ++i)
        if (names.at(i).isEmpty())
            names[i] = numbered.at(i);
    return names;
}

/// One audit row for the whole batch, inside the import's transaction (the QSqlDatabase and the
/// writer's sqlite3 handle are one connection), so it commits or rolls back with the rows.
bool appendBatchAudit(const QSqlDatabase& db, const QString& actor, const QString& fileName, const ImportResult& result,
                      QString* error)
{
    const QString summary = QStringLiteral("%1: %2 added, %3 updated, %4 snapshots")
                                .arg(fileName)
                                .arg(result.sellersAdded)
                                .arg(result.sellersUpdated)
                                .arg(result.snapshotsAdded + result.snapshotsUpdated);
    AuditLog audit(db, actor);
    if (audit.append(EntityKind::ImportBatch, result.batchId, QStringLiteral("import"), QVariant(), summary))
        return true;
    *error = ImportEngine::tr("The import could not be recorded in the program's history (%1); nothing was imported.")
                 .arg(audit.errorText());
    return false;
}

} // namespace

ImportEngine::ImportEngine(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ImportResult ImportEngine::run(const ImportOptions& options, ImportProgress* progress, ImportProblemSink* problems)
{
    QElapsedTimer clock;
    clock.start();
    ImportResult result;
    auto unusable = [&result](const QString& message) {
        result.status = ImportResult::Status::Unusable;
        result.error = message;
        return result;
    };

    sqlite3* db = sqliteHandle(m_db);
    if (!db)
        return unusable(tr("Imports need an open program file."));
    const QString fileName = QFileInfo(options.filePath).fileName();
    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(
            tr("“%1” cannot be read: %2.").arg(QDir::toNativeSeparators(options.filePath), file.errorString()));
    if (!options.encoding.isValid())
        return unusable(tr("The encoding of “%1” is not known; choose one of the list.").arg(fileName));
    if (options.mapping.kind() != options.kind)
        return unusable(tr("The column mapping is for another kind of file."));

    ImportRowValidator validator(options.kind, columnNamesOf(options.mapping));
    QString mappingError;
    if (!options.mapping.applyTo(&validator, &mappingError))
        return unusable(mappingError);
    const QStringList missing = validator.unmappedRequiredFields();
    for (const QString& key : missing) {
        if (key == fieldKey(FieldId::SnapshotDate) && options.exportDate.isValid())
            continue;
        const ImportField& field = ImportField::fields(options.kind).at(ImportField::indexOf(options.kind, key));
        return unusable(tr("No column is mapped to %1, which every row needs; map one.").arg(field.translatedTitle()));
    }
    validator.converter().setNumberStyle(options.numberStyle);
    validator.converter().setDateOrder(options.dateOrder);
    for (auto it = options.rateScales.cbegin(); it != options.rateScales.cend(); ++it)
        validator.setRateScale(it.key(), it.value());
    validator.setDefaultSnapshotDate(options.exportDate);
    // The writer finds repeated sellers and snapshots in the program; see SqliteImportWriter.
    validator.setCheckDuplicates(false);

    // What is still Auto is settled from the first rows, the way the wizard's preview shows them.
    qint64 sampleBytes = 0;
    qint64 sampleRecords = 0;
    {
        QFile sampleFile(options.filePath);
        if (!sampleFile.open(QIODevice::ReadOnly))
            return unusable(tr("“%1” cannot be read: %2.").arg(fileName, sampleFile.errorString()));
        CsvReader sampleReader(&sampleFile, options.encoding, options.dialect.delimiter);
        CsvRecord record;
        QList<QStringList> sample;
        bool header = options.dialect.hasHeaderRow;
        while (sample.size() < 500 && sampleReader.readRecord(&record)) {
            if (header) {
                header = false;
                continue;
            }
            sample << record.fields();
            // The reader reads whole chunks, so the record's own length (about its bytes in the
            // usual encodings) measures the rows; one for each delimiter and the line end.
            for (const QString& value : std::as_const(sample.last()))
                sampleBytes += value.size() + 1;
        }
        sampleRecords = sample.size();
        validator.detectFormats(sample);
    }
    const qint64 fileSize = file.size();
    qint64 estimatedRows = sampleRecords > 0 && sampleBytes > 0
                               ? qint64(double(fileSize) / double(sampleBytes) * double(sampleRecords))
                               : 0;
    if (options.lastRow > 0)
        estimatedRows = std::min(estimatedRows, options.lastRow - std::max<qint64>(options.firstRow, 1) + 1);
    if (progress) {
        progress->totalBytes = fileSize;
        progress->bytesRead = 0;
        progress->rowsRead = 0;
        progress->committing = false;
    }

    auto lap = [&clock, last = qint64(0)]() mutable {
        const qint64 now = clock.nsecsElapsed();
        const double seconds = double(now - last) / 1e9;
        last = now;
        return seconds;
    };
    lap();

    // The safety copy: the program as it was, next to it, before the import writes anything.
    if (!options.dryRun && options.safetyCopy) {
        const QString programPath = m_db.databaseName();
        const QFileInfo program(programPath);
        const QString copyPath =
            program.absoluteDir().filePath(program.completeBaseName() + QStringLiteral(".before-import.mentordesk"));
        const QString partialPath = copyPath + QStringLiteral(".partial");
        QFile::remove(partialPath);
        QString copyError;
        if (!sqliteExecute(db, SqliteDialect().snapshotStatement(partialPath).toUtf8().constData(), &copyError)) {
            QFile::remove(partialPath);
            result.status = ImportResult::Status::Failed;
            result.error = tr("The safety copy of the program could not be written next to it (%1), so nothing was "
                              "imported; free some disk space and try again.")
                               .arg(copyError);
            return result;
        }
        // The previous copy stays until the new one is in place.
        const QString previousPath = copyPath + QStringLiteral(".previous");
        QFile::remove(previousPath);
        QFile::rename(copyPath, previousPath);
        if (!QFile::rename(partialPath, copyPath)) {
            QFile::remove(partialPath);
            QFile::rename(previousPath, copyPath);
            result.status = ImportResult::Status::Failed;
            result.error = tr("The safety copy “%1” could not be put in place, so nothing was imported.")
                               .arg(QDir::toNativeSeparators(copyPath));
            return result;
        }
        QFile::remove(previousPath);
        result.safetyCopyPath = copyPath;
    }
    result.safetyCopySeconds = lap();

    // The connection's page cache is 64 MB (storage/ProgramDatabase): building indexes over a
    // million rows with SQLite's default 2 MB would spill pages to the journal again and again.
    QString error;
    if (!sqliteExecute(db, "BEGIN IMMEDIATE", &error)) {
        result.status = ImportResult::Status::Failed;
        result.error =
            tr("The program file is busy or locked (%1); close other windows using it and try again.").arg(error);
        return result;
    }
    auto rollBack = [db, &result](ImportResult::Status status, const QString& message) {
        sqliteExecute(db, "ROLLBACK", nullptr);
        result.status = status;
        result.error = message;
        result.batchId = 0;
        result.safetyCopyPath.clear();
        return result;
    };

    SqliteImportWriter writer(db);
    ImportWriter::Setup setup;
    setup.options = &options;
    setup.validator = &validator;
    setup.fileName = fileName;
    setup.fileSize = fileSize;
    setup.estimatedRows = estimatedRows;
    setup.startedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!writer.begin(setup, &error))
        return rollBack(ImportResult::Status::Failed, error);

    HashingDevice device(&file);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, options.encoding, options.dialect.delimiter);
    RowPipeline pipeline(&reader, &validator,
                         RowPipeline::Range{options.dialect.hasHeaderRow, options.firstRow, options.lastRow});
    pipeline.start();
    auto stopAndRollBack = [&](ImportResult::Status status, const QString& message) {
        pipeline.stop();
        return rollBack(status, message);
    };
    RowPipeline::Batch batch;
    QList<ImportProblem> rowProblems;
    while (pipeline.next(&batch)) {
        for (RowPipeline::ParsedRow& parsed : batch.rows) {
            ++result.rowsRead;
            rowProblems = std::move(parsed.problems);
            if (rowProblems.isEmpty() && !writer.write(parsed.row, &rowProblems, &error))
                return stopAndRollBack(ImportResult::Status::Failed, error);
            if (!rowProblems.isEmpty()) {
                ++result.rowsRejected;
                if (problems)
                    problems->rowRejected(parsed.record.lineNumber(), parsed.record.fields(), rowProblems);
            }
        }
        if (progress) {
            progress->bytesRead = batch.bytesRead;
            progress->rowsRead = result.rowsRead;
            if (progress->cancelRequested)
                return stopAndRollBack(ImportResult::Status::Cancelled,
                                       tr("The import was cancelled; nothing was written."));
        }
    }
    pipeline.stop();
    if (const QString readerError = pipeline.readerError(); !readerError.isEmpty())
        return rollBack(ImportResult::Status::Failed, readerError);
    if (progress) {
        progress->bytesRead = reader.bytesRead();
        progress->rowsRead = result.rowsRead;
        if (progress->cancelRequested)
            return rollBack(ImportResult::Status::Cancelled, tr("The import was cancelled; nothing was written."));
        progress->committing = true;
    }
    result.rowsSeconds = lap();

    if (!writer.finish(device.finishHash(), &result, &error))
        return rollBack(ImportResult::Status::Failed, error);
    if (!appendBatchAudit(m_db, options.actor, fileName, result, &error))
        return rollBack(ImportResult::Status::Failed, error);
    result.finishSeconds = lap();
    if (options.dryRun) {
        sqliteExecute(db, "ROLLBACK", nullptr);
        result.status = ImportResult::Status::DryRun;
        result.batchId = 0;
    } else if (!sqliteExecute(db, "COMMIT", &error)) {
        return rollBack(ImportResult::Status::Failed,
                        tr("The import could not be saved (%1); the program is as it was before. Free some disk "
                           "space and try again.")
                            .arg(error));
    } else {
        result.status = ImportResult::Status::Imported;
    }
    result.commitSeconds = lap();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace mentordesk
