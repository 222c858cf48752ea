// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistRecords.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace mentordesk {

class RecordRepository;

/// The checklist and feedback tables: what the views read (a pairing's checklist and feedback,
/// the templates, a mentor's rating) and the one writer of their rows. A write turns the rows
/// as a step found them into the rows it leaves, in one transaction with an audit row per
/// changed column, and only while the rows are still as the step found them, so an undo never
/// overwrites what was done meanwhile elsewhere.
class ChecklistRepository {
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)
public:
    explicit ChecklistRepository(RecordRepository& records);

    QVector<ChecklistItem> items(qint64 pairingId) const;
    std::optional<ChecklistItem> item(qint64 itemId) const;
    QVector<ChecklistTemplate> templates() const;
    QVector<ChecklistTemplateItem> templateItems(qint64 templateId) const;
    QVector<FeedbackEntry> feedback(qint64 pairingId) const;
    std::optional<FeedbackEntry> feedbackEntry(qint64 feedbackId) const;
    /// The ratings mentees gave `mentorId` over all their pairings.
    MentorRating mentorRating(qint64 mentorId) const;
    bool pairingExists(qint64 pairingId) const;
    /// The mentor of `pairingId`, or 0.
    qint64 mentorOf(qint64 pairingId) const;

    /// The pairings' checklist items made from template item `templateItemId`.
    ChecklistRows itemsMadeFrom(qint64 templateItemId) const;
    /// How many pairings' checklist items were made from the items of template `templateId`.
    int itemsMadeFromTemplate(qint64 templateId) const;
    /// The resources attached to template item `templateItemId`, as rows of kind Resource.
    ChecklistRows attachmentsOf(qint64 templateItemId) const;
    /// The id the next new row of `kind` gets (max + 1): a step that adds rows referring to each
    /// other (a copied template, its items, their attachments) names them before writing.
    qint64 nextId(EntityKind kind) const;
    /// The stored row, or nothing when there is none.
    std::optional<ChecklistRow> row(EntityKind kind, qint64 id) const;

    /// Writes `to` over `from` (rows only in `from` are deleted, rows only in `to` inserted, and
    /// ids of new rows filled in). False, with errorString(), when a row changed since `from`.
    bool write(const ChecklistRows& from, ChecklistRows* to);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    /// The stored rows of `kind` whose `column` is `value`, by id.
    ChecklistRows rowsWhere(EntityKind kind, const QString& column, qint64 value) const;
    bool checkUnchanged(const ChecklistRow& expected);
    bool insertRow(ChecklistRow* row);
    bool updateRow(const ChecklistRow& from, const ChecklistRow& to);
    bool deleteRow(const ChecklistRow& row);
    bool auditPresence(const ChecklistRow& row, const QVariant& before, const QVariant& after);
    bool updateRows(const ChecklistRows& from, const ChecklistRows& to);
    bool checkOneDefault();

    RecordRepository& m_records;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace mentordesk
