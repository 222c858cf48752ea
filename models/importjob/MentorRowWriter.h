// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ImportProblem.h"
#include "importing/ImportRowValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// Writes one row of a mentor file into the open transaction of MentorImport: converts and checks
/// it, finds its mentor (mentor ID, else e-mail ignoring case), then adds the mentor or updates
/// what the row gives, inside a savepoint, so that a row the program refuses is rejected alone.
///
/// Given a batch (setBatch), the mentors it adds carry the batch's id, and for a mentor it changes
/// it records the old values in import_batch_changes: the columns it changed, and under "lists"
/// the rows of each list it replaced as they were (ImportBatchRepository puts them back).
class MentorRowWriter {
    Q_DECLARE_TR_FUNCTIONS(MentorRowWriter)

public:
    enum class Outcome { Added, Updated, Unchanged, Rejected, Failed };

    MentorRowWriter(QSqlDatabase db, ImportRowValidator* validator);

    /// The import_batches row the writes belong to; 0 (a dry run) records nothing.
    void setBatch(qint64 batchId) { m_batchId = batchId; }

    /// Rejected rows get their problems in `problems`; Failed means the program could not be
    /// written at all (errorString()), and the import must roll back.
    Outcome write(qint64 line, const QStringList& cells, QList<ImportProblem>* problems);
    QString errorString() const { return m_error; }

private:
    /// The lists a row gives; a list not in the file (or its cell empty) is left as stored.
    struct Lists {
        std::optional<QStringList> categories;
        std::optional<QStringList> industries;
        std::optional<QMap<QString, int>> skills;
        std::optional<QStringList> languages;
        std::optional<QStringList> channels;
    };

    bool readLists(qint64 line, const QStringList& cells, Lists* lists, QList<ImportProblem>* problems) const;
    void reject(qint64 line, int field, const QStringList& cells, const QString& reason,
                QList<ImportProblem>* problems) const;
    bool checkRepeat(qint64 line, const QStringList& cells, QList<ImportProblem>* problems);
    /// The mentor the row names: its id, 0 for a new mentor, -1 (with a problem) when ambiguous.
    qint64 findMentor(qint64 line, const QStringList& cells, QList<ImportProblem>* problems);
    /// Column key → value for the stored columns the row gives.
    QHash<QString, QVariant> storedValues(const Lists& lists) const;
    bool insertMentor(const QHash<QString, QVariant>& values, qint64* id);
    /// Sets the columns whose value differs; `changed` tells whether any did.
    bool updateMentor(qint64 id, const QHash<QString, QVariant>& values, bool* changed);
    /// The mentor's category rows, sorted.
    QStringList categoryRows(qint64 id) const;
    bool replaceLists(qint64 id, const Lists& lists, bool* changed);
    bool replaceRows(qint64 id, const QString& table, const QString& column, const QStringList& values, bool* changed);
    bool replaceSkills(qint64 id, const QMap<QString, int>& skills, bool* changed);
    /// Writes the old values gathered for mentor `id`, when the row changed anything.
    bool recordChange(qint64 id);
    bool exec(const QString& sql, const QVariantList& values = {});

    QSqlDatabase m_db;
    ImportRowValidator* m_validator;
    ImportRowValidator::Row m_row;
    QHash<QString, qint64> m_firstLines; ///< mentor ID or folded e-mail → line of its first row
    QString m_error;
    QString m_lastDatabaseError;
    qint64 m_batchId = 0;
    QJsonObject m_oldColumns; ///< of the row being written: column → value before the import
    QJsonObject m_oldLists;   ///< of the row being written: list table → its rows before the import
};

} // namespace mentordesk
