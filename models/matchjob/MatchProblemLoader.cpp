// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchjob/MatchProblemLoader.h"

#include "domain/MetricSnapshot.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

using matching::MatchProblem;
using matching::MenteeProfile;
using matching::MentorProfile;

const QString kOpenPairing = QStringLiteral("status <> 'ended'");

QString idList(const QVector<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

/// Runs `sql` (its ids are inlined numbers, never user text); false with the database's words.
bool run(QSqlQuery& query, const QString& sql, QString* error)
{
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    *error = query.lastError().databaseText();
    return false;
}

std::optional<double> optionalReal(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QStringList splitList(const QString& text, QChar separator)
{
    QStringList items;
    const QStringList pieces = text.split(separator, Qt::SkipEmptyParts);
    for (const QString& piece : pieces) {
        const QString item = piece.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(middle));
    return (lower + upper) / 2;
}

/// The metrics of a seller's latest snapshot that point at weak areas; columns from `first` on
/// are listing quality, orders, returned orders, return rate, CSAT and price competitiveness.
MetricSnapshot latestMetrics(const QSqlQuery& query, int first)
{
    MetricSnapshot snapshot;
    const FieldId metrics[] = {FieldId::SnapshotListingQuality, FieldId::SnapshotOrders,
                               FieldId::SnapshotReturnedOrders, FieldId::SnapshotReturnRate,
                               FieldId::SnapshotCsat,           FieldId::SnapshotPriceCompetitiveness};
    for (int i = 0; i < int(std::size(metrics)); ++i)
        snapshot.setValue(metrics[i], optionalReal(query.value(first + i)));
    return snapshot;
}

const QString kLatestMetricColumns =
    QStringLiteral("m.listing_quality, m.orders, m.returned_orders, m.return_rate, m.csat, m.price_competitiveness");

/// The WHERE condition over sellers s for the selection's mentees, or an error for an unknown cohort.
std::optional<QString> menteeCondition(QSqlDatabase db, const MatchSelection& selection, QString* error)
{
    QString condition;
    switch (selection.mentees) {
    case MatchSelection::Mentees::Unpaired:
        condition = QStringLiteral("s.status = 'enrolled'");
        break;
    case MatchSelection::Mentees::Cohort: {
        QSqlQuery cohort(db);
        if (!run(cohort, QStringLiteral("SELECT 1 FROM cohorts WHERE id = %1").arg(selection.cohortId), error))
            return std::nullopt;
        if (!cohort.next()) {
            *error = MatchProblemLoader::tr("The cohort chosen for this run no longer exists; choose another cohort.");
            return std::nullopt;
        }
        condition = QStringLiteral("s.status = 'enrolled' AND s.id IN (SELECT seller_id FROM cohort_members "
                                   "WHERE cohort_id = %1)")
                        .arg(selection.cohortId);
        break;
    }
    case MatchSelection::Mentees::Sellers:
        // Exactly the sellers given, whatever their status; an open pairing still needs re-matching.
        condition = QStringLiteral("s.id IN (%1)").arg(idList(selection.sellerIds));
        break;
    }
    if (!selection.rematch)
        condition += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pairings p WHERE p.mentee_id = s.id AND p.%1)")
                         .arg(kOpenPairing);
    return condition;
}

/// The WHERE condition over mentors m (with `open` their open pairings) for the selection's mentors.
QString mentorCondition(const MatchSelection& selection, const QString& menteeCondition)
{
    if (!selection.mentorIds.isEmpty())
        return QStringLiteral("m.id IN (%1)").arg(idList(selection.mentorIds));
    QString condition = QStringLiteral("(m.active = 1 AND m.capacity > open)");
    if (selection.rematch)
        condition += QStringLiteral(" OR m.id IN (SELECT p.mentor_id FROM pairings p JOIN sellers s ON s.id = "
                                    "p.mentee_id WHERE p.%1 AND %2)")
                         .arg(kOpenPairing, menteeCondition);
    return condition;
}

QString mentorSelect(const QString& columns, const QString& condition)
{
    return QStringLiteral("SELECT %1 FROM (SELECT m.*, (SELECT count(*) FROM pairings p WHERE p.mentor_id = m.id "
                          "AND p.%2) AS open FROM mentors m) m WHERE %3")
        .arg(columns, kOpenPairing, condition);
}

/// Reads the program's people into a problem; one instance per load().
class ProblemReader {
public:
    ProblemReader(QSqlDatabase db, QString* error)
        : m_db(std::move(db))
        , m_error(error)
    {
    }

    bool readMentees(const QString& condition, QHash<qint64, qint64>* currentMentorIds);
    bool readMentors(const QString& condition);
    bool readMenteeLists();
    bool readMentorLists();
    bool readProgram();
    void sortAndIndex(const QHash<qint64, qint64>& currentMentorIds);
    bool mapConstraints(const MatchSelection& selection);

    MatchProblem problem;

private:
    template <typename Apply> bool eachRow(const QString& sql, Apply apply);
    bool readDisclosures(const QString& ids);
    bool readOpenPairingsByCohort(const QString& ids);
    bool mapPairs(const QVector<QPair<qint64, qint64>>& pairs, bool pin, std::vector<std::pair<int, int>>* out);
    QString externalIdOf(const QString& table, qint64 id);

    QSqlDatabase m_db;
    QString* m_error;
    QHash<qint64, int> m_menteeIndex;
    QHash<qint64, int> m_mentorIndex;
};

template <typename Apply> bool ProblemReader::eachRow(const QString& sql, Apply apply)
{
    QSqlQuery query(m_db);
    if (!run(query, sql, m_error))
        return false;
    while (query.next())
        apply(query);
    return true;
}

bool ProblemReader::readMentees(const QString& condition, QHash<qint64, qint64>* currentMentorIds)
{
    const QString sql =
        QStringLiteral("SELECT s.id, s.external_id, s.shop_name, s.category, s.channel, s.growth_target, "
                       "s.sales_velocity, s.inventory_complexity, s.time_zone, s.work_start_minute, s.work_end_minute, "
                       "s.weekly_hours, s.coaching_style, s.communication, s.pain_points, s.tier, cm.cohort_id, "
                       "(SELECT p.mentor_id FROM pairings p WHERE p.mentee_id = s.id AND p.%1), %2 "
                       "FROM sellers s LEFT JOIN cohort_members cm ON cm.seller_id = s.id "
                       "LEFT JOIN seller_metric_snapshots m ON m.seller_id = s.id "
                       "AND m.snapshot_date = s.latest_snapshot_date WHERE %3")
            .arg(kOpenPairing, kLatestMetricColumns, condition);
    return eachRow(sql, [&](const QSqlQuery& q) {
        MenteeProfile mentee;
        mentee.sellerId = q.value(0).toLongLong();
        mentee.externalId = q.value(1).toString();
        mentee.shopName = q.value(2).toString();
        mentee.category = q.value(3).toString();
        mentee.channel = q.value(4).toString();
        mentee.growthTarget = optionalReal(q.value(5));
        mentee.salesVelocity = optionalReal(q.value(6));
        mentee.inventoryComplexity = optionalInt(q.value(7));
        mentee.timeZone = q.value(8).toString();
        mentee.hours = {q.value(9).toInt(), q.value(10).toInt()};
        mentee.weeklyHours = optionalReal(q.value(11));
        mentee.coachingStyle = q.value(12).toString();
        mentee.communication = q.value(13).toString();
        mentee.painPoints = splitList(q.value(14).toString(), QLatin1Char(','));
        mentee.highPotential = q.value(15).toString() == QLatin1String("high_potential");
        mentee.cohortId = q.value(16).toLongLong();
        if (!q.value(17).isNull())
            currentMentorIds->insert(mentee.sellerId, q.value(17).toLongLong());
        const MetricSnapshot latest = latestMetrics(q, 18);
        mentee.listingQuality = latest.value(FieldId::SnapshotListingQuality);
        mentee.returnRate = latest.returnRate();
        mentee.csat = latest.value(FieldId::SnapshotCsat);
        mentee.priceCompetitiveness = latest.value(FieldId::SnapshotPriceCompetitiveness);
        problem.mentees.push_back(std::move(mentee));
    });
}

bool ProblemReader::readMentors(const QString& condition)
{
    const QString columns = QStringLiteral(
        "m.id, m.external_id, m.name, m.industries, m.max_sales_velocity, m.max_inventory_complexity, m.best_growth, "
        "m.time_zone, m.work_start_minute, m.work_end_minute, m.weekly_hours, m.coaching_style, m.communication, "
        "m.capacity, open");
    return eachRow(mentorSelect(columns, condition), [&](const QSqlQuery& q) {
        MentorProfile mentor;
        mentor.mentorId = q.value(0).toLongLong();
        mentor.externalId = q.value(1).toString();
        mentor.name = q.value(2).toString();
        mentor.industries = splitList(q.value(3).toString(), QLatin1Char(','));
        mentor.maxSalesVelocity = optionalReal(q.value(4));
        mentor.maxInventoryComplexity = optionalInt(q.value(5));
        mentor.bestGrowth = optionalReal(q.value(6));
        mentor.timeZone = q.value(7).toString();
        mentor.hours = {q.value(8).toInt(), q.value(9).toInt()};
        mentor.weeklyHours = optionalReal(q.value(10));
        mentor.coachingStyle = q.value(11).toString();
        mentor.communication = q.value(12).toString();
        mentor.openPairings = q.value(14).toInt();
        mentor.freeCapacity = std::max(0, q.value(13).toInt() - mentor.openPairings);
        problem.mentors.push_back(std::move(mentor));
    });
}

void ProblemReader::sortAndIndex(const QHash<qint64, qint64>& currentMentorIds)
{
    const auto byExternalId = [](const auto& a, const auto& b) { return a.externalId < b.externalId; };
    std::sort(problem.mentees.begin(), problem.mentees.end(), byExternalId);
    std::sort(problem.mentors.begin(), problem.mentors.end(), byExternalId);
    for (int i = 0; i < int(problem.mentees.size()); ++i)
        m_menteeIndex.insert(problem.mentees[std::size_t(i)].sellerId, i);
    for (int i = 0; i < int(problem.mentors.size()); ++i)
        m_mentorIndex.insert(problem.mentors[std::size_t(i)].mentorId, i);
    for (MenteeProfile& mentee : problem.mentees)
        mentee.currentMentor = m_mentorIndex.value(currentMentorIds.value(mentee.sellerId, 0), -1);
}

bool ProblemReader::readMenteeLists()
{
    QVector<qint64> ids;
    for (const MenteeProfile& mentee : problem.mentees)
        ids << mentee.sellerId;
    const QString list = idList(ids);
    const auto mentee = [this](const QSqlQuery& q) -> MenteeProfile& {
        return problem.mentees[std::size_t(m_menteeIndex.value(q.value(0).toLongLong()))];
    };
    return eachRow(QStringLiteral("SELECT seller_id, language FROM seller_languages WHERE seller_id IN (%1)").arg(list),
                   [&](const QSqlQuery& q) { mentee(q).languages << q.value(1).toString(); }) &&
           eachRow(QStringLiteral("SELECT seller_id, brand FROM seller_brands WHERE seller_id IN (%1)").arg(list),
                   [&](const QSqlQuery& q) { mentee(q).brands << q.value(1).toString(); });
}

bool ProblemReader::readMentorLists()
{
    QVector<qint64> ids;
    for (const MentorProfile& mentor : problem.mentors)
        ids << mentor.mentorId;
    const QString list = idList(ids);
    const auto mentor = [this](const QSqlQuery& q) -> MentorProfile& {
        return problem.mentors[std::size_t(m_mentorIndex.value(q.value(0).toLongLong()))];
    };
    const auto listOf = [&list](const char* table, const char* column) {
        return QStringLiteral("SELECT mentor_id, %2 FROM %1 WHERE mentor_id IN (%3) ORDER BY 1, 2")
            .arg(QLatin1String(table), QLatin1String(column), list);
    };
    return eachRow(listOf("mentor_categories", "category"),
                   [&](const QSqlQuery& q) { mentor(q).categories << q.value(1).toString(); }) &&
           eachRow(listOf("mentor_channels", "channel"),
                   [&](const QSqlQuery& q) { mentor(q).channels << q.value(1).toString(); }) &&
           eachRow(listOf("mentor_languages", "language"),
                   [&](const QSqlQuery& q) { mentor(q).languages << q.value(1).toString(); }) &&
           eachRow(
               QStringLiteral("SELECT mentor_id, skill, level FROM mentor_skills WHERE mentor_id IN (%1)").arg(list),
               [&](const QSqlQuery& q) {
                   if (const auto skill = matching::skillFromCode(q.value(1).toString()))
                       mentor(q).skillLevels[std::size_t(*skill)] = q.value(2).toInt();
               }) &&
           readDisclosures(list) && readOpenPairingsByCohort(list);
}

bool ProblemReader::readDisclosures(const QString& ids)
{
    return eachRow(
        QStringLiteral("SELECT mentor_id, kind, seller_id, value FROM mentor_disclosures WHERE mentor_id IN (%1)")
            .arg(ids),
        [&](const QSqlQuery& q) {
            matching::Disclosures& disclosures =
                problem.mentors[std::size_t(m_mentorIndex.value(q.value(0).toLongLong()))].disclosures;
            const QString kind = q.value(1).toString();
            if (kind == QLatin1String("seller"))
                disclosures.sellerIds.insert(q.value(2).toLongLong());
            else if (kind == QLatin1String("brand"))
                disclosures.brands << q.value(3).toString();
            else if (kind == QLatin1String("category"))
                disclosures.categories << q.value(3).toString();
        });
}

bool ProblemReader::readOpenPairingsByCohort(const QString& ids)
{
    return eachRow(
        QStringLiteral("SELECT p.mentor_id, cm.cohort_id, count(*) FROM pairings p "
                       "JOIN cohort_members cm ON cm.seller_id = p.mentee_id "
                       "WHERE p.%1 AND p.mentor_id IN (%2) GROUP BY 1, 2")
            .arg(kOpenPairing, ids),
        [&](const QSqlQuery& q) {
            problem.mentors[std::size_t(m_mentorIndex.value(q.value(0).toLongLong()))].openPairingsByCohort.insert(
                q.value(1).toLongLong(), q.value(2).toInt());
        });
}

bool ProblemReader::readProgram()
{
    const auto fold = [](const QVariant& value) { return value.toString().toLower(); };
    std::vector<double> quality, returns, csat, price;
    return eachRow(QStringLiteral("SELECT category_a, category_b FROM related_categories"),
                   [&](const QSqlQuery& q) {
                       problem.relatedCategories[fold(q.value(0))].insert(fold(q.value(1)));
                       problem.relatedCategories[fold(q.value(1))].insert(fold(q.value(0)));
                   }) &&
           eachRow(QStringLiteral("SELECT count(*) FROM pairings WHERE %1").arg(kOpenPairing),
                   [&](const QSqlQuery& q) { problem.programOpenPairings = q.value(0).toInt(); }) &&
           eachRow(QStringLiteral("SELECT %1 FROM sellers s JOIN seller_metric_snapshots m ON m.seller_id = s.id "
                                  "AND m.snapshot_date = s.latest_snapshot_date WHERE s.status = 'enrolled'")
                       .arg(kLatestMetricColumns),
                   [&](const QSqlQuery& q) {
                       const MetricSnapshot latest = latestMetrics(q, 0);
                       const auto add = [](std::vector<double>& values, std::optional<double> value) {
                           if (value)
                               values.push_back(*value);
                       };
                       add(quality, latest.value(FieldId::SnapshotListingQuality));
                       add(returns, latest.returnRate());
                       add(csat, latest.value(FieldId::SnapshotCsat));
                       add(price, latest.value(FieldId::SnapshotPriceCompetitiveness));
                   }) &&
           [&] {
               problem.reference = {median(quality), median(returns), median(csat), median(price)};
               return true;
           }();
}

QString ProblemReader::externalIdOf(const QString& table, qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT external_id FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    // A record that is gone is named by its number, which is all that is left of it.
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("#%1").arg(id);
}

bool ProblemReader::mapPairs(const QVector<QPair<qint64, qint64>>& pairs, bool pin,
                             std::vector<std::pair<int, int>>* out)
{
    for (const auto& [sellerId, mentorId] : pairs) {
        const int mentee = m_menteeIndex.value(sellerId, -1);
        const int mentor = m_mentorIndex.value(mentorId, -1);
        if (mentee >= 0 && mentor >= 0) {
            out->emplace_back(mentee, mentor);
            continue;
        }
        const QString seller = externalIdOf(QStringLiteral("sellers"), sellerId);
        const QString mentorName = externalIdOf(QStringLiteral("mentors"), mentorId);
        const QString outside = mentee < 0 ? seller : mentorName;
        *m_error = pin ? MatchProblemLoader::tr("The pin of %1 to %2 names %3, who is not part of this run. Add %3 "
                                                "to the run or remove the pin.")
                             .arg(seller, mentorName, outside)
                       : MatchProblemLoader::tr("The forbidden pair %1 and %2 names %3, who is not part of this "
                                                "run. Add %3 to the run or remove the forbid.")
                             .arg(seller, mentorName, outside);
        return false;
    }
    return true;
}

bool ProblemReader::mapConstraints(const MatchSelection& selection)
{
    return mapPairs(selection.pins, true, &problem.pins) && mapPairs(selection.forbids, false, &problem.forbids);
}

} // namespace

MatchProblemLoader::MatchProblemLoader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<matching::MatchProblem> MatchProblemLoader::load(const MatchSelection& selection, QString* error) const
{
    QString unused;
    QString* message = error ? error : &unused;
    const std::optional<QString> mentees = menteeCondition(m_db, selection, message);
    if (!mentees)
        return std::nullopt;
    ProblemReader reader(m_db, message);
    QHash<qint64, qint64> currentMentorIds;
    if (!reader.readMentees(*mentees, &currentMentorIds) || !reader.readMentors(mentorCondition(selection, *mentees)))
        return std::nullopt;
    reader.sortAndIndex(currentMentorIds);
    if (!reader.readMenteeLists() || !reader.readMentorLists() || !reader.readProgram() ||
        !reader.mapConstraints(selection))
        return std::nullopt;
    reader.problem.referenceDate = selection.referenceDate.isValid() ? selection.referenceDate : QDate::currentDate();
    return std::move(reader.problem);
}

std::optional<MatchProblemLoader::Counts> MatchProblemLoader::count(const MatchSelection& selection,
                                                                    QString* error) const
{
    QString unused;
    QString* message = error ? error : &unused;
    const std::optional<QString> mentees = menteeCondition(m_db, selection, message);
    if (!mentees)
        return std::nullopt;
    Counts counts;
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT count(*) FROM sellers s WHERE %1").arg(*mentees), message) || !query.next())
        return std::nullopt;
    counts.mentees = query.value(0).toInt();
    if (!run(query,
             mentorSelect(QStringLiteral("count(*), IFNULL(sum(max(0, m.capacity - open)), 0)"),
                          mentorCondition(selection, *mentees)),
             message) ||
        !query.next())
        return std::nullopt;
    counts.mentors = query.value(0).toInt();
    counts.freePlaces = query.value(1).toInt();
    return counts;
}

} // namespace mentordesk
