// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/BaseTableSource.h"

#include "domain/FieldCatalogue.h"
#include "storage/SqliteStatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

/// The snapshot's stored metric columns, as the catalogue lists them.
QVector<const FieldSpec*> storedSnapshotMetrics()
{
    QVector<const FieldSpec*> list;
    for (const FieldSpec& field : fieldCatalogue())
        if (field.table == EntityKind::MetricSnapshot && field.snapshotMetric && field.isStored())
            list << &field;
    return list;
}

bool isCancelled(const std::atomic_bool* cancelled)
{
    return cancelled && cancelled->load();
}

} // namespace

BaseTableSource::BaseTableSource(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool BaseTableSource::fail(const QString& sentence, const QString& databaseText)
{
    m_error = sentence.arg(databaseText);
    return false;
}

std::optional<ProgramSellers> BaseTableSource::readSellers()
{
    ProgramSellers program;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT s.id, s.category, s.signup_date, s.enrolment_date, s.first_sale_date, "
                                   "COALESCE(c.cohort_id, 0) FROM sellers s "
                                   "LEFT JOIN cohort_members c ON c.seller_id = s.id ORDER BY s.id"))) {
        fail(tr("The analytics could not read the sellers: %1"), query.lastError().databaseText());
        return std::nullopt;
    }
    while (query.next()) {
        SellerOutcome seller;
        seller.id = query.value(0).toLongLong();
        seller.category = query.value(1).toString();
        seller.signupDate = dateOf(query.value(2));
        seller.enrolmentDate = dateOf(query.value(3));
        seller.firstSaleDate = dateOf(query.value(4));
        seller.cohortId = query.value(5).toLongLong();
        program.indexById.insert(seller.id, static_cast<int>(program.sellers.size()));
        program.sellers.append(seller);
    }
    if (!query.exec(QStringLiteral("SELECT id, mentee_id, mentor_id FROM pairings ORDER BY mentee_id, id"))) {
        fail(tr("The analytics could not read the pairings: %1"), query.lastError().databaseText());
        return std::nullopt;
    }
    while (query.next()) {
        const qint64 menteeId = query.value(1).toLongLong();
        const int index = program.indexById.value(menteeId, -1);
        if (index < 0)
            continue;
        SellerOutcome& mentee = program.sellers[index];
        mentee.pairingIds.append(query.value(0).toLongLong());
        const qint64 mentorId = query.value(2).toLongLong();
        if (!mentee.mentorIds.contains(mentorId))
            mentee.mentorIds.append(mentorId);
        program.menteeByPairing.insert(query.value(0).toLongLong(), menteeId);
    }
    return program;
}

bool BaseTableSource::readSnapshots(ProgramSellers& program, const QSet<qint64>& wanted, const QDate& asOf,
                                    const std::atomic_bool* cancelled)
{
    static const QVector<const FieldSpec*> metrics = storedSnapshotMetrics();
    QStringList columns{QStringLiteral("seller_id"), fieldKey(FieldId::SnapshotDate),
                        fieldKey(FieldId::SnapshotPeriodDays)};
    for (const FieldSpec* metric : metrics)
        columns << metric->key;
    const QString sql = QStringLiteral("SELECT %1 FROM seller_metric_snapshots WHERE snapshot_date <= ? "
                                       "ORDER BY seller_id, snapshot_date")
                            .arg(columns.join(QStringLiteral(", ")));
    // The largest read of the engine (12 rows a seller): SQLite's C API costs a fraction of
    // QSqlQuery's per-value QVariant.
    SqliteStatement statement;
    sqlite3* handle = sqliteHandle(m_db);
    if (!handle) {
        m_error = tr("The analytics read SQLite programs only.");
        return false;
    }
    if (!statement.prepare(handle, sql.toUtf8().constData()))
        return fail(tr("The analytics could not read the metric snapshots: %1"),
                    QString::fromUtf8(sqlite3_errmsg(handle)));
    const QString asOfText = asOf.toString(Qt::ISODate);
    statement.text(1, QStringView(asOfText));
    qint64 rows = 0;
    while (statement.step()) {
        if ((++rows & 0xFFF) == 0 && isCancelled(cancelled))
            return false;
        const qint64 sellerId = statement.columnInteger(0);
        if (!wanted.contains(sellerId))
            continue;
        MetricSnapshot snapshot;
        snapshot.date = QDate::fromString(statement.columnText(1), Qt::ISODate);
        snapshot.periodDays = static_cast<int>(statement.columnInteger(2));
        for (int column = 0; column < metrics.size(); ++column) {
            if (!statement.isNull(column + 3))
                snapshot.values.insert(metrics.at(column)->id, statement.columnReal(column + 3));
        }
        program.sellers[program.indexById.value(sellerId)].snapshots.append(snapshot);
    }
    if (statement.failed())
        return fail(tr("The analytics could not read the metric snapshots: %1"),
                    QString::fromUtf8(sqlite3_errmsg(handle)));
    return true;
}

} // namespace mentordesk
