// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteImportWriter.h"

#include "domain/EntityKind.h"
#include "domain/FieldCatalogue.h"
#include "importing/MappingProfile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

// Binds a converted value the way the schema stores it: dates as ISO text, booleans as 0/1.
void bindValue(SqliteStatement& statement, int index, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        statement.null(index);
        break;
    case QMetaType::QString:
        // The row owns the string until the statement has run.
        statement.text(index, QStringView(*static_cast<const QString*>(value.constData())));
        break;
    case QMetaType::QDate: {
        const QByteArray iso = value.toDate().toString(Qt::ISODate).toLatin1();
        sqlite3_bind_text(statement.handle(), index, iso.constData(), int(iso.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Double:
        statement.real(index, value.toDouble());
        break;
    case QMetaType::Bool:
        statement.integer(index, value.toBool() ? 1 : 0);
        break;
    default:
        statement.integer(index, value.toLongLong());
        break;
    }
}

bool sameAsStored(const SqliteStatement& stored, int column, const QVariant& value)
{
    if (stored.isNull(column))
        return false;
    switch (value.typeId()) {
    case QMetaType::QString:
        return stored.columnText(column) == *static_cast<const QString*>(value.constData());
    case QMetaType::QDate:
        return stored.columnText(column) == value.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
        return stored.columnReal(column) == value.toDouble();
    case QMetaType::Bool:
        return stored.columnInteger(column) == (value.toBool() ? 1 : 0);
    default:
        return stored.columnInteger(column) == value.toLongLong();
    }
}

QJsonValue storedJson(const SqliteStatement& stored, int column)
{
    switch (sqlite3_column_type(stored.handle(), column)) {
    case SQLITE_NULL:
        return QJsonValue(QJsonValue::Null);
    case SQLITE_INTEGER:
        return QJsonValue(stored.columnInteger(column));
    case SQLITE_FLOAT:
        return QJsonValue(stored.columnReal(column));
    default:
        return QJsonValue(stored.columnText(column));
    }
}

QString displayValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

QByteArray columnList(const QVector<QByteArray>& names)
{
    QByteArray list;
    for (const QByteArray& name : names) {
        if (!list.isEmpty())
            list += ", ";
        list += name;
    }
    return list;
}

QByteArray placeholders(int count)
{
    QByteArray list;
    for (int i = 0; i < count; ++i)
        list += i == 0 ? "?" : ", ?";
    return list;
}

} // namespace

SqliteImportWriter::SqliteImportWriter(sqlite3* db)
    : m_db(db)
{
}

SqliteImportWriter::~SqliteImportWriter() = default;

QString SqliteImportWriter::sqliteError() const
{
    return tr("The program file refused the import: %1.").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

bool SqliteImportWriter::exec(const char* sql, QString* error)
{
    QString message;
    if (sqliteExecute(m_db, sql, &message))
        return true;
    *error = tr("The program file refused the import: %1.").arg(message);
    return false;
}

bool SqliteImportWriter::begin(const Setup& setup, QString* error)
{
    m_setup = setup;
    m_kind = setup.options->kind;
    m_now = setup.startedUtc;
    const ImportRowValidator& validator = *setup.validator;
    const QVector<ImportField>& fields = validator.fields();

    m_externalIdField = ImportField::indexOf(m_kind, FieldId::SellerExternalId);
    m_emailField = ImportField::indexOf(m_kind, FieldId::SellerEmail);
    m_snapshotDateField = ImportField::indexOf(m_kind, FieldId::SnapshotDate);
    m_ordersField = ImportField::indexOf(m_kind, FieldId::SnapshotOrders);
    m_returnedOrdersField = ImportField::indexOf(m_kind, FieldId::SnapshotReturnedOrders);
    m_returnRateField = ImportField::indexOf(m_kind, FieldId::SnapshotReturnRate);

    m_sellerColumns.clear();
    m_snapshotColumns.clear();
    m_returnedOrdersSnapshotColumn = -1;
    m_returnRateSnapshotColumn = -1;
    for (int i = 0; i < fields.size(); ++i) {
        const ImportField& field = fields.at(i);
        if (validator.mappedColumn(field.key) < 0 || field.id == FieldId::SnapshotDate)
            continue;
        const FieldSpec& spec = catalogueField(field.id);
        const Column column{i, field.key.toLatin1(), spec.schemaDefault};
        if (spec.table == EntityKind::MetricSnapshot) {
            if (field.id == FieldId::SnapshotReturnedOrders)
                m_returnedOrdersSnapshotColumn = int(m_snapshotColumns.size());
            if (field.id == FieldId::SnapshotReturnRate)
                m_returnRateSnapshotColumn = int(m_snapshotColumns.size());
            m_snapshotColumns << column;
        } else if (m_kind == ImportKind::SellerProfiles) {
            if (i == m_externalIdField)
                m_sellerColumns.prepend(column);
            else
                m_sellerColumns << column;
        }
    }
    // A return rate with the orders of its row becomes returned orders (what the metric is made of).
    if (m_returnRateSnapshotColumn >= 0 && m_returnedOrdersSnapshotColumn < 0) {
        m_returnedOrdersSnapshotColumn = int(m_snapshotColumns.size());
        m_snapshotColumns << Column{m_returnedOrdersField, fieldKey(FieldId::SnapshotReturnedOrders).toLatin1(), {}};
    }

    SqliteStatement counts;
    if (!counts.prepare(m_db, "SELECT count(*), IFNULL(max(id), 0) FROM sellers") || !counts.step())
        return (*error = sqliteError(), false);
    m_sellersBefore = counts.columnInteger(0);
    m_maxSellerIdBefore = counts.columnInteger(1);
    // A statement left on a row keeps its table busy, and the bulk path drops indexes of it.
    counts.reset();
    qint64 snapshotsBefore = 0;
    if (m_kind == ImportKind::MetricSnapshots) {
        SqliteStatement snapshotCount;
        if (!snapshotCount.prepare(m_db, "SELECT count(*) FROM seller_metric_snapshots") || !snapshotCount.step())
            return (*error = sqliteError(), false);
        snapshotsBefore = snapshotCount.columnInteger(0);
        snapshotCount.reset();
    }
    const qint64 rowsBefore = m_kind == ImportKind::SellerProfiles ? m_sellersBefore : snapshotsBefore;
    // Rebuilding pays when most rows of the table will be new ones; a weekly re-import of the
    // same sellers changes few rows and keeps its indexes.
    m_sellerLines.assign(size_t(m_maxSellerIdBefore) + 1, 0);
    m_snapshotsSeen.clear();
    m_bulk = setup.estimatedRows >= kBulkThreshold && setup.estimatedRows > 2 * rowsBefore;

    // The batch row comes first: the rows written below refer to it.
    SqliteStatement batch;
    if (!batch.prepare(m_db, "INSERT INTO import_batches(kind, file_name, file_size, profile, mapping, actor, "
                             "started_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        return (*error = sqliteError(), false);
    const QString kindName = MappingProfile::kindName(m_kind);
    const QByteArray mapping = MappingProfile::fromMapping(setup.options->mapping).toJsonBytes();
    batch.text(1, QStringView(kindName));
    batch.text(2, QStringView(setup.fileName));
    batch.integer(3, setup.fileSize);
    batch.text(4, QStringView(setup.options->profileName));
    batch.text(5, mapping.constData(), int(mapping.size()));
    batch.text(6, QStringView(setup.options->actor));
    batch.text(7, QStringView(m_now));
    if (!batch.run())
        return (*error = sqliteError(), false);
    m_batchId = sqlite3_last_insert_rowid(m_db);

    // The spellings the program already uses, so that "fashion" joins "Fashion" and only values
    // that are really new are listed.
    m_vocabulary.clear();
    m_newValues.clear();
    for (const Column& column : std::as_const(m_sellerColumns)) {
        if (!catalogueField(fields.at(column.field).id).openVocabulary)
            continue;
        SqliteStatement distinct;
        const QByteArray sql = "SELECT DISTINCT " + column.name + " FROM sellers";
        if (!distinct.prepare(m_db, sql.constData()))
            return (*error = sqliteError(), false);
        QHash<QString, QString>& known = m_vocabulary[column.field];
        while (distinct.step()) {
            const QString value = distinct.columnText(0);
            if (!value.isEmpty())
                known.insert(value.toCaseFolded(), value);
        }
    }

    if (m_bulk && !dropForBulk(error))
        return false;
    return prepareStatements(error);
}

bool SqliteImportWriter::dropForBulk(QString* error)
{
    // Sellers: every sort index but the e-mail lookup, and the search-index insert trigger.
    // Snapshots: the date index and the latest-metrics insert trigger. What is dropped is rebuilt
    // from the same SQL in finish().
    const char* sql = m_kind == ImportKind::SellerProfiles
                          ? "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                            "((type = 'index' AND tbl_name IN ('sellers', 'seller_metric_snapshots') AND "
                            "  name <> 'sellers_email_exact') OR "
                            " (type = 'trigger' AND name IN ('sellers_search_insert', 'snapshots_latest_insert')))"
                          : "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                            "((type = 'index' AND tbl_name = 'seller_metric_snapshots') OR "
                            " (type = 'trigger' AND name = 'snapshots_latest_insert'))";
    SqliteStatement objects;
    if (!objects.prepare(m_db, sql))
        return (*error = sqliteError(), false);
    QStringList drops;
    m_droppedSql.clear();
    while (objects.step()) {
        drops << QStringLiteral("DROP %1 %2").arg(objects.columnText(0).toUpper(), objects.columnText(1));
        m_droppedSql << objects.columnText(2);
    }
    for (const QString& drop : std::as_const(drops))
        if (!exec(drop.toUtf8().constData(), error))
            return false;
    return true;
}

bool SqliteImportWriter::prepareStatements(QString* error)
{
    m_sellerUpdates.clear();
    m_snapshotUpdates.clear();
    auto prepare = [this, error](SqliteStatement* statement, const QByteArray& sql) {
        if (statement->prepare(m_db, sql.constData()))
            return true;
        *error = sqliteError();
        return false;
    };

    QVector<QByteArray> sellerNames;
    for (const Column& column : std::as_const(m_sellerColumns))
        sellerNames << column.name;
    const QByteArray storedSellerColumns = sellerNames.isEmpty() ? QByteArray() : ", " + columnList(sellerNames);
    if (!prepare(&m_findById, "SELECT id" + storedSellerColumns + " FROM sellers WHERE external_id = ?"))
        return false;
    if (m_kind == ImportKind::SellerProfiles) {
        // Only sellers that were there before the import match by e-mail: two rows of one file are
        // two sellers when their IDs differ.
        // The count comes with the first match, so the statement still holds its values after one step.
        if (!prepare(&m_findByEmail, "SELECT id" + storedSellerColumns +
                                         ", (SELECT count(*) FROM sellers WHERE lower(email) = lower(?1) AND id <= ?2)"
                                         " FROM sellers WHERE lower(email) = lower(?1) AND id <= ?2 LIMIT 1"))
            return false;
        QVector<QByteArray> insertNames = sellerNames;
        insertNames << "created_utc"
                    << "updated_utc"
                    << "import_batch_id";
        if (m_bulk)
            insertNames << "latest_snapshot_date"
                        << "latest_revenue"
                        << "latest_orders"
                        << "latest_listing_quality";
        if (!prepare(&m_insertSeller, "INSERT INTO sellers(" + columnList(insertNames) + ") VALUES (" +
                                          placeholders(int(insertNames.size())) + ")"))
            return false;
    }

    QVector<QByteArray> snapshotNames;
    for (const Column& column : std::as_const(m_snapshotColumns))
        snapshotNames << column.name;
    const QByteArray storedSnapshotColumns = snapshotNames.isEmpty() ? QByteArray() : ", " + columnList(snapshotNames);
    if (!prepare(&m_findSnapshot, "SELECT id" + storedSnapshotColumns +
                                      ", import_batch_id FROM seller_metric_snapshots WHERE seller_id = ? AND "
                                      "snapshot_date = ?"))
        return false;
    QVector<QByteArray> snapshotInsertNames{"seller_id", fieldKey(FieldId::SnapshotDate).toLatin1()};
    snapshotInsertNames += snapshotNames;
    snapshotInsertNames << "import_batch_id";
    if (!prepare(&m_insertSnapshot, "INSERT INTO seller_metric_snapshots(" + columnList(snapshotInsertNames) +
                                        ") VALUES (" + placeholders(int(snapshotInsertNames.size())) + ")"))
        return false;
    // What the dropped snapshots_latest_insert trigger does, for the bulk path.
    if (!prepare(&m_latestMetrics,
                 "UPDATE sellers SET latest_snapshot_date = ?1, latest_revenue = ?2, latest_orders = ?3, "
                 "latest_listing_quality = ?4 WHERE id = ?5 AND ?1 >= IFNULL(latest_snapshot_date, '')"))
        return false;
    return prepare(&m_insertChange, "INSERT OR IGNORE INTO import_batch_changes(batch_id, entity, entity_id, "
                                    "old_values) VALUES (?, ?, ?, ?)");
}

void SqliteImportWriter::canonicaliseVocabulary(ImportRowValidator::Row* row, QList<QPair<int, QString>>* newValues)
{
    for (auto it = m_vocabulary.begin(); it != m_vocabulary.end(); ++it) {
        QVariant& value = row->values[it.key()];
        if (value.isNull())
            continue;
        const QString text = value.toString();
        const QString folded = text.toCaseFolded();
        const auto known = it->constFind(folded);
        if (known != it->constEnd()) {
            if (*known != text)
                value = *known;
            continue;
        }
        newValues->append({it.key(), text});
    }
}

void SqliteImportWriter::returnedOrders(const ImportRowValidator::Row& row, QVariant* returned, QVariant* rate) const
{
    *returned = m_returnedOrdersField >= 0 ? row.values.at(m_returnedOrdersField) : QVariant();
    *rate = QVariant();
    if (!returned->isNull() || m_returnRateField < 0 || row.values.at(m_returnRateField).isNull())
        return;
    const QVariant orders = m_ordersField >= 0 ? row.values.at(m_ordersField) : QVariant();
    if (orders.isNull())
        *rate = row.values.at(m_returnRateField);
    else
        *returned = qint64(std::llround(row.values.at(m_returnRateField).toDouble() * double(orders.toLongLong())));
}

ImportProblem SqliteImportWriter::sellerIdProblem(const ImportRowValidator::Row& row, const QString& reason) const
{
    const int column = m_setup.validator->mappedColumn(fieldKey(FieldId::SellerExternalId));
    ImportProblem problem;
    problem.line = row.line;
    problem.column = column;
    problem.columnName = m_setup.validator->columnNames().value(column);
    problem.value = row.values.at(m_externalIdField).toString();
    problem.reason = reason;
    return problem;
}

bool SqliteImportWriter::claimSeller(qint64 id, qint64 line, qint64* firstLine)
{
    if (id < 0)
        return true;
    if (quint64(id) >= m_sellerLines.size())
        m_sellerLines.resize(std::max<size_t>(size_t(id) + 1, m_sellerLines.size() * 2), 0);
    qint64& first = m_sellerLines[size_t(id)];
    if (first != 0) {
        *firstLine = first;
        return false;
    }
    first = line;
    return true;
}

bool SqliteImportWriter::claimSnapshot(qint64 id)
{
    if (id < 0)
        return true;
    if (quint64(id) >= m_snapshotsSeen.size())
        m_snapshotsSeen.resize(std::max<size_t>(size_t(id) + 1, m_snapshotsSeen.size() * 2), false);
    if (m_snapshotsSeen[size_t(id)])
        return false;
    m_snapshotsSeen[size_t(id)] = true;
    return true;
}

bool SqliteImportWriter::findSeller(const ImportRowValidator::Row& row, Stored* seller, QList<ImportProblem>* problems,
                                    QString* error)
{
    seller->found = false;
    seller->byEmail = false;
    m_findById.reset();
    bindValue(m_findById, 1, row.values.at(m_externalIdField));
    if (m_findById.step()) {
        seller->found = true;
        seller->id = m_findById.columnInteger(0);
        return true;
    }
    if (m_findById.failed())
        return (*error = sqliteError(), false);
    if (m_kind != ImportKind::SellerProfiles || m_emailField < 0 || m_sellersBefore == 0 ||
        row.values.at(m_emailField).isNull())
        return true;

    m_findByEmail.reset();
    bindValue(m_findByEmail, 1, row.values.at(m_emailField));
    m_findByEmail.integer(2, m_maxSellerIdBefore);
    if (!m_findByEmail.step())
        return m_findByEmail.failed() ? (*error = sqliteError(), false) : true;
    seller->found = true;
    seller->byEmail = true;
    seller->id = m_findByEmail.columnInteger(0);
    if (m_findByEmail.columnInteger(int(m_sellerColumns.size()) + 1) > 1) {
        seller->found = false;
        m_findByEmail.reset();
        const int column = m_setup.validator->mappedColumn(fieldKey(FieldId::SellerEmail));
        ImportProblem problem;
        problem.line = row.line;
        problem.column = column;
        problem.columnName = m_setup.validator->columnNames().value(column);
        problem.value = row.values.at(m_emailField).toString();
        problem.reason = tr("Several sellers of the program have the e-mail address “%1”, and none has this "
                            "seller ID; give the seller ID the program knows.")
                             .arg(problem.value);
        problems->append(problem);
    }
    return true;
}

bool SqliteImportWriter::insertSeller(const ImportRowValidator::Row& row, qint64* id, QString* error)
{
    SqliteStatement& insert = m_insertSeller;
    int index = 1;
    for (const Column& column : std::as_const(m_sellerColumns)) {
        const QVariant& value = row.values.at(column.field);
        bindValue(insert, index++, value.isNull() ? column.notNullDefault : value);
    }
    insert.text(index++, QStringView(m_now));
    insert.text(index++, QStringView(m_now));
    insert.integer(index++, m_batchId);
    if (m_bulk) {
        // The dropped trigger would set these from the row's snapshot; the seller has no other.
        const bool hasSnapshot = row.hasMetrics;
        auto metric = [&](int field) { return hasSnapshot && field >= 0 ? row.values.at(field) : QVariant(); };
        bindValue(insert, index++, hasSnapshot ? row.values.at(m_snapshotDateField) : QVariant());
        bindValue(insert, index++, metric(ImportField::indexOf(m_kind, FieldId::SnapshotRevenue)));
        bindValue(insert, index++, metric(m_ordersField));
        bindValue(insert, index++, metric(ImportField::indexOf(m_kind, FieldId::SnapshotListingQuality)));
    }
    if (!insert.run())
        return (*error = sqliteError(), false);
    *id = sqlite3_last_insert_rowid(m_db);
    return true;
}

SqliteStatement* SqliteImportWriter::updateStatement(bool snapshot, quint64 changedColumns, QString* error)
{
    QHash<quint64, std::shared_ptr<SqliteStatement>>& cache = snapshot ? m_snapshotUpdates : m_sellerUpdates;
    const auto found = cache.constFind(changedColumns);
    if (found != cache.constEnd())
        return found->get();
    const QVector<Column>& columns = snapshot ? m_snapshotColumns : m_sellerColumns;
    QByteArray sql = snapshot ? "UPDATE seller_metric_snapshots SET " : "UPDATE sellers SET ";
    bool first = true;
    for (int i = 0; i < columns.size(); ++i) {
        if (!(changedColumns & (quint64(1) << i)))
            continue;
        sql += (first ? "" : ", ") + columns.at(i).name + " = ?";
        first = false;
    }
    sql += snapshot ? " WHERE id = ?" : ", updated_utc = ? WHERE id = ?";
    auto statement = std::make_shared<SqliteStatement>();
    if (!statement->prepare(m_db, sql.constData())) {
        *error = sqliteError();
        return nullptr;
    }
    cache.insert(changedColumns, statement);
    return statement.get();
}

bool SqliteImportWriter::recordChange(EntityKind entity, qint64 id, const QByteArray& oldValues, QString* error)
{
    const QString entityName = entityText(entity);
    m_insertChange.integer(1, m_batchId);
    m_insertChange.text(2, QStringView(entityName));
    m_insertChange.integer(3, id);
    m_insertChange.text(4, oldValues.constData(), int(oldValues.size()));
    if (!m_insertChange.run())
        return (*error = sqliteError(), false);
    return true;
}

bool SqliteImportWriter::updateSeller(const ImportRowValidator::Row& row, qint64 id, quint64 changedColumns,
                                      const QByteArray& oldValues, QString* error)
{
    SqliteStatement* update = updateStatement(false, changedColumns, error);
    if (!update)
        return false;
    int index = 1;
    for (int i = 0; i < m_sellerColumns.size(); ++i)
        if (changedColumns & (quint64(1) << i))
            bindValue(*update, index++, row.values.at(m_sellerColumns.at(i).field));
    update->text(index++, QStringView(m_now));
    update->integer(index, id);
    if (!update->run())
        return (*error = sqliteError(), false);
    return recordChange(EntityKind::Seller, id, oldValues, error);
}

bool SqliteImportWriter::upsertSnapshot(const ImportRowValidator::Row& row, qint64 sellerId, bool sellerIsNew,
                                        const Derived& derived, QList<ImportProblem>* problems, QString* error)
{
    const QVariant& date = row.values.at(m_snapshotDateField);
    auto valueOf = [&](int i) -> QVariant {
        if (i == m_returnedOrdersSnapshotColumn)
            return derived.returnedOrders;
        if (i == m_returnRateSnapshotColumn)
            return derived.returnRate;
        return row.values.at(m_snapshotColumns.at(i).field);
    };

    if (!sellerIsNew) {
        m_findSnapshot.reset();
        m_findSnapshot.integer(1, sellerId);
        bindValue(m_findSnapshot, 2, date);
        if (m_findSnapshot.step()) {
            const qint64 snapshotId = m_findSnapshot.columnInteger(0);
            if (m_kind == ImportKind::MetricSnapshots && !claimSnapshot(snapshotId)) {
                // The same seller and date twice in the file: the first row wins, whether it
                // changed the stored snapshot or found it as it was.
                m_findSnapshot.reset();
                problems->append(sellerIdProblem(
                    row, tr("Seller “%1” has a second snapshot for %2 in this file; only the first is imported.")
                             .arg(row.values.at(m_externalIdField).toString(),
                                  row.values.at(m_snapshotDateField).toDate().toString(Qt::ISODate))));
                return true;
            }
            quint64 changed = 0;
            QJsonObject old;
            for (int i = 0; i < m_snapshotColumns.size(); ++i) {
                const QVariant value = valueOf(i);
                if (value.isNull() || sameAsStored(m_findSnapshot, i + 1, value))
                    continue;
                changed |= quint64(1) << i;
                old.insert(QString::fromLatin1(m_snapshotColumns.at(i).name), storedJson(m_findSnapshot, i + 1));
            }
            m_findSnapshot.reset();
            if (!changed) {
                ++m_counts.snapshotsUnchanged;
                return true;
            }
            SqliteStatement* update = updateStatement(true, changed, error);
            if (!update)
                return false;
            int index = 1;
            for (int i = 0; i < m_snapshotColumns.size(); ++i)
                if (changed & (quint64(1) << i))
                    bindValue(*update, index++, valueOf(i));
            update->integer(index, snapshotId);
            if (!update->run())
                return (*error = sqliteError(), false);
            ++m_counts.snapshotsUpdated;
            return recordChange(EntityKind::MetricSnapshot, snapshotId,
                                QJsonDocument(old).toJson(QJsonDocument::Compact), error);
        }
        if (m_findSnapshot.failed())
            return (*error = sqliteError(), false);
        m_findSnapshot.reset();
    }

    SqliteStatement& insert = m_insertSnapshot;
    insert.integer(1, sellerId);
    bindValue(insert, 2, date);
    int index = 3;
    for (int i = 0; i < m_snapshotColumns.size(); ++i) {
        const QVariant value = valueOf(i);
        bindValue(insert, index++, value.isNull() ? m_snapshotColumns.at(i).notNullDefault : value);
    }
    insert.integer(index, m_batchId);
    if (!insert.run())
        return (*error = sqliteError(), false);
    claimSnapshot(sqlite3_last_insert_rowid(m_db));
    ++m_counts.snapshotsAdded;

    if (m_bulk && !sellerIsNew) {
        // A new seller got its latest metrics with its row; an existing one gets them here, as
        // the dropped trigger would have.
        auto metric = [&](int field) { return field >= 0 ? row.values.at(field) : QVariant(); };
        bindValue(m_latestMetrics, 1, date);
        bindValue(m_latestMetrics, 2, metric(ImportField::indexOf(m_kind, FieldId::SnapshotRevenue)));
        bindValue(m_latestMetrics, 3, metric(m_ordersField));
        bindValue(m_latestMetrics, 4, metric(ImportField::indexOf(m_kind, FieldId::SnapshotListingQuality)));
        m_latestMetrics.integer(5, sellerId);
        if (!m_latestMetrics.run())
            return (*error = sqliteError(), false);
    }
    return true;
}

QString SqliteImportWriter::changeText(const Column& column, const SqliteStatement& stored, int storedColumn,
                                       const QVariant& value) const
{
    const ImportField& field = m_setup.validator->fields().at(column.field);
    const QString before = stored.isNull(storedColumn) ? QString() : stored.columnText(storedColumn);
    return tr("%1: “%2” → “%3”").arg(field.translatedTitle(), before, displayValue(value));
}

bool SqliteImportWriter::write(const ImportRowValidator::Row& validRow, QList<ImportProblem>* problems, QString* error)
{
    ImportRowValidator::Row row = validRow;
    Derived derivedReturns;
    returnedOrders(row, &derivedReturns.returnedOrders, &derivedReturns.returnRate);

    Stored seller;
    if (!findSeller(row, &seller, problems, error))
        return false;
    if (!problems->isEmpty())
        return true;

    if (m_kind == ImportKind::MetricSnapshots) {
        m_findById.reset();
        if (!seller.found) {
            problems->append(sellerIdProblem(
                row, tr("No seller with the ID “%1” is in this program; import the seller profiles first.")
                         .arg(row.values.at(m_externalIdField).toString())));
            return true;
        }
        return upsertSnapshot(row, seller.id, false, derivedReturns, problems, error);
    }

    qint64 firstLine = 0;
    if (seller.found && !claimSeller(seller.id, row.line, &firstLine)) {
        m_findById.reset();
        m_findByEmail.reset();
        if (seller.byEmail) {
            const int column = m_setup.validator->mappedColumn(fieldKey(FieldId::SellerEmail));
            ImportProblem problem = sellerIdProblem(
                row, tr("The program has no seller with this ID, and its e-mail address belongs to the seller line %1 "
                        "imported already; one seller cannot have two IDs. Check the ID or the e-mail address.")
                         .arg(firstLine));
            problem.column = column;
            problem.columnName = m_setup.validator->columnNames().value(column);
            problem.value = row.values.at(m_emailField).toString();
            problems->append(problem);
        } else {
            problems->append(sellerIdProblem(row, tr("This seller appears again; line %1 has it already, and only "
                                                     "that row is imported.")
                                                      .arg(firstLine)));
        }
        return true;
    }
    QList<QPair<int, QString>> newValues;
    canonicaliseVocabulary(&row, &newValues);
    // A value counts as new (and as the spelling to use from now on) once a row wrote it.
    auto keepNewValues = [this, &newValues] {
        for (const auto& [field, value] : std::as_const(newValues)) {
            m_vocabulary[field].insert(value.toCaseFolded(), value);
            m_newValues[field].insert(value);
        }
    };
    if (!seller.found) {
        m_findById.reset();
        qint64 id = 0;
        if (!insertSeller(row, &id, error))
            return false;
        claimSeller(id, row.line, &firstLine);
        keepNewValues();
        ++m_counts.sellersAdded;
        return !row.hasMetrics || upsertSnapshot(row, id, true, derivedReturns, problems, error);
    }

    // The stored values are in whichever statement found the seller; compare while it holds them.
    SqliteStatement& stored = seller.byEmail ? m_findByEmail : m_findById;
    quint64 changed = 0;
    QJsonObject old;
    QStringList changes;
    for (int i = 0; i < m_sellerColumns.size(); ++i) {
        const QVariant& value = row.values.at(m_sellerColumns.at(i).field);
        if (value.isNull() || sameAsStored(stored, i + 1, value))
            continue;
        changed |= quint64(1) << i;
        old.insert(QString::fromLatin1(m_sellerColumns.at(i).name), storedJson(stored, i + 1));
        changes << changeText(m_sellerColumns.at(i), stored, i + 1, value);
    }
    m_findById.reset();
    m_findByEmail.reset();

    if (!changed) {
        ++m_counts.sellersUnchanged;
    } else {
        ++m_counts.duplicateCount;
        if (m_counts.duplicates.size() < ImportEngine::kMaximumDuplicates) {
            const int shopField = ImportField::indexOf(m_kind, FieldId::SellerShopName);
            m_counts.duplicates.append(ImportDuplicate{row.line, row.values.at(m_externalIdField).toString(),
                                                       shopField >= 0 ? row.values.at(shopField).toString() : QString(),
                                                       changes});
        }
        const ImportOptions& options = *m_setup.options;
        const bool update = options.onDuplicate == DuplicatePolicy::Update ||
                            (options.onDuplicate == DuplicatePolicy::Ask && options.linesToUpdate.contains(row.line));
        if (update) {
            if (!updateSeller(row, seller.id, changed, QJsonDocument(old).toJson(QJsonDocument::Compact), error))
                return false;
            keepNewValues();
            ++m_counts.sellersUpdated;
        } else {
            ++m_counts.rowsSkipped;
        }
    }
    // The policy is about the stored profile; the row's metrics are dated facts, recorded anyway.
    return !row.hasMetrics || upsertSnapshot(row, seller.id, false, derivedReturns, problems, error);
}

bool SqliteImportWriter::rebuildAfterBulk(QString* error)
{
    for (const QString& sql : std::as_const(m_droppedSql))
        if (!exec(sql.toUtf8().constData(), error))
            return false;
    if (m_kind != ImportKind::SellerProfiles)
        return true;
    // The search index of the new sellers, in one pass instead of a trigger per row.
    if (m_sellersBefore == 0)
        return exec("INSERT INTO seller_search(seller_search) VALUES ('rebuild')", error);
    SqliteStatement fill;
    if (!fill.prepare(m_db, "INSERT INTO seller_search(rowid, external_id, shop_name, contact_name, email) "
                            "SELECT id, external_id, shop_name, contact_name, email FROM sellers WHERE id > ?"))
        return (*error = sqliteError(), false);
    fill.integer(1, m_maxSellerIdBefore);
    if (!fill.run())
        return (*error = sqliteError(), false);
    return true;
}

bool SqliteImportWriter::finish(const QString& fileSha256, ImportResult* result, QString* error)
{
    if (m_bulk && !m_setup.options->dryRun && !rebuildAfterBulk(error))
        return false;

    const QVector<ImportField>& fields = m_setup.validator->fields();
    QJsonObject newValues;
    result->newValues.clear();
    for (auto it = m_newValues.cbegin(); it != m_newValues.cend(); ++it) {
        QStringList values(it->cbegin(), it->cend());
        std::sort(values.begin(), values.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        result->newValues.insert(fields.at(it.key()).key, values);
        newValues.insert(fields.at(it.key()).key, QJsonArray::fromStringList(values));
    }
    result->sellersAdded = m_counts.sellersAdded;
    result->sellersUpdated = m_counts.sellersUpdated;
    result->sellersUnchanged = m_counts.sellersUnchanged;
    result->rowsSkipped = m_counts.rowsSkipped;
    result->snapshotsAdded = m_counts.snapshotsAdded;
    result->snapshotsUpdated = m_counts.snapshotsUpdated;
    result->snapshotsUnchanged = m_counts.snapshotsUnchanged;
    result->duplicates = m_counts.duplicates;
    result->duplicateCount = m_counts.duplicateCount;
    result->batchId = m_batchId;
    result->usedBulkPath = m_bulk;

    const QString finished = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    SqliteStatement batch;
    if (!batch.prepare(m_db, "UPDATE import_batches SET file_sha256 = ?, finished_utc = ?, rows_read = ?, "
                             "sellers_added = ?, sellers_updated = ?, sellers_unchanged = ?, rows_skipped = ?, "
                             "rows_rejected = ?, snapshots_added = ?, snapshots_updated = ?, snapshots_unchanged = ?, "
                             "new_values = ? WHERE id = ?"))
        return (*error = sqliteError(), false);
    const QByteArray newValuesJson =
        newValues.isEmpty() ? QByteArray() : QJsonDocument(newValues).toJson(QJsonDocument::Compact);
    batch.text(1, QStringView(fileSha256));
    batch.text(2, QStringView(finished));
    const qint64 counts[] = {result->rowsRead,         result->sellersAdded,     result->sellersUpdated,
                             result->sellersUnchanged, result->rowsSkipped,      result->rowsRejected,
                             result->snapshotsAdded,   result->snapshotsUpdated, result->snapshotsUnchanged};
    int index = 3;
    for (const qint64 count : counts)
        batch.integer(index++, count);
    batch.text(index++, newValuesJson.constData(), int(newValuesJson.size()));
    batch.integer(index, m_batchId);
    if (!batch.run())
        return (*error = sqliteError(), false);
    return true;
}

} // namespace mentordesk
