// SPDX-License-Identifier: GPL-3.0-or-later
// MetricsCsv alone, over hand-made Figures: the header, the 57 rows in MetricKey order whatever
// the figures hold, the decimals per metric, empty fields, the bytes (no BOM, '\n', '.' decimals
// under a German locale), complete() and the reasons for stderr.
#include "analytics/MetricsCsv.h"

#include <QLocale>
#include <QTest>

using namespace mentordesk;

namespace {

Figure figure(const QString& metric, AnalyticsGroup group, std::optional<double> value, int n,
              std::optional<ConfidenceInterval> interval = std::nullopt, FigureState state = FigureState::Ok,
              const QString& reason = QString())
{
    Figure result;
    result.metric = metric;
    result.group = group;
    result.value = value;
    result.n = n;
    result.interval = interval;
    result.state = state;
    result.reason = reason;
    return result;
}

// Every row of every metric with a value of 1 and n = 20: a complete set of figures.
Figures completeFigures()
{
    Figures figures;
    for (const QString& metric : MetricsCsv::metrics()) {
        for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison, AnalyticsGroup::Difference})
            figures.figures << figure(metric, group, 1.0, 20, ConfidenceInterval{0.5, 1.5});
    }
    return figures;
}

void replace(Figures* figures, const Figure& with)
{
    for (Figure& existing : figures->figures) {
        if (existing.metric == with.metric && existing.group == with.group)
            existing = with;
    }
}

} // namespace

class TestMetricsCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void emptyFiguresGiveEveryRowEmpty()
    {
        const QStringList lines = MetricsCsv::lines(Figures());
        QCOMPARE(lines.size(), 1 + 19 * 3);
        QCOMPARE(lines.at(0), QStringLiteral("metric,group,value,n,ci_low,ci_high"));
        QCOMPARE(lines.at(1), QStringLiteral("ramp_time_median_days,mentored,,,,"));
        QCOMPARE(lines.at(2), QStringLiteral("ramp_time_median_days,comparison,,,,"));
        QCOMPARE(lines.at(3), QStringLiteral("ramp_time_median_days,difference,,,,"));
        QCOMPARE(lines.at(4), QStringLiteral("first_sale_share,mentored,,,,"));
        QCOMPARE(lines.last(), QStringLiteral("milestone_listing_quality_share_m6,difference,,,,"));
        QVERIFY(!MetricsCsv::complete(Figures()));
        QCOMPARE(MetricsCsv::reasons(Figures()),
                 QStringList{QStringLiteral("No figure was computed; every row is empty.")});
    }

    void rowOrderIgnoresTheFiguresOrder()
    {
        Figures figures;
        figures.figures << figure(QLatin1String(MetricKey::CsatLatest), AnalyticsGroup::Difference, 0.1, 3)
                        << figure(QLatin1String(MetricKey::CsatLatest), AnalyticsGroup::Mentored, 4.2, 5);
        const QStringList lines = MetricsCsv::lines(figures);
        const int first = int(lines.indexOf(QStringLiteral("csat_latest,mentored,4.20,5,,")));
        QVERIFY(first > 0);
        QCOMPARE(lines.at(first + 1), QStringLiteral("csat_latest,comparison,,,,"));
        QCOMPARE(lines.at(first + 2), QStringLiteral("csat_latest,difference,0.10,3,,"));
        QCOMPARE(lines.at(first - 1), QStringLiteral("aov_improvement,difference,,,,"));
    }

    void formatsPerMetric_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("group");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("expected");
        const int mentored = int(AnalyticsGroup::Mentored);
        const int difference = int(AnalyticsGroup::Difference);
        QTest::newRow("days whole") << QStringLiteral("ramp_time_median_days") << mentored << 20.0 << 123 << 14.0
                                    << 27.0 << QStringLiteral("ramp_time_median_days,mentored,20,123,14,27");
        QTest::newRow("days difference rounded")
            << QStringLiteral("ramp_time_median_days") << difference << -4.0 << 123 << -12.4 << 3.6
            << QStringLiteral("ramp_time_median_days,difference,-4,123,-12,4");
        QTest::newRow("share 4") << QStringLiteral("first_sale_share") << mentored << 0.821138 << 123 << 0.74364 << 0.88
                                 << QStringLiteral("first_sale_share,mentored,0.8211,123,0.7436,0.8800");
        QTest::newRow("return rate 4") << QStringLiteral("return_rate_latest") << mentored << 0.0625 << 40 << 0.05
                                       << 0.075
                                       << QStringLiteral("return_rate_latest,mentored,0.0625,40,0.0500,0.0750");
        QTest::newRow("adherence 4") << QStringLiteral("touchpoint_adherence") << mentored << 2.0 / 3.0 << 9 << 0.5
                                     << 0.8 << QStringLiteral("touchpoint_adherence,mentored,0.6667,9,0.5000,0.8000");
        QTest::newRow("price ratio 4") << QStringLiteral("price_competitiveness_improvement") << difference << -0.01234
                                       << 30 << -0.02 << 0.0
                                       << QStringLiteral("price_competitiveness_improvement,difference,-0.0123,30,"
                                                         "-0.0200,0.0000");
        QTest::newRow("money 2, no separators")
            << QStringLiteral("revenue_improvement") << difference << 12345.678 << 200 << -1234.5 << 25000.0
            << QStringLiteral("revenue_improvement,difference,12345.68,200,-1234.50,25000.00");
        QTest::newRow("aov 2") << QStringLiteral("aov_latest") << mentored << 31.4159 << 50 << 29.0 << 33.999
                               << QStringLiteral("aov_latest,mentored,31.42,50,29.00,34.00");
        QTest::newRow("score 2") << QStringLiteral("listing_quality_improvement") << difference << 4.5 << 80 << 2.25
                                 << 6.757 << QStringLiteral("listing_quality_improvement,difference,4.50,80,2.25,6.76");
        QTest::newRow("no negative zero") << QStringLiteral("csat_improvement") << difference << -0.001 << 12 << -0.004
                                          << 0.2 << QStringLiteral("csat_improvement,difference,0.00,12,0.00,0.20");
        QTest::newRow("large n") << QStringLiteral("orders_improvement") << mentored << 1.0 << 263885 << 0.5 << 1.5
                                 << QStringLiteral("orders_improvement,mentored,1.00,263885,0.50,1.50");
    }

    void formatsPerMetric()
    {
        QFETCH(QString, metric);
        QFETCH(int, group);
        QFETCH(double, value);
        QFETCH(int, n);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, expected);
        // A German default locale must not turn '.' into ',' or add group separators.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Figures figures;
        figures.figures << figure(metric, AnalyticsGroup(group), value, n, ConfidenceInterval{low, high});
        QVERIFY2(MetricsCsv::lines(figures).contains(expected), qPrintable(expected));
    }

    void emptyFields_data()
    {
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<bool>("hasInterval");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no interval yet") << true << false << QStringLiteral("aov_latest,comparison,30.00,15,,");
        QTest::newRow("not reached") << false << true << QStringLiteral("aov_latest,comparison,,15,,");
        QTest::newRow("no data") << false << false << QStringLiteral("aov_latest,comparison,,15,,");
    }

    void emptyFields()
    {
        QFETCH(bool, hasValue);
        QFETCH(bool, hasInterval);
        Figures figures;
        figures.figures << figure(QLatin1String(MetricKey::AovLatest), AnalyticsGroup::Comparison,
                                  hasValue ? std::optional<double>(30.0) : std::nullopt, 15,
                                  hasInterval ? std::optional<ConfidenceInterval>({28.0, 32.0}) : std::nullopt);
        QTEST(MetricsCsv::lines(figures).at(7 * 3 - 1), "expected");
    }

    void bytesAreUtf8LinesEndedByNewline()
    {
        const QByteArray bytes = MetricsCsv::bytes(completeFigures());
        QVERIFY(bytes.startsWith("metric,group,value,n,ci_low,ci_high\n"));
        QVERIFY(!bytes.contains('\r'));
        QVERIFY(bytes.endsWith("1.0000,20,0.5000,1.5000\n"));
        QCOMPARE(bytes.count('\n'), 58);
    }

    void complete_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<bool>("expected");
        QTest::newRow("ok") << int(FigureState::Ok) << true << true;
        QTest::newRow("computing keeps the value") << int(FigureState::Computing) << true << true;
        QTest::newRow("too few") << int(FigureState::TooFew) << true << false;
        QTest::newRow("not reached") << int(FigureState::NotReached) << false << false;
        QTest::newRow("no data") << int(FigureState::NoData) << false << false;
    }

    void complete()
    {
        QFETCH(int, state);
        QFETCH(bool, hasValue);
        Figures figures = completeFigures();
        QVERIFY(MetricsCsv::complete(figures));
        QVERIFY(MetricsCsv::reasons(figures).isEmpty());
        replace(&figures,
                figure(QLatin1String(MetricKey::FirstSaleShare), AnalyticsGroup::Comparison,
                       hasValue ? std::optional<double>(0.5) : std::nullopt, 8, std::nullopt, FigureState(state)));
        QTEST(MetricsCsv::complete(figures), "expected");
    }

    void missingFigureMakesItIncomplete()
    {
        Figures figures = completeFigures();
        figures.figures.removeLast();
        QVERIFY(!MetricsCsv::complete(figures));
        QCOMPARE(MetricsCsv::reasons(figures),
                 QStringList{QStringLiteral("1 figure(s) were not computed: milestone_listing_quality_share_m6, "
                                            "difference.")});
    }

    void reasonsOncePerSentence()
    {
        Figures figures = completeFigures();
        const QString noComparison = QStringLiteral("no comparison sellers share a stratum with these mentees");
        for (const char* metric : {MetricKey::AovLatest, MetricKey::CsatLatest})
            replace(&figures, figure(QLatin1String(metric), AnalyticsGroup::Comparison, std::nullopt, 0, std::nullopt,
                                     FigureState::NoData, noComparison));
        replace(&figures, figure(QLatin1String(MetricKey::RampTimeMedianDays), AnalyticsGroup::Mentored, std::nullopt,
                                 40, std::nullopt, FigureState::NotReached));
        replace(&figures, figure(QLatin1String(MetricKey::ReturnRateLatest), AnalyticsGroup::Difference, 0.01, 6,
                                 std::nullopt, FigureState::TooFew));
        const QStringList expected{
            QStringLiteral("ramp_time_median_days, mentored: the median is not reached by the as-of date."),
            QStringLiteral("return_rate_latest, difference: fewer than 10 sellers, too few to compare."),
            QStringLiteral("comparison: no comparison sellers share a stratum with these mentees"),
        };
        QCOMPARE(MetricsCsv::reasons(figures), expected);
        QVERIFY(!MetricsCsv::complete(figures));
    }
};

QTEST_GUILESS_MAIN(TestMetricsCsv)
#include "test_metricscsv.moc"
