// SPDX-License-Identifier: GPL-3.0-or-later
// MatchProblemLoader on a hand-built program: every profile field, the selection modes, re-matching,
// capacity, pins and forbids (and the sentences when they name someone outside the run), sorting,
// the program's medians, and the time a program of 1,000 mentees and 100 mentors takes to load.
#include "MatchFixture.h"

#include "demo/DemoProgram.h"
#include "matchjob/MatchProblemLoader.h"
#include "storage/ProgramDatabase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;
using matching::MatchProblem;

Q_DECLARE_METATYPE(mentordesk::MatchSelection)

namespace {

QStringList menteeIds(const MatchProblem& problem)
{
    QStringList ids;
    for (const auto& mentee : problem.mentees)
        ids << mentee.externalId;
    return ids;
}

QStringList mentorIds(const MatchProblem& problem)
{
    QStringList ids;
    for (const auto& mentor : problem.mentors)
        ids << mentor.externalId;
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestMatchProblemLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("fixture.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(matchfixture::build(m_program.connection()));
    }

    void readsEveryMenteeField()
    {
        const MatchProblem problem = load({});
        const int index = problem.menteeIndex(QStringLiteral("S-003"));
        QVERIFY(index >= 0);
        const matching::MenteeProfile& mentee = problem.mentees[std::size_t(index)];
        QCOMPARE(mentee.sellerId, qint64(1));
        QCOMPARE(mentee.shopName, QStringLiteral("Gamma"));
        QCOMPARE(mentee.category, QStringLiteral("Clothing, shoes"));
        QCOMPARE(mentee.channel, QStringLiteral("social"));
        QCOMPARE(mentee.growthTarget, std::optional<double>(50));
        QCOMPARE(mentee.salesVelocity, std::optional<double>(20));
        QCOMPARE(mentee.inventoryComplexity, std::optional<int>(3));
        QCOMPARE(mentee.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(mentee.hours.startMinute, 480);
        QCOMPARE(mentee.hours.endMinute, 1020);
        QCOMPARE(mentee.weeklyHours, std::optional<double>(5));
        QCOMPARE(mentee.coachingStyle, QStringLiteral("data_driven"));
        QCOMPARE(mentee.communication, QStringLiteral("live"));
        QCOMPARE(sorted(mentee.languages), (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(sorted(mentee.brands), (QStringList{QStringLiteral("Acme"), QStringLiteral("Zenith")}));
        QCOMPARE(mentee.painPoints, (QStringList{QStringLiteral("pricing"), QStringLiteral("returns")}));
        // The latest snapshot's metrics, the return rate by MetricSnapshot's formula (2 of 10 returned).
        QCOMPARE(mentee.listingQuality, std::optional<double>(40));
        QCOMPARE(mentee.returnRate, std::optional<double>(0.2));
        QCOMPARE(mentee.csat, std::optional<double>(4.5));
        QCOMPARE(mentee.priceCompetitiveness, std::optional<double>(1.2));
        QVERIFY(mentee.highPotential);
        QCOMPARE(mentee.cohortId, qint64(0));
        QCOMPARE(mentee.currentMentor, -1);

        const matching::MenteeProfile& bare =
            problem.mentees[std::size_t(problem.menteeIndex(QStringLiteral("S-001")))];
        QVERIFY(!bare.growthTarget && !bare.salesVelocity && !bare.inventoryComplexity && !bare.weeklyHours);
        QVERIFY(bare.coachingStyle.isEmpty() && bare.painPoints.isEmpty() && !bare.highPotential);
        QCOMPARE(bare.returnRate, std::optional<double>(0.1)); // the stored rate, without order counts
    }

    void readsEveryMentorField()
    {
        const MatchProblem problem = load({});
        const matching::MentorProfile& mentor =
            problem.mentors[std::size_t(problem.mentorIndex(QStringLiteral("M-B")))];
        QCOMPARE(mentor.mentorId, qint64(1));
        QCOMPARE(mentor.name, QStringLiteral("Bea"));
        QCOMPARE(mentor.categories,
                 (QStringList{QStringLiteral("Beauty"), QStringLiteral("Clothing"), QStringLiteral("shoes")}));
        QCOMPARE(mentor.industries, (QStringList{QStringLiteral("Retail"), QStringLiteral("Crafts")}));
        QCOMPARE(mentor.channels, (QStringList{QStringLiteral("social"), QStringLiteral("wholesale")}));
        QCOMPARE(mentor.maxSalesVelocity, std::optional<double>(50));
        QCOMPARE(mentor.maxInventoryComplexity, std::optional<int>(4));
        QCOMPARE(mentor.bestGrowth, std::optional<double>(80));
        QCOMPARE(mentor.timeZone, QStringLiteral("Europe/London"));
        QCOMPARE(mentor.hours.startMinute, 600);
        QCOMPARE(mentor.hours.endMinute, 1020);
        QCOMPARE(mentor.weeklyHours, std::optional<double>(6));
        QCOMPARE(mentor.coachingStyle, QStringLiteral("intuitive"));
        QCOMPARE(mentor.communication, QStringLiteral("async"));
        QCOMPARE(mentor.languages, (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(mentor.skillLevels[std::size_t(matching::Skill::Pricing)], 5);
        QCOMPARE(mentor.skillLevels[std::size_t(matching::Skill::ListingOptimisation)], 3);
        QCOMPARE(mentor.skillLevels[std::size_t(matching::Skill::CustomerService)], 0);
        QCOMPARE(mentor.disclosures.sellerIds, QSet<qint64>{4});
        QCOMPARE(mentor.disclosures.brands, QStringList{QStringLiteral("Northwind")});
        QCOMPARE(mentor.disclosures.categories, QStringList{QStringLiteral("Toys")});
        QCOMPARE(mentor.freeCapacity, 2); // the ended pairing does not count
        QCOMPARE(mentor.openPairings, 0);
    }

    void readsTheProgram()
    {
        const MatchProblem problem = load({});
        // Medians over the enrolled sellers' latest snapshots (the prospect's are left out).
        QCOMPARE(problem.reference.medianListingQuality, std::optional<double>(60));
        QCOMPARE(problem.reference.medianReturnRate, std::optional<double>(0.1));
        QCOMPARE(problem.reference.medianCsat, std::optional<double>(4));
        QCOMPARE(problem.reference.medianPriceCompetitiveness, std::optional<double>(1.05));
        QCOMPARE(problem.relatedCategories.value(QStringLiteral("beauty")),
                 QSet<QString>{QStringLiteral("clothing, shoes")});
        QCOMPARE(problem.relatedCategories.value(QStringLiteral("clothing, shoes")),
                 QSet<QString>{QStringLiteral("beauty")});
        QCOMPARE(problem.programOpenPairings, 1);
        QCOMPARE(problem.referenceDate, QDate(2026, 3, 1));
    }

    void selects_data()
    {
        QTest::addColumn<MatchSelection>("selection");
        QTest::addColumn<QStringList>("mentees");
        QTest::addColumn<QStringList>("mentors");
        const auto list = [](const char* text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        MatchSelection selection;
        QTest::newRow("unpaired, free mentors") << selection << list("S-001 S-003 S-005") << list("M-B M-D");
        selection.rematch = true;
        QTest::newRow("re-matching takes the paired and their mentors")
            << selection << list("S-001 S-002 S-003 S-005") << list("M-A M-B M-D");
        selection = {};
        selection.mentees = MatchSelection::Mentees::Cohort;
        selection.cohortId = 1;
        QTest::newRow("cohort") << selection << list("S-005") << list("M-B M-D");
        selection.rematch = true;
        QTest::newRow("cohort, re-matching") << selection << list("S-002 S-005") << list("M-A M-B M-D");
        selection = {};
        selection.mentees = MatchSelection::Mentees::Sellers;
        selection.sellerIds = {4, 1, 3};
        selection.mentorIds = {3, 2};
        QTest::newRow("exactly these") << selection << list("S-003 S-004") << list("M-A M-C");
    }

    void selects()
    {
        QFETCH(MatchSelection, selection);
        QFETCH(QStringList, mentees);
        QFETCH(QStringList, mentors);
        const MatchProblem problem = load(selection);
        QCOMPARE(menteeIds(problem), mentees);
        QCOMPARE(mentorIds(problem), mentors);
        QString error;
        const std::optional<MatchProblemLoader::Counts> counts =
            MatchProblemLoader(m_program.connection()).count(selection, &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->mentees, int(mentees.size()));
        QCOMPARE(counts->mentors, int(mentors.size()));
        int free = 0;
        for (const auto& mentor : problem.mentors)
            free += mentor.freeCapacity;
        QCOMPARE(counts->freePlaces, free);
    }

    void rematchKnowsTheCurrentMentor()
    {
        MatchSelection selection;
        selection.rematch = true;
        const MatchProblem problem = load(selection);
        const auto& mentee = problem.mentees[std::size_t(problem.menteeIndex(QStringLiteral("S-002")))];
        QCOMPARE(mentee.currentMentor, problem.mentorIndex(QStringLiteral("M-A")));
        QCOMPARE(mentee.cohortId, qint64(1));
        const auto& mentor = problem.mentors[std::size_t(problem.mentorIndex(QStringLiteral("M-A")))];
        QCOMPARE(mentor.freeCapacity, 0);
        QCOMPARE(mentor.openPairings, 1);
        QCOMPARE(mentor.openPairingsByCohort, (QHash<qint64, int>{{1, 1}}));
    }

    void mapsPinsAndForbids()
    {
        MatchSelection selection;
        selection.pins = {{1, 4}};
        selection.forbids = {{2, 1}, {5, 4}};
        const MatchProblem problem = load(selection);
        const int s001 = problem.menteeIndex(QStringLiteral("S-001"));
        const int s003 = problem.menteeIndex(QStringLiteral("S-003"));
        const int s005 = problem.menteeIndex(QStringLiteral("S-005"));
        const int mb = problem.mentorIndex(QStringLiteral("M-B"));
        const int md = problem.mentorIndex(QStringLiteral("M-D"));
        QCOMPARE(problem.pins, (std::vector<std::pair<int, int>>{{s003, md}}));
        QCOMPARE(problem.forbids, (std::vector<std::pair<int, int>>{{s001, mb}, {s005, md}}));
    }

    void refuses_data()
    {
        QTest::addColumn<MatchSelection>("selection");
        QTest::addColumn<QStringList>("named");
        MatchSelection selection;
        selection.pins = {{3, 1}};
        QTest::newRow("pin of a paired mentee")
            << selection << QStringList{QStringLiteral("S-002"), QStringLiteral("M-B")};
        selection = {};
        selection.forbids = {{1, 2}};
        QTest::newRow("forbid naming a full mentor")
            << selection << QStringList{QStringLiteral("S-003"), QStringLiteral("M-A")};
        selection = {};
        selection.mentees = MatchSelection::Mentees::Cohort;
        selection.cohortId = 99;
        QTest::newRow("unknown cohort") << selection << QStringList{QStringLiteral("cohort")};
    }

    void refuses()
    {
        QFETCH(MatchSelection, selection);
        QFETCH(QStringList, named);
        QString error;
        QVERIFY(!MatchProblemLoader(m_program.connection()).load(selection, &error));
        for (const QString& word : named)
            QVERIFY2(error.contains(word), qPrintable(error));
    }

    void loadsAThousandMenteesQuickly()
    {
        ProgramDatabase program;
        QCOMPARE(program.open(m_dir.filePath(QStringLiteral("large.mentordesk"))), ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = program.connection();
        const QString numbers =
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ");
        SQL_OK(execSql(
            db, numbers.arg(1000) +
                    QStringLiteral(
                        "INSERT INTO sellers(id, external_id, category, status, created_utc, "
                        "updated_utc) SELECT i, printf('S%05d', 1001 - i), 'Beauty', 'enrolled', '', '' FROM n")));
        SQL_OK(execSql(db, numbers.arg(1000) + QStringLiteral("INSERT INTO seller_languages SELECT i, 'en' FROM n")));
        SQL_OK(execSql(db, numbers.arg(1000) +
                               QStringLiteral("INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, "
                                              "listing_quality, orders, returned_orders) SELECT i, '2026-02-01', "
                                              "i % 100, 100, i % 7 FROM n")));
        SQL_OK(execSql(db,
                       numbers.arg(100) +
                           QStringLiteral("INSERT INTO mentors(id, name, categories, capacity, created_utc, "
                                          "updated_utc) SELECT i, 'Mentor ' || i, 'Beauty, Toys', 10, '', '' FROM n")));
        SQL_OK(
            execSql(db, numbers.arg(100) + QStringLiteral("INSERT INTO mentor_skills SELECT i, 'pricing', 3 FROM n")));
        SQL_OK(execSql(db, numbers.arg(100) + QStringLiteral("INSERT INTO mentor_languages SELECT i, 'en' FROM n")));
        const MatchProblemLoader loader(db);
        QString error;
        QVERIFY2(loader.load({}, &error), qPrintable(error)); // warm the page cache
        QElapsedTimer timer;
        timer.start();
        const std::optional<MatchProblem> problem = loader.load({}, &error);
        const qint64 elapsed = timer.nsecsElapsed() / 1000;
        QVERIFY2(problem, qPrintable(error));
        QCOMPARE(problem->mentees.size(), std::size_t(1000));
        QCOMPARE(problem->mentors.size(), std::size_t(100));
        QCOMPARE(problem->mentees.front().externalId, QStringLiteral("S00001"));
        QCOMPARE(problem->mentees.front().sellerId, qint64(1000));
        qInfo("1,000 mentees and 100 mentors loaded in %lld µs", elapsed);
        // Bound loosely so a loaded machine does not fail it; a query per person would take seconds.
        QVERIFY2(elapsed < 2000000, qPrintable(QString::number(elapsed)));
    }

    /// The demo program gives matching something to work with: IDs, languages mostly shared,
    /// channels, experience, brands that meet disclosures, related categories.
    void demoIsMeaningfulForMatching()
    {
        ProgramDatabase demo;
        QCOMPARE(demo.open(m_dir.filePath(QStringLiteral("demo.mentordesk"))), ProgramDatabase::Outcome::Created);
        QString error;
        QVERIFY2(DemoProgram::populate(demo.connection(), QDate(2026, 3, 1), &error), qPrintable(error));
        MatchSelection everyone;
        everyone.rematch = true;
        everyone.referenceDate = QDate(2026, 3, 1);
        const std::optional<MatchProblem> problem = MatchProblemLoader(demo.connection()).load(everyone, &error);
        QVERIFY2(problem, qPrintable(error));
        QVERIFY(problem->mentees.size() > 50 && !problem->mentors.empty());
        int withoutEnglish = 0, withBrand = 0;
        for (const auto& mentee : problem->mentees) {
            QVERIFY2(!mentee.languages.isEmpty(), qPrintable(mentee.externalId));
            QVERIFY(mentee.hours.endMinute > mentee.hours.startMinute);
            withoutEnglish += mentee.languages.contains(QStringLiteral("en")) ? 0 : 1;
            withBrand += mentee.brands.isEmpty() ? 0 : 1;
        }
        QVERIFY(withoutEnglish > 0 && withoutEnglish < int(problem->mentees.size()) / 4);
        QVERIFY(withBrand > 0);
        for (const auto& mentor : problem->mentors) {
            QVERIFY(mentor.externalId.startsWith(QLatin1Char('M')));
            QVERIFY(!mentor.languages.isEmpty() && !mentor.channels.isEmpty() && !mentor.categories.isEmpty());
            QVERIFY(mentor.maxSalesVelocity && mentor.maxInventoryComplexity && mentor.bestGrowth);
        }
        QVERIFY(problem->relatedCategories.value(QStringLiteral("home & kitchen"))
                    .contains(QStringLiteral("food & grocery")));
        QVERIFY(problem->reference.medianListingQuality.has_value());
        // A disclosed brand is sold by some seller, so the conflict matters in the demo.
        QVERIFY(
            scalar(demo.connection(), QStringLiteral("SELECT count(*) FROM mentor_disclosures d JOIN seller_brands b "
                                                     "ON b.brand = d.value WHERE d.kind = 'brand'"))
                .toInt() > 0);
    }

private:
    MatchProblem load(MatchSelection selection)
    {
        if (!selection.referenceDate.isValid())
            selection.referenceDate = QDate(2026, 3, 1);
        QString error;
        std::optional<MatchProblem> problem = MatchProblemLoader(m_program.connection()).load(selection, &error);
        if (!problem)
            qWarning("load failed: %s", qPrintable(error));
        return problem.value_or(MatchProblem{});
    }

    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestMatchProblemLoader)
#include "test_matchproblemloader.moc"
