// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPeopleSearch.h"
#include "storage/SqlLikePattern.h"

#include "storage/RecordRepository.h"
#include "storage/SqliteDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

/// A mentee is a seller with a pairing, open or ended: pairings_mentee answers it per seller.
const QString kHasPairing = QStringLiteral("EXISTS (SELECT 1 FROM pairings p WHERE p.mentee_id = s.id)");
const QString kSellerColumns = QStringLiteral(
    "s.id, CASE WHEN s.shop_name <> '' THEN s.shop_name ELSE s.contact_name END, s.external_id FROM sellers s");

/// The end of the index range of the strings starting with `prefix` (as ICalendarExport's suggestions).
QString rangeEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace

QString CalendarPerson::label() const
{
    return externalId.isEmpty()
               ? name
               : QCoreApplication::translate("CalendarPeopleSearch", "%1 (%2)", "a person's name and external ID")
                     .arg(name, externalId);
}

CalendarPeopleSearch::CalendarPeopleSearch(CalendarPersonKind kind, QObject* parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{
}

void CalendarPeopleSearch::setDatabase(QSqlDatabase db)
{
    beginResetModel();
    m_db = std::move(db);
    m_people.clear();
    endResetModel();
}

void CalendarPeopleSearch::search(const QString& text)
{
    m_error.clear();
    const QString wanted = text.simplified();
    QVector<CalendarPerson> found;
    if (m_db.isOpen())
        found = m_kind == CalendarPersonKind::Mentee ? searchMentees(wanted) : searchByLike(wanted);
    beginResetModel();
    m_people = found;
    endResetModel();
}

QVector<CalendarPerson> CalendarPeopleSearch::searchMentees(const QString& text)
{
    QVector<CalendarPerson> people;
    // Prefixes first, each in index order and stopping at the limit: the ID as typed and in
    // capitals (IDs are compared exactly), then the shop and the contact name (NOCASE indexes).
    // A null QString would be bound as NULL, which no ID is greater than.
    QStringList idPrefixes{text.isNull() ? QStringLiteral("") : text};
    if (text.toUpper() != text)
        idPrefixes << text.toUpper();
    for (const QString& prefix : idPrefixes) {
        if (!collect(QStringLiteral("SELECT %1 WHERE s.external_id >= ? AND s.external_id < ? AND %2 "
                                    "ORDER BY s.external_id LIMIT ?")
                         .arg(kSellerColumns, kHasPairing),
                     {prefix, rangeEnd(prefix)}, &people))
            return {};
    }
    for (const QString& column : {QStringLiteral("shop_name"), QStringLiteral("contact_name")}) {
        if (text.isEmpty() || people.size() >= m_limit)
            break;
        if (!collect(QStringLiteral("SELECT %1 WHERE s.%2 >= ? COLLATE NOCASE AND s.%2 < ? COLLATE NOCASE AND %3 "
                                    "ORDER BY s.%2 COLLATE NOCASE LIMIT ?")
                         .arg(kSellerColumns, column, kHasPairing),
                     {text, rangeEnd(text)}, &people))
            return {};
    }
    // Then anywhere in the ID or a name, through the Sellers workspace's trigram index, which
    // needs every word to be as long as a trigram. Driven by the index's matches (no ORDER BY),
    // so the query stops at the limit even when the text is in a million records.
    const SqliteDialect dialect;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool indexed = !words.isEmpty() && std::all_of(words.begin(), words.end(), [&](const QString& word) {
        return word.size() >= dialect.minimumIndexedSearchLength();
    });
    if (indexed && people.size() < m_limit &&
        !collect(QStringLiteral("SELECT s.id, CASE WHEN s.shop_name <> '' THEN s.shop_name ELSE s.contact_name END, "
                                "s.external_id FROM seller_search f CROSS JOIN sellers s ON s.id = f.rowid "
                                "WHERE seller_search MATCH ? AND %1 LIMIT ?")
                     .arg(kHasPairing),
                 {dialect.textSearchParameter(text)}, &people))
        return {};
    return people;
}

QVector<CalendarPerson> CalendarPeopleSearch::searchByLike(const QString& text)
{
    const bool mentors = m_kind == CalendarPersonKind::Mentor;
    const QString table = mentors ? QStringLiteral("mentors") : QStringLiteral("cohorts");
    const QString externalId = mentors ? QStringLiteral("external_id") : QStringLiteral("''");
    const QString anywhere = QLatin1Char('%') + escapedForLike(text) + QLatin1Char('%');
    const QString prefix = escapedForLike(text) + QLatin1Char('%');
    // LIKE ignores the case of ASCII letters; prefix matches sort before the others.
    const QString matches = QStringLiteral("(name LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\')").arg(externalId);
    QVector<CalendarPerson> people;
    collect(QStringLiteral("SELECT id, name, %1 FROM %2 WHERE %3 ORDER BY %3 DESC, name COLLATE NOCASE, id LIMIT ?")
                .arg(externalId, table, matches),
            {anywhere, anywhere, prefix, prefix}, &people);
    return people;
}

bool CalendarPeopleSearch::collect(const QString& sql, const QVariantList& values, QVector<CalendarPerson>* people)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    // Rows already found may come again (an ID that is also a name prefix): ask for that many more.
    query.addBindValue(m_limit + int(people->size()));
    if (!query.exec()) {
        m_error = RecordRepository::explainDatabaseError(query.lastError().databaseText());
        return false;
    }
    while (query.next() && people->size() < m_limit) {
        const qint64 id = query.value(0).toLongLong();
        if (std::any_of(people->cbegin(), people->cend(), [id](const CalendarPerson& known) { return known.id == id; }))
            continue;
        people->push_back({id, query.value(1).toString(), query.value(2).toString()});
    }
    return true;
}

std::optional<CalendarPerson> CalendarPeopleSearch::find(qint64 id) const
{
    QString sql;
    switch (m_kind) {
    case CalendarPersonKind::Mentor:
        sql = QStringLiteral("SELECT id, name, external_id FROM mentors WHERE id = ?");
        break;
    case CalendarPersonKind::Mentee:
        sql = QStringLiteral("SELECT %1 WHERE s.id = ? AND %2").arg(kSellerColumns, kHasPairing);
        break;
    case CalendarPersonKind::Cohort:
        sql = QStringLiteral("SELECT id, name, '' FROM cohorts WHERE id = ?");
        break;
    }
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CalendarPerson{id, query.value(1).toString(), query.value(2).toString()};
}

int CalendarPeopleSearch::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant CalendarPeopleSearch::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarPerson& found = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return found.label();
    case IdRole:
        return found.id;
    case NameRole:
        return found.name;
    case ExternalIdRole:
        return found.externalId;
    default:
        return {};
    }
}

} // namespace mentordesk
