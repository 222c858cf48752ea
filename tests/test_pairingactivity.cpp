// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 8: pairing_activity (each pairing's last done touchpoint and last two logged
// ones) is kept by triggers through every kind of write — inserts in any order, status changes,
// moves in time and between pairings, deletes, a deleted pairing — and filled by the migration.
// After every step the table is compared with the same facts computed here, in C++, from a copy
// of the touchpoints kept beside the database.
#include "SqlTestSupport.h"

#include "storage/ProgramDatabase.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace mentordesk;

namespace {

constexpr int kPairings = 4;
const char* const kStatuses[] = {"planned", "done", "missed", "cancelled"};

struct Touchpoint {
    qint64 id;
    int pairing;
    QString status;
    QString utc;
};

QString setUpPairings(const QSqlDatabase& db)
{
    QString error = execSql(db, QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) "
                                               "VALUES (1, 'Ada', '', '')"));
    for (int id = 1; error.isEmpty() && id <= kPairings; ++id) {
        error = execSql(db,
                        QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, updated_utc) "
                                       "VALUES (?, ?, '', '')"),
                        {id, QStringLiteral("S%1").arg(id)});
        if (error.isEmpty())
            error = execSql(db,
                            QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, "
                                           "created_utc, updated_utc) VALUES (?, 1, ?, 'active', '2026-01-01', "
                                           "'', '')"),
                            {id, id});
    }
    return error;
}

/// What pairing_activity must hold, from the touchpoints alone: per pairing with a logged
/// touchpoint, the latest done one and the two latest logged ones (later id first on a tie).
QStringList expectedRows(std::vector<Touchpoint> touchpoints)
{
    std::sort(touchpoints.begin(), touchpoints.end(),
              [](const Touchpoint& a, const Touchpoint& b) { return a.utc != b.utc ? a.utc > b.utc : a.id > b.id; });
    std::map<int, QStringList> rows;
    for (int pairing = 1; pairing <= kPairings; ++pairing) {
        QString lastDone = QStringLiteral("NULL");
        QStringList logged;
        for (const Touchpoint& t : touchpoints) {
            if (t.pairing != pairing || (t.status != QLatin1String("done") && t.status != QLatin1String("missed")))
                continue;
            if (t.status == QLatin1String("done") && lastDone == QLatin1String("NULL"))
                lastDone = t.utc;
            if (logged.size() < 4)
                logged << t.utc << t.status;
        }
        if (logged.isEmpty())
            continue;
        while (logged.size() < 4)
            logged << QStringLiteral("NULL");
        rows[pairing] = QStringList{QString::number(pairing), lastDone} + logged;
    }
    QStringList result;
    for (const auto& [pairing, row] : rows)
        result << row.join(QLatin1Char('|'));
    return result;
}

const QString kActual =
    QStringLiteral("SELECT pairing_id, last_done_utc, last_logged_utc, last_logged_status, previous_logged_utc, "
                   "previous_logged_status FROM pairing_activity ORDER BY pairing_id");

QString randomUtc(QRandomGenerator& random)
{
    // Few distinct minutes, so that ties on scheduled_utc happen often.
    return QStringLiteral("2026-03-%1T10:%2:00Z")
        .arg(random.bounded(1, 10), 2, 10, QLatin1Char('0'))
        .arg(random.bounded(0, 2) * 30, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestPairingActivity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keptThroughEveryWrite_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 17u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void keptThroughEveryWrite()
    {
        QFETCH(quint32, seed);
        ProgramDatabase program;
        QCOMPARE(program.open(m_dir.filePath(QStringLiteral("writes-%1.mentordesk").arg(seed))),
                 ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = program.connection();
        SQL_OK(setUpPairings(db));
        QRandomGenerator random(seed);
        std::vector<Touchpoint> touchpoints;
        for (int step = 0; step < 300; ++step) {
            const int operation = touchpoints.empty() ? 0 : random.bounded(0, 6);
            const std::size_t pick = touchpoints.empty() ? 0 : random.bounded(quint32(touchpoints.size()));
            QString what;
            if (operation <= 1) {
                Touchpoint t{0, random.bounded(1, kPairings + 1), QLatin1String(kStatuses[random.bounded(0, 4)]),
                             randomUtc(random)};
                SQL_OK(execSql(db,
                               QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) "
                                              "VALUES (?, 'live_call', ?, ?)"),
                               {t.pairing, t.status, t.utc}));
                t.id = scalar(db, QStringLiteral("SELECT max(id) FROM touchpoints")).toLongLong();
                touchpoints.push_back(t);
                what = QStringLiteral("insert");
            } else if (operation == 2) {
                touchpoints[pick].status = QLatin1String(kStatuses[random.bounded(0, 4)]);
                SQL_OK(execSql(db, QStringLiteral("UPDATE touchpoints SET status = ? WHERE id = ?"),
                               {touchpoints[pick].status, touchpoints[pick].id}));
                what = QStringLiteral("status");
            } else if (operation == 3) {
                touchpoints[pick].utc = randomUtc(random);
                SQL_OK(execSql(db, QStringLiteral("UPDATE touchpoints SET scheduled_utc = ? WHERE id = ?"),
                               {touchpoints[pick].utc, touchpoints[pick].id}));
                what = QStringLiteral("reschedule");
            } else if (operation == 4) {
                touchpoints[pick].pairing = random.bounded(1, kPairings + 1);
                SQL_OK(execSql(db, QStringLiteral("UPDATE touchpoints SET pairing_id = ? WHERE id = ?"),
                               {touchpoints[pick].pairing, touchpoints[pick].id}));
                what = QStringLiteral("move");
            } else {
                SQL_OK(execSql(db, QStringLiteral("DELETE FROM touchpoints WHERE id = ?"), {touchpoints[pick].id}));
                touchpoints.erase(touchpoints.begin() + std::ptrdiff_t(pick));
                what = QStringLiteral("delete");
            }
            const QStringList actual = queryRows(db, kActual);
            const QStringList expected = expectedRows(touchpoints);
            if (actual != expected)
                QFAIL(
                    qPrintable(QStringLiteral("after step %1 (%2):\nactual   %3\nexpected %4")
                                   .arg(step)
                                   .arg(what, actual.join(QStringLiteral("; ")), expected.join(QStringLiteral("; ")))));
        }

        // A deleted pairing takes its row along, although its touchpoints' triggers run as the
        // cascade deletes them.
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM pairings WHERE id = 2")));
        touchpoints.erase(
            std::remove_if(touchpoints.begin(), touchpoints.end(), [](const Touchpoint& t) { return t.pairing == 2; }),
            touchpoints.end());
        QCOMPARE(queryRows(db, kActual), expectedRows(touchpoints));
        QCOMPARE(queryRows(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    }

    void filledWhenVersion7Upgrades()
    {
        const QString path = m_dir.filePath(QStringLiteral("version7.mentordesk"));
        const std::vector<Touchpoint> touchpoints{
            {1, 1, QStringLiteral("done"), QStringLiteral("2026-03-01T10:00:00Z")},
            {2, 1, QStringLiteral("missed"), QStringLiteral("2026-03-08T10:00:00Z")},
            {3, 1, QStringLiteral("planned"), QStringLiteral("2026-03-15T10:00:00Z")},
            {4, 2, QStringLiteral("missed"), QStringLiteral("2026-03-02T10:00:00Z")},
            {5, 2, QStringLiteral("missed"), QStringLiteral("2026-03-02T10:00:00Z")},
            {6, 2, QStringLiteral("cancelled"), QStringLiteral("2026-03-09T10:00:00Z")},
            {7, 3, QStringLiteral("cancelled"), QStringLiteral("2026-03-09T10:00:00Z")},
            {8, 4, QStringLiteral("done"), QStringLiteral("2026-03-20T10:00:00Z")},
            {9, 4, QStringLiteral("done"), QStringLiteral("2026-03-03T10:00:00Z")},
            {10, 4, QStringLiteral("missed"), QStringLiteral("2026-03-10T10:00:00Z")},
        };
        {
            ProgramDatabase program;
            QCOMPARE(program.open(path, 7), ProgramDatabase::Outcome::Created);
            SQL_OK(setUpPairings(program.connection()));
            for (const Touchpoint& t : touchpoints)
                SQL_OK(execSql(program.connection(),
                               QStringLiteral("INSERT INTO touchpoints(id, pairing_id, kind, status, scheduled_utc) "
                                              "VALUES (?, ?, 'live_call', ?, ?)"),
                               {t.id, t.pairing, t.status, t.utc}));
        }
        ProgramDatabase program;
        QCOMPARE(program.open(path), ProgramDatabase::Outcome::Migrated);
        QVERIFY(ProgramDatabase::latestSchemaVersion() >= 8);
        const QStringList expected = expectedRows(touchpoints);
        QCOMPARE(expected.size(), 3); // pairing 3 only has a cancelled touchpoint: no row
        QCOMPARE(queryRows(program.connection(), kActual), expected);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPairingActivity)
#include "test_pairingactivity.moc"
