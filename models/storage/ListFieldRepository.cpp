// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListFieldRepository.h"

#include "RecordRepository.h"
#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

struct ListTable {
    const char* table;
    const char* ownerColumn;
    const char* valueColumn;
    const char* key;
};

ListTable tableOf(ListField field)
{
    switch (field) {
    case ListField::MentorCategories:
        return {"mentor_categories", "mentor_id", "category", "categories"};
    case ListField::MentorChannels:
        return {"mentor_channels", "mentor_id", "channel", "channels"};
    case ListField::MentorLanguages:
        return {"mentor_languages", "mentor_id", "language", "languages"};
    case ListField::SellerLanguages:
        return {"seller_languages", "seller_id", "language", "languages"};
    case ListField::SellerBrands:
        return {"seller_brands", "seller_id", "brand", "brands"};
    }
    Q_UNREACHABLE();
    return {};
}

QString ownerTable(EntityKind owner)
{
    return owner == EntityKind::Seller ? QStringLiteral("sellers") : QStringLiteral("mentors");
}

/// The text itself, but an empty one rather than a null one (which the driver binds as NULL).
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QStringList sortedList(QStringList values)
{
    std::sort(values.begin(), values.end(),
              [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return values;
}

QStringList strings(QSqlQuery& query)
{
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

Disclosure disclosureFrom(const QSqlQuery& query)
{
    Disclosure disclosure;
    disclosure.id = query.value(0).toLongLong();
    disclosure.mentorId = query.value(1).toLongLong();
    disclosure.kind = query.value(2).toString();
    disclosure.sellerId = query.value(3).toLongLong();
    disclosure.value = query.value(4).toString();
    disclosure.note = query.value(5).toString();
    disclosure.declaredOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    disclosure.sellerExternalId = query.value(7).toString();
    disclosure.sellerName = query.value(8).toString();
    return disclosure;
}

const QString kDisclosureSelect =
    QStringLiteral("SELECT d.id, d.mentor_id, d.kind, IFNULL(d.seller_id, 0), d.value, d.note, d.declared_on, "
                   "IFNULL(s.external_id, ''), IFNULL(s.shop_name, '') FROM mentor_disclosures d "
                   "LEFT JOIN sellers s ON s.id = d.seller_id ");

} // namespace

EntityKind listOwner(ListField field)
{
    return field == ListField::SellerLanguages || field == ListField::SellerBrands ? EntityKind::Seller
                                                                                   : EntityKind::Mentor;
}

QString listKey(ListField field)
{
    return QLatin1String(tableOf(field).key);
}

bool Disclosure::operator==(const Disclosure& other) const
{
    return id == other.id && mentorId == other.mentorId && kind == other.kind && sellerId == other.sellerId &&
           value == other.value && note == other.note && declaredOn == other.declaredOn;
}

QString Disclosure::subject() const
{
    if (kind != QLatin1String("seller"))
        return value;
    return sellerName.isEmpty() ? sellerExternalId
                                : QStringLiteral("%1 %2").arg(sellerExternalId, sellerName).trimmed();
}

CategoryPair CategoryPair::ordered(const QString& a, const QString& b)
{
    return a < b ? CategoryPair{a, b} : CategoryPair{b, a};
}

ListFieldRepository::ListFieldRepository(RecordRepository& records)
    : m_records(records)
{
}

bool ListFieldRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool ListFieldRepository::failDatabase(const QString& databaseText)
{
    return fail(RecordRepository::explainDatabaseError(databaseText));
}

bool ListFieldRepository::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_records.database());
    if (!query.prepare(sql))
        return failDatabase(query.lastError().databaseText());
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() || failDatabase(query.lastError().databaseText());
}

bool ListFieldRepository::touchOwner(EntityKind owner, qint64 ownerId)
{
    // Scalar edits mark the record updated; list edits are edits of the record too.
    return exec(QStringLiteral("UPDATE %1 SET updated_utc = ? WHERE id = ?").arg(ownerTable(owner)),
                {RecordRepository::nowUtc(), ownerId});
}

QString ListFieldRepository::auditText(const QStringList& values)
{
    return nonNull(sortedList(values).join(QStringLiteral(", ")));
}

QString ListFieldRepository::auditText(const SkillLevels& skills)
{
    QStringList parts;
    for (auto it = skills.constBegin(); it != skills.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return nonNull(parts.join(QStringLiteral(", ")));
}

bool ListFieldRepository::ownerExists(ListField field, qint64 ownerId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(ownerTable(listOwner(field))));
    query.addBindValue(ownerId);
    return query.exec() && query.next();
}

QStringList ListFieldRepository::list(ListField field, qint64 ownerId) const
{
    const ListTable table = tableOf(field);
    QSqlQuery query(m_records.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(QLatin1String(table.valueColumn), QLatin1String(table.table), QLatin1String(table.ownerColumn)));
    query.addBindValue(ownerId);
    query.exec();
    return sortedList(strings(query));
}

bool ListFieldRepository::replaceList(ListField field, qint64 ownerId, const QStringList& expected,
                                      const QStringList& wanted)
{
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return failDatabase(transaction.errorText());
    if (!ownerExists(field, ownerId))
        return fail(tr("The record no longer exists; it may have been deleted."));
    const QStringList current = list(field, ownerId);
    if (current != sortedList(expected))
        return fail(
            tr("The list was changed meanwhile (it is now “%1”); nothing was written.").arg(auditText(current)));
    const ListTable table = tableOf(field);
    const EntityKind owner = listOwner(field);
    // Mentor categories: the text column first (its trigger splits it into rows at ", "), then the
    // rows exactly as wanted, since a category name may itself contain ", ".
    if (field == ListField::MentorCategories && !exec(QStringLiteral("UPDATE mentors SET categories = ? WHERE id = ?"),
                                                      {nonNull(wanted.join(QStringLiteral(", "))), ownerId}))
        return false;
    if (!exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                  .arg(QLatin1String(table.table), QLatin1String(table.ownerColumn)),
              {ownerId}))
        return false;
    for (const QString& value : wanted) {
        if (!exec(QStringLiteral("INSERT INTO %1(%2, %3) VALUES (?, ?)")
                      .arg(QLatin1String(table.table), QLatin1String(table.ownerColumn),
                           QLatin1String(table.valueColumn)),
                  {ownerId, value}))
            return false;
    }
    if (!touchOwner(owner, ownerId) ||
        !m_records.appendAudit(owner, ownerId, listKey(field), auditText(current), auditText(wanted)))
        return fail(m_records.errorString().isEmpty() ? m_error : m_records.errorString());
    return transaction.commit() || failDatabase(transaction.errorText());
}

SkillLevels ListFieldRepository::skills(qint64 mentorId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT skill, level FROM mentor_skills WHERE mentor_id = ?"));
    query.addBindValue(mentorId);
    query.exec();
    SkillLevels skills;
    while (query.next())
        skills.insert(query.value(0).toString(), query.value(1).toInt());
    return skills;
}

bool ListFieldRepository::replaceSkills(qint64 mentorId, const SkillLevels& expected, const SkillLevels& wanted)
{
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return failDatabase(transaction.errorText());
    if (!ownerExists(ListField::MentorCategories, mentorId))
        return fail(tr("The mentor no longer exists; they may have been deleted."));
    const SkillLevels current = skills(mentorId);
    if (current != expected)
        return fail(tr("The mentor’s skills were changed meanwhile (they are now “%1”); nothing was written.")
                        .arg(auditText(current)));
    if (!exec(QStringLiteral("DELETE FROM mentor_skills WHERE mentor_id = ?"), {mentorId}))
        return false;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        if (!exec(QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?, ?, ?)"),
                  {mentorId, it.key(), it.value()}))
            return false;
    }
    if (!touchOwner(EntityKind::Mentor, mentorId) ||
        !m_records.appendAudit(EntityKind::Mentor, mentorId, QStringLiteral("skills"), auditText(current),
                               auditText(wanted)))
        return fail(m_records.errorString().isEmpty() ? m_error : m_records.errorString());
    return transaction.commit() || failDatabase(transaction.errorText());
}

QVector<Disclosure> ListFieldRepository::disclosures(qint64 mentorId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(kDisclosureSelect + QStringLiteral("WHERE d.mentor_id = ? ORDER BY d.declared_on, d.id"));
    query.addBindValue(mentorId);
    query.exec();
    QVector<Disclosure> result;
    while (query.next())
        result << disclosureFrom(query);
    return result;
}

Disclosure ListFieldRepository::disclosure(qint64 id) const
{
    QSqlQuery query(m_records.database());
    query.prepare(kDisclosureSelect + QStringLiteral("WHERE d.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return disclosureFrom(query);
    return {};
}

qint64 ListFieldRepository::addDisclosure(const Disclosure& disclosure)
{
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return failDatabase(transaction.errorText());
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("INSERT INTO mentor_disclosures(id, mentor_id, kind, seller_id, value, note, "
                                 "declared_on) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(disclosure.id != 0 ? QVariant(disclosure.id) : QVariant());
    query.addBindValue(disclosure.mentorId);
    query.addBindValue(disclosure.kind);
    query.addBindValue(disclosure.sellerId != 0 ? QVariant(disclosure.sellerId) : QVariant());
    query.addBindValue(nonNull(disclosure.value));
    query.addBindValue(nonNull(disclosure.note));
    query.addBindValue(disclosure.declaredOn.toString(Qt::ISODate));
    if (!query.exec()) {
        failDatabase(query.lastError().databaseText());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    const Disclosure stored = this->disclosure(id);
    if (!touchOwner(EntityKind::Mentor, disclosure.mentorId) ||
        !m_records.appendAudit(EntityKind::Mentor, disclosure.mentorId, QStringLiteral("disclosure"), QVariant(),
                               QStringLiteral("%1: %2").arg(stored.kind, stored.subject()))) {
        fail(m_records.errorString().isEmpty() ? m_error : m_records.errorString());
        return 0;
    }
    if (!transaction.commit()) {
        failDatabase(transaction.errorText());
        return 0;
    }
    return id;
}

bool ListFieldRepository::removeDisclosure(const Disclosure& expected)
{
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return failDatabase(transaction.errorText());
    const Disclosure current = disclosure(expected.id);
    if (current.id == 0)
        return fail(tr("The disclosure no longer exists; it may have been removed meanwhile."));
    if (current != expected)
        return fail(tr("The disclosure was changed meanwhile; nothing was written."));
    if (!exec(QStringLiteral("DELETE FROM mentor_disclosures WHERE id = ?"), {expected.id}))
        return false;
    if (!touchOwner(EntityKind::Mentor, current.mentorId) ||
        !m_records.appendAudit(EntityKind::Mentor, current.mentorId, QStringLiteral("disclosure"),
                               QStringLiteral("%1: %2").arg(current.kind, current.subject()), QVariant()))
        return fail(m_records.errorString().isEmpty() ? m_error : m_records.errorString());
    return transaction.commit() || failDatabase(transaction.errorText());
}

qint64 ListFieldRepository::sellerByExternalId(const QString& externalId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT id FROM sellers WHERE external_id = ? COLLATE NOCASE ORDER BY id LIMIT 1"));
    query.addBindValue(externalId.trimmed());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QStringList ListFieldRepository::knownCategories() const
{
    QSqlQuery query(m_records.database());
    query.exec(QStringLiteral(
        "SELECT category FROM sellers WHERE trim(IFNULL(category, '')) <> '' UNION SELECT category FROM "
        "mentor_categories UNION SELECT focus_category FROM cohorts WHERE trim(IFNULL(focus_category, '')) <> '' "
        "UNION SELECT category_a FROM related_categories UNION SELECT category_b FROM related_categories"));
    return sortedList(strings(query));
}

QVector<CategoryPair> ListFieldRepository::relatedCategories() const
{
    QSqlQuery query(m_records.database());
    query.exec(QStringLiteral("SELECT category_a, category_b FROM related_categories ORDER BY category_a, category_b"));
    QVector<CategoryPair> pairs;
    while (query.next())
        pairs << CategoryPair{query.value(0).toString(), query.value(1).toString()};
    return pairs;
}

bool ListFieldRepository::hasRelatedPair(const CategoryPair& pair) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT 1 FROM related_categories WHERE category_a = ? AND category_b = ?"));
    query.addBindValue(pair.first);
    query.addBindValue(pair.second);
    return query.exec() && query.next();
}

bool ListFieldRepository::addRelatedPair(const CategoryPair& pair)
{
    return writeRelatedPair(pair, true);
}

bool ListFieldRepository::removeRelatedPair(const CategoryPair& pair)
{
    return writeRelatedPair(pair, false);
}

bool ListFieldRepository::writeRelatedPair(const CategoryPair& pair, bool adding)
{
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return failDatabase(transaction.errorText());
    const bool present = hasRelatedPair(pair);
    if (adding && present)
        return fail(tr("“%1” and “%2” are already related.").arg(pair.first, pair.second));
    if (!adding && !present)
        return fail(tr("“%1” and “%2” are no longer related; the pair may have been removed meanwhile.")
                        .arg(pair.first, pair.second));
    const QString sql = adding
                            ? QStringLiteral("INSERT INTO related_categories(category_a, category_b) VALUES (?, ?)")
                            : QStringLiteral("DELETE FROM related_categories WHERE category_a = ? AND category_b = ?");
    if (!exec(sql, {pair.first, pair.second}))
        return false;
    // The table has no row ids: the audit row names the pair in its values, under entity id 0.
    const QString text = QStringLiteral("%1 | %2").arg(pair.first, pair.second);
    if (!m_records.appendAudit(EntityKind::RelatedCategory, 0, QStringLiteral("related_categories"),
                               adding ? QVariant() : QVariant(text), adding ? QVariant(text) : QVariant()))
        return fail(m_records.errorString());
    return transaction.commit() || failDatabase(transaction.errorText());
}

} // namespace mentordesk
