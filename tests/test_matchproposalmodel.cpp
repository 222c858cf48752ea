// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/MatchProposalModel.h"
#include "matchjob/MatchSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mentordesk;
using matching::MatchProblem;
using matching::MatchRules;

namespace {

/// Three mentors with one place each, one per category, and four mentees: one per category
/// and one who speaks no language any mentor speaks (a language in common is a must by default).
MatchProblem problem()
{
    MatchProblem problem;
    problem.referenceDate = QDate(2026, 12, 7);
    const QStringList categories{QStringLiteral("pottery"), QStringLiteral("jewellery"), QStringLiteral("textiles")};
    for (int i = 0; i < categories.size(); ++i) {
        matching::MentorProfile mentor;
        mentor.mentorId = 100 + i;
        mentor.externalId = QStringLiteral("M-%1").arg(i + 1);
        mentor.name = QStringLiteral("Mentor %1").arg(i + 1);
        mentor.categories = {categories.at(i)};
        mentor.languages = {QStringLiteral("en")};
        mentor.timeZone = QStringLiteral("Europe/Berlin");
        mentor.freeCapacity = 1;
        problem.mentors.push_back(mentor);
    }
    for (int i = 0; i < 4; ++i) {
        matching::MenteeProfile mentee;
        mentee.sellerId = 10 + i;
        mentee.externalId = QStringLiteral("S-%1").arg(i + 1);
        mentee.shopName = QStringLiteral("Shop %1").arg(i + 1);
        mentee.category = categories.value(i, categories.constFirst());
        mentee.languages = {i < 3 ? QStringLiteral("en") : QStringLiteral("fr")};
        mentee.timeZone = QStringLiteral("Europe/Berlin");
        problem.mentees.push_back(mentee);
    }
    return problem;
}

std::shared_ptr<const MatchOutcome> solved(MatchProblem matchProblem)
{
    return std::make_shared<const MatchOutcome>(MatchSession::solve(std::move(matchProblem), MatchRules::defaults()));
}

int rowOfSeller(const MatchProposalModel& model, qint64 sellerId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), MatchProposalModel::SellerIdRole).toLongLong() == sellerId)
            return row;
    }
    return -1;
}

QString cell(const MatchProposalModel& model, qint64 sellerId, int column)
{
    return model.data(model.index(rowOfSeller(model, sellerId), column)).toString();
}

} // namespace

class TestMatchProposalModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsOneRowPerMentee()
    {
        MatchProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const auto outcome = solved(problem());
        QVERIFY2(outcome->ok, qPrintable(outcome->error));
        model.setOutcome(outcome);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(MatchProposalModel::ColumnCount));

        QCOMPARE(cell(model, 10, MatchProposalModel::MentorId), QStringLiteral("M-1"));
        QCOMPARE(cell(model, 11, MatchProposalModel::MentorId), QStringLiteral("M-2"));
        QCOMPARE(cell(model, 12, MatchProposalModel::MentorId), QStringLiteral("M-3"));
        QCOMPARE(cell(model, 12, MatchProposalModel::MentorName), QStringLiteral("Mentor 3"));
        QCOMPARE(cell(model, 11, MatchProposalModel::Shop), QStringLiteral("Shop 2"));
        const int unmatched = rowOfSeller(model, 13);
        QVERIFY(!model.data(model.index(unmatched, 0), MatchProposalModel::MatchedRole).toBool());
        QCOMPARE(model.data(model.index(unmatched, 0), MatchProposalModel::MentorIdRole).toLongLong(), 0);
        // The unmatched row says why, in the explainer's words.
        QCOMPARE(cell(model, 13, MatchProposalModel::Reason), model.sentence(unmatched));
        QVERIFY(!model.sentence(unmatched).isEmpty());
        QVERIFY(cell(model, 10, MatchProposalModel::Reason).isEmpty());

        int matched = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex score = model.index(row, MatchProposalModel::Score);
            const double fraction = model.data(score, MatchProposalModel::ScoreFractionRole).toDouble();
            QVERIFY(fraction >= 0.0 && fraction <= 1.0);
            if (model.data(score, MatchProposalModel::MatchedRole).toBool()) {
                ++matched;
                QCOMPARE(model.data(score).toInt(), outcome->explanations[std::size_t(row)].score.total);
                QVERIFY(fraction > 0.0);
            }
        }
        QCOMPARE(matched, outcome->result.matched);
        QCOMPARE(model.proposedPairs().size(), matched);
    }

    void sortsUnmatchedBelowEveryScore()
    {
        MatchProposalModel model;
        model.setOutcome(solved(problem()));
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(MatchProposalModel::SortRole);
        sorted.sort(MatchProposalModel::Score, Qt::DescendingOrder);
        QCOMPARE(sorted.index(3, MatchProposalModel::MenteeId).data().toString(), QStringLiteral("S-4"));
        QVERIFY(sorted.index(0, MatchProposalModel::Score).data(MatchProposalModel::SortRole).toInt() >=
                sorted.index(2, MatchProposalModel::Score).data(MatchProposalModel::SortRole).toInt());
    }

    void explainsTheSelectedRow()
    {
        MatchProposalModel model;
        const auto outcome = solved(problem());
        model.setOutcome(outcome);
        const int row = rowOfSeller(model, 10);
        QCOMPARE(model.factorLines(row),
                 matching::MatchExplainer::factorLines(outcome->explanations[std::size_t(row)].score, outcome->rules));
        QVERIFY(!model.factorLines(row).isEmpty());
        QCOMPARE(model.alternativeLines(row).size(), int(outcome->explanations[std::size_t(row)].alternatives.size()));
        QVERIFY(model.alternativeLines(row).size() <= 3);
        for (const QString& line : model.alternativeLines(row))
            QVERIFY2(line.contains(QStringLiteral("M-")), qPrintable(line));
        QVERIFY(model.factorLines(rowOfSeller(model, 13)).isEmpty());
        QVERIFY(model.explanation(-1) == nullptr);
        QVERIFY(model.explanation(model.rowCount()) == nullptr);
    }

    void headlineSaysHowManyAndWhetherProven()
    {
        MatchProposalModel model;
        QVERIFY(model.headline().isEmpty());
        const auto outcome = solved(problem());
        model.setOutcome(outcome);
        const QString headline = model.headline();
        QVERIFY2(headline.startsWith(QStringLiteral("Matched 3 of 4 mentee")), qPrintable(headline));
        QCOMPARE(headline.contains(QStringLiteral("— proven optimal")), outcome->result.certified);
        QVERIFY(headline.contains(QLocale().toString(outcome->result.upperBound)));
    }

    void pinsAndForbidsToggle()
    {
        MatchProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutcome(solved(problem()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int first = rowOfSeller(model, 10);

        QVERIFY(model.togglePin(first));
        QCOMPARE(model.pins(), (QVector<MatchProposalModel::IdPair>{{10, 100}}));
        QCOMPARE(cell(model, 10, MatchProposalModel::Marks), QStringLiteral("Pinned"));
        QVERIFY(model.data(model.index(first, 0), MatchProposalModel::PinnedRole).toBool());
        QCOMPARE(changed.count(), 1);

        // Forbidding the pinned pair unpins it.
        QVERIFY(model.toggleForbid(first));
        QVERIFY(model.pins().isEmpty());
        QCOMPARE(model.forbids(), (QVector<MatchProposalModel::IdPair>{{10, 100}}));
        QCOMPARE(cell(model, 10, MatchProposalModel::Marks), QStringLiteral("Forbidden: M-1"));
        QVERIFY(model.toggleForbid(first));
        QVERIFY(model.forbids().isEmpty());

        // An unmatched mentee has no pair to pin or forbid.
        const int unmatched = rowOfSeller(model, 13);
        QVERIFY(!model.togglePin(unmatched));
        QVERIFY(!model.toggleForbid(unmatched));
        QVERIFY(!model.togglePin(-1));

        QVERIFY(model.togglePin(first));
        QVERIFY(model.togglePin(first));
        QVERIFY(model.pins().isEmpty());
        QCOMPARE(cell(model, 10, MatchProposalModel::Marks), QString());
    }

    void swapPinsBothPairsAndAReSolveHonoursThem()
    {
        MatchProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MatchProblem matchProblem = problem();
        model.setOutcome(solved(matchProblem));
        QVERIFY(!model.swapMentors(rowOfSeller(model, 10), rowOfSeller(model, 13)));
        QVERIFY(!model.swapMentors(rowOfSeller(model, 10), rowOfSeller(model, 10)));
        QVERIFY(model.swapMentors(rowOfSeller(model, 10), rowOfSeller(model, 11)));
        QCOMPARE(model.pins(), (QVector<MatchProposalModel::IdPair>{{10, 101}, {11, 100}}));
        QCOMPARE(cell(model, 10, MatchProposalModel::Marks), QStringLiteral("Pinned to M-2"));

        // What the wizard does: the next run takes the pins; the model keeps them across it.
        for (const MatchProposalModel::IdPair& pin : model.pins())
            matchProblem.pins.emplace_back(int(pin.first - 10), int(pin.second - 100));
        const auto again = solved(matchProblem);
        QVERIFY2(again->ok, qPrintable(again->error));
        model.setOutcome(again);
        QCOMPARE(cell(model, 10, MatchProposalModel::MentorId), QStringLiteral("M-2"));
        QCOMPARE(cell(model, 11, MatchProposalModel::MentorId), QStringLiteral("M-1"));
        QCOMPARE(cell(model, 10, MatchProposalModel::Marks), QStringLiteral("Pinned"));
        QCOMPARE(model.pins().size(), 2);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.pins().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMatchProposalModel)
#include "test_matchproposalmodel.moc"
