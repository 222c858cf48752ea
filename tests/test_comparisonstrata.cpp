// SPDX-License-Identifier: GPL-3.0-or-later
// ComparisonStrata: the pseudo-enrolment lag, the comparison weights and the coverage. Small cases
// are worked by hand (the arithmetic is in the comments); random programs check the identity the
// weights are built for — Σ_j W_j = covered mentees — and each weight against a brute-force
// per-mentee formula (each covered mentee gives 1/N to every comparison seller of its window).
#include "analytics/ComparisonStrata.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace mentordesk;

namespace {

const QDate kAsOf(2026, 6, 30);

/// What one candidate should get; lag −1 = none.
struct ExpectedAssignment {
    int lagDays;
    QDate pseudoStart;
    double weight;
};

struct ExpectedCounts {
    int inScope;
    int covered;
    int menteesWithoutSignup;
    int candidatesWithoutSignup;
};

using Mentees = QVector<StrataMentee>;
using Candidates = QVector<StrataCandidate>;
using Expected = QVector<ExpectedAssignment>;

StrataMentee mentee(qint64 id, const QString& category, const QDate& signup, const QDate& start)
{
    return StrataMentee{id, category, signup, start};
}

StrataCandidate candidate(qint64 id, const QString& category, const QDate& signup)
{
    return StrataCandidate{id, category, signup};
}

bool inWindow(const QString& categoryA, const QDate& signupA, const QString& categoryB, const QDate& signupB)
{
    return categoryA.toCaseFolded() == categoryB.toCaseFolded() &&
           std::abs(ComparisonStrata::monthIndex(signupA) - ComparisonStrata::monthIndex(signupB)) <= 1;
}

} // namespace

Q_DECLARE_METATYPE(ExpectedCounts)

class TestComparisonStrata : public QObject {
    Q_OBJECT

private slots:
    void handCases_data();
    void handCases();
    void monthIndexCrossesYearEnds();
    void weightsAddUpToCoveredMentees_data();
    void weightsAddUpToCoveredMentees();
    void noMenteesGiveNoCoverage();
    void lagsFromSeparateMentees();
};

void TestComparisonStrata::handCases_data()
{
    QTest::addColumn<Mentees>("mentees");
    QTest::addColumn<Candidates>("candidates");
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<ExpectedCounts>("counts");

    // One category, three months. Lags: m1 Jan 10 → Mar 20 = 69, m2 Jan 20 → Mar 5 = 44,
    // m3 Mar 5 → Apr 4 = 30. c1 (Jan, window Dec–Feb) lags {44, 69} → 44 → Feb 28; c2 (Feb,
    // window Jan–Mar) {30, 44, 69} → 44 → Mar 26; c3 (Apr, window Mar–May) {30} → May 1.
    // n(Jan) = 2, n(Mar) = 1; C(Jan) = C(Feb) = C(Apr) = 1; N(Jan) = 2, N(Mar) = C(Feb) + C(Apr) = 2.
    // W1 = n(Jan)/N(Jan) = 1; W2 = n(Jan)/N(Jan) + n(Mar)/N(Mar) = 1.5; W3 = n(Mar)/N(Mar) = 0.5.
    QTest::newRow("one category, three months")
        << Mentees{mentee(1, "Jewelry", {2026, 1, 10}, {2026, 3, 20}),
                   mentee(2, "Jewelry", {2026, 1, 20}, {2026, 3, 5}), mentee(3, "Jewelry", {2026, 3, 5}, {2026, 4, 4})}
        << Candidates{candidate(11, "Jewelry", {2026, 1, 15}), candidate(12, "Jewelry", {2026, 2, 10}),
                      candidate(13, "Jewelry", {2026, 4, 1})}
        << Expected{{44, {2026, 2, 28}, 1.0}, {44, {2026, 3, 26}, 1.5}, {30, {2026, 5, 1}, 0.5}}
        << ExpectedCounts{3, 3, 0, 0};

    // The worked example of docs/metrics.md (plan of issue 11): cell (J, Jan) has n = 2 and
    // N = 2 (c1 in Jan, c2 in Feb) → W = 1 each; (H, Jan) has n = 1 and N = 3 (c3 in Dec, c4 and
    // c5 in Jan) → 1/3 each. Lags: J {69, 44} → 44 (c1 Jan 15 → Feb 28, c2 Feb 10 → Mar 26);
    // H {30} (c3 Dec 15 → Jan 14, c4 Jan 8 → Feb 7, c5 Jan 25 → Feb 24).
    QTest::newRow("worked example") << Mentees{mentee(1, "J", {2026, 1, 10}, {2026, 3, 20}),
                                               mentee(2, "J", {2026, 1, 20}, {2026, 3, 5}),
                                               mentee(3, "H", {2026, 1, 5}, {2026, 2, 4})}
                                    << Candidates{candidate(11, "J", {2026, 1, 15}), candidate(12, "J", {2026, 2, 10}),
                                                  candidate(13, "H", {2025, 12, 15}), candidate(14, "H", {2026, 1, 8}),
                                                  candidate(15, "H", {2026, 1, 25})}
                                    << Expected{{44, {2026, 2, 28}, 1.0},
                                                {44, {2026, 3, 26}, 1.0},
                                                {30, {2026, 1, 14}, 1.0 / 3},
                                                {30, {2026, 2, 7}, 1.0 / 3},
                                                {30, {2026, 2, 24}, 1.0 / 3}}
                                    << ExpectedCounts{3, 3, 0, 0};

    // Dec 2025 / Jan 2026: m1 Dec 20 → Jan 19 = 30 days. c1 (Jan 2026) is in m1's window (Nov–Jan)
    // → Feb 4, W = n(Dec)/N(Dec) = 1/1. c2 (Feb 2026, window Jan–Mar) has no mentee → none.
    // c3 (Nov 2025, window Oct–Dec) → Nov 30 + 30 = Dec 30, N(Dec) = 2 then: W1 = W3 = 1/2.
    QTest::newRow("December and January")
        << Mentees{mentee(1, "Toys", {2025, 12, 20}, {2026, 1, 19})}
        << Candidates{candidate(11, "Toys", {2026, 1, 5}), candidate(12, "Toys", {2026, 2, 1}),
                      candidate(13, "Toys", {2025, 11, 30})}
        << Expected{{30, {2026, 2, 4}, 0.5}, {-1, {}, 0.0}, {30, {2025, 12, 30}, 0.5}} << ExpectedCounts{1, 1, 0, 0};

    // Categories compared case-insensitively: both spellings share m1's cell (lag 31 days), so
    // n = 1 is split in halves; "Home" is another category and gets nothing.
    QTest::newRow("case-insensitive category")
        << Mentees{mentee(1, "Home & Garden", {2026, 3, 1}, {2026, 4, 1})}
        << Candidates{candidate(11, "home & garden", {2026, 3, 10}), candidate(12, "HOME & GARDEN", {2026, 3, 20}),
                      candidate(13, "Home", {2026, 3, 10})}
        << Expected{{31, {2026, 4, 10}, 0.5}, {31, {2026, 4, 20}, 0.5}, {-1, {}, 0.0}} << ExpectedCounts{1, 1, 0, 0};

    // Two mentees in Books have no comparison seller in their window: uncovered. The Music
    // mentee (lag 10) has one, which carries its whole weight. Coverage 1/3.
    QTest::newRow("stratum without comparison sellers")
        << Mentees{mentee(1, "Books", {2026, 2, 1}, {2026, 2, 20}), mentee(2, "Books", {2026, 2, 3}, {2026, 3, 1}),
                   mentee(3, "Music", {2026, 2, 1}, {2026, 2, 11})}
        << Candidates{candidate(11, "Music", {2026, 3, 15})} << Expected{{10, {2026, 3, 25}, 1.0}}
        << ExpectedCounts{3, 1, 0, 0};

    // Without a sign-up date: the mentee stays in scope but has no cell (never covered), the
    // candidate gets no pseudo-start. The dated pair: lag 14, W = 1. Coverage 1/2.
    QTest::newRow("seller without sign-up date")
        << Mentees{mentee(1, "Shoes", {}, {2026, 3, 1}), mentee(2, "Shoes", {2026, 3, 1}, {2026, 3, 15})}
        << Candidates{candidate(11, "Shoes", {}), candidate(12, "Shoes", {2026, 3, 2})}
        << Expected{{-1, {}, 0.0}, {14, {2026, 3, 16}, 1.0}} << ExpectedCounts{2, 1, 1, 1};

    // The as-of date: m2 enrols after it (out of scope) but its lag 201 still counts for L, so
    // c1's window {69, 201} → 69 → Mar 25 and W = n(Jan)/N(Jan) = 1/1. m3 (May 10 → Jun 9, 30)
    // gives c2 (Jun 15) a pseudo-start of Jul 15, after the as-of date: weight 0, m3 uncovered.
    QTest::newRow("as-of date") << Mentees{mentee(1, "Art", {2026, 1, 10}, {2026, 3, 20}),
                                           mentee(2, "Art", {2026, 1, 12}, {2026, 8, 1}),
                                           mentee(3, "Art", {2026, 5, 10}, {2026, 6, 9})}
                                << Candidates{candidate(11, "Art", {2026, 1, 15}), candidate(12, "Art", {2026, 6, 15})}
                                << Expected{{69, {2026, 3, 25}, 1.0}, {30, {2026, 7, 15}, 0.0}}
                                << ExpectedCounts{2, 1, 0, 0};
}

void TestComparisonStrata::handCases()
{
    QFETCH(Mentees, mentees);
    QFETCH(Candidates, candidates);
    QFETCH(Expected, expected);
    QFETCH(ExpectedCounts, counts);

    const ComparisonStrataResult result = ComparisonStrata::build(mentees, candidates, kAsOf);
    QCOMPARE(result.comparison.size(), expected.size());
    for (int index = 0; index < expected.size(); ++index) {
        const ComparisonAssignment& assignment = result.comparison.at(index);
        QCOMPARE(assignment.id, candidates.at(index).id);
        QCOMPARE(assignment.lagDays.value_or(-1), expected.at(index).lagDays);
        QCOMPARE(assignment.pseudoStart.value_or(QDate()), expected.at(index).pseudoStart);
        QVERIFY2(std::abs(assignment.weight - expected.at(index).weight) < 1e-12,
                 qPrintable(QStringLiteral("candidate %1: weight %2").arg(index).arg(assignment.weight)));
    }
    QCOMPARE(result.menteesInScope, counts.inScope);
    QCOMPARE(result.menteesCovered, counts.covered);
    QCOMPARE(result.menteesWithoutSignup, counts.menteesWithoutSignup);
    QCOMPARE(result.candidatesWithoutSignup, counts.candidatesWithoutSignup);
    QCOMPARE(*result.coverage(), static_cast<double>(counts.covered) / counts.inScope);
}

void TestComparisonStrata::monthIndexCrossesYearEnds()
{
    QCOMPARE(ComparisonStrata::monthIndex({2026, 1, 1}) - ComparisonStrata::monthIndex({2025, 12, 31}), 1);
    QCOMPARE(ComparisonStrata::monthIndex({2026, 12, 31}) - ComparisonStrata::monthIndex({2026, 1, 1}), 11);
}

void TestComparisonStrata::weightsAddUpToCoveredMentees_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {1u, 7u, 20261211u, 424242u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestComparisonStrata::weightsAddUpToCoveredMentees()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QStringList categories{"Books", "BOOKS", "Toys", "toys", "Garden"};
    const QDate first(2025, 9, 1);
    // Sign-ups over 20 months (two year ends), one in 20 without a date.
    const auto signup = [&]() { return random.bounded(20) == 0 ? QDate() : first.addDays(random.bounded(600)); };
    Mentees mentees;
    for (int id = 0; id < 300; ++id) {
        const QDate signupDate = signup();
        const QDate anchor = signupDate.isValid() ? signupDate : first;
        mentees.append(mentee(id, categories.at(random.bounded(categories.size())), signupDate,
                              random.bounded(30) == 0 ? QDate() : anchor.addDays(random.bounded(300))));
    }
    Candidates candidates;
    for (int id = 1000; id < 1400; ++id)
        candidates.append(candidate(id, categories.at(random.bounded(categories.size())), signup()));

    const ComparisonStrataResult result = ComparisonStrata::build(mentees, candidates, kAsOf);

    // Brute force, per mentee: its window's eligible comparison sellers N_i; covered iff N_i > 0,
    // and each of them receives 1/N_i from it.
    QVector<double> expectedWeights(candidates.size(), 0.0);
    int inScope = 0;
    int covered = 0;
    for (const StrataMentee& m : mentees) {
        if (!m.startDate.isValid() || m.startDate > kAsOf)
            continue;
        ++inScope;
        if (!m.signupDate.isValid())
            continue;
        QVector<int> window;
        for (int index = 0; index < candidates.size(); ++index) {
            const std::optional<QDate>& pseudoStart = result.comparison.at(index).pseudoStart;
            if (pseudoStart && *pseudoStart <= kAsOf &&
                inWindow(m.category, m.signupDate, candidates.at(index).category, candidates.at(index).signupDate))
                window.append(index);
        }
        covered += window.isEmpty() ? 0 : 1;
        for (const int index : window)
            expectedWeights[index] += 1.0 / window.size();
    }

    QCOMPARE(result.menteesInScope, inScope);
    QCOMPARE(result.menteesCovered, covered);
    QVERIFY(covered > 0 && covered < inScope); // the data exercises both kinds of mentee
    double weightSum = 0.0;
    for (int index = 0; index < candidates.size(); ++index) {
        const ComparisonAssignment& assignment = result.comparison.at(index);
        QVERIFY(std::abs(assignment.weight - expectedWeights.at(index)) < 1e-9);
        if (!assignment.pseudoStart || *assignment.pseudoStart > kAsOf)
            QCOMPARE(assignment.weight, 0.0);
        weightSum += assignment.weight;
    }
    QVERIFY2(std::abs(weightSum - covered) < 1e-9,
             qPrintable(QStringLiteral("Σ W = %1, covered = %2").arg(weightSum, 0, 'g', 17).arg(covered)));
}

void TestComparisonStrata::noMenteesGiveNoCoverage()
{
    const ComparisonStrataResult result = ComparisonStrata::build({}, {candidate(1, "Books", {2026, 1, 1})}, kAsOf);
    QVERIFY(!result.coverage());
    QVERIFY(!result.comparison.at(0).pseudoStart);
    QCOMPARE(result.comparison.at(0).weight, 0.0);
}

// A view filtered to mentee 1 still takes the lag from every mentee given for the lags: the
// lower median of 69 and 44 days is 44 (the worked example of docs/metrics.md), not mentee 1's 69;
// only mentee 1 counts in the weights.
void TestComparisonStrata::lagsFromSeparateMentees()
{
    const Mentees all{mentee(1, QStringLiteral("J"), QDate(2026, 1, 10), QDate(2026, 3, 20)),
                      mentee(2, QStringLiteral("J"), QDate(2026, 1, 20), QDate(2026, 3, 5))};
    const QVector<StrataCandidate> pool{candidate(9, QStringLiteral("j"), QDate(2026, 1, 15))};
    const QDate asOf(2026, 6, 30);
    const ComparisonStrataResult filtered = ComparisonStrata::build({all.first()}, pool, asOf, all);
    QCOMPARE(filtered.comparison.first().lagDays, std::optional<int>(44));
    QCOMPARE(filtered.comparison.first().pseudoStart, std::optional<QDate>(QDate(2026, 2, 28)));
    QCOMPARE(filtered.comparison.first().weight, 1.0);
    QCOMPARE(filtered.menteesInScope, 1);
    const ComparisonStrataResult own = ComparisonStrata::build({all.first()}, pool, asOf);
    QCOMPARE(own.comparison.first().lagDays, std::optional<int>(69));
}

QTEST_GUILESS_MAIN(TestComparisonStrata)
#include "test_comparisonstrata.moc"
