// SPDX-License-Identifier: GPL-3.0-or-later
// AnalyticsSettings: the milestone goals' defaults, saving and reading them back, a value that is
// not a number, and a refused negative goal.
#include "analytics/AnalyticsSettings.h"
#include "storage/ProgramDatabase.h"

#include "SqlTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

class TestAnalyticsSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("settings.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
    }

    void defaultsWhenUnset()
    {
        AnalyticsSettings settings(m_program.connection());
        const auto goals = settings.milestoneGoals();
        QVERIFY2(goals, qPrintable(settings.errorString()));
        QCOMPARE(goals->monthlyRevenue, 1000.0);
        QCOMPARE(goals->listingQuality, 80.0);
    }

    void saveAndRead()
    {
        AnalyticsSettings settings(m_program.connection());
        QVERIFY(settings.setMilestoneGoals(MilestoneGoals{2500.5, 72.0}));
        QCOMPARE(scalar(m_program.connection(),
                        QStringLiteral("SELECT value FROM program_info WHERE key = 'milestone_listing_quality'"))
                     .toString(),
                 QStringLiteral("72"));
        QCOMPARE(*settings.milestoneGoals(), (MilestoneGoals{2500.5, 72.0}));
        // Saving again replaces the values rather than failing on the key.
        QVERIFY(settings.setMilestoneGoals(MilestoneGoals{900.0, 85.0}));
        QCOMPARE(*settings.milestoneGoals(), (MilestoneGoals{900.0, 85.0}));
    }

    void unreadableValueKeepsDefault()
    {
        SQL_OK(execSql(m_program.connection(),
                       QStringLiteral("INSERT INTO program_info(key, value) VALUES ('milestone_monthly_revenue', "
                                      "'lots') ON CONFLICT(key) DO UPDATE SET value = excluded.value")));
        const auto goals = AnalyticsSettings(m_program.connection()).milestoneGoals();
        QVERIFY(goals);
        QCOMPARE(goals->monthlyRevenue, MilestoneGoals::kDefaultMonthlyRevenue);
    }

    void negativeGoalRefused()
    {
        AnalyticsSettings settings(m_program.connection());
        QVERIFY(!settings.setMilestoneGoals(MilestoneGoals{-1.0, 80.0}));
        QVERIFY(!settings.errorString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestAnalyticsSettings)
#include "test_analyticssettings.moc"
